"""stock ledger details and stock levels: batch expiry, transfer counterpart, job and technician
of a movement; safety stock and storage location per outlet and part

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-27 05:00:00

stock_levels is a mutable replicated table without a UNIQUE constraint (design.md): when two
sites create a row for the same outlet and part, services read the newest.
"""

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply this revision."""
    with op.batch_alter_table("stock_movements") as batch:
        batch.add_column(sa.Column("expires_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("counterpart_outlet_id", sa.String(length=36), nullable=True))
        batch.add_column(sa.Column("job_id", sa.String(length=36), nullable=True))
        batch.add_column(sa.Column("technician_id", sa.String(length=36), nullable=True))
        batch.create_foreign_key("fk_stock_movements_counterpart_outlet_id", "outlets",
                                 ["counterpart_outlet_id"], ["id"])
        batch.create_foreign_key("fk_stock_movements_job_id", "jobs", ["job_id"], ["id"])
        batch.create_foreign_key("fk_stock_movements_technician_id", "users", ["technician_id"], ["id"])
    op.create_table(
        "stock_levels",
        sa.Column("outlet_id", sa.String(length=36), sa.ForeignKey("outlets.id"), nullable=False),
        sa.Column("product_id", sa.String(length=36), sa.ForeignKey("products.id"), nullable=False),
        sa.Column("safety_stock", sa.Integer(), nullable=False),
        sa.Column("location", sa.String(length=60), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"))
    op.create_index("ix_stock_levels_outlet_product", "stock_levels", ["outlet_id", "product_id"])


def downgrade() -> None:
    """Revert this revision."""
    op.drop_index("ix_stock_levels_outlet_product", table_name="stock_levels")
    op.drop_table("stock_levels")
    with op.batch_alter_table("stock_movements") as batch:
        batch.drop_constraint("fk_stock_movements_technician_id", type_="foreignkey")
        batch.drop_constraint("fk_stock_movements_job_id", type_="foreignkey")
        batch.drop_constraint("fk_stock_movements_counterpart_outlet_id", type_="foreignkey")
        batch.drop_column("technician_id")
        batch.drop_column("job_id")
        batch.drop_column("counterpart_outlet_id")
        batch.drop_column("expires_on")
