"""Change records: the outbox entries of this site as they travel in bundles."""

from __future__ import annotations

import json

from sqlalchemy.engine import Connection


def records_from_outbox(connection: Connection, after_seq: int, limit: int) -> list[tuple[int, dict]]:
    """Unpublished outbox entries after ``after_seq``, oldest first, as (seq, record) pairs."""
    result = connection.exec_driver_sql(
        "SELECT seq, table_name, row_id, op, fields, bases, hlc, origin, actor FROM outbox "
        "WHERE seq > ? AND published = 0 ORDER BY seq LIMIT ?", (after_seq, limit))
    return [(seq, {"t": table, "id": row_id, "op": op, "f": json.loads(fields),
                   "b": json.loads(bases) if bases else {}, "h": hlc, "o": origin, "a": actor})
            for seq, table, row_id, op, fields, bases, hlc, origin, actor in result]


def waiting_count(connection: Connection) -> int:
    """Changes recorded here that no bundle carries yet."""
    return connection.exec_driver_sql("SELECT count(*) FROM outbox WHERE published = 0").scalar_one()
