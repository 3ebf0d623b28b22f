"""sync trust: changes refused by write authority, streams that wait or equivocate

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02 06:10:00
"""

import sqlalchemy as sa
from alembic import op


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "sync_refused",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.String(length=27), nullable=False),
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("bundle", sa.String(length=120), nullable=False),
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("reason", sa.String(length=30), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_sync_refused_site", "sync_refused", ["site_id", "id"])
    op.create_table(
        "sync_streams",
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("since", sa.String(length=27), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("site_id"),
    )


def downgrade() -> None:
    """Revert this revision."""
    op.drop_table("sync_streams")
    op.drop_index("ix_sync_refused_site", table_name="sync_refused")
    op.drop_table("sync_refused")
