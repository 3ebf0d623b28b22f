"""Quality cases (质量问题) and return or exchange cases (退换货) of the logged-in user's outlet.

A quality case is opened from a job or on its own; remote support (远程技术支持) is recorded on it,
and a serious one is escalated into a return case. A return case is requested with what the
return conditions need (domain.return_policy: the clerk sees the check before accepting), accepted
(against the policy only with a reason) or declined; the product is received and inspected
(services.inspections); a decision is taken after the inspection, approved by a manager where the
policy requires it, and completed: the storekeeper hands over the replacement of an exchange (an
ISSUE movement from good stock), a refund is paid, a repaired or rejected product goes back to
the customer. Customer contacts are recorded on either kind of case.

Statuses are folded from workflow steps (domain.quality), so steps taken on different computers
merge through sync. Every write is one transaction with its step: a refusal leaves nothing written.
"""

from __future__ import annotations

import base64
import hashlib
import mimetypes
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from aftersales_desktop.domain.enums import N_, Role
from aftersales_desktop.domain.errors import Collector, NotFound, PermissionDenied, ValidationError
from aftersales_desktop.domain.money import yuan_to_fen
from aftersales_desktop.domain.numbering import NumberKind
from aftersales_desktop.domain.permissions import Action
from aftersales_desktop.domain.quality import (QUALITY_DOC, QUALITY_TRANSITIONS, RETURN_DOC, RETURN_TRANSITIONS,
                                               FreightPayer, Outcome, QualityStatus, QualityStep, RequestType,
                                               ReturnStatus, ReturnStep, Severity, Verdict, fold_quality_case,
                                               fold_return_case)
from aftersales_desktop.domain.requisitions import StockBatch, plan_picks
from aftersales_desktop.domain.return_policy import (MAX_WINDOW_DAYS, QUARANTINE_LOCATION, Decision,
                                                     InspectionFacts, PolicyCheck, PolicySettings, check_decision,
                                                     check_return, decision_freight_payer, needs_approval)
from aftersales_desktop.domain.stock import MovementKind
from aftersales_desktop.domain.workflow import Folded, Step
from aftersales_desktop.services.catalog import part_title
from aftersales_desktop.services.context import AppContext, CurrentUser
from aftersales_desktop.services.jobs import next_number
from aftersales_desktop.services.staff import names_in
from aftersales_desktop.services.stock import check_quantity, take_stock, write_movement
from aftersales_desktop.services.workflow import record_step, steps_of
from aftersales_desktop.storage.models import (Attachment, Customer, Inspection, Job, Outlet, OutletSetting, Product,
                                               QualityCase, ReturnCase, StockMovement)

NO_OWN_APPROVAL = N_("Nobody approves a decision they took themselves.")
MAX_PROOF_BYTES = 5 * 1024 * 1024
SETTING_KEYS = {"return_window_days": "returns.window_days", "quality_window_days": "returns.quality_window_days",
                "return_address": "returns.address", "quarantine_location": "returns.quarantine_location"}
#: Note of the movement that sends a repaired or rejected product back to its owner.
BACK_TO_CUSTOMER = N_("returned to the customer")


# ---- inputs -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class QualityCaseDraft:
    """A new quality case: the customer (or the job it comes from), the product, batch, severity, what is wrong."""

    customer_id: str | None
    product_id: str | None
    batch: str = ""
    severity: Severity | str = Severity.MINOR
    description: str = ""
    job_id: str | None = None


@dataclass(frozen=True)
class ReturnDraft:
    """A return or exchange request as the clerk fills it in; amounts are yuan text, as typed.

    ``proof_image`` is an optional scan of the receipt: (file name, bytes).
    """

    customer_id: str | None = None
    product_id: str | None = None
    batch: str = ""
    quantity: int = 1
    request_type: RequestType | str = RequestType.RETURN
    quality_problem: bool = False
    reason: str = ""
    purchase_date: date | None = None
    proof_number: str = ""
    price_paid: str = ""
    unused: bool = False
    packaging_intact: bool = False
    proof_image: tuple[str, bytes] | None = None
    job_id: str | None = None


@dataclass(frozen=True)
class DecisionDraft:
    """The decision after the inspection; amounts are yuan text, as typed."""

    outcome: Outcome | str | None
    refund: str = ""
    compensation: str = ""
    compensation_reason: str = ""
    freight: str = ""
    note: str = ""


# ---- results ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TimelineEntry:
    """One step of a case: what (``kind``, its English ``label``), who, when, the note and the step's data.

    ``ignored`` when a step made elsewhere at the same time did not apply (a concurrent step won).
    """

    kind: str
    label: str
    by: str
    at: datetime
    note: str
    data: Mapping[str, object] = field(default_factory=dict)
    ignored: bool = False


@dataclass(frozen=True)
class SupportRecord:
    """Remote support given on a quality case: the guidance, the result, whether it solved the problem."""

    guidance: str
    result: str
    solved: bool
    by: str
    at: datetime


@dataclass(frozen=True)
class ReturnCaseRow:
    """A return case in a list."""

    id: str
    number: str
    customer_name: str
    product: str
    quantity: int
    request_type: RequestType
    quality_problem: bool
    status: ReturnStatus
    outcome: Outcome | None
    needs_approval: bool
    requested_at: datetime


@dataclass(frozen=True)
class QualityCaseRow:
    """A quality case in a list."""

    id: str
    number: str
    customer_name: str
    product: str
    severity: Severity
    status: QualityStatus
    description: str
    job_number: str
    opened_at: datetime


@dataclass(frozen=True)
class QualityCaseDetail:
    """A quality case with its support records, the return cases it led to and its timeline."""

    id: str
    number: str
    outlet_id: str
    job_id: str | None
    job_number: str
    customer_id: str
    customer_name: str
    customer_phone: str
    product_id: str | None
    product: str
    batch: str
    severity: Severity
    description: str
    opened_at: datetime
    opened_by: str
    status: QualityStatus
    support: tuple[SupportRecord, ...]
    return_cases: tuple[ReturnCaseRow, ...]
    timeline: tuple[TimelineEntry, ...]
    ignored: tuple[TimelineEntry, ...]


@dataclass(frozen=True)
class InspectionSummary:
    """The receiving inspection of a return case, as the case shows it."""

    id: str
    received_on: date
    verdict: Verdict
    packaging_intact: bool
    seal_intact: bool
    signs_of_use: bool
    leaks: bool
    chip_ok: bool
    physical_damage: bool
    test_result: str
    batch: str
    note: str
    inspector: str
    inspected_at: datetime


