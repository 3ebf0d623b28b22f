"""Repair slips (维修单): sign, freeze, correct by revision, count copies, verify against the record.

A slip is issued when the customer and the technician sign a repair record. Its content is a
snapshot (domain.slips) frozen at that moment; the slip, its signatures and every print are
insert-only rows (the database refuses updates and deletes, migration 0004). A correction is a
new revision under the same number that names the revision it replaces.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from aftersales_desktop.domain.errors import Collector, NotFound, ValidationError
from aftersales_desktop.domain.numbering import NumberKind
from aftersales_desktop.domain.permissions import Action
from aftersales_desktop.domain.signatures import SignatureInput, SignatureMethod, SignerRole, Strokes
from aftersales_desktop.domain.slips import (CONTENT_SCHEMA, SlipFormat, canonical_json, content_hash,
                                             parse_qr_payload)
from aftersales_desktop.i18n import SUPPORTED, N_
from aftersales_desktop.services.context import AppContext, CurrentUser
from aftersales_desktop.services.jobs import next_number
from aftersales_desktop.services.signing import check_signature as _check_signature
from aftersales_desktop.services.signing import signature_row as _signature_row
from aftersales_desktop.storage.database import Database
from aftersales_desktop.storage.models import (Customer, Job, LocalState, Outlet, OutletSetting, Product,
                                               RepairPart, RepairRecord, Signature, Slip, SlipPrint, User)

DEFAULT_TERMS = {
    "zh_CN": ("1. 本次维修更换的正品备件自维修之日起保修 90 天；人为损坏、使用非原装耗材或自行拆修造成的故障"
              "不在保修范围内。\n"
              "2. 客户签名即确认以上维修内容、更换部件及费用属实。\n"
              "3. 如对维修结果有异议，请于 7 日内致电本网点，我们将再次上门维修，直至客户满意。"),
    "en": ("1. Genuine parts replaced in this repair are under warranty for 90 days from the repair date; "
           "faults caused by misuse, non-genuine consumables or unauthorised disassembly are excluded.\n"
           "2. By signing, the customer confirms the work, parts and charges above.\n"
           "3. If you are not satisfied with the repair, call this outlet within 7 days and we will "
           "visit again until the problem is solved."),
}
DEFAULT_LABOUR_RATE_FEN = 8000  # ¥80 an hour
MAX_TERMS = 4000
MAX_LOGO_BYTES = 512 * 1024
MAX_LABOUR_RATE_FEN = 1_000_000
#: LocalState key of this machine's slip font file (a machine setting: it does not replicate).
FONT_PATH_KEY = "slip_font_path"

_TERMS_KEY = "slip.terms.{language}"
_RATE_KEY = "slip.labour_rate_fen"
_LANGUAGE_KEY = "slip.language"
_LOGO_KEY = "slip.logo"


# ---- settings -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class SlipSettings:
    """An outlet's slip policy: terms in both languages, labour rate, print language and logo."""

    terms_zh: str = DEFAULT_TERMS["zh_CN"]
    terms_en: str = DEFAULT_TERMS["en"]
    labour_rate_fen: int = DEFAULT_LABOUR_RATE_FEN
    language: str = "zh_CN"
    logo: bytes | None = None


def _settings_rows(session: Session, outlet_id: str) -> dict[str, OutletSetting]:
    rows = session.scalars(select(OutletSetting).where(OutletSetting.outlet_id == outlet_id,
                                                       OutletSetting.deleted.is_(False),
                                                       OutletSetting.key.like("slip.%")))
    return {r.key: r for r in rows}


