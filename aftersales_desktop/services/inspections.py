"""The receiving inspection (退货检验) of a returned product, its photos, its report, and the quality
feedback it gives the supplier evaluation.

``inspect_return`` writes, in one transaction, everything a signed inspection means: the
inspector's Signature, the Inspection with the hash of its content, the photos as Attachments, the
returned units booked into quarantine (a CUSTOMER_RETURN movement into the outlet's quarantine
location, 隔离区 by default), a SupplierDefect when the defect is confirmed and the supplier known,
and the return case's INSPECT step. All of these rows are insert-only.

The content hash covers what the report certifies (case, product, batch, checklist, test result,
verdict, inspector, time, the photos' and the signature strokes' hashes); it is recomputed from the
stored rows by ``verify_inspection``, so a record altered afterwards is detected, and printed with
the case number in the report's QR code ("AINSP1|<case number>|<sha256>").
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from pathlib import PurePath

from sqlalchemy import select
from sqlalchemy.orm import Session

from aftersales_desktop.domain.enums import N_
from aftersales_desktop.domain.errors import Collector, NotFound, ValidationError
from aftersales_desktop.domain.ids import uuid7
from aftersales_desktop.domain.permissions import Action
from aftersales_desktop.domain.quality import RETURN_DOC, RequestType, ReturnStatus, ReturnStep, Verdict
from aftersales_desktop.domain.return_policy import QUARANTINE_LOCATION  # noqa: F401 - the default, re-exported
from aftersales_desktop.domain.signatures import SignatureInput, SignatureMethod, Strokes
from aftersales_desktop.domain.slips import canonical_json, content_hash
from aftersales_desktop.domain.stock import MovementKind
from aftersales_desktop.domain.suppliers import DefectSource
from aftersales_desktop.services.catalog import part_title
from aftersales_desktop.services.context import AppContext, CurrentUser
from aftersales_desktop.services.signing import check_signature, signature_row
from aftersales_desktop.services.staff import names_in
from aftersales_desktop.services.stock import require_product, write_movement
from aftersales_desktop.services.suppliers import supplier_of_batch
from aftersales_desktop.services.quality import load_return_case, outlet_visible, return_case_folded
from aftersales_desktop.services.workflow import record_step
from aftersales_desktop.storage.models import (Attachment, Customer, Inspection, Outlet, Product, ReturnCase,
                                               Signature, StockMovement, Supplier, SupplierDefect,
                                               SupplierDelivery)
from aftersales_desktop.storage.types import to_utc_text

#: Attachment.doc_type of an inspection's photos.
INSPECTION_DOC = "inspection"
#: Signature.signer_role of the inspector who signs an inspection report.
INSPECTOR_ROLE = "inspector"
#: A photo is stored as base64 text in the database and in every sync bundle: keep it small.
MAX_PHOTO_BASE64 = 5 * 1024 * 1024
MAX_PHOTOS = 6
MAX_TEXT = 2000
#: A batch whose defect rate is above this (percent of the units received) is flagged.
DEFECT_RATE_ALERT_PERCENT = 5
CONTENT_SCHEMA = 1
QR_PREFIX = "AINSP1"
_QR_PATTERN = re.compile(r"^AINSP1\|(?P<number>[A-Z0-9]{2,8}-T\d{6}-[A-Z]{0,2}\d{4,})\|(?P<hash>[0-9a-f]{64})$")

#: The condition checklist in the order the form and the report show it: (field, label).
CHECKLIST: tuple[tuple[str, str], ...] = (
    ("packaging_intact", N_("Packaging intact")),
    ("seal_intact", N_("Seal intact")),
    ("signs_of_use", N_("Signs of use")),
    ("leaks", N_("Leaks")),
    ("chip_ok", N_("Chip recognised")),
    ("physical_damage", N_("Physical damage")),
)

_IMAGE_TYPES = ((b"\x89PNG\r\n\x1a\n", "image/png"), (b"\xff\xd8\xff", "image/jpeg"))


# ---- what the services take and return ----------------------------------------------------------


@dataclass
class InspectionDraft:
    """What the inspector entered: the checklist, the test, batch and supplier, verdict, signature, photos.

    ``photos`` are (file name, JPEG or PNG bytes); ``verdict`` None means none was chosen yet.
    """

    received_on: date
    packaging_intact: bool
    seal_intact: bool
    signs_of_use: bool
    leaks: bool
    chip_ok: bool
    physical_damage: bool
    test_result: str
    batch: str
    supplier_id: str | None
    verdict: Verdict | None
    note: str
    signature: SignatureInput
    photos: list[tuple[str, bytes]] = field(default_factory=list)


@dataclass(frozen=True)
class AttachmentInfo:
    """A stored file's metadata (the bytes come from ``attachment_data``)."""

    id: str
    doc_type: str
    doc_id: str
    filename: str
    mime: str
    size: int  # bytes, decoded
    sha256: str
    added_at: datetime
    added_by: str  # display name


