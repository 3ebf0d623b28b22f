"""Conflicts sync found (two sites changed one field at once): a manager sees both values, keeps one.

Keeping the value in force records the decision; restoring the lost value writes it as an ordinary
change (so it replicates and wins from then on) together with the decision, in one transaction.
A ``decision`` conflict (sync.decisions) is two managers deciding one document while apart: its
values name both decisions (who, when, what); the first stands and the other's stock effects were
reversed, so it can only be acknowledged (kept), never restored.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timezone

from sqlalchemy import Boolean, Date, select

from aftersales_desktop.domain.errors import NotFound, ValidationError
from aftersales_desktop.domain.hlc import Timestamp
from aftersales_desktop.domain.permissions import Action
from aftersales_desktop.services.context import AppContext
from aftersales_desktop.domain.quality import Outcome, ReturnStep
from aftersales_desktop.domain.requisitions import StepKind as RequisitionStep
from aftersales_desktop.domain.stocktakes import StocktakeStep
from aftersales_desktop.i18n import N_, Marked, tr
from aftersales_desktop.storage.models import (Base, Conflict, ConflictResolution, Customer, Job, Product,
                                               Requisition, ReturnCase, Stocktake, User)
from aftersales_desktop.storage.types import UTCDateTime, from_utc_text


@dataclass(frozen=True)
class ConflictInfo:
    """One conflict as the review list shows it."""

    id: str
    kind: str  # "field", "delete" or "status"
    table_name: str
    row_id: str
    field: str
    record: str  # what the row is, for people: "王芳 (customer)", "SH01-J202611-0042"
    kept_value: object
    lost_value: object
    kept_at: datetime
    lost_at: datetime
    resolution: str | None  # None while open; "kept" or "restored"
    resolved_by: str


def _moment(hlc: str) -> datetime:
    return datetime.fromtimestamp(Timestamp.decode(hlc).wall_ms / 1000, tz=timezone.utc)


def _model(table: str):  # noqa: ANN202 - a mapped class
    for mapper in Base.registry.mappers:
        if mapper.local_table.name == table:
            return mapper.class_
    raise NotFound("No such record.")


def _describe(session, table: str, row_id: str) -> str:  # noqa: ANN001
    labels = {Customer: lambda r: r.name, Job: lambda r: r.number, User: lambda r: r.display_name,
              Product: lambda r: f"{r.brand} {r.model}", Stocktake: lambda r: r.number,
              Requisition: lambda r: r.number, ReturnCase: lambda r: r.number}
    model = _model(table)
    row = session.get(model, row_id)
    if row is None:
        return row_id[:8]
    describe = labels.get(model)
    return describe(row) if describe else row_id[:8]


def list_conflicts(ctx: AppContext, *, include_resolved: bool = False) -> list[ConflictInfo]:
    """Conflicts, newest first; open ones only unless asked."""
    ctx.require(Action.VIEW_SYNC)
    with ctx.db.reader() as session:
        decided = {r.conflict_id: r for r in session.scalars(
            select(ConflictResolution).where(ConflictResolution.deleted.is_(False))
            .order_by(ConflictResolution.hlc))}
        names = dict(session.execute(select(User.id, User.display_name)).all())
        found = []
        for row in session.scalars(select(Conflict).where(Conflict.deleted.is_(False))
                                   .order_by(Conflict.lost_hlc.desc())):
            resolution = decided.get(row.id)
            if resolution is not None and not include_resolved:
                continue
            kept, lost = json.loads(row.kept_value), json.loads(row.lost_value)
            if row.kind == DECISION and isinstance(kept, dict) and isinstance(lost, dict):
                for value in (kept, lost):  # who decided, by name, for the notice
                    value["user_name"] = names.get(value.get("user_id"), "")
            found.append(ConflictInfo(
                row.id, row.kind, row.table_name, row.row_id, row.field, _describe(session, row.table_name, row.row_id),
                kept, lost, _moment(row.kept_hlc), _moment(row.lost_hlc),
                resolution.choice if resolution else None,
                names.get(resolution.resolved_by, "") if resolution else ""))
        return found


#: Conflict kind of two decisions taken apart on one document (sync.decisions.DECISION_KIND).
DECISION = "decision"
_DECISION_DOCUMENTS = {"stocktakes": (N_("Stocktake"), StocktakeStep),
                       "requisitions": (N_("Requisition"), RequisitionStep),
                       "return_cases": (N_("Return case"), ReturnStep)}


def decision_label(table: str, value: dict) -> Marked | str:
    """The step a decision conflict names, as people call it ('Approved and posted', 'Decision taken')."""
    steps = _DECISION_DOCUMENTS.get(table, (None, None))[1]
    try:
        return steps(value.get("kind")).label if steps is not None else str(value.get("kind", ""))
    except ValueError:
        return str(value.get("kind", ""))


def decision_text(conflict: ConflictInfo, value: dict, t=tr) -> str:  # noqa: ANN001 - a translator
    """One decision of a decision conflict: what, by whom, when (local time), with its outcome if any."""
    what = t(decision_label(conflict.table_name, value))
    outcome = value.get("outcome")
    if outcome in tuple(Outcome):
        what = f"{what} ({t(Outcome(outcome).label)})"
    try:
        moment = datetime.fromisoformat(str(value.get("at"))).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        moment = str(value.get("at", ""))
    return t("{decision} by {name} at {time}", decision=what, name=value.get("user_name") or t("(unknown)"),
             time=moment)


def decision_notice(conflict: ConflictInfo, t=tr) -> str:  # noqa: ANN001 - a translator
    """The whole notice for both managers: which document, both decisions, which one stands."""
    document = _DECISION_DOCUMENTS.get(conflict.table_name, (conflict.table_name, None))[0]
    return t("{document} {number} was decided on two computers while they were apart. In force: {kept}. "
             "Set aside, its stock effects reversed: {lost}.", document=t(document), number=conflict.record,
             kept=decision_text(conflict, conflict.kept_value, t), lost=decision_text(conflict, conflict.lost_value, t))


def _stored(column, value):  # noqa: ANN001, ANN202
    """A JSON value from a conflict row as the column's Python type."""
    if value is None:
        return None
    if isinstance(column.type, UTCDateTime):
        return from_utc_text(value)
    if isinstance(column.type, Date):
        return date.fromisoformat(value)
    if isinstance(column.type, Boolean):
        return bool(value)
    return value