def slip_settings(session: Session, outlet_id: str) -> SlipSettings:
    """The outlet's slip settings, defaults where none are stored."""
    rows = _settings_rows(session, outlet_id)
    values = {key: row.value for key, row in rows.items()}
    rate = values.get(_RATE_KEY, "")
    logo = values.get(_LOGO_KEY, "")
    return SlipSettings(
        terms_zh=values.get(_TERMS_KEY.format(language="zh_CN"), DEFAULT_TERMS["zh_CN"]),
        terms_en=values.get(_TERMS_KEY.format(language="en"), DEFAULT_TERMS["en"]),
        labour_rate_fen=int(rate) if rate.isdigit() else DEFAULT_LABOUR_RATE_FEN,
        language=values.get(_LANGUAGE_KEY) if values.get(_LANGUAGE_KEY) in SUPPORTED else "zh_CN",
        logo=base64.b64decode(logo) if logo else None)


def get_slip_settings(ctx: AppContext) -> SlipSettings:
    """The logged-in user's outlet's slip settings."""
    user = ctx.require(Action.VIEW_JOBS)
    with ctx.db.reader() as session:
        return slip_settings(session, user.outlet_id)


def _is_image(data: bytes) -> bool:
    return data.startswith(b"\x89PNG\r\n\x1a\n") or data.startswith(b"\xff\xd8\xff")


def set_slip_settings(ctx: AppContext, settings: SlipSettings) -> None:
    """Store the outlet's slip settings (managers only); they replicate to every site."""
    user = ctx.require(Action.EDIT_SETTINGS)
    errors = Collector()
    for name, text in (("terms_zh", settings.terms_zh), ("terms_en", settings.terms_en)):
        errors.check(len(text) <= MAX_TERMS, name, "At most {limit} characters.", limit=MAX_TERMS)
    errors.check(0 <= settings.labour_rate_fen <= MAX_LABOUR_RATE_FEN, "labour_rate",
                 "Enter an hourly rate from ¥0 to ¥10,000.")
    errors.check(settings.language in SUPPORTED, "language", "Choose Chinese or English.")
    if settings.logo:
        errors.check(len(settings.logo) <= MAX_LOGO_BYTES, "logo",
                     "The logo is larger than 512 KB: choose a smaller image.")
        errors.check(_is_image(settings.logo), "logo", "The logo must be a PNG or JPEG image.")
    errors.raise_if_any()
    wanted = {_TERMS_KEY.format(language="zh_CN"): settings.terms_zh.strip(),
              _TERMS_KEY.format(language="en"): settings.terms_en.strip(),
              _RATE_KEY: str(settings.labour_rate_fen), _LANGUAGE_KEY: settings.language,
              _LOGO_KEY: base64.b64encode(settings.logo).decode("ascii") if settings.logo else ""}
    with ctx.transaction() as session:
        rows = _settings_rows(session, user.outlet_id)
        for key, value in wanted.items():
            if key in rows:
                if rows[key].value != value:
                    rows[key].value = value
            else:
                session.add(OutletSetting(outlet_id=user.outlet_id, key=key, value=value))


def font_path(db: Database) -> str | None:
    """The slip font file chosen on this machine, if any."""
    return db.local_value(FONT_PATH_KEY) or None


def set_font_path(db: Database, path: str | None) -> None:
    """Remember (or forget, with None) this machine's slip font file."""
    with db.transaction() as session:
        row = session.get(LocalState, FONT_PATH_KEY)
        if row is None:
            session.add(LocalState(key=FONT_PATH_KEY, value=path or ""))
        else:
            row.value = path or ""


# ---- results ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SlipSummary:
    """A slip revision as the job's history lists it."""

    id: str
    number: str
    revision: int
    repair_id: str
    issued_at: datetime
    issued_by: str
    customer_signer: str
    content_hash: str
    superseded: bool
    prints: int


@dataclass(frozen=True)
class SlipDocument:
    """Everything needed to render one slip revision (or an unsigned draft)."""

    id: str | None  # None for a draft
    number: str
    revision: int
    content: dict
    digest: str | None
    signatures: dict[str, Strokes | None]
    prints: int = 0
    superseded_by: int | None = None
    language: str = "zh_CN"
    logo: bytes | None = None
    technician_id: str | None = None  # the repair's technician
    job_id: str | None = None
    repair_id: str | None = None

    @property
    def is_draft(self) -> bool:
        return self.id is None

    @property
    def next_copy_number(self) -> int:
        """0 for the first output (the original), then 1, 2, ... for copies."""
        return self.prints


