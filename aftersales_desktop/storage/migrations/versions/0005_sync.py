"""sync: field versions, bundle cursors and log, conflicts, and the stock ledger's movements

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27 03:40:00

field_versions keeps, per field changed after insert, the HLC of its last write and the version
that write replaced; the outbox records the replaced versions ("bases") so a receiver can tell a
deliberate overwrite from a concurrent one. Conflicts, their resolutions and stock movements are
replicated and insert-only (no updates, no deletes), like signed slips.
"""

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

INSERT_ONLY = ("stock_movements", "conflicts", "conflict_resolutions")


def _replicated_columns() -> list[sa.Column]:
    return [sa.Column("id", sa.String(length=36), nullable=False),
            sa.Column("origin", sa.String(length=36), nullable=False),
            sa.Column("hlc", sa.String(length=64), nullable=False),
            sa.Column("deleted", sa.Boolean(), nullable=False)]


def upgrade() -> None:
    """Apply this revision."""
    op.add_column("outbox", sa.Column("bases", sa.Text(), nullable=False, server_default=""))
    op.create_table(
        "field_versions",
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("base", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "row_id", "field"))
    op.create_table(
        "sync_cursors",
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.Column("last_hash", sa.String(length=64), nullable=False),
        sa.Column("applied_at", sa.String(length=27), nullable=True),
        sa.PrimaryKeyConstraint("site_id"))
    op.create_table(
        "sync_published",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("file_hash", sa.String(length=64), nullable=False),
        sa.Column("first_outbox", sa.Integer(), nullable=False),
        sa.Column("last_outbox", sa.Integer(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.PrimaryKeyConstraint("seq"))
    op.create_table(
        "sync_parked",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("record", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"))
    op.create_index("ix_sync_parked_row", "sync_parked", ["table_name", "row_id"])
    op.create_table(
        "sync_log",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", sa.String(length=27), nullable=False),
        sa.Column("level", sa.String(length=10), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("params", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"))
    op.create_table(
        "sync_quarantine",
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("reason", sa.String(length=20), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("first_seen", sa.String(length=27), nullable=False),
        sa.Column("last_seen", sa.String(length=27), nullable=False),
        sa.PrimaryKeyConstraint("site_id", "name"))
    op.create_table(
        "stock_movements",
        sa.Column("outlet_id", sa.String(length=36), sa.ForeignKey("outlets.id"), nullable=False),
        sa.Column("product_id", sa.String(length=36), sa.ForeignKey("products.id"), nullable=False),
        sa.Column("location", sa.String(length=60), nullable=False),
        sa.Column("batch", sa.String(length=60), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("unit_cost_fen", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("at", sa.String(length=27), nullable=False),
        sa.Column("reference", sa.String(length=60), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_by", sa.String(length=36), sa.ForeignKey("users.id"), nullable=True),
        *_replicated_columns(),
        sa.PrimaryKeyConstraint("id"))
    op.create_index("ix_stock_movements_outlet_id", "stock_movements", ["outlet_id"])
    op.create_index("ix_stock_movements_product_id", "stock_movements", ["product_id"])
    op.create_table(
        "conflicts",
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("kept_value", sa.Text(), nullable=False),
        sa.Column("kept_hlc", sa.String(length=64), nullable=False),
        sa.Column("lost_value", sa.Text(), nullable=False),
        sa.Column("lost_hlc", sa.String(length=64), nullable=False),
        *_replicated_columns(),
        sa.PrimaryKeyConstraint("id"))
    op.create_index("ix_conflicts_row_id", "conflicts", ["row_id"])
    op.create_table(
        "conflict_resolutions",
        sa.Column("conflict_id", sa.String(length=36), sa.ForeignKey("conflicts.id"), nullable=False),
        sa.Column("choice", sa.String(length=10), nullable=False),
        sa.Column("resolved_by", sa.String(length=36), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("resolved_at", sa.String(length=27), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        *_replicated_columns(),
        sa.PrimaryKeyConstraint("id"))
    op.create_index("ix_conflict_resolutions_conflict_id", "conflict_resolutions", ["conflict_id"])
    for table in INSERT_ONLY:
        op.execute(f"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} "
                   f"BEGIN SELECT RAISE(ABORT, '{table}: insert-only, never deleted'); END")


def downgrade() -> None:
    """Revert this revision."""
    for table in INSERT_ONLY:
        op.execute(f"DROP TRIGGER {table}_no_delete")
    for table in ("conflict_resolutions", "conflicts", "stock_movements", "sync_quarantine", "sync_log",
                  "sync_parked", "sync_published", "sync_cursors", "field_versions"):
        op.drop_table(table)
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("bases")
