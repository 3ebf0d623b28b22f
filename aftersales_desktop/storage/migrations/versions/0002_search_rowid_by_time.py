"""job_search rowids follow job creation time

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 03:00:00

A search for a common word (浦东 matches half the jobs of a Pudong outlet) used to collect every
match and sort it by creation time. With rowid = creation time in microseconds x 1024 + a slot
(services.jobs.search_rowid_base), FTS5 returns matches already in page order and the query stops
at the page size. This renumbers the rows of existing databases; the text itself is unchanged.
"""

from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

# Creation time 'YYYY-MM-DDTHH:MM:SS.ffffffZ' as microseconds since 1970, times 1024, plus the
# job's place among jobs taken in the same microsecond (SEARCH_SLOTS in services.jobs).
_ROWID = ("(CAST(strftime('%s', substr(j.created_at, 1, 19)) AS INTEGER) * 1000000"
          " + CAST(substr(j.created_at, 21, 6) AS INTEGER)) * 1024"
          " + (row_number() OVER (PARTITION BY j.created_at ORDER BY j.id) - 1)")


def upgrade() -> None:
    """Apply this revision."""
    op.execute("CREATE TEMP TABLE job_search_renumbered AS "
               f"SELECT {_ROWID} AS new_rowid, s.job_id AS job_id, s.body AS body "
               "FROM job_search s JOIN jobs j ON j.id = s.job_id")
    op.execute("DELETE FROM job_search")
    op.execute("INSERT INTO job_search(rowid, job_id, body) "
               "SELECT new_rowid, job_id, body FROM job_search_renumbered")
    op.execute("DROP TABLE job_search_renumbered")


def downgrade() -> None:
    """Revert this revision: rowids in insertion order again (the text is the same)."""
    op.execute("CREATE TEMP TABLE job_search_renumbered AS SELECT job_id, body FROM job_search ORDER BY rowid")
    op.execute("DELETE FROM job_search")
    op.execute("INSERT INTO job_search(job_id, body) SELECT job_id, body FROM job_search_renumbered")
    op.execute("DROP TABLE job_search_renumbered")