@dataclass(frozen=True)
class DecisionInfo:
    """The decision in force: outcome, money (fen), freight, and whether a manager must approve it."""

    outcome: Outcome
    refund_fen: int
    compensation_fen: int
    compensation_reason: str
    freight_payer: FreightPayer
    freight_fen: int
    note: str
    needs_approval: bool
    decided_by_id: str
    decided_by: str
    decided_at: datetime


@dataclass(frozen=True)
class CaseMovement:
    """A stock movement booked for a return case (signed quantity, as in the ledger)."""

    kind: MovementKind
    location: str
    batch: str
    quantity: int
    at: datetime
    note: str


@dataclass(frozen=True)
class ReturnCaseDetail:
    """A return case with the policy check as requested, inspection, decision, approval, movements, timeline."""

    id: str
    number: str
    outlet_id: str
    quality_case_id: str | None
    quality_case_number: str
    job_id: str | None
    job_number: str
    customer_id: str
    customer_name: str
    customer_phone: str
    product_id: str
    product: str
    batch: str
    quantity: int
    request_type: RequestType
    quality_problem: bool
    reason: str
    purchase_date: date | None
    proof_number: str
    proof_files: tuple[str, ...]
    price_paid_fen: int
    unused: bool
    packaging_intact: bool
    return_address: str
    requested_at: datetime
    requested_by: str
    status: ReturnStatus
    policy: PolicyCheck
    override_reason: str
    inspection: InspectionSummary | None
    decision: DecisionInfo | None
    sent_back_reason: str
    approved_by: str
    approved_at: datetime | None
    movements: tuple[CaseMovement, ...]
    timeline: tuple[TimelineEntry, ...]
    ignored: tuple[TimelineEntry, ...]

    @property
    def accepted_with_override(self) -> bool:
        """True when the case was accepted against the return conditions."""
        return bool(self.override_reason)

    @property
    def awaiting_approval(self) -> bool:
        """True when the decision waits for a manager."""
        return self.status == ReturnStatus.DECIDED and self.decision is not None and self.decision.needs_approval

    @property
    def ready_to_complete(self) -> bool:
        """True when the decision may be carried out (approved, or needing no approval)."""
        return (self.status == ReturnStatus.APPROVED
                or (self.status == ReturnStatus.DECIDED and self.decision is not None
                    and not self.decision.needs_approval))


@dataclass(frozen=True)
class PolicyPreview:
    """What the clerk sees before accepting: the rules, who pays the freight, where the customer sends it."""

    check: PolicyCheck
    return_address: str


# ---- settings -----------------------------------------------------------------------------------


def return_settings(session: Session, outlet_id: str) -> PolicySettings:
    """An outlet's return conditions (defaults where unset; the return address defaults to the outlet's)."""
    rows = {r.key: r.value for r in session.scalars(select(OutletSetting).where(
        OutletSetting.outlet_id == outlet_id, OutletSetting.deleted.is_(False),
        OutletSetting.key.in_(list(SETTING_KEYS.values()))))}
    defaults = PolicySettings()
    outlet = session.get(Outlet, outlet_id)

    def days(name: str, default: int) -> int:
        value = rows.get(SETTING_KEYS[name], "")
        return int(value) if value.isdigit() else default

    return PolicySettings(days("return_window_days", defaults.return_window_days),
                          days("quality_window_days", defaults.quality_window_days),
                          rows.get(SETTING_KEYS["return_address"]) or (outlet.address if outlet else ""),
                          rows.get(SETTING_KEYS["quarantine_location"]) or QUARANTINE_LOCATION)


def get_return_settings(ctx: AppContext) -> PolicySettings:
    """The return conditions of the user's outlet."""
    user = ctx.require(Action.VIEW_QUALITY)
    with ctx.db.reader() as session:
        return return_settings(session, user.outlet_id)


def set_return_settings(ctx: AppContext, settings: PolicySettings) -> PolicySettings:
    """Change the windows, the return address and the quarantine location (managers)."""
    user = ctx.require(Action.EDIT_SETTINGS)
    errors = Collector()
    for name in ("return_window_days", "quality_window_days"):
        value = getattr(settings, name)
        errors.check(isinstance(value, int) and 1 <= value <= MAX_WINDOW_DAYS, name,
                     "Between 1 and {most} days.", most=MAX_WINDOW_DAYS)
    errors.check(bool(settings.return_address.strip()), "return_address",
                 "Enter the address customers send returns to.")
    errors.check(bool(settings.quarantine_location.strip()), "quarantine_location",
                 "Enter the stock location for returned products.")
    errors.raise_if_any()
    values = {SETTING_KEYS["return_window_days"]: str(settings.return_window_days),
              SETTING_KEYS["quality_window_days"]: str(settings.quality_window_days),
              SETTING_KEYS["return_address"]: settings.return_address.strip(),
              SETTING_KEYS["quarantine_location"]: settings.quarantine_location.strip()}
    with ctx.transaction() as session:
        rows = {r.key: r for r in session.scalars(select(OutletSetting).where(
            OutletSetting.outlet_id == user.outlet_id, OutletSetting.deleted.is_(False),
            OutletSetting.key.in_(list(values))))}
        for key, value in values.items():
            if key in rows:
                if rows[key].value != value:
                    rows[key].value = value
            else:
                session.add(OutletSetting(outlet_id=user.outlet_id, key=key, value=value))
        session.flush()
        return return_settings(session, user.outlet_id)


# ---- helpers ------------------------------------------------------------------------------------


def _today(ctx: AppContext) -> date:
    return ctx.now().astimezone().date()


def outlet_visible(user: CurrentUser, outlet_id: str) -> bool:
    """Head office sees every outlet's cases; an outlet's staff their own."""
    return user.role == Role.HQ_ANALYST or outlet_id == user.outlet_id


def _load_quality(session: Session, user: CurrentUser, case_id: str) -> QualityCase:
    row = session.get(QualityCase, case_id)
    if row is None or row.deleted or not outlet_visible(user, row.outlet_id):
        raise NotFound("No such quality case.")
    return row


def load_return_case(session: Session, user: CurrentUser, case_id: str) -> ReturnCase:
    """The return case row, or NotFound when it is missing, deleted or another outlet's (for ``user``)."""
    row = session.get(ReturnCase, case_id)
    if row is None or row.deleted or not outlet_visible(user, row.outlet_id):
        raise NotFound("No such return case.")
    return row


