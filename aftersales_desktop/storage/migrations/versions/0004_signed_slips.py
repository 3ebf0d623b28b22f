"""signed repair slips: signatures, slips and their prints, with immutability triggers

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27 03:20:00

Slips, signatures and prints are insert-only: triggers refuse any change to what a signature
attests and any delete, so not even a bug in a service (or a later sync apply) can alter a signed
slip. Only the tombstone and sync columns may change, and slips are never tombstoned by the app.
"""

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

_REPLICATED = ("id", "origin", "hlc", "deleted")
#: Per table, the columns a trigger keeps frozen once the row exists.
FROZEN = {
    "signatures": ("signer_role", "signer_name", "user_id", "method", "strokes", "strokes_sha256",
                   "signed_at", "specimen"),
    "slips": ("number", "revision", "supersedes_id", "job_id", "repair_id", "issued_at", "issued_by",
              "content", "content_hash", "customer_signature_id", "technician_signature_id"),
    "slip_prints": ("slip_id", "printed_at", "printed_by", "format", "output", "copy_number"),
}


def _replicated_columns() -> list[sa.Column]:
    return [sa.Column("id", sa.String(length=36), nullable=False),
            sa.Column("origin", sa.String(length=36), nullable=False),
            sa.Column("hlc", sa.String(length=64), nullable=False),
            sa.Column("deleted", sa.Boolean(), nullable=False)]


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "signatures",
        sa.Column("signer_role", sa.String(length=12), nullable=False),
        sa.Column("signer_name", sa.String(length=120), nullable=False),
        sa.Column("user_id", sa.String(length=36), sa.ForeignKey("users.id"), nullable=True),
        sa.Column("method", sa.String(length=10), nullable=False),
        sa.Column("strokes", sa.Text(), nullable=False),
        sa.Column("strokes_sha256", sa.String(length=64), nullable=False),
        sa.Column("signed_at", sa.String(length=27), nullable=False),
        sa.Column("specimen", sa.Boolean(), nullable=False),
        *_replicated_columns(),
        sa.PrimaryKeyConstraint("id"))
    op.create_index("ix_signatures_user_id", "signatures", ["user_id"])
    op.create_table(
        "slips",
        sa.Column("number", sa.String(length=30), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("supersedes_id", sa.String(length=36), sa.ForeignKey("slips.id"), nullable=True),
        sa.Column("job_id", sa.String(length=36), sa.ForeignKey("jobs.id"), nullable=False),
        sa.Column("repair_id", sa.String(length=36), sa.ForeignKey("repair_records.id"), nullable=False),
        sa.Column("issued_at", sa.String(length=27), nullable=False),
        sa.Column("issued_by", sa.String(length=36), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("customer_signature_id", sa.String(length=36), sa.ForeignKey("signatures.id"),
                  nullable=False),
        sa.Column("technician_signature_id", sa.String(length=36), sa.ForeignKey("signatures.id"),
                  nullable=False),
        *_replicated_columns(),
        sa.PrimaryKeyConstraint("id"))
    op.create_index("ix_slips_number", "slips", ["number"])
    op.create_index("ix_slips_job_id", "slips", ["job_id"])
    op.create_index("ix_slips_repair_id", "slips", ["repair_id"])
    op.create_table(
        "slip_prints",
        sa.Column("slip_id", sa.String(length=36), sa.ForeignKey("slips.id"), nullable=False),
        sa.Column("printed_at", sa.String(length=27), nullable=False),
        sa.Column("printed_by", sa.String(length=36), sa.ForeignKey("users.id"), nullable=True),
        sa.Column("format", sa.String(length=8), nullable=False),
        sa.Column("output", sa.String(length=8), nullable=False),
        sa.Column("copy_number", sa.Integer(), nullable=False),
        *_replicated_columns(),
        sa.PrimaryKeyConstraint("id"))
    op.create_index("ix_slip_prints_slip_id", "slip_prints", ["slip_id"])
    for table, columns in FROZEN.items():
        op.execute(f"CREATE TRIGGER {table}_frozen BEFORE UPDATE OF {', '.join(columns)} ON {table} "
                   f"BEGIN SELECT RAISE(ABORT, '{table}: signed records are immutable'); END")
        op.execute(f"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} "
                   f"BEGIN SELECT RAISE(ABORT, '{table}: signed records are never deleted'); END")


def downgrade() -> None:
    """Revert this revision."""
    for table in reversed(list(FROZEN)):
        op.execute(f"DROP TRIGGER {table}_no_delete")
        op.execute(f"DROP TRIGGER {table}_frozen")
        op.drop_table(table)