# ---- content ------------------------------------------------------------------------------------


def _local_text(moment: datetime) -> str:
    """A time as local ISO text with its offset: what the customer saw, the same on every site."""
    return moment.astimezone().isoformat(timespec="seconds")


def labour_amount(minutes: int, rate_fen_per_hour: int) -> int:
    """Labour charge in fen, rounded half up to the fen."""
    return (minutes * rate_fen_per_hour + 30) // 60


def _totals(parts: list[dict], labour: dict) -> dict:
    parts_fen = sum(p["amount_fen"] for p in parts)
    return {"parts_fen": parts_fen, "labour_fen": labour["amount_fen"],
            "total_fen": parts_fen + labour["amount_fen"]}


def _base_content(session: Session, record: RepairRecord, settings: SlipSettings) -> dict:
    """Content of a repair record's slip, without number, time and signatures."""
    job = session.get(Job, record.job_id)
    outlet = session.get(Outlet, job.outlet_id)
    customer = session.get(Customer, job.customer_id)
    product = session.get(Product, job.product_id) if job.product_id else None
    technician = session.get(User, record.technician_id)
    lines = session.execute(select(RepairPart, Product).join(Product, Product.id == RepairPart.product_id)
                            .where(RepairPart.repair_id == record.id, RepairPart.deleted.is_(False))
                            .order_by(RepairPart.id)).all()
    parts = [{"model": f"{prod.brand} {prod.model}".strip(), "name": prod.name, "quantity": line.quantity,
              "unit_price_fen": line.unit_price_fen, "amount_fen": line.quantity * line.unit_price_fen}
             for line, prod in lines]
    labour = {"minutes": record.labour_minutes, "rate_fen_per_hour": settings.labour_rate_fen,
              "amount_fen": labour_amount(record.labour_minutes, settings.labour_rate_fen)}
    return {
        "schema": CONTENT_SCHEMA,
        "outlet": {"code": outlet.code, "name": outlet.name, "address": outlet.address, "phone": outlet.phone},
        "job": {"number": job.number, "created_at": _local_text(job.created_at)},
        "customer": {"name": customer.name, "company": customer.company, "phone": customer.phone,
                     "address": customer.address},
        "product": {"brand": product.brand if product else "", "model": product.model if product else "",
                    "name": product.name if product else "",
                    "type": product.product_type if product else "", "serial": job.serial_number},
        "fault": {"category": job.fault_category, "description": job.description},
        "repair": {"technician": technician.display_name if technician else "",
                   "recorded_at": _local_text(record.recorded_at), "fault_confirmed": record.fault_confirmed,
                   "symptom": record.symptom, "diagnosis": record.diagnosis, "work_done": record.work_done,
                   "test_performed": record.test_performed, "test_passed": record.test_passed,
                   "outcome": record.outcome},
        "parts": parts,
        "labour": labour,
        "totals": _totals(parts, labour),
        "currency": "CNY",
        "terms": {"zh_CN": settings.terms_zh, "en": settings.terms_en},
    }


def _load_repair(session: Session, repair_id: str) -> RepairRecord:
    record = session.get(RepairRecord, repair_id)
    if record is None or record.deleted:
        raise NotFound("No such repair record.")
    return record


def _signature_entry(row: Signature, signed_at: datetime) -> dict:
    return {"name": row.signer_name, "method": row.method, "signed_at": _local_text(signed_at),
            "strokes_sha256": row.strokes_sha256}


def _specimen(session: Session, user_id: str) -> Signature | None:
    return session.scalars(select(Signature).where(Signature.user_id == user_id, Signature.specimen.is_(True),
                                                   Signature.deleted.is_(False))
                           .order_by(Signature.signed_at.desc(), Signature.id.desc())).first()