@dataclass(frozen=True)
class InspectionInfo:
    """A signed inspection of a return case, with its photos' metadata."""

    id: str
    return_case_id: str
    case_number: str
    product_id: str
    product_title: str
    quantity: int
    received_on: date
    packaging_intact: bool
    seal_intact: bool
    signs_of_use: bool
    leaks: bool
    chip_ok: bool
    physical_damage: bool
    test_result: str
    batch: str
    supplier_id: str | None
    supplier_name: str
    verdict: Verdict
    note: str
    inspector_id: str
    inspector_name: str
    signature_method: SignatureMethod
    inspected_at: datetime
    content_hash: str
    attachments: tuple[AttachmentInfo, ...] = ()

    @property
    def checklist(self) -> tuple[tuple[str, bool], ...]:
        """(label, finding) in the checklist's order."""
        return tuple((label, getattr(self, name)) for name, label in CHECKLIST)


@dataclass(frozen=True)
class CaseForInspection:
    """What the inspection form shows of a return case, and what it offers to choose from."""

    id: str
    number: str
    status: ReturnStatus | None
    customer_name: str
    customer_phone: str
    product_id: str
    product_title: str
    specification: str
    quantity: int
    request_type: RequestType
    quality_problem: bool
    reason: str
    batch: str
    purchase_date: date | None
    proof_number: str
    requested_on: date
    suggested_supplier_id: str | None  # the supplier whose delivery brought this batch
    suppliers: tuple[tuple[str, str], ...]  # (id, name) of active suppliers, by name
    inspection_id: str | None  # set once the case was inspected


@dataclass(frozen=True)
class BatchDefects:
    """Defective units of one supplier's batch of a part, by where they were found, against units received."""

    supplier_id: str
    supplier_name: str
    product_id: str
    product_title: str
    batch: str
    received: int  # units delivered by the supplier (accepted plus rejected at goods-in), every outlet
    goods_in: int
    inspection: int
    returned: int

    @property
    def defective(self) -> int:
        """All defective units of the batch."""
        return self.goods_in + self.inspection + self.returned

    @property
    def rate_percent(self) -> float | None:
        """Defective units as a percentage of those received; None when no receipt is on record."""
        return 100.0 * self.defective / self.received if self.received else None

    @property
    def above_alert(self) -> bool:
        """True when the defect rate is above DEFECT_RATE_ALERT_PERCENT (or defects with no receipt)."""
        rate = self.rate_percent
        return self.defective > 0 if rate is None else rate > DEFECT_RATE_ALERT_PERCENT


class InspectionVerifyStatus(StrEnum):
    """What checking an inspection against its hash found."""

    VALID = "valid"
    MISMATCH = "mismatch"  # a printed report's hash is not the record's
    TAMPERED = "tampered"  # the stored record no longer matches its own hash
    NOT_FOUND = "not_found"

    @property
    def is_good(self) -> bool:
        return self is InspectionVerifyStatus.VALID


@dataclass(frozen=True)
class InspectionVerification:
    """The outcome of verifying an inspection: status and an English message with its parameters."""

    status: InspectionVerifyStatus
    case_number: str
    inspection_id: str | None = None
    stored_hash: str = ""
    computed_hash: str = ""
    given_hash: str = ""
    message: str = ""
    params: dict = field(default_factory=dict)


# ---- helpers ------------------------------------------------------------------------------------


def _local_day(moment: datetime) -> date:
    return moment.astimezone().date()