def _quality_folded(session: Session, case_id: str) -> Folded[QualityStatus | None]:
    return fold_quality_case(steps_of(session, QUALITY_DOC, [case_id]).get(case_id, []))


def return_case_folded(session: Session, case_id: str) -> Folded[ReturnStatus | None]:
    """A return case's steps folded: its status and what was applied or ignored."""
    return fold_return_case(steps_of(session, RETURN_DOC, [case_id]).get(case_id, []))


def _number(session: Session, user: CurrentUser, kind: NumberKind, model: type, moment: datetime) -> str:
    """The next number of ``kind`` at the user's outlet, skipping numbers another computer already used."""
    outlet = session.get(Outlet, user.outlet_id)
    code = outlet.code if outlet is not None else "X"
    while True:
        number = next_number(session, code, kind, moment)
        if session.scalar(select(model.id).where(model.number == number)) is None:
            return number


_QUALITY_WRONG_STATUS = {
    QualityStep.SUPPORT: N_("Remote support is recorded only on an open quality case."),
    QualityStep.SOLVED: N_("Remote support is recorded only on an open quality case."),
    QualityStep.ESCALATE: N_("Only an open or remotely solved quality case can be escalated to a return."),
    QualityStep.CLOSE: N_("This quality case is closed already."),
}

_RETURN_WRONG_STATUS = {
    ReturnStep.ACCEPT: N_("Only a requested return can be accepted or declined."),
    ReturnStep.DECLINE: N_("Only a requested return can be accepted or declined."),
    ReturnStep.DECIDE: N_("Only an inspected return can be decided: the product must be received and inspected first."),
    ReturnStep.APPROVE: N_("Only a decision waiting for approval can be approved or sent back."),
    ReturnStep.SEND_BACK: N_("Only a decision waiting for approval can be approved or sent back."),
    ReturnStep.COMPLETE: N_("This return has no decision to carry out."),
    ReturnStep.CANCEL: N_("A return can be cancelled only before the product is inspected."),
}


def _refuse_quality(status: QualityStatus | None, kind: QualityStep) -> None:
    if (status, kind.value) not in QUALITY_TRANSITIONS:
        raise ValidationError.single("status", _QUALITY_WRONG_STATUS[kind])


def _refuse_return(status: ReturnStatus | None, kind: ReturnStep) -> None:
    if (status, kind.value) not in RETURN_TRANSITIONS:
        raise ValidationError.single("status", _RETURN_WRONG_STATUS[kind])


def _amount(errors: Collector, text: str, name: str, *, required: bool = False) -> int:
    """Fen from yuan text ('' is 0 unless required); errors collected under ``name``."""
    if not text.strip():
        errors.check(not required, name, "Enter an amount in yuan, such as 268.00.")
        return 0
    try:
        fen = yuan_to_fen(text)
    except ValueError:
        errors.add(name, "Enter an amount in yuan, such as 268.00.")
        return 0
    errors.check(fen >= 0, name, "The amount cannot be negative.")
    return fen


def _job(session: Session, job_id: str) -> Job:
    job = session.get(Job, job_id)
    if job is None or job.deleted:
        raise NotFound("No such service job.")
    return job


def _product(session: Session, errors: Collector, product_id: str | None, required: bool) -> Product | None:
    if not product_id:
        errors.check(not required, "product", "Choose the product.")
        return None
    product = session.get(Product, product_id)
    errors.check(product is not None and not product.deleted, "product", "Choose the product.")
    return product


def _customer(session: Session, errors: Collector, customer_id: str | None) -> Customer | None:
    customer = session.get(Customer, customer_id) if customer_id else None
    errors.check(customer is not None and not customer.deleted, "customer",
                 "Choose the customer, or start from a service job.")
    return customer