def _current_revision(session: Session, repair_id: str) -> Slip | None:
    """The newest revision of a repair's slip (the one no other revision supersedes)."""
    return session.scalars(select(Slip).where(Slip.repair_id == repair_id, Slip.deleted.is_(False))
                           .order_by(Slip.revision.desc(), Slip.hlc.desc())).first()


def _sign(session: Session, user: CurrentUser, now: datetime, content: dict, customer: SignatureInput,
          technician: SignatureInput | None, technician_id: str, errors: Collector,
          ) -> tuple[Signature, Signature]:
    """Validate and add both signature rows; put their entries into ``content``."""
    _check_signature(errors, "customer", customer)
    saved = None
    if technician is None:
        saved = _specimen(session, user.id)
        errors.check(saved is not None, "technician",
                     "You have no saved signature yet: sign on the pad (and save it for next time).")
        errors.check(user.id == technician_id or saved is None, "technician",
                     "A saved signature can only be used by its owner, the repair's technician.")
    else:
        _check_signature(errors, "technician", technician)
    errors.raise_if_any()
    customer_row = _signature_row(customer, SignerRole.CUSTOMER, now, None)
    session.add(customer_row)
    if saved is not None:
        technician_row = saved
    else:
        technician_row = _signature_row(technician, SignerRole.TECHNICIAN, now,
                                        user.id if user.id == technician_id else None)
        session.add(technician_row)
    session.flush()  # the slip refers to the signatures' ids
    content["signatures"] = {"customer": _signature_entry(customer_row, now),
                             "technician": _signature_entry(technician_row, now)}
    return customer_row, technician_row


def _new_slip(session: Session, user: CurrentUser, now: datetime, record: RepairRecord, content: dict,
              number: str, revision: int, supersedes: Slip | None,
              signatures: tuple[Signature, Signature]) -> Slip:
    content.update(number=number, revision=revision, issued_at=_local_text(now))
    text = canonical_json(content)
    slip = Slip(number=number, revision=revision, supersedes_id=supersedes.id if supersedes else None,
                job_id=record.job_id, repair_id=record.id, issued_at=now, issued_by=user.id,
                content=text, content_hash=content_hash(text),
                customer_signature_id=signatures[0].id, technician_signature_id=signatures[1].id)
    session.add(slip)
    session.flush()
    return slip


def issue_slip(ctx: AppContext, repair_id: str, customer: SignatureInput,
               technician: SignatureInput | None = None) -> SlipSummary:
    """Freeze a repair record's slip with both signatures; ``technician=None`` uses one's saved signature."""
    user = ctx.require(Action.SIGN_SLIP)
    now = ctx.now()
    errors = Collector()
    with ctx.transaction() as session:
        record = _load_repair(session, repair_id)
        existing = _current_revision(session, record.id)
        if existing is not None:
            raise ValidationError.single("repair", "This repair already has slip {number}: print a copy of "
                                         "it, or issue a correction.", number=existing.number)
        job = session.get(Job, record.job_id)
        outlet = session.get(Outlet, job.outlet_id)
        content = _base_content(session, record, slip_settings(session, job.outlet_id))
        content.update(supersedes=None, correction_reason="")
        rows = _sign(session, user, now, content, customer, technician, record.technician_id, errors)
        number = next_number(session, outlet.code, NumberKind.REPAIR_SLIP, now)
        slip = _new_slip(session, user, now, record, content, number, 1, None, rows)
        return _summary(session, slip)


def save_signature_specimen(ctx: AppContext, strokes: Strokes) -> None:
    """Keep the logged-in user's signature for reuse on later slips."""
    user = ctx.require(Action.SIGN_SLIP)
    errors = Collector()
    _check_signature(errors, "technician", SignatureInput(user.display_name, strokes=strokes))
    errors.raise_if_any()
    normalised = strokes.normalised()
    with ctx.transaction() as session:
        session.add(Signature(signer_role=SignerRole.TECHNICIAN.value, signer_name=user.display_name,
                              user_id=user.id, method=SignatureMethod.DRAWN.value,
                              strokes=normalised.to_json(), strokes_sha256=normalised.sha256(),
                              signed_at=ctx.now(), specimen=True))


