"""Change records: the outbox entries of this site as they travel in bundles."""

from __future__ import annotations

import json

from sqlalchemy.engine import Connection

#: Bytes a record adds to a bundle's body besides its fields and bases: keys, table, id, HLC, origin, actor.
RECORD_OVERHEAD_BYTES = 320


def records_from_outbox(connection: Connection, after_seq: int, limit: int,
                        max_bytes: int | None = None) -> list[tuple[int, dict]]:
    """Unpublished outbox entries after ``after_seq``, oldest first, as (seq, record) pairs.

    At most ``limit`` entries and, when ``max_bytes`` is given, no more than fit in that many bytes
    of bundle body (estimated from the stored JSON, which is never shorter than the compact form a
    bundle holds); the first entry is always taken.
    """
    result = connection.exec_driver_sql(
        "SELECT seq, table_name, row_id, op, fields, bases, hlc, origin, actor FROM outbox "
        "WHERE seq > ? AND published = 0 ORDER BY seq LIMIT ?", (after_seq, limit))
    batch: list[tuple[int, dict]] = []
    size = 0
    for seq, table, row_id, op, fields, bases, hlc, origin, actor in result:
        if max_bytes is not None:
            size += len(fields.encode("utf-8")) + len((bases or "").encode("utf-8")) + RECORD_OVERHEAD_BYTES
            if batch and size > max_bytes:
                break
        batch.append((seq, {"t": table, "id": row_id, "op": op, "f": json.loads(fields),
                            "b": json.loads(bases) if bases else {}, "h": hlc, "o": origin, "a": actor}))
    result.close()
    return batch


def waiting_count(connection: Connection) -> int:
    """Changes recorded here that no bundle carries yet."""
    return connection.exec_driver_sql("SELECT count(*) FROM outbox WHERE published = 0").scalar_one()