def _check_quantity_and_reason(errors: Collector, draft: ReturnDraft) -> None:
    check_quantity(errors, draft.quantity)
    errors.check(draft.request_type in tuple(RequestType), "request_type", "Choose return or exchange.")
    errors.check(bool(draft.reason.strip()), "reason",
                 "Describe the reason (for a quality problem: what is wrong with the product).")
    if draft.proof_image is not None:
        name, content = draft.proof_image
        errors.check(bool(name.strip()) and bool(content), "proof_image", "The scanned proof is empty.")
        errors.check(len(content) <= MAX_PROOF_BYTES, "proof_image",
                     "The scanned proof is too large (at most {most} MB).", most=MAX_PROOF_BYTES // (1024 * 1024))


def _policy(ctx: AppContext, session: Session, outlet_id: str, draft: ReturnDraft,
            purchase_date: date | None) -> tuple[PolicyCheck, PolicySettings]:
    settings = return_settings(session, outlet_id)
    check = check_return(bool(draft.quality_problem), purchase_date, _today(ctx), bool(draft.unused),
                         bool(draft.packaging_intact), draft.proof_number, settings)
    return check, settings


def _create_return(ctx: AppContext, session: Session, user: CurrentUser, draft: ReturnDraft, errors: Collector,
                   *, customer_id: str | None, quality_case_id: str | None = None) -> ReturnCase:
    """Validate and insert a return case with its attachment and request step, in the caller's transaction."""
    job = _job(session, draft.job_id) if draft.job_id else None
    customer_id = customer_id or (job.customer_id if job else draft.customer_id)
    _customer(session, errors, customer_id)
    product = _product(session, errors, draft.product_id or (job.product_id if job else None), True)
    price_fen = _amount(errors, draft.price_paid, "price_paid", required=draft.request_type == RequestType.RETURN)
    _check_quantity_and_reason(errors, draft)
    errors.raise_if_any()
    purchase_date = draft.purchase_date or (job.purchase_date if job else None)
    check, settings = _policy(ctx, session, user.outlet_id, draft, purchase_date)
    now = ctx.now()
    row = ReturnCase(number=_number(session, user, NumberKind.RETURN, ReturnCase, now), outlet_id=user.outlet_id,
                     quality_case_id=quality_case_id, job_id=job.id if job else None, customer_id=customer_id,
                     product_id=product.id, batch=(draft.batch.strip() or (job.serial_number if job else "")),
                     quantity=draft.quantity, request_type=RequestType(draft.request_type).value,
                     quality_problem=bool(draft.quality_problem), reason=draft.reason.strip(),
                     purchase_date=purchase_date, proof_number=draft.proof_number.strip(), price_paid_fen=price_fen,
                     unused=bool(draft.unused), packaging_intact=bool(draft.packaging_intact),
                     return_address=settings.return_address, requested_at=now, requested_by=user.id)
    session.add(row)
    session.flush()
    if draft.proof_image is not None:
        name, content = draft.proof_image
        session.add(Attachment(doc_type=RETURN_DOC, doc_id=row.id, filename=name.strip()[:200],
                               mime=mimetypes.guess_type(name)[0] or "application/octet-stream",
                               data=base64.b64encode(content).decode("ascii"),
                               sha256=hashlib.sha256(content).hexdigest(), added_at=now, added_by=user.id))
    record_step(session, user, now, RETURN_DOC, row.id, ReturnStep.REQUEST, row.reason, check.to_data())
    return row


# ---- quality cases: writes ----------------------------------------------------------------------


def open_quality_case(ctx: AppContext, draft: QualityCaseDraft) -> QualityCaseDetail:
    """Open a quality case (质量问题), from a job (its customer and product) or on its own; numbered Z."""
    user = ctx.require(Action.OPEN_QUALITY_CASE)
    errors = Collector()
    errors.check(draft.severity in tuple(Severity), "severity", "Choose how serious the problem is.")
    errors.check(bool(draft.description.strip()), "description", "Describe the quality problem.")
    with ctx.transaction() as session:
        job = _job(session, draft.job_id) if draft.job_id else None
        customer = _customer(session, errors, job.customer_id if job else draft.customer_id)
        product = _product(session, errors, (job.product_id if job and not draft.product_id else draft.product_id),
                           False)
        errors.raise_if_any()
        now = ctx.now()
        row = QualityCase(number=_number(session, user, NumberKind.QUALITY_CASE, QualityCase, now),
                          outlet_id=user.outlet_id, job_id=job.id if job else None, customer_id=customer.id,
                          product_id=product.id if product else None,
                          batch=draft.batch.strip() or (job.serial_number if job else ""),
                          severity=Severity(draft.severity).value, description=draft.description.strip(),
                          opened_at=now, opened_by=user.id)
        session.add(row)
        session.flush()
        record_step(session, user, now, QUALITY_DOC, row.id, QualityStep.OPEN, row.description)
        return _quality_detail(session, row)


def record_support(ctx: AppContext, case_id: str, guidance: str, solved: bool, result: str = "") -> QualityCaseDetail:
    """Record remote technical support (远程技术支持): the guidance given, the result, whether it solved it."""
    user = ctx.require(Action.OPEN_QUALITY_CASE)
    errors = Collector()
    errors.check(bool(guidance.strip()), "guidance", "Enter the guidance given to the customer.")
    errors.check(not solved or bool(result.strip()), "result", "Say what the guidance achieved.")
    errors.raise_if_any()
    kind = QualityStep.SOLVED if solved else QualityStep.SUPPORT
    with ctx.transaction() as session:
        row = _load_quality(session, user, case_id)
        _refuse_quality(_quality_folded(session, row.id).status, kind)
        record_step(session, user, ctx.now(), QUALITY_DOC, row.id, kind, "",
                    {"guidance": guidance.strip(), "result": result.strip()})
        return _quality_detail(session, row)


def escalate_to_return(ctx: AppContext, case_id: str, draft: ReturnDraft) -> ReturnCaseDetail:
    """Turn a quality case into a return or exchange case (a quality problem, linked to the case)."""
    user = ctx.require(Action.HANDLE_RETURN)
    errors = Collector()
    with ctx.transaction() as session:
        case = _load_quality(session, user, case_id)
        _refuse_quality(_quality_folded(session, case.id).status, QualityStep.ESCALATE)
        draft = replace(draft, quality_problem=True, customer_id=case.customer_id,
                        product_id=draft.product_id or case.product_id, batch=draft.batch or case.batch,
                        job_id=draft.job_id or case.job_id)
        row = _create_return(ctx, session, user, draft, errors, customer_id=case.customer_id,
                             quality_case_id=case.id)
        record_step(session, user, ctx.now(), QUALITY_DOC, case.id, QualityStep.ESCALATE, "",
                    {"return_case_id": row.id, "return_number": row.number})
        return _return_detail(session, row)


def close_quality_case(ctx: AppContext, case_id: str, note: str = "") -> QualityCaseDetail:
    """Close a quality case; one escalated stays open while its return case is."""
    user = ctx.require(Action.OPEN_QUALITY_CASE)
    with ctx.transaction() as session:
        row = _load_quality(session, user, case_id)
        _refuse_quality(_quality_folded(session, row.id).status, QualityStep.CLOSE)
        returns = list(session.scalars(select(ReturnCase).where(ReturnCase.deleted.is_(False),
                                                                ReturnCase.quality_case_id == row.id)))
        steps = steps_of(session, RETURN_DOC, [r.id for r in returns])
        for linked in returns:
            status = fold_return_case(steps.get(linked.id, [])).status
            if status is not None and status.is_open:
                raise ValidationError.single("status", "The return case {number} is still open.", number=linked.number)
        record_step(session, user, ctx.now(), QUALITY_DOC, row.id, QualityStep.CLOSE, note.strip())
        return _quality_detail(session, row)


def _check_contact(how: str, what: str) -> None:
    errors = Collector()
    errors.check(bool(how.strip()), "how", "Say how the customer was contacted.")
    errors.check(bool(what.strip()), "what", "Say what the customer was told.")
    errors.raise_if_any()


def record_quality_contact(ctx: AppContext, case_id: str, how: str, what: str) -> QualityCaseDetail:
    """Record a contact with the customer about a quality case (how, and what was said)."""
    user = ctx.require(Action.OPEN_QUALITY_CASE)
    _check_contact(how, what)
    with ctx.transaction() as session:
        row = _load_quality(session, user, case_id)
        record_step(session, user, ctx.now(), QUALITY_DOC, row.id, QualityStep.CONTACT, what.strip(),
                    {"how": how.strip()})
        return _quality_detail(session, row)


def record_return_contact(ctx: AppContext, case_id: str, how: str, what: str) -> ReturnCaseDetail:
    """Record a contact with the customer about a return case (how, and what was said)."""
    user = ctx.require(Action.HANDLE_RETURN)
    _check_contact(how, what)
    with ctx.transaction() as session:
        row = load_return_case(session, user, case_id)
        record_step(session, user, ctx.now(), RETURN_DOC, row.id, ReturnStep.CONTACT, what.strip(),
                    {"how": how.strip()})
        return _return_detail(session, row)


def record_contact(ctx: AppContext, doc_type: str, doc_id: str, how: str,
                   what: str) -> QualityCaseDetail | ReturnCaseDetail:
    """Record a customer contact on a quality case (QUALITY_DOC) or a return case (RETURN_DOC)."""
    if doc_type == QUALITY_DOC:
        return record_quality_contact(ctx, doc_id, how, what)
    if doc_type == RETURN_DOC:
        return record_return_contact(ctx, doc_id, how, what)
    raise ValueError(f"not a quality or return document: {doc_type!r}")


# ---- return cases: writes -----------------------------------------------------------------------


def request_return(ctx: AppContext, draft: ReturnDraft) -> ReturnCaseDetail:
    """Record a return or exchange request (numbered T) with the policy check the clerk saw."""
    user = ctx.require(Action.HANDLE_RETURN)
    errors = Collector()
    with ctx.transaction() as session:
        row = _create_return(ctx, session, user, draft, errors, customer_id=None)
        return _return_detail(session, row)


def accept_return(ctx: AppContext, case_id: str, override_reason: str = "") -> ReturnCaseDetail:
    """Accept the request: the customer sends the product. Against the return conditions only with a reason."""
    user = ctx.require(Action.HANDLE_RETURN)
    with ctx.transaction() as session:
        row = load_return_case(session, user, case_id)
        folded = return_case_folded(session, row.id)
        _refuse_return(folded.status, ReturnStep.ACCEPT)
        check = _requested_check(folded)
        data = {}
        if not check.acceptable:
            if not override_reason.strip():
                raise ValidationError.single(
                    "override_reason", "The request does not meet the return conditions: accepting it anyway "
                                       "needs the reason for the exception.")
            data["override_reason"] = override_reason.strip()
        record_step(session, user, ctx.now(), RETURN_DOC, row.id, ReturnStep.ACCEPT,
                    override_reason.strip(), data)
        return _return_detail(session, row)


def decline_return(ctx: AppContext, case_id: str, reason: str) -> ReturnCaseDetail:
    """Decline the request, saying why (told to the customer)."""
    user = ctx.require(Action.HANDLE_RETURN)
    return _reason_step(ctx, user, case_id, ReturnStep.DECLINE, reason)


def cancel_return(ctx: AppContext, case_id: str, reason: str) -> ReturnCaseDetail:
    """Cancel a request before the product is inspected (the customer withdrew it, say)."""
    user = ctx.require(Action.HANDLE_RETURN)
    return _reason_step(ctx, user, case_id, ReturnStep.CANCEL, reason)


def decide_return(ctx: AppContext, case_id: str, draft: DecisionDraft) -> ReturnCaseDetail:
    """Decide after the inspection: exchange, refund, repair or reject, with compensation and freight.

    The decision must fit the inspection's verdict (domain.return_policy's table); a refund is at
    most the price paid; an exchange needs the replacement in good stock (not in quarantine).
    """
    user = ctx.require(Action.HANDLE_RETURN)
    errors = Collector()
    errors.check(draft.outcome in tuple(Outcome), "outcome", "Choose what is done for the customer.")
    refund = _amount(errors, draft.refund, "refund")
    compensation = _amount(errors, draft.compensation, "compensation")
    freight = _amount(errors, draft.freight, "freight")
    errors.raise_if_any()
    decision = Decision(Outcome(draft.outcome), refund, compensation, draft.compensation_reason.strip(), freight,
                        draft.note.strip())
    with ctx.transaction() as session:
        row = load_return_case(session, user, case_id)
        folded = return_case_folded(session, row.id)
        _refuse_return(folded.status, ReturnStep.DECIDE)
        inspection = _inspection(session, row.id, folded)
        if inspection is None:
            raise ValidationError.single("status", _RETURN_WRONG_STATUS[ReturnStep.DECIDE])
        facts = _facts(inspection)
        for problem in check_decision(decision, row.quality_problem, facts, row.price_paid_fen):
            errors.add(problem.field, problem.message, **problem.params)
        errors.raise_if_any()
        if decision.outcome == Outcome.EXCHANGE:
            settings = return_settings(session, row.outlet_id)
            good = sum(b.quantity for b in _good_stock(session, row.outlet_id, row.product_id,
                                                       settings.quarantine_location))
            if good < row.quantity:
                raise ValidationError.single(
                    "outcome", "No replacement in good stock: {on_hand} of {part} on hand outside quarantine, "
                               "{quantity} needed.", on_hand=good,
                    part=part_title(session.get(Product, row.product_id)), quantity=row.quantity)
        approval = needs_approval(decision, _override_reason(folded) != "")
        data = {"outcome": decision.outcome.value, "refund_fen": refund, "compensation_fen": compensation,
                "compensation_reason": decision.compensation_reason,
                "freight_payer": decision_freight_payer(facts).value, "freight_fen": freight,
                "needs_approval": approval}
        record_step(session, user, ctx.now(), RETURN_DOC, row.id, ReturnStep.DECIDE, decision.note, data)
        return _return_detail(session, row)


def approve_decision(ctx: AppContext, case_id: str, note: str = "") -> ReturnCaseDetail:
    """A manager approves the decision (审核); nobody approves a decision they took themselves."""
    user = ctx.require(Action.APPROVE_RETURN)
    with ctx.transaction() as session:
        row = load_return_case(session, user, case_id)
        folded = return_case_folded(session, row.id)
        _refuse_return(folded.status, ReturnStep.APPROVE)
        decided = folded.last(ReturnStep.DECIDE)
        if decided is not None and decided.user_id == user.id:
            raise PermissionDenied(NO_OWN_APPROVAL)
        if decided is not None and not decided.data.get("needs_approval"):
            raise ValidationError.single("status", "This decision needs no approval: it can be carried out.")
        record_step(session, user, ctx.now(), RETURN_DOC, row.id, ReturnStep.APPROVE, note.strip(),
                    {"decision_id": decided.id} if decided is not None else None)
        return _return_detail(session, row)


def send_back_decision(ctx: AppContext, case_id: str, reason: str) -> ReturnCaseDetail:
    """A manager does not approve: the decision goes back to be taken again, with the reason."""
    user = ctx.require(Action.APPROVE_RETURN)
    return _reason_step(ctx, user, case_id, ReturnStep.SEND_BACK, reason, names_decision=True)


def complete_return(ctx: AppContext, case_id: str, note: str = "") -> ReturnCaseDetail:
    """Carry out a refund, repair or reject (an exchange is completed by ``hand_over_replacement``).

    A repaired or rejected product goes back to the customer: it leaves the quarantine location
    it was booked into on receipt (an ISSUE movement naming the case). A refunded product stays
    there: it is the company's now, for the supplier claim or disposal.
    """
    user = ctx.require(Action.HANDLE_RETURN)
    with ctx.transaction() as session:
        row = load_return_case(session, user, case_id)
        folded = return_case_folded(session, row.id)
        decided = _ready_decision(folded)
        if decided.data.get("outcome") == Outcome.EXCHANGE.value:
            raise ValidationError.single("outcome", "An exchange is completed by the storekeeper handing over "
                                                    "the replacement.")
        booked = []
        if decided.data.get("outcome") in (Outcome.REPAIR.value, Outcome.REJECT.value):
            # What the receipt booked in for this case (into quarantine) goes back out.
            for (location, batch), quantity in _held_for_case(session, row.id).items():
                if quantity > 0:
                    moved = write_movement(session, ctx, user, row.product_id, MovementKind.ISSUE, -quantity,
                                           location=location, batch=batch, note=BACK_TO_CUSTOMER,
                                           reference=row.number, return_case_id=row.id, job_id=row.job_id)
                    booked.append(moved.id)
        record_step(session, user, ctx.now(), RETURN_DOC, row.id, ReturnStep.COMPLETE, note.strip(),
                    {"movements": booked, "decision_id": decided.id})
        return _return_detail(session, row)


def hand_over_replacement(ctx: AppContext, case_id: str, location: str = "", batch: str = "",
                          note: str = "") -> ReturnCaseDetail:
    """The storekeeper issues (出库) the replacement of an exchange from good stock and completes the case.

    Without ``location`` the replacement is taken earliest expiry first (FEFO), then oldest batch,
    never from the quarantine location.
    """
    user = ctx.require(Action.ISSUE_STOCK)
    with ctx.transaction() as session:
        row = load_return_case(session, user, case_id)
        folded = return_case_folded(session, row.id)
        decided = _ready_decision(folded)
        if decided.data.get("outcome") != Outcome.EXCHANGE.value:
            raise ValidationError.single("outcome", "Only an exchange hands over a replacement.")
        quarantine = return_settings(session, row.outlet_id).quarantine_location
        if location.strip():
            if location.strip() == quarantine:
                raise ValidationError.single("location", "The replacement comes from good stock, not from "
                                                         "the quarantine location.")
            picks = [(location.strip(), batch.strip(), row.quantity)]
        else:
            good = _good_stock(session, row.outlet_id, row.product_id, quarantine)
            planned, short = plan_picks([(row.id, row.product_id, row.quantity)], good)
            if short:
                raise ValidationError.single(
                    "quantity", "No replacement in good stock: {on_hand} of {part} on hand outside quarantine, "
                                "{quantity} needed.", on_hand=sum(b.quantity for b in good),
                    part=part_title(session.get(Product, row.product_id)), quantity=row.quantity)
            picks = [(p.location, p.batch, p.quantity) for p in planned]
        booked = []
        for pick_location, pick_batch, quantity in picks:
            moved = take_stock(session, ctx, user, MovementKind.ISSUE, row.product_id, quantity,
                               location=pick_location, batch=pick_batch, note=note.strip(), reference=row.number,
                               return_case_id=row.id, job_id=row.job_id)
            booked.append(moved.id)
        record_step(session, user, ctx.now(), RETURN_DOC, row.id, ReturnStep.COMPLETE, note.strip(),
                    {"movements": booked, "decision_id": decided.id})
        return _return_detail(session, row)


def _require_reason(reason: str) -> None:
    if not reason.strip():
        raise ValidationError.single("reason", "Enter the reason.")


def _reason_step(ctx: AppContext, user: CurrentUser, case_id: str, step: ReturnStep, reason: str, *,
                 names_decision: bool = False) -> ReturnCaseDetail:
    """Record a step whose note is its required reason (decline, cancel, send back) on a return case.

    ``names_decision``: the step acts on the decision in force and records its id (``decision_id``),
    so the status fold drops it if that decision lost to a concurrent one (domain.quality).
    """
    _require_reason(reason)
    with ctx.transaction() as session:
        row = load_return_case(session, user, case_id)
        folded = return_case_folded(session, row.id)
        _refuse_return(folded.status, step)
        decided = folded.last(ReturnStep.DECIDE) if names_decision else None
        record_step(session, user, ctx.now(), RETURN_DOC, row.id, step, reason.strip(),
                    {"decision_id": decided.id} if decided is not None else None)
        return _return_detail(session, row)


def _ready_decision(folded: Folded[ReturnStatus | None]) -> Step:
    """The decision in force if it may be carried out now; else a refusal saying what is missing."""
    decided = folded.last(ReturnStep.DECIDE)
    if folded.status not in (ReturnStatus.DECIDED, ReturnStatus.APPROVED) or decided is None:
        raise ValidationError.single("status", _RETURN_WRONG_STATUS[ReturnStep.COMPLETE])
    if folded.status == ReturnStatus.DECIDED and decided.data.get("needs_approval"):
        raise ValidationError.single("status", "A manager must approve this decision before it is carried out.")
    return decided


# ---- reads --------------------------------------------------------------------------------------


def preview_policy(ctx: AppContext, draft: ReturnDraft) -> PolicyPreview:
    """The return conditions for a draft request, as the clerk sees them before accepting (writes nothing)."""
    user = ctx.require(Action.VIEW_QUALITY)
    with ctx.db.reader() as session:
        purchase_date = draft.purchase_date
        if purchase_date is None and draft.job_id:
            job = session.get(Job, draft.job_id)
            purchase_date = job.purchase_date if job is not None else None
        check, settings = _policy(ctx, session, user.outlet_id, draft, purchase_date)
        return PolicyPreview(check, settings.return_address)


def list_quality_cases(ctx: AppContext, status: QualityStatus | None = None, text: str = "") -> list[QualityCaseRow]:
    """Quality cases newest first, by status and text (number, customer, phone, product, batch, job)."""
    user = ctx.require(Action.VIEW_QUALITY)
    query = select(QualityCase).where(QualityCase.deleted.is_(False))
    if user.role != Role.HQ_ANALYST:
        query = query.where(QualityCase.outlet_id == user.outlet_id)
    needle = text.strip().casefold()
    with ctx.db.reader() as session:
        rows = list(session.scalars(query.order_by(QualityCase.opened_at.desc(), QualityCase.id.desc())))
        steps = steps_of(session, QUALITY_DOC, [r.id for r in rows])
        customers = _by_id(session, Customer, {r.customer_id for r in rows})
        products = _by_id(session, Product, {r.product_id for r in rows if r.product_id})
        jobs = _job_numbers(session, {r.job_id for r in rows if r.job_id})
        found = []
        for row in rows:
            current = fold_quality_case(steps.get(row.id, [])).status or QualityStatus.OPEN
            if status is not None and current != status:
                continue
            customer = customers.get(row.customer_id)
            product = part_title(products.get(row.product_id)) if row.product_id else ""
            job_number = jobs.get(row.job_id, "") if row.job_id else ""
            if needle and not any(needle in value.casefold() for value in (
                    row.number, customer.name if customer else "", customer.phone if customer else "", product,
                    row.batch, job_number, row.description)):
                continue
            found.append(QualityCaseRow(row.id, row.number, customer.name if customer else "", product,
                                        Severity(row.severity), current, row.description, job_number, row.opened_at))
        return found


def get_quality_case(ctx: AppContext, case_id: str) -> QualityCaseDetail:
    """A quality case with its support records, return cases and timeline."""
    user = ctx.require(Action.VIEW_QUALITY)
    with ctx.db.reader() as session:
        return _quality_detail(session, _load_quality(session, user, case_id))


def list_return_cases(ctx: AppContext, status: ReturnStatus | None = None, text: str = "") -> list[ReturnCaseRow]:
    """Return cases newest first, by status and text (number, customer, phone, product, batch, proof number)."""
    user = ctx.require(Action.VIEW_QUALITY)
    query = select(ReturnCase).where(ReturnCase.deleted.is_(False))
    if user.role != Role.HQ_ANALYST:
        query = query.where(ReturnCase.outlet_id == user.outlet_id)
    needle = text.strip().casefold()
    with ctx.db.reader() as session:
        rows = list(session.scalars(query.order_by(ReturnCase.requested_at.desc(), ReturnCase.id.desc())))
        steps = steps_of(session, RETURN_DOC, [r.id for r in rows])
        customers = _by_id(session, Customer, {r.customer_id for r in rows})
        products = _by_id(session, Product, {r.product_id for r in rows})
        found = []
        for row in rows:
            folded = fold_return_case(steps.get(row.id, []))
            current = folded.status or ReturnStatus.REQUESTED
            if status is not None and current != status:
                continue
            customer = customers.get(row.customer_id)
            product = part_title(products.get(row.product_id))
            if needle and not any(needle in value.casefold() for value in (
                    row.number, customer.name if customer else "", customer.phone if customer else "", product,
                    row.batch, row.proof_number, row.reason)):
                continue
            decided = folded.last(ReturnStep.DECIDE) if current in (
                ReturnStatus.DECIDED, ReturnStatus.APPROVED, ReturnStatus.COMPLETED) else None
            found.append(ReturnCaseRow(
                row.id, row.number, customer.name if customer else "", product, row.quantity,
                RequestType(row.request_type), row.quality_problem, current,
                Outcome(str(decided.data["outcome"])) if decided else None,
                bool(decided.data.get("needs_approval")) if decided else False, row.requested_at))
        return found


def get_return_case(ctx: AppContext, case_id: str) -> ReturnCaseDetail:
    """A return case with its policy check, inspection, decision, approval, movements and timeline."""
    user = ctx.require(Action.VIEW_QUALITY)
    with ctx.db.reader() as session:
        return _return_detail(session, load_return_case(session, user, case_id))


# ---- building the results -----------------------------------------------------------------------


def _by_id(session: Session, model: type, ids: set[str]) -> dict:
    if not ids:
        return {}
    return {r.id: r for r in session.scalars(select(model).where(model.id.in_(sorted(ids))))}


def _job_numbers(session: Session, ids: set[str]) -> dict[str, str]:
    if not ids:
        return {}
    return dict(session.execute(select(Job.id, Job.number).where(Job.id.in_(sorted(ids)))).all())


def _timeline(folded: Folded, labels: Mapping[str, str],
              names: Mapping[str, str]) -> tuple[tuple[TimelineEntry, ...], tuple[TimelineEntry, ...]]:
    ignored_ids = {s.id for s in folded.ignored}
    every = sorted([*folded.applied, *folded.ignored], key=lambda s: (s.at, s.id))

    def entry(step: Step) -> TimelineEntry:
        return TimelineEntry(step.kind, labels.get(step.kind, step.kind), names.get(step.user_id, ""), step.at,
                             step.note, dict(step.data), step.id in ignored_ids)

    return tuple(entry(s) for s in every), tuple(entry(s) for s in folded.ignored)


def _quality_detail(session: Session, row: QualityCase) -> QualityCaseDetail:
    folded = _quality_folded(session, row.id)
    names = names_in(session)
    customer = session.get(Customer, row.customer_id)
    product = session.get(Product, row.product_id) if row.product_id else None
    job_number = _job_numbers(session, {row.job_id}).get(row.job_id, "") if row.job_id else ""
    support = tuple(SupportRecord(str(s.data.get("guidance", "")), str(s.data.get("result", "")),
                                  s.kind == QualityStep.SOLVED, names.get(s.user_id, ""), s.at)
                    for s in folded.applied if s.kind in (QualityStep.SUPPORT, QualityStep.SOLVED))
    returns = list(session.scalars(select(ReturnCase).where(ReturnCase.deleted.is_(False),
                                                            ReturnCase.quality_case_id == row.id)
                                   .order_by(ReturnCase.requested_at, ReturnCase.id)))
    steps = steps_of(session, RETURN_DOC, [r.id for r in returns])
    return_rows = []
    for linked in returns:
        linked_folded = fold_return_case(steps.get(linked.id, []))
        decided = linked_folded.last(ReturnStep.DECIDE)
        return_rows.append(ReturnCaseRow(
            linked.id, linked.number, customer.name if customer else "",
            part_title(session.get(Product, linked.product_id)), linked.quantity, RequestType(linked.request_type),
            linked.quality_problem, linked_folded.status or ReturnStatus.REQUESTED,
            Outcome(str(decided.data["outcome"])) if decided else None,
            bool(decided.data.get("needs_approval")) if decided else False, linked.requested_at))
    labels = {step.value: step.label for step in QualityStep}
    timeline, ignored = _timeline(folded, labels, names)
    return QualityCaseDetail(
        row.id, row.number, row.outlet_id, row.job_id, job_number, row.customer_id,
        customer.name if customer else "", customer.phone if customer else "", row.product_id,
        part_title(product) if product else "", row.batch, Severity(row.severity), row.description, row.opened_at,
        names.get(row.opened_by, ""), folded.status or QualityStatus.OPEN, support, tuple(return_rows),
        timeline, ignored)


def _requested_check(folded: Folded[ReturnStatus | None]) -> PolicyCheck:
    requested = folded.last(ReturnStep.REQUEST)
    return PolicyCheck.from_data(requested.data if requested else {})


def _override_reason(folded: Folded[ReturnStatus | None]) -> str:
    accepted = folded.last(ReturnStep.ACCEPT)
    return str(accepted.data.get("override_reason", "")) if accepted else ""


def _inspection(session: Session, case_id: str, folded: Folded[ReturnStatus | None]) -> Inspection | None:
    """The inspection the case's inspect step names (the newest one of the case otherwise)."""
    inspected = folded.last(ReturnStep.INSPECT)
    if inspected is not None and inspected.data.get("inspection_id"):
        row = session.get(Inspection, str(inspected.data["inspection_id"]))
        if row is not None and not row.deleted:
            return row
    return session.scalars(select(Inspection).where(Inspection.deleted.is_(False),
                                                    Inspection.return_case_id == case_id)
                           .order_by(Inspection.inspected_at.desc(), Inspection.id.desc()).limit(1)).first()


def _facts(inspection: Inspection) -> InspectionFacts:
    return InspectionFacts(Verdict(inspection.verdict), inspection.signs_of_use, inspection.packaging_intact,
                           inspection.physical_damage)


def _good_stock(session: Session, outlet_id: str, product_id: str, quarantine: str) -> list[StockBatch]:
    """On-hand of a product by location and batch outside quarantine, with expiry and first receipt.

    The standard quarantine name is excluded as well as the outlet's own: returns booked in before
    a rename stay out of good stock.
    """
    held = session.execute(
        select(StockMovement.location, StockMovement.batch, func.sum(StockMovement.quantity),
               func.min(StockMovement.at), func.min(StockMovement.expires_on))
        .where(StockMovement.deleted.is_(False), StockMovement.outlet_id == outlet_id,
               StockMovement.product_id == product_id,
               StockMovement.location.not_in(sorted({quarantine, QUARANTINE_LOCATION})))
        .group_by(StockMovement.location, StockMovement.batch)).all()
    return [StockBatch(product_id, location, batch, quantity, expires if isinstance(expires, date) else None,
                       first if isinstance(first, datetime) else None)
            for location, batch, quantity, first, expires in held if quantity > 0]


def _held_for_case(session: Session, case_id: str) -> dict[tuple[str, str], int]:
    """What the case's own movements left on hand, by location and batch."""
    return {(location, batch): quantity for location, batch, quantity in session.execute(
        select(StockMovement.location, StockMovement.batch, func.sum(StockMovement.quantity))
        .where(StockMovement.deleted.is_(False), StockMovement.return_case_id == case_id)
        .group_by(StockMovement.location, StockMovement.batch))}


def _return_detail(session: Session, row: ReturnCase) -> ReturnCaseDetail:
    folded = return_case_folded(session, row.id)
    status = folded.status or ReturnStatus.REQUESTED
    names = names_in(session)
    customer = session.get(Customer, row.customer_id)
    quality_number = ""
    if row.quality_case_id:
        case = session.get(QualityCase, row.quality_case_id)
        quality_number = case.number if case is not None else ""
    job_number = _job_numbers(session, {row.job_id}).get(row.job_id, "") if row.job_id else ""
    inspection = _inspection(session, row.id, folded)
    summary = None
    if inspection is not None:
        summary = InspectionSummary(
            inspection.id, inspection.received_on, Verdict(inspection.verdict), inspection.packaging_intact,
            inspection.seal_intact, inspection.signs_of_use, inspection.leaks, inspection.chip_ok,
            inspection.physical_damage, inspection.test_result, inspection.batch, inspection.note,
            names.get(inspection.inspector_id, ""), inspection.inspected_at)
    decision = None
    decided = folded.last(ReturnStep.DECIDE)
    if decided is not None and status in (ReturnStatus.DECIDED, ReturnStatus.APPROVED, ReturnStatus.COMPLETED):
        data = decided.data
        decision = DecisionInfo(Outcome(str(data["outcome"])), int(data.get("refund_fen", 0)),
                                int(data.get("compensation_fen", 0)), str(data.get("compensation_reason", "")),
                                FreightPayer(str(data.get("freight_payer", FreightPayer.CUSTOMER.value))),
                                int(data.get("freight_fen", 0)), decided.note, bool(data.get("needs_approval")),
                                decided.user_id, names.get(decided.user_id, ""), decided.at)
    sent_back = folded.last(ReturnStep.SEND_BACK)
    approved = folded.last(ReturnStep.APPROVE)
    if approved is not None and decided is not None and approved.at < decided.at:
        approved = None  # an approval of an earlier decision, sent back since
    movements = tuple(CaseMovement(MovementKind(m.kind), m.location, m.batch, m.quantity, m.at, m.note)
                      for m in session.scalars(select(StockMovement).where(
                          StockMovement.deleted.is_(False), StockMovement.return_case_id == row.id)
                          .order_by(StockMovement.at, StockMovement.id)))
    proofs = tuple(session.scalars(select(Attachment.filename).where(
        Attachment.deleted.is_(False), Attachment.doc_type == RETURN_DOC, Attachment.doc_id == row.id)
        .order_by(Attachment.added_at, Attachment.id)))
    labels = {step.value: step.label for step in ReturnStep}
    timeline, ignored = _timeline(folded, labels, names)
    return ReturnCaseDetail(
        row.id, row.number, row.outlet_id, row.quality_case_id, quality_number, row.job_id, job_number,
        row.customer_id, customer.name if customer else "", customer.phone if customer else "", row.product_id,
        part_title(session.get(Product, row.product_id)), row.batch, row.quantity, RequestType(row.request_type),
        row.quality_problem, row.reason, row.purchase_date, row.proof_number, proofs, row.price_paid_fen, row.unused,
        row.packaging_intact, row.return_address, row.requested_at, names.get(row.requested_by, ""), status,
        _requested_check(folded), _override_reason(folded), summary, decision,
        sent_back.note if sent_back is not None and status == ReturnStatus.INSPECTED else "",
        names.get(approved.user_id, "") if approved else "", approved.at if approved else None, movements,
        timeline, ignored)