def saved_signature(ctx: AppContext) -> Strokes | None:
    """The logged-in user's saved signature, if they saved one."""
    user = ctx.require(Action.SIGN_SLIP)
    with ctx.db.reader() as session:
        row = _specimen(session, user.id)
        return Strokes.from_json(row.strokes) if row is not None else None


# ---- corrections --------------------------------------------------------------------------------


@dataclass
class SlipCorrection:
    """What a correction changes; None leaves a value as it was on the revision being corrected."""

    reason: str
    customer_name: str | None = None
    customer_phone: str | None = None
    customer_address: str | None = None
    serial: str | None = None
    diagnosis: str | None = None
    work_done: str | None = None
    test_performed: str | None = None
    labour_minutes: int | None = None
    #: Per part line of the corrected revision, in order: (quantity, unit price in fen).
    parts: list[tuple[int, int]] | None = None


_TEXT_FIELDS = {"customer_name": ("customer", "name"), "customer_phone": ("customer", "phone"),
                "customer_address": ("customer", "address"), "serial": ("product", "serial"),
                "diagnosis": ("repair", "diagnosis"), "work_done": ("repair", "work_done"),
                "test_performed": ("repair", "test_performed")}


def _corrected(content: dict, correction: SlipCorrection, errors: Collector) -> dict:
    """A deep copy of ``content`` with the correction applied and totals recomputed."""
    new = json.loads(canonical_json(content))
    for name, (section, key) in _TEXT_FIELDS.items():
        value = getattr(correction, name)
        if value is not None:
            new[section][key] = value.strip()
    errors.check(bool(new["customer"]["name"]), "customer_name", "Enter the customer's name.")
    errors.check(bool(new["repair"]["diagnosis"]), "diagnosis", "Enter the diagnosis.")
    errors.check(bool(new["repair"]["work_done"]), "work_done", "Describe the work done.")
    if correction.labour_minutes is not None:
        errors.check(0 <= correction.labour_minutes <= 24 * 60, "labour_minutes",
                     "Labour minutes from 0 to 1440.")
        new["labour"]["minutes"] = correction.labour_minutes
        new["labour"]["amount_fen"] = labour_amount(correction.labour_minutes, new["labour"]["rate_fen_per_hour"])
        new["repair"]["labour_minutes"] = correction.labour_minutes
    if correction.parts is not None:
        if len(correction.parts) != len(new["parts"]):
            errors.add("parts", "The part lines do not match the slip being corrected.")
        else:
            for index, (quantity, price) in enumerate(correction.parts):
                errors.check(quantity >= 0, f"parts.{index}", "Quantities cannot be negative.")
                errors.check(price >= 0, f"parts.{index}", "Prices cannot be negative.")
                line = new["parts"][index]
                line.update(quantity=quantity, unit_price_fen=price, amount_fen=quantity * price)
            new["parts"] = [line for line in new["parts"] if line["quantity"] > 0]
    new["totals"] = _totals(new["parts"], new["labour"])
    return new


def correct_slip(ctx: AppContext, slip_id: str, correction: SlipCorrection, customer: SignatureInput,
                 technician: SignatureInput | None = None) -> SlipSummary:
    """Issue the next revision of a slip with corrected content; both parties sign it again."""
    user = ctx.require(Action.CORRECT_SLIP)
    now = ctx.now()
    errors = Collector()
    errors.check(bool(correction.reason.strip()), "reason", "Say why the slip is corrected.")
    with ctx.transaction() as session:
        old = _load_slip(session, slip_id)
        latest = _current_revision(session, old.repair_id)
        if latest.id != old.id:
            raise ValidationError.single("revision", "Revision {revision} has been corrected already: "
                                         "correct the latest revision.", revision=old.revision)
        record = _load_repair(session, old.repair_id)
        content = _corrected(json.loads(old.content), correction, errors)
        unchanged = {k: v for k, v in json.loads(old.content).items()
                     if k not in ("signatures", "number", "revision", "issued_at", "supersedes",
                                  "correction_reason")}
        errors.check({k: content[k] for k in unchanged} != unchanged, "reason",
                     "Nothing was changed: a correction must change something on the slip.")
        content.update(supersedes={"revision": old.revision, "hash": old.content_hash},
                       correction_reason=correction.reason.strip())
        rows = _sign(session, user, now, content, customer, technician, record.technician_id, errors)
        slip = _new_slip(session, user, now, record, content, old.number, old.revision + 1, old, rows)
        return _summary(session, slip)


