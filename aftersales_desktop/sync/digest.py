"""A digest of all replicated data: equal on two sites exactly when they hold the same data.

Derived and local columns (a job's status, origin and HLC stamps, the search index, sync state)
are left out: every site computes those for itself.
"""

from __future__ import annotations

import hashlib
import json

from sqlalchemy import Boolean
from sqlalchemy.engine import Connection

from aftersales_desktop.storage.database import replicated_tables_sorted


def table_columns() -> dict[str, list[str]]:
    """Per replicated table, the columns the digest covers (id first, then the replicated ones)."""
    columns = {}
    for table in replicated_tables_sorted():
        names = sorted(c.name for c in table.columns if c.info.get("replicated", True) and c.name != "id")
        columns[table.name] = ["id", *names]
    return columns


def digest(connection: Connection) -> tuple[str, dict[str, int]]:
    """(hex SHA-256 over every replicated row in a fixed order, row count per table)."""
    total = hashlib.sha256()
    counts = {}
    tables = {t.name: t for t in replicated_tables_sorted()}
    for name, columns in sorted(table_columns().items()):
        flags = {c.name for c in tables[name].columns if isinstance(c.type, Boolean)}
        part = hashlib.sha256()
        count = 0
        result = connection.exec_driver_sql(f"SELECT {', '.join(columns)} FROM {name} ORDER BY id")
        for row in result:
            values = [bool(v) if c in flags and v is not None else v for c, v in zip(columns, row)]
            part.update(json.dumps(values, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
            part.update(b"\n")
            count += 1
        counts[name] = count
        total.update(f"{name}:{count}:{part.hexdigest()}\n".encode("ascii"))
    return total.hexdigest(), counts