def _image_type(data: bytes) -> str | None:
    return next((mime for magic, mime in _IMAGE_TYPES if data.startswith(magic)), None)


def _clean_filename(name: str, mime: str, index: int) -> str:
    """The file's own name without folders, at most 200 characters; a made-up one when empty."""
    base = PurePath(str(name).replace("\\", "/")).name.strip()
    if not base:
        base = f"photo-{index + 1}." + ("png" if mime == "image/png" else "jpg")
    return base[-200:]


def _inspection_of_case(session: Session, case_id: str) -> Inspection | None:
    return session.scalars(select(Inspection).where(Inspection.return_case_id == case_id,
                                                    Inspection.deleted.is_(False))
                           .order_by(Inspection.inspected_at, Inspection.id)).first()


def _attachment_rows(session: Session, doc_type: str, doc_id: str) -> list[Attachment]:
    return list(session.scalars(select(Attachment).where(Attachment.doc_type == doc_type, Attachment.doc_id == doc_id,
                                                         Attachment.deleted.is_(False))
                                .order_by(Attachment.id)))


def _attachment_info(row: Attachment, names: dict[str, str]) -> AttachmentInfo:
    # base64 of n bytes is 4 * ceil(n / 3) characters, less the padding.
    size = len(row.data) * 3 // 4 - row.data[-2:].count("=") if row.data else 0
    return AttachmentInfo(row.id, row.doc_type, row.doc_id, row.filename, row.mime, size, row.sha256,
                          row.added_at, names.get(row.added_by, ""))


def _content(case: ReturnCase, row: Inspection, photo_hashes: list[str], signature: Signature) -> dict:
    """What an inspection's hash covers, built from the stored rows alone (ids, not display names)."""
    return {
        "schema": CONTENT_SCHEMA,
        "kind": "return_inspection",
        "case": {"id": case.id, "number": case.number},
        "product_id": case.product_id,
        "quantity": case.quantity,
        "batch": row.batch,
        "supplier_id": row.supplier_id,
        "received_on": row.received_on.isoformat(),
        "checklist": {name: bool(getattr(row, name)) for name, _ in CHECKLIST},
        "test_result": row.test_result,
        "verdict": row.verdict,
        "note": row.note,
        "inspector_id": row.inspector_id,
        "inspected_at": to_utc_text(row.inspected_at),
        "photos": photo_hashes,
        "signature": {"name": signature.signer_name, "method": signature.method,
                      "strokes_sha256": signature.strokes_sha256},
    }


def qr_payload(case_number: str, digest: str) -> str:
    """Text an inspection report's QR code holds: 'AINSP1|SH01-T202611-0001|<sha256 hex>'."""
    return f"{QR_PREFIX}|{case_number}|{digest}"


# ---- writing ------------------------------------------------------------------------------------