# ---- reading ------------------------------------------------------------------------------------


def _load_slip(session: Session, slip_id: str) -> Slip:
    slip = session.get(Slip, slip_id)
    if slip is None or slip.deleted:
        raise NotFound("No such slip.")
    return slip


def _print_count(session: Session, slip_id: str) -> int:
    return session.scalar(select(func.count()).select_from(SlipPrint)
                          .where(SlipPrint.slip_id == slip_id, SlipPrint.deleted.is_(False)))


def _superseded_by(session: Session, slip: Slip) -> int | None:
    return session.scalar(select(func.max(Slip.revision)).where(Slip.supersedes_id == slip.id,
                                                                 Slip.deleted.is_(False)))


def _summary(session: Session, slip: Slip) -> SlipSummary:
    issuer = session.get(User, slip.issued_by)
    customer = session.get(Signature, slip.customer_signature_id)
    return SlipSummary(slip.id, slip.number, slip.revision, slip.repair_id, slip.issued_at,
                       issuer.display_name if issuer else "", customer.signer_name if customer else "",
                       slip.content_hash, _superseded_by(session, slip) is not None,
                       _print_count(session, slip.id))


def _strokes_of(row: Signature | None) -> Strokes | None:
    if row is None:
        return None
    return Strokes.from_json(row.strokes) if row.strokes else Strokes()


def _document(session: Session, slip: Slip) -> SlipDocument:
    job = session.get(Job, slip.job_id)
    settings = slip_settings(session, job.outlet_id)
    return SlipDocument(
        slip.id, slip.number, slip.revision, json.loads(slip.content), slip.content_hash,
        {"customer": _strokes_of(session.get(Signature, slip.customer_signature_id)),
         "technician": _strokes_of(session.get(Signature, slip.technician_signature_id))},
        prints=_print_count(session, slip.id), superseded_by=_superseded_by(session, slip),
        language=settings.language, logo=settings.logo,
        technician_id=session.get(RepairRecord, slip.repair_id).technician_id, job_id=slip.job_id,
        repair_id=slip.repair_id)


def get_slip(ctx: AppContext, slip_id: str) -> SlipDocument:
    """One slip revision, ready to render."""
    ctx.require(Action.VIEW_JOBS)
    with ctx.db.reader() as session:
        return _document(session, _load_slip(session, slip_id))


def _by_number(session: Session, number: str, revision: int | None) -> Slip | None:
    query = select(Slip).where(Slip.number == number.strip().upper(), Slip.deleted.is_(False))
    if revision is not None:
        query = query.where(Slip.revision == revision)
    return session.scalars(query.order_by(Slip.revision.desc(), Slip.hlc.desc())).first()


def slip_by_number(db: Database, number: str, revision: int | None = None) -> SlipDocument:
    """A slip by number (its latest revision unless one is asked for), for the command line."""
    with db.reader() as session:
        slip = _by_number(session, number, revision)
        if slip is None:
            raise NotFound("No slip numbered {number}.", number=number)
        return _document(session, slip)


def find_slip(ctx: AppContext, number: str, revision: int | None = None) -> SlipDocument | None:
    """A slip by number, or None."""
    ctx.require(Action.VIEW_JOBS)
    with ctx.db.reader() as session:
        slip = _by_number(session, number, revision)
        return _document(session, slip) if slip is not None else None


