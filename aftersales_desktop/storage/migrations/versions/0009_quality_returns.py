"""quality problems, returns and exchanges with inspection on receipt; attachments; movements
naming the return case behind them

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-27 06:05:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

NEW_INSERT_ONLY = ("inspections", "attachments")


def _replicated_columns() -> list[sa.Column]:
    return [sa.Column("id", sa.String(length=36), nullable=False),
            sa.Column("origin", sa.String(length=36), nullable=False),
            sa.Column("hlc", sa.String(length=64), nullable=False),
            sa.Column("deleted", sa.Boolean(), nullable=False)]


def _fk(column: str, target: str, nullable: bool = False) -> sa.Column:
    return sa.Column(column, sa.String(length=36), sa.ForeignKey(f"{target}.id"), nullable=nullable)


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "quality_cases",
        sa.Column("number", sa.String(length=30), nullable=False),
        _fk("outlet_id", "outlets"),
        _fk("job_id", "jobs", nullable=True),
        _fk("customer_id", "customers"),
        _fk("product_id", "products", nullable=True),
        sa.Column("batch", sa.String(length=60), nullable=False),
        sa.Column("severity", sa.String(length=10), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("opened_at", sa.String(length=27), nullable=False),
        _fk("opened_by", "users"),
        *_replicated_columns(),
        sa.PrimaryKeyConstraint("id"))
    op.create_index("ix_quality_cases_number", "quality_cases", ["number"])
    op.create_index("ix_quality_cases_job_id", "quality_cases", ["job_id"])
    op.create_index("ix_quality_cases_customer_id", "quality_cases", ["customer_id"])
    op.create_table(
        "return_cases",
        sa.Column("number", sa.String(length=30), nullable=False),
        _fk("outlet_id", "outlets"),
        _fk("quality_case_id", "quality_cases", nullable=True),
        _fk("job_id", "jobs", nullable=True),
        _fk("customer_id", "customers"),
        _fk("product_id", "products"),
        sa.Column("batch", sa.String(length=60), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("request_type", sa.String(length=10), nullable=False),
        sa.Column("quality_problem", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("purchase_date", sa.Date(), nullable=True),
        sa.Column("proof_number", sa.String(length=60), nullable=False),
        sa.Column("price_paid_fen", sa.Integer(), nullable=False),
        sa.Column("unused", sa.Boolean(), nullable=False),
        sa.Column("packaging_intact", sa.Boolean(), nullable=False),
        sa.Column("return_address", sa.Text(), nullable=False),
        sa.Column("requested_at", sa.String(length=27), nullable=False),
        _fk("requested_by", "users"),
        *_replicated_columns(),
        sa.PrimaryKeyConstraint("id"))
    op.create_index("ix_return_cases_number", "return_cases", ["number"])
    op.create_index("ix_return_cases_quality_case_id", "return_cases", ["quality_case_id"])
    op.create_index("ix_return_cases_customer_id", "return_cases", ["customer_id"])
    op.create_table(
        "inspections",
        _fk("return_case_id", "return_cases"),
        sa.Column("received_on", sa.Date(), nullable=False),
        *(sa.Column(name, sa.Boolean(), nullable=False) for name in (
            "packaging_intact", "seal_intact", "signs_of_use", "leaks", "chip_ok", "physical_damage")),
        sa.Column("test_result", sa.Text(), nullable=False),
        sa.Column("batch", sa.String(length=60), nullable=False),
        _fk("supplier_id", "suppliers", nullable=True),
        sa.Column("verdict", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        _fk("inspector_id", "users"),
        _fk("signature_id", "signatures"),
        sa.Column("inspected_at", sa.String(length=27), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        *_replicated_columns(),
        sa.PrimaryKeyConstraint("id"))
    op.create_index("ix_inspections_return_case_id", "inspections", ["return_case_id"])
    op.create_table(
        "attachments",
        sa.Column("doc_type", sa.String(length=20), nullable=False),
        sa.Column("doc_id", sa.String(length=36), nullable=False),
        sa.Column("filename", sa.String(length=200), nullable=False),
        sa.Column("mime", sa.String(length=60), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("added_at", sa.String(length=27), nullable=False),
        _fk("added_by", "users"),
        *_replicated_columns(),
        sa.PrimaryKeyConstraint("id"))
    op.create_index("ix_attachments_doc_id", "attachments", ["doc_id"])
    # Rebuilding stock_movements (batch mode copies the table) drops its trigger: put it back after.
    op.execute("DROP TRIGGER IF EXISTS stock_movements_no_delete")
    with op.batch_alter_table("stock_movements") as batch:
        batch.add_column(sa.Column("return_case_id", sa.String(length=36), nullable=True))
        batch.create_foreign_key("fk_stock_movements_return_case_id", "return_cases", ["return_case_id"], ["id"])
    for table in ("stock_movements", *NEW_INSERT_ONLY):
        op.execute(f"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} "
                   f"BEGIN SELECT RAISE(ABORT, '{table}: insert-only, never deleted'); END")


def downgrade() -> None:
    """Revert this revision."""
    for table in NEW_INSERT_ONLY:
        op.execute(f"DROP TRIGGER {table}_no_delete")
    with op.batch_alter_table("stock_movements") as batch:
        batch.drop_constraint("fk_stock_movements_return_case_id", type_="foreignkey")
        batch.drop_column("return_case_id")
    for table in ("attachments", "inspections", "return_cases", "quality_cases"):
        op.drop_table(table)