def _check_draft(draft: InspectionDraft, errors: Collector) -> tuple[Verdict | None, list[tuple[str, str, bytes]]]:
    """Collect what is wrong with the draft itself; the verdict and the photos as (name, mime, bytes)."""
    verdict = None
    try:
        verdict = Verdict(draft.verdict) if draft.verdict else None
    except ValueError:
        pass
    errors.check(verdict is not None, "verdict", "Choose the verdict of the inspection.")
    errors.check(bool(draft.test_result.strip()), "test_result",
                 "Describe the test and its result (for example: printed 20 test pages, streaks on the left).")
    errors.check(len(draft.test_result) <= MAX_TEXT, "test_result", "At most {limit} characters.", limit=MAX_TEXT)
    errors.check(len(draft.note) <= MAX_TEXT, "note", "At most {limit} characters.", limit=MAX_TEXT)
    errors.check(len(draft.batch.strip()) <= 60, "batch", "At most 60 characters.")
    check_signature(errors, "signature", draft.signature,
                    N_("Tick the confirmation: you sign this inspection with your typed name."))
    photos = []
    errors.check(len(draft.photos) <= MAX_PHOTOS, "photos", "At most {count} photos per inspection.",
                 count=MAX_PHOTOS)
    for index, (name, data) in enumerate(draft.photos):
        mime = _image_type(data or b"")
        shown = PurePath(str(name).replace("\\", "/")).name or str(index + 1)
        if mime is None:
            errors.add("photos", "{photo} is not a JPEG or PNG image.", photo=shown)
        elif 4 * ((len(data) + 2) // 3) > MAX_PHOTO_BASE64:
            errors.add("photos", "{photo} is larger than 5 MB as stored: make the picture smaller.", photo=shown)
        else:
            photos.append((_clean_filename(name, mime, index), mime, data))
    return verdict, photos


def inspect_return(ctx: AppContext, return_case_id: str, draft: InspectionDraft) -> InspectionInfo:
    """Record the signed receiving inspection of an accepted return case (see the module's docstring)."""
    user = ctx.require(Action.INSPECT_RETURN)
    now = ctx.now()
    errors = Collector()
    verdict, photos = _check_draft(draft, errors)
    with ctx.transaction() as session:
        case = load_return_case(session, user, return_case_id)
        status = return_case_folded(session, case.id).status
        if _inspection_of_case(session, case.id) is not None or status == ReturnStatus.INSPECTED:
            raise ValidationError.single("case", "Return case {number} has been inspected already.",
                                         number=case.number)
        if status != ReturnStatus.ACCEPTED:
            raise ValidationError.single(
                "case", "Return case {number} is not accepted: only an accepted return is received and inspected.",
                number=case.number)
        product = require_product(session, case.product_id)
        today = _local_day(now)
        errors.check(draft.received_on <= today, "received_on", "The date received cannot be in the future.")
        errors.check(draft.received_on >= _local_day(case.requested_at), "received_on",
                     "The date received cannot be before the return was requested.")
        supplier = None
        if draft.supplier_id:
            supplier = session.get(Supplier, draft.supplier_id)
            errors.check(supplier is not None and not supplier.deleted, "supplier", "Choose a supplier from the list.")
        errors.raise_if_any()

        signature = signature_row(draft.signature, INSPECTOR_ROLE, now, user.id)
        session.add(signature)
        session.flush()
        batch = draft.batch.strip()
        # The hash covers the row's id and the photos, and goes into the row's insert (an
        # insert-only row is never updated): the id is made here rather than at the flush.
        row = Inspection(id=uuid7(), return_case_id=case.id, received_on=draft.received_on,
                         packaging_intact=bool(draft.packaging_intact), seal_intact=bool(draft.seal_intact),
                         signs_of_use=bool(draft.signs_of_use), leaks=bool(draft.leaks), chip_ok=bool(draft.chip_ok),
                         physical_damage=bool(draft.physical_damage), test_result=draft.test_result.strip(),
                         batch=batch, supplier_id=supplier.id if supplier else None, verdict=verdict.value,
                         note=draft.note.strip(), inspector_id=user.id, signature_id=signature.id,
                         inspected_at=now)
        attachments = [Attachment(doc_type=INSPECTION_DOC, doc_id=row.id, filename=name, mime=mime,
                                  data=base64.b64encode(data).decode("ascii"),
                                  sha256=hashlib.sha256(data).hexdigest(), added_at=now, added_by=user.id)
                       for name, mime, data in photos]
        row.content_hash = content_hash(canonical_json(_content(case, row, [a.sha256 for a in attachments],
                                                                signature)))
        session.add(row)
        session.flush()
        for attachment in attachments:  # one by one: their ids (creation order) keep the photos' order
            session.add(attachment)
            session.flush()
        # Into the outlet's quarantine location (隔离区 unless its return settings name another),
        # where the decision on the case takes it from.
        from aftersales_desktop.services.quality import return_settings

        quarantine = return_settings(session, user.outlet_id).quarantine_location
        write_movement(session, ctx, user, product.id, MovementKind.CUSTOMER_RETURN, case.quantity,
                       location=quarantine, batch=batch, return_case_id=case.id, reference=case.number,
                       job_id=case.job_id)
        if verdict == Verdict.DEFECT_CONFIRMED and supplier is not None:
            session.add(SupplierDefect(supplier_id=supplier.id, product_id=product.id, batch=batch,
                                       quantity=case.quantity, found_at=now, source=DefectSource.INSPECTION.value,
                                       reference=case.number, note=row.test_result, recorded_by=user.id))
        record_step(session, user, now, RETURN_DOC, case.id, ReturnStep.INSPECT.value,
                    data={"inspection_id": row.id, "verdict": verdict.value})
        return _info(session, row)


# ---- reading ------------------------------------------------------------------------------------


def _info(session: Session, row: Inspection) -> InspectionInfo:
    case = session.get(ReturnCase, row.return_case_id)
    product = session.get(Product, case.product_id)
    supplier = session.get(Supplier, row.supplier_id) if row.supplier_id else None
    signature = session.get(Signature, row.signature_id)
    attachments = _attachment_rows(session, INSPECTION_DOC, row.id)
    names = names_in(session, {row.inspector_id, *(a.added_by for a in attachments)})
    return InspectionInfo(
        row.id, case.id, case.number, case.product_id, part_title(product), case.quantity, row.received_on,
        row.packaging_intact, row.seal_intact, row.signs_of_use, row.leaks, row.chip_ok, row.physical_damage,
        row.test_result, row.batch, row.supplier_id, supplier.name if supplier else "", Verdict(row.verdict),
        row.note, row.inspector_id, names.get(row.inspector_id, ""),
        SignatureMethod(signature.method) if signature else SignatureMethod.DRAWN, row.inspected_at,
        row.content_hash, tuple(_attachment_info(a, names) for a in attachments))


def _load_inspection(session: Session, user: CurrentUser, inspection_id: str) -> Inspection:
    row = session.get(Inspection, inspection_id)
    case = session.get(ReturnCase, row.return_case_id) if row is not None else None
    if row is None or row.deleted or case is None or not outlet_visible(user, case.outlet_id):
        raise NotFound("No such inspection.")
    return row


def inspection_for_case(ctx: AppContext, return_case_id: str) -> InspectionInfo | None:
    """The inspection of a return case, or None before the product was received and inspected."""
    user = ctx.require(Action.VIEW_QUALITY)
    with ctx.db.reader() as session:
        row = _inspection_of_case(session, load_return_case(session, user, return_case_id).id)
        return _info(session, row) if row is not None else None


def get_inspection(ctx: AppContext, inspection_id: str) -> InspectionInfo:
    """One inspection with its photos' metadata."""
    user = ctx.require(Action.VIEW_QUALITY)
    with ctx.db.reader() as session:
        return _info(session, _load_inspection(session, user, inspection_id))


def case_for_inspection(ctx: AppContext, return_case_id: str) -> CaseForInspection:
    """A return case as the inspection form shows it, with the suppliers to choose from."""
    user = ctx.require(Action.VIEW_QUALITY)
    with ctx.db.reader() as session:
        case = load_return_case(session, user, return_case_id)
        customer = session.get(Customer, case.customer_id)
        product = session.get(Product, case.product_id)
        suppliers = tuple((s.id, s.name) for s in session.scalars(
            select(Supplier).where(Supplier.deleted.is_(False), Supplier.active.is_(True)).order_by(Supplier.name)))
        existing = _inspection_of_case(session, case.id)
        return CaseForInspection(
            case.id, case.number, return_case_folded(session, case.id).status, customer.name if customer else "",
            customer.phone if customer else "", case.product_id, part_title(product),
            product.specification if product else "", case.quantity, RequestType(case.request_type),
            case.quality_problem, case.reason, case.batch, case.purchase_date, case.proof_number,
            _local_day(case.requested_at),
            supplier_of_batch(session, case.product_id, case.batch) if case.batch else None, suppliers,
            existing.id if existing else None)


def attachments_of(ctx: AppContext, doc_type: str, doc_id: str) -> list[AttachmentInfo]:
    """The files attached to a document (photos of an inspection, a scanned receipt of a return), oldest first."""
    ctx.require(Action.VIEW_QUALITY)
    with ctx.db.reader() as session:
        rows = _attachment_rows(session, doc_type, doc_id)
        names = names_in(session, {r.added_by for r in rows})
        return [_attachment_info(r, names) for r in rows]


def attachment_data(ctx: AppContext, attachment_id: str) -> bytes:
    """The bytes of an attached file."""
    ctx.require(Action.VIEW_QUALITY)
    with ctx.db.reader() as session:
        row = session.get(Attachment, attachment_id)
        if row is None or row.deleted:
            raise NotFound("No such attachment.")
        return base64.b64decode(row.data)


# ---- verification -------------------------------------------------------------------------------


def _recomputed_hash(session: Session, row: Inspection) -> str | None:
    """The hash of the stored inspection as it is now; None when a photo or the signature lost its own hash."""
    case = session.get(ReturnCase, row.return_case_id)
    signature = session.get(Signature, row.signature_id)
    if case is None or signature is None:
        return None
    strokes = Strokes.from_json(signature.strokes) if signature.strokes else Strokes()
    if strokes.sha256() != signature.strokes_sha256:
        return None
    hashes = []
    for attachment in _attachment_rows(session, INSPECTION_DOC, row.id):
        try:
            data = base64.b64decode(attachment.data, validate=True)
        except ValueError:
            return None
        if hashlib.sha256(data).hexdigest() != attachment.sha256:
            return None
        hashes.append(attachment.sha256)
    return content_hash(canonical_json(_content(case, row, hashes, signature)))


def verify_inspection(ctx: AppContext, inspection_id: str, digest: str | None = None) -> InspectionVerification:
    """Check a stored inspection against its own hash (and, when given, a printed report's hash)."""
    ctx.require(Action.VIEW_QUALITY)
    with ctx.db.reader() as session:
        row = session.get(Inspection, inspection_id)
        if row is None or row.deleted:
            return InspectionVerification(InspectionVerifyStatus.NOT_FOUND, "", given_hash=digest or "",
                                          message=N_("No such inspection is on record here (it may not have "
                                                     "synced yet)."))
        case = session.get(ReturnCase, row.return_case_id)
        number = case.number if case else ""
        computed = _recomputed_hash(session, row) or ""
        base = dict(case_number=number, inspection_id=row.id, stored_hash=row.content_hash, computed_hash=computed,
                    given_hash=digest or "", params={"number": number})
        if computed != row.content_hash:
            return InspectionVerification(
                InspectionVerifyStatus.TAMPERED, **base,
                message=N_("The stored inspection of {number} has been altered: it no longer matches its own "
                           "hash. Report this to your manager."))
        if digest is not None and digest.strip().lower() != row.content_hash:
            return InspectionVerification(
                InspectionVerifyStatus.MISMATCH, **base,
                message=N_("This inspection report does NOT match the record of {number}: its content was "
                           "changed or it is not ours."))
        return InspectionVerification(InspectionVerifyStatus.VALID, **base,
                                      message=N_("The inspection report of {number} matches the record."))


def verify_scanned_inspection(ctx: AppContext, text: str) -> InspectionVerification | None:
    """Verify what was scanned from an inspection report's QR code; None when the text is not such a code."""
    ctx.require(Action.VIEW_QUALITY)
    match = _QR_PATTERN.match(text.strip())
    if match is None:
        return None
    with ctx.db.reader() as session:
        case = session.scalars(select(ReturnCase).where(ReturnCase.number == match["number"],
                                                        ReturnCase.deleted.is_(False))).first()
        row = _inspection_of_case(session, case.id) if case is not None else None
        inspection_id = row.id if row is not None else None
    if inspection_id is None:
        return InspectionVerification(InspectionVerifyStatus.NOT_FOUND, match["number"], given_hash=match["hash"],
                                      message=N_("No inspection of {number} is on record here (it may not have "
                                                 "synced yet)."), params={"number": match["number"]})
    return verify_inspection(ctx, inspection_id, match["hash"])


# ---- the report ---------------------------------------------------------------------------------


def inspection_report(ctx: AppContext, inspection_id: str, language: str = "zh_CN") -> bytes:
    """The printable inspection report (退货检验报告) as A4 PDF bytes, in ``language``."""
    user = ctx.require(Action.VIEW_QUALITY)
    from aftersales_desktop.services.slips import font_path
    from aftersales_desktop.slips.fonts import find_font
    from aftersales_desktop.slips.inspection_report import InspectionReport, render_inspection_report

    with ctx.db.reader() as session:
        row = _load_inspection(session, user, inspection_id)
        info = _info(session, row)
        case = session.get(ReturnCase, row.return_case_id)
        outlet = session.get(Outlet, case.outlet_id)
        customer = session.get(Customer, case.customer_id)
        product = session.get(Product, case.product_id)
        signature = session.get(Signature, row.signature_id)
        photos = tuple(base64.b64decode(a.data) for a in _attachment_rows(session, INSPECTION_DOC, row.id))
        drawn = signature is not None and signature.method == SignatureMethod.DRAWN.value and signature.strokes
        report = InspectionReport(
            outlet_name=outlet.name if outlet else "", outlet_address=outlet.address if outlet else "",
            outlet_phone=outlet.phone if outlet else "", case_number=case.number,
            customer_name=customer.name if customer else "", customer_phone=customer.phone if customer else "",
            product=f"{product.brand} {product.model}".strip() if product else "",
            product_name=product.name if product else "",
            specification=product.specification if product else "", quantity=case.quantity,
            request_type=RequestType(case.request_type), quality_problem=case.quality_problem, reason=case.reason,
            batch=info.batch, supplier_name=info.supplier_name, purchase_date=case.purchase_date,
            proof_number=case.proof_number, received_on=info.received_on, checklist=info.checklist,
            test_result=info.test_result, verdict=info.verdict, note=info.note, photos=photos,
            inspector_name=signature.signer_name if signature else info.inspector_name,
            signature=Strokes.from_json(signature.strokes) if drawn else None,
            typed_signature=bool(signature is not None and signature.method == SignatureMethod.TYPED.value),
            inspected_at=info.inspected_at, content_hash=info.content_hash,
            qr_payload=qr_payload(case.number, info.content_hash))
    return render_inspection_report(report, language=language, font=find_font(font_path(ctx.db))).pdf


# ---- quality feedback ---------------------------------------------------------------------------


def defects_by_batch(ctx: AppContext, supplier_id: str | None = None) -> list[BatchDefects]:
    """Defects rolled up per supplier, part and batch, with the units of that batch the supplier delivered.

    Reads every outlet's records (they arrive by sync), like the supplier evaluation; sorted by
    supplier name, part and batch.
    """
    ctx.require(Action.VIEW_QUALITY)
    with ctx.db.reader() as session:
        query = select(SupplierDefect).where(SupplierDefect.deleted.is_(False))
        if supplier_id:
            query = query.where(SupplierDefect.supplier_id == supplier_id)
        found: dict[tuple[str, str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for row in session.scalars(query):
            found[(row.supplier_id, row.product_id, row.batch)][row.source] += row.quantity
        if not found:
            return []
        supplier_ids = {key[0] for key in found}
        product_ids = {key[1] for key in found}
        received: dict[tuple[str, str, str], int] = defaultdict(int)
        for delivered_by, product_id, batch, quantity in session.execute(
                select(SupplierDelivery.supplier_id, StockMovement.product_id, StockMovement.batch,
                       StockMovement.quantity)
                .join(SupplierDelivery, StockMovement.delivery_id == SupplierDelivery.id)
                .where(StockMovement.deleted.is_(False), SupplierDelivery.deleted.is_(False),
                       StockMovement.kind == MovementKind.RECEIPT.value,
                       SupplierDelivery.supplier_id.in_(supplier_ids), StockMovement.product_id.in_(product_ids))):
            received[(delivered_by, product_id, batch)] += quantity
        names = dict(session.execute(select(Supplier.id, Supplier.name).where(Supplier.id.in_(supplier_ids))).all())
        titles = {p.id: part_title(p) for p in session.scalars(select(Product).where(Product.id.in_(product_ids)))}
    rows = []
    for key, sources in found.items():
        goods_in = sources.get(DefectSource.GOODS_IN.value, 0)
        rows.append(BatchDefects(
            key[0], names.get(key[0], "?"), key[1], titles.get(key[1], "?"), key[2],
            # Units rejected at goods-in were delivered too, though never booked into stock.
            received.get(key, 0) + goods_in, goods_in, sources.get(DefectSource.INSPECTION.value, 0),
            sources.get(DefectSource.RETURN.value, 0)))
    return sorted(rows, key=lambda r: (r.supplier_name, r.product_title, r.batch))