def draft_slip(ctx: AppContext, repair_id: str) -> SlipDocument:
    """An unsigned preview of the slip a repair record would get (number and signatures left blank)."""
    ctx.require(Action.VIEW_JOBS)
    now = ctx.now()
    with ctx.db.reader() as session:
        record = _load_repair(session, repair_id)
        job = session.get(Job, record.job_id)
        settings = slip_settings(session, job.outlet_id)
        content = _base_content(session, record, settings)
        content.update(number="", revision=1, issued_at=_local_text(now), supersedes=None,
                       correction_reason="", signatures={})
        return SlipDocument(None, "", 1, content, None, {"customer": None, "technician": None},
                            language=settings.language, logo=settings.logo, technician_id=record.technician_id,
                            job_id=record.job_id, repair_id=record.id)


def preview_correction(ctx: AppContext, slip_id: str, correction: SlipCorrection) -> SlipDocument:
    """An unsigned preview of the revision a correction would issue; ValidationError if it is invalid."""
    ctx.require(Action.VIEW_JOBS)
    errors = Collector()
    with ctx.db.reader() as session:
        old = _load_slip(session, slip_id)
        content = _corrected(json.loads(old.content), correction, errors)
        errors.raise_if_any()
        content.update(revision=old.revision + 1, issued_at=_local_text(ctx.now()), signatures={},
                       supersedes={"revision": old.revision, "hash": old.content_hash},
                       correction_reason=correction.reason.strip())
        settings = slip_settings(session, session.get(Job, old.job_id).outlet_id)
        return SlipDocument(None, old.number, old.revision + 1, content, None,
                            {"customer": None, "technician": None}, language=settings.language,
                            logo=settings.logo, technician_id=session.get(RepairRecord, old.repair_id).technician_id,
                            job_id=old.job_id, repair_id=old.repair_id)


def slips_for_job(ctx: AppContext, job_id: str) -> list[SlipSummary]:
    """Every slip revision of a job, oldest first."""
    ctx.require(Action.VIEW_JOBS)
    with ctx.db.reader() as session:
        rows = session.scalars(select(Slip).where(Slip.job_id == job_id, Slip.deleted.is_(False))
                               .order_by(Slip.number, Slip.revision))
        return [_summary(session, slip) for slip in rows]


def _add_print(session: Session, slip: Slip, user_id: str | None, fmt: SlipFormat, output: str,
               copy_number: int, now: datetime) -> None:
    session.add(SlipPrint(slip_id=slip.id, printed_at=now, printed_by=user_id, format=fmt.value,
                          output=output, copy_number=copy_number))


def record_output(ctx: AppContext, slip_id: str, fmt: SlipFormat, output: str, copy_number: int) -> None:
    """Note that a slip was printed or saved as PDF (after it succeeded), so the next one is a copy."""
    user = ctx.require(Action.PRINT_SLIP)
    if output not in ("printer", "pdf"):
        raise ValueError(output)
    with ctx.transaction() as session:
        _add_print(session, _load_slip(session, slip_id), user.id, fmt, output, copy_number, ctx.now())


def record_command_line_output(db: Database, slip_id: str, fmt: SlipFormat, copy_number: int,
                               now: datetime) -> None:
    """Note a PDF written by ``aftersales slip`` (no one is logged in on the command line)."""
    with db.transaction() as session:
        _add_print(session, _load_slip(session, slip_id), None, fmt, "pdf", copy_number, now)


# ---- verification -------------------------------------------------------------------------------


class VerifyStatus(StrEnum):
    """What checking a slip against the record found."""

    VALID = "valid"
    SUPERSEDED = "superseded"
    MISMATCH = "mismatch"  # the copy's hash is not the record's: the paper was altered or is false
    TAMPERED = "tampered"  # the stored record no longer matches its own hash
    NOT_FOUND = "not_found"

    @property
    def is_good(self) -> bool:
        return self in (VerifyStatus.VALID, VerifyStatus.SUPERSEDED)