def resolve_conflict(ctx: AppContext, conflict_id: str, *, restore_lost: bool, note: str = "") -> None:
    """Keep the value in force, or restore the lost one (written as a new change that replicates)."""
    user = ctx.require(Action.RESOLVE_CONFLICTS)
    with ctx.transaction() as session:
        conflict = session.get(Conflict, conflict_id)
        if conflict is None:
            raise NotFound("No such conflict.")
        if session.scalar(select(ConflictResolution.id).where(ConflictResolution.conflict_id == conflict_id)):
            raise ValidationError.single("conflict", "This conflict has been decided already.")
        if restore_lost:
            if conflict.kind == "status":
                raise ValidationError.single("conflict", "A job's status follows its history: reopen or cancel "
                                                         "the job to change it.")
            if conflict.kind == DECISION:
                raise ValidationError.single("conflict", "The first decision stands everywhere: take a new step "
                                                         "on the document to change it.")
            model = _model(conflict.table_name)
            row = session.get(model, conflict.row_id)
            if row is None:
                raise NotFound("The record of this conflict is not here.")
            column = model.__table__.c[conflict.field]
            setattr(row, conflict.field, _stored(column, json.loads(conflict.lost_value)))
            session.flush()
            from aftersales_desktop.services.jobs import reindex_job, reindex_jobs_of_customer

            if model is Customer:
                reindex_jobs_of_customer(session, row.id)
            elif model is Job:
                reindex_job(session, row)
        session.add(ConflictResolution(conflict_id=conflict_id, choice="restored" if restore_lost else "kept",
                                       resolved_by=user.id, resolved_at=ctx.now(), note=note.strip()))
