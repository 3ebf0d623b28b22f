"""outbox entries record the logged-in user who made the change

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27 04:20:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply this revision."""
    # ADD COLUMN with a constant default is instant in SQLite, even on a large outbox.
    op.add_column("outbox", sa.Column("actor", sa.String(length=36), nullable=False, server_default=""))


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("actor")
