"""search_pending: jobs whose search entry sync must refresh after it applied their changes

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27 04:30:00

Tokenising the search text of thousands of received jobs inside the apply transaction doubled
its length. The apply now queues the job ids in the same transaction and the index is refreshed
right after, in its own transactions; a crash in between leaves the queue for the next cycle.
"""

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "search_pending",
        sa.Column("job_id", sa.String(length=36), nullable=False),
        sa.Column("fresh", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("job_id"))


def downgrade() -> None:
    """Revert this revision."""
    op.drop_table("search_pending")