@dataclass(frozen=True)
class Verification:
    """The outcome of verifying a slip: status, the revision checked and an English message to show."""

    status: VerifyStatus
    number: str
    revision: int | None = None
    slip_id: str | None = None
    job_id: str | None = None
    stored_hash: str = ""
    given_hash: str = ""
    latest_revision: int | None = None
    message: str = ""
    params: dict = field(default_factory=dict)


def _integrity_problem(session: Session, slip: Slip) -> str | None:
    """Why a stored slip fails its own hash (None when it is intact)."""
    if content_hash(slip.content) != slip.content_hash:
        return "content"
    try:
        content = json.loads(slip.content)
    except ValueError:
        return "content"
    for role, signature_id in (("customer", slip.customer_signature_id),
                               ("technician", slip.technician_signature_id)):
        row = session.get(Signature, signature_id)
        entry = content.get("signatures", {}).get(role, {})
        if row is None:
            return role
        strokes = Strokes.from_json(row.strokes) if row.strokes else Strokes()
        if strokes.sha256() != row.strokes_sha256 or entry.get("strokes_sha256") != row.strokes_sha256:
            return role
    return None


def verify_slip(ctx: AppContext, number: str, revision: int | None = None,
                digest: str | None = None) -> Verification:
    """Check a slip (and, when given, a copy's hash) against the record."""
    ctx.require(Action.VIEW_JOBS)
    number = number.strip().upper()
    with ctx.db.reader() as session:
        slip = _by_number(session, number, revision)
        if slip is None:
            return Verification(VerifyStatus.NOT_FOUND, number, revision, given_hash=digest or "",
                                message=N_("No slip {number} is on record here (it may not have synced yet)."),
                                params={"number": number})
        latest = session.scalar(select(func.max(Slip.revision)).where(Slip.number == number,
                                                                      Slip.deleted.is_(False)))
        base = Verification(VerifyStatus.VALID, number, slip.revision, slip.id, slip.job_id, slip.content_hash,
                            digest or "", latest)
        params = {"number": number, "revision": slip.revision, "latest": latest}
        problem = _integrity_problem(session, slip)
        if problem is not None:
            return replace(base, status=VerifyStatus.TAMPERED, params=params,
                           message=N_("The stored record of {number} revision {revision} has been altered: "
                                      "it no longer matches its own hash. Report this to your manager."))
        if digest is not None and digest.strip().lower() != slip.content_hash:
            return replace(base, status=VerifyStatus.MISMATCH, params=params,
                           message=N_("This copy does NOT match the record of {number} revision {revision}: "
                                      "its content was changed or it is not ours."))
        if latest != slip.revision:
            return replace(base, status=VerifyStatus.SUPERSEDED, params=params,
                           message=N_("{number} revision {revision} matches the record, but it was corrected: "
                                      "revision {latest} is the one in force."))
        return replace(base, params=params, message=N_("{number} revision {revision} matches the record."))


def verify_scanned(ctx: AppContext, text: str) -> Verification | None:
    """Verify what was scanned from a slip's QR code; None when the text is not a slip code."""
    scanned = parse_qr_payload(text)
    if scanned is None:
        return None
    return verify_slip(ctx, scanned.number, scanned.revision, scanned.digest)


def render_document(document: SlipDocument, fmt: SlipFormat, *, copy_number: int | None = None,
                    language: str | None = None, font: str | None = None):  # noqa: ANN201 - RenderedSlip
    """Lay out a slip as PDF (reportlab is imported only now: printing is not on the start-up path)."""
    from aftersales_desktop.slips.render import render_slip

    return render_slip(document.content, fmt, language=language or document.language,
                       signatures=document.signatures, digest=document.digest,
                       copy_number=document.next_copy_number if copy_number is None else copy_number,
                       draft=document.is_draft, logo=document.logo, font_path=font)
