"""parts supply: catalog specification, unit and cost; suppliers, deliveries, defects and evaluations;
requisitions and stocktakes with their workflow events; movements naming the document behind them

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-27 05:45:00

0007 rebuilt stock_movements (SQLite's batch mode copies the table) and so dropped its
no-delete trigger; this revision puts it back after rebuilding the table again, and gives
job_events (insert-only from the start) the trigger it never had.
"""

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

NEW_INSERT_ONLY = ("workflow_events", "supplier_deliveries", "supplier_defects", "supplier_evaluations")


def _replicated_columns() -> list[sa.Column]:
    return [sa.Column("id", sa.String(length=36), nullable=False),
            sa.Column("origin", sa.String(length=36), nullable=False),
            sa.Column("hlc", sa.String(length=64), nullable=False),
            sa.Column("deleted", sa.Boolean(), nullable=False)]


def _no_delete(table: str) -> None:
    op.execute(f"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} "
               f"BEGIN SELECT RAISE(ABORT, '{table}: insert-only, never deleted'); END")


def _fk(column: str, target: str, nullable: bool = False) -> sa.Column:
    return sa.Column(column, sa.String(length=36), sa.ForeignKey(f"{target}.id"), nullable=nullable)


def upgrade() -> None:
    """Apply this revision."""
    with op.batch_alter_table("products") as batch:
        batch.add_column(sa.Column("specification", sa.String(length=120), nullable=False, server_default=""))
        batch.add_column(sa.Column("unit", sa.String(length=20), nullable=False, server_default=""))
        batch.add_column(sa.Column("unit_cost_fen", sa.Integer(), nullable=False, server_default="0"))
    with op.batch_alter_table("products") as batch:
        # The server defaults only filled existing rows; the models give the defaults from now on.
        batch.alter_column("specification", server_default=None)
        batch.alter_column("unit", server_default=None)
        batch.alter_column("unit_cost_fen", server_default=None)
    op.create_table(
        "workflow_events",
        sa.Column("doc_type", sa.String(length=20), nullable=False),
        sa.Column("doc_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("at", sa.String(length=27), nullable=False),
        _fk("user_id", "users"),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        *_replicated_columns(),
        sa.PrimaryKeyConstraint("id"))
    op.create_index("ix_workflow_events_doc_id", "workflow_events", ["doc_id"])
    op.create_table(
        "suppliers",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("contact_person", sa.String(length=120), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        *_replicated_columns(),
        sa.PrimaryKeyConstraint("id"))
    op.create_index("ix_suppliers_name", "suppliers", ["name"])
    op.create_table(
        "supplier_parts",
        _fk("supplier_id", "suppliers"),
        _fk("product_id", "products"),
        sa.Column("agreed_price_fen", sa.Integer(), nullable=False),
        sa.Column("lead_days", sa.Integer(), nullable=False),
        *_replicated_columns(),
        sa.PrimaryKeyConstraint("id"))
    op.create_index("ix_supplier_parts_supplier_id", "supplier_parts", ["supplier_id"])
    op.create_table(
        "supplier_deliveries",
        _fk("outlet_id", "outlets"),
        _fk("supplier_id", "suppliers"),
        sa.Column("reference", sa.String(length=60), nullable=False),
        sa.Column("promised_on", sa.Date(), nullable=True),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("received_at", sa.String(length=27), nullable=False),
        _fk("received_by", "users"),
        sa.Column("note", sa.Text(), nullable=False),
        *_replicated_columns(),
        sa.PrimaryKeyConstraint("id"))
    op.create_index("ix_supplier_deliveries_supplier_id", "supplier_deliveries", ["supplier_id"])
    op.create_table(
        "supplier_defects",
        _fk("supplier_id", "suppliers"),
        _fk("product_id", "products"),
        sa.Column("batch", sa.String(length=60), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("found_at", sa.String(length=27), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("reference", sa.String(length=60), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        _fk("recorded_by", "users"),
        *_replicated_columns(),
        sa.PrimaryKeyConstraint("id"))
    op.create_index("ix_supplier_defects_supplier_id", "supplier_defects", ["supplier_id"])
    op.create_table(
        "supplier_evaluations",
        _fk("supplier_id", "suppliers"),
        sa.Column("period", sa.String(length=10), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        *(sa.Column(name, sa.Integer(), nullable=False) for name in (
            "deliveries", "on_time_deliveries", "received_quantity", "defective_quantity", "price_index",
            "on_time_score", "quality_score", "price_score", "score", "threshold")),
        sa.Column("evaluated_at", sa.String(length=27), nullable=False),
        _fk("evaluated_by", "users"),
        sa.Column("note", sa.Text(), nullable=False),
        *_replicated_columns(),
        sa.PrimaryKeyConstraint("id"))
    op.create_index("ix_supplier_evaluations_supplier_id", "supplier_evaluations", ["supplier_id"])
    op.create_table(
        "requisitions",
        sa.Column("number", sa.String(length=30), nullable=False),
        _fk("outlet_id", "outlets"),
        _fk("requested_by", "users"),
        sa.Column("requested_at", sa.String(length=27), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        *_replicated_columns(),
        sa.PrimaryKeyConstraint("id"))
    op.create_index("ix_requisitions_number", "requisitions", ["number"])
    op.create_index("ix_requisitions_requested_by", "requisitions", ["requested_by"])
    op.create_table(
        "requisition_lines",
        _fk("requisition_id", "requisitions"),
        _fk("product_id", "products"),
        sa.Column("quantity", sa.Integer(), nullable=False),
        _fk("job_id", "jobs", nullable=True),
        sa.Column("needed_by", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        *_replicated_columns(),
        sa.PrimaryKeyConstraint("id"))
    op.create_index("ix_requisition_lines_requisition_id", "requisition_lines", ["requisition_id"])
    op.create_table(
        "stocktakes",
        sa.Column("number", sa.String(length=30), nullable=False),
        _fk("outlet_id", "outlets"),
        sa.Column("product_type", sa.String(length=20), nullable=False),
        sa.Column("started_at", sa.String(length=27), nullable=False),
        _fk("started_by", "users"),
        sa.Column("note", sa.Text(), nullable=False),
        *_replicated_columns(),
        sa.PrimaryKeyConstraint("id"))
    op.create_index("ix_stocktakes_number", "stocktakes", ["number"])
    op.create_table(
        "stocktake_lines",
        _fk("stocktake_id", "stocktakes"),
        _fk("product_id", "products"),
        sa.Column("location", sa.String(length=60), nullable=False),
        sa.Column("batch", sa.String(length=60), nullable=False),
        sa.Column("book_quantity", sa.Integer(), nullable=False),
        sa.Column("counted", sa.Integer(), nullable=True),
        sa.Column("counted_at", sa.String(length=27), nullable=True),
        _fk("counted_by", "users", nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        *_replicated_columns(),
        sa.PrimaryKeyConstraint("id"))
    op.create_index("ix_stocktake_lines_stocktake_id", "stocktake_lines", ["stocktake_id"])
    op.execute("DROP TRIGGER IF EXISTS stock_movements_no_delete")
    with op.batch_alter_table("stock_movements") as batch:
        batch.add_column(sa.Column("delivery_id", sa.String(length=36), nullable=True))
        batch.add_column(sa.Column("requisition_line_id", sa.String(length=36), nullable=True))
        batch.add_column(sa.Column("stocktake_line_id", sa.String(length=36), nullable=True))
        batch.create_foreign_key("fk_stock_movements_delivery_id", "supplier_deliveries",
                                 ["delivery_id"], ["id"])
        batch.create_foreign_key("fk_stock_movements_requisition_line_id", "requisition_lines",
                                 ["requisition_line_id"], ["id"])
        batch.create_foreign_key("fk_stock_movements_stocktake_line_id", "stocktake_lines",
                                 ["stocktake_line_id"], ["id"])
        batch.create_index("ix_stock_movements_delivery_id", ["delivery_id"])
        batch.create_index("ix_stock_movements_requisition_line_id", ["requisition_line_id"])
    for table in ("stock_movements", "job_events", *NEW_INSERT_ONLY):
        _no_delete(table)


def downgrade() -> None:
    """Revert this revision."""
    for table in ("job_events", *NEW_INSERT_ONLY):
        op.execute(f"DROP TRIGGER {table}_no_delete")
    with op.batch_alter_table("stock_movements") as batch:
        batch.drop_index("ix_stock_movements_requisition_line_id")
        batch.drop_index("ix_stock_movements_delivery_id")
        batch.drop_constraint("fk_stock_movements_stocktake_line_id", type_="foreignkey")
        batch.drop_constraint("fk_stock_movements_requisition_line_id", type_="foreignkey")
        batch.drop_constraint("fk_stock_movements_delivery_id", type_="foreignkey")
        batch.drop_column("stocktake_line_id")
        batch.drop_column("requisition_line_id")
        batch.drop_column("delivery_id")
    for table in ("stocktake_lines", "stocktakes", "requisition_lines", "requisitions",
                  "supplier_evaluations", "supplier_defects", "supplier_deliveries", "supplier_parts",
                  "suppliers", "workflow_events"):
        op.drop_table(table)
    with op.batch_alter_table("products") as batch:
        batch.drop_column("unit_cost_fen")
        batch.drop_column("unit")
        batch.drop_column("specification")
