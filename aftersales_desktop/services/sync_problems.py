"""What sync kept out: changes refused by write authority, for the Sync page's Problems tab.

Looking needs VIEW_SYNC (managers and HQ analysts), as for the rest of the sync state.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from aftersales_desktop.domain.permissions import Action
from aftersales_desktop.i18n import N_, tr
from aftersales_desktop.services.context import AppContext
from aftersales_desktop.storage.authority import SITE_NAMES_KEY
from aftersales_desktop.storage.models import RefusedChange

PAGE_SIZE = 200

REASONS = {
    "not_owner": N_("The record belongs to another outlet."),
    "admin_only": N_("Staff accounts and the outlet's details: only head office or the outlet's "
                     "administration computer may change them."),
    "no_owner": N_("The record belongs to no outlet of the roster: only head office may change it."),
    "origin": N_("The change claims to come from another site."),
    "insert_only": N_("History records are never changed."),
    "unknown_site": N_("The site is not on the roster."),
    "operation": N_("Unknown kind of change."),
}
TABLES = {"users": N_("Staff account"), "outlets": N_("Outlet"), "outlet_settings": N_("Outlet setting"),
          "customers": N_("Customer"), "products": N_("Product"), "jobs": N_("Job"),
          "job_events": N_("Job history"), "stock_movements": N_("Stock movement"),
          "stock_levels": N_("Safety stock"), "requisitions": N_("Requisition"), "stocktakes": N_("Stocktake"),
          "quality_cases": N_("Quality case"), "return_cases": N_("Return or exchange"),
          "suppliers": N_("Supplier"), "workflow_events": N_("Document step"), "conflicts": N_("Conflict")}


@dataclass(frozen=True)
class RefusedInfo:
    """One refused change as the Problems tab lists it."""

    id: int
    at: datetime
    site_id: str
    site_name: str
    bundle: str
    table_name: str
    row_id: str
    field: str
    reason: str
    label: str = ""  # what people call the record here (user name, job number ...), "" when not here

    def reason_text(self) -> str:
        """Why it was refused, in the interface's language."""
        message = REASONS.get(self.reason)
        return tr(message) if message else self.reason

    def record_text(self) -> str:
        """'Staff account · manager · role', or the id's end when the record is not here (a refused insert)."""
        label = TABLES.get(self.table_name)
        text = f"{tr(label) if label else self.table_name} · {self.label or '…' + self.row_id[-8:]}"
        return f"{text} · {self.field}" if self.field else text


def _site_names(ctx: AppContext) -> dict[str, str]:
    try:
        names = json.loads(ctx.db.local_value(SITE_NAMES_KEY) or "{}")
    except ValueError:
        return {}
    return names if isinstance(names, dict) else {}


def refused_changes(ctx: AppContext, *, before_id: int | None = None, limit: int = PAGE_SIZE) -> list[RefusedInfo]:
    """Refused changes, newest first, ``limit`` at a time (keyset: pass the last id seen as ``before_id``)."""
    ctx.require(Action.VIEW_SYNC)
    names = _site_names(ctx)
    query = select(RefusedChange).order_by(RefusedChange.id.desc()).limit(limit)
    if before_id is not None:
        query = query.where(RefusedChange.id < before_id)
    with ctx.db.reader() as session:
        rows = list(session.scalars(query))
        labels = _labels(session, rows)
        return [RefusedInfo(r.id, r.at, r.site_id, str(names.get(r.site_id) or r.site_id[:8]), r.bundle,
                            r.table_name, r.row_id, r.field, r.reason, labels.get((r.table_name, r.row_id), ""))
                for r in rows]


#: The column people know a record by, per table (plain text, shown as data).
LABEL_COLUMNS = {"users": "username", "outlets": "code", "customers": "name", "products": "model",
                 "jobs": "number", "requisitions": "number", "stocktakes": "number", "quality_cases": "number",
                 "return_cases": "number", "suppliers": "name", "outlet_settings": "key"}


def _labels(session, rows: list[RefusedChange]) -> dict[tuple[str, str], str]:  # noqa: ANN001
    """(table, row id) -> the record's label, for the refused rows that exist here."""
    wanted: dict[str, set[str]] = {}
    for row in rows:
        if row.table_name in LABEL_COLUMNS:
            wanted.setdefault(row.table_name, set()).add(row.row_id)
    found = {}
    for table, ids in wanted.items():
        marks = ", ".join("?" * len(ids))
        for row_id, label in session.connection().exec_driver_sql(
                f"SELECT id, {LABEL_COLUMNS[table]} FROM {table} WHERE id IN ({marks})", tuple(ids)):
            found[(table, row_id)] = str(label)[:60]
    return found


def refused_summary(ctx: AppContext) -> tuple[int, int]:
    """(refused changes, sites they came from)."""
    ctx.require(Action.VIEW_SYNC)
    with ctx.db.reader() as session:
        count, sites = session.execute(select(func.count(), func.count(RefusedChange.site_id.distinct()))).one()
    return count, sites

