"""Recording and reading the steps (workflow_events) of requisitions, stocktakes and other documents.

Callers are services that already checked the permission and hold the writing transaction; the
event is captured for sync in that same transaction.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from aftersales_desktop.domain.workflow import Step
from aftersales_desktop.services.context import CurrentUser
from aftersales_desktop.storage.models import WorkflowEvent


def record_step(session: Session, user: CurrentUser, at: datetime, doc_type: str, doc_id: str, kind: str,
                note: str = "", data: Mapping[str, object] | None = None) -> Step:
    """Append one step to a document's history in the caller's transaction."""
    payload = json.dumps(dict(data or {}), ensure_ascii=False, sort_keys=True)
    row = WorkflowEvent(doc_type=doc_type, doc_id=doc_id, kind=kind, at=at, user_id=user.id,
                        note=note, data=payload)
    session.add(row)
    session.flush()
    return _step(row)


def steps_of(session: Session, doc_type: str, doc_ids: Iterable[str] | None = None) -> dict[str, list[Step]]:
    """Every step of the given documents (all documents of ``doc_type`` when None), by document id."""
    query = select(WorkflowEvent).where(WorkflowEvent.deleted.is_(False), WorkflowEvent.doc_type == doc_type)
    if doc_ids is not None:
        ids = list(doc_ids)
        if not ids:
            return {}
        query = query.where(WorkflowEvent.doc_id.in_(ids))
    found: dict[str, list[Step]] = defaultdict(list)
    for row in session.scalars(query.order_by(WorkflowEvent.at, WorkflowEvent.id)):
        found[row.doc_id].append(_step(row))
    return dict(found)


def _step(row: WorkflowEvent) -> Step:
    return Step(row.id, row.kind, row.at, row.user_id, row.note, json.loads(row.data or "{}"))
