"""Receiving inspections of returned products: what one signed inspection writes, what it refuses,
how its hash catches an altered record, and how its defects reach the supplier evaluation."""

from __future__ import annotations

import base64
import hashlib
import io
import sqlite3
from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from aftersales_desktop.domain.enums import Role
from aftersales_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from aftersales_desktop.domain.quality import RETURN_DOC, RequestType, ReturnStatus, Verdict, fold_return_case
from aftersales_desktop.domain.signatures import Point, SignatureInput, SignatureMethod, Strokes
from aftersales_desktop.domain.stock import MovementKind
from aftersales_desktop.services import inspections, quality, staff, suppliers
from aftersales_desktop.services.context import AppContext
from aftersales_desktop.services.inspections import InspectionDraft, InspectionVerifyStatus
from aftersales_desktop.services.outlet import AccountDraft, log_in
from aftersales_desktop.services.workflow import steps_of
from aftersales_desktop.storage.models import (Attachment, Customer, Inspection, OutboxEntry, Signature,
                                               StockMovement, SupplierDefect, WorkflowEvent)
from tests.services.support import Clock, count
from tests.services.support import _outlet_template, fast_passwords, outlet_copy  # noqa: F401  (fixtures)

NOW = datetime(2026, 3, 16, 2, 0, tzinfo=timezone.utc)  # 10:00 in Shanghai
TODAY = NOW.astimezone().date()


def png_bytes(width: int = 40, height: int = 30, colour: tuple[int, int, int] = (200, 30, 30)) -> bytes:
    """A real PNG picture (made with Pillow, which reportlab needs anyway)."""
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(out, "PNG")
    return out.getvalue()


def drawn(name: str = "王师傅") -> SignatureInput:
    return SignatureInput(name, strokes=Strokes(((*(Point(i / 20, 0.4 + (i % 3) / 10, i * 12)
                                                     for i in range(20)),),)))


def accepted_return_case(ctx: AppContext, product_id: str, *, quantity: int = 2, batch: str = "L7",
                         quality_problem: bool = True, accepted: bool = True,
                         requested_at: datetime | None = None) -> str:
    """A new customer's exchange request (a quality problem, bought 20 days before), requested at
    ``requested_at`` (3 days before ``ctx.now()`` unless given) and accepted by ``ctx``'s user."""
    at = requested_at or ctx.now() - timedelta(days=3)
    with ctx.transaction() as session:
        customer = Customer(name="欧阳娜娜", phone="13812345678", address="上海市浦东新区碧波路690号")
        session.add(customer)
        session.flush()
        customer_id = customer.id
    then = AppContext(ctx.db, ctx.user, now=lambda: at)
    case = quality.request_return(then, quality.ReturnDraft(
        customer_id, product_id, batch, quantity, RequestType.EXCHANGE, quality_problem, "打印有竖条纹，漏粉",
        at.astimezone().date() - timedelta(days=20), "FP-20260224-118", f"{quantity * 268}.00"))
    if accepted:
        quality.accept_return(AppContext(ctx.db, ctx.user, now=lambda: at + timedelta(hours=1)), case.id)
    return case.id


def draft(**changes) -> InspectionDraft:
    values = dict(received_on=TODAY, packaging_intact=True, seal_intact=False, signs_of_use=True, leaks=True,
                  chip_ok=True, physical_damage=False,
                  test_result="打印 20 张测试页：左侧有竖条纹，底部漏粉", batch="L7", supplier_id=None,
                  verdict=Verdict.DEFECT_CONFIRMED, note="密封条破损", signature=drawn(),
                  photos=[("漏粉.png", png_bytes())])
    values.update(changes)
    return InspectionDraft(**values)


class Shop:
    """The outlet at NOW: the manager, a technician who inspects, a storekeeper, a supplier whose
    delivery brought batch L7 (99 units accepted, 1 rejected at goods-in), and an accepted return."""

    def __init__(self, outlet) -> None:
        self.db = outlet.db
        self.clock = Clock(NOW)
        self.manager = AppContext(outlet.db, outlet.manager.user, now=self.clock)
        self.tech = AppContext(outlet.db, outlet.technician.user, now=self.clock)
        self.clerk = AppContext(outlet.db, outlet.clerk.user, now=self.clock)
        staff.create_staff(self.manager, AccountDraft("store", "赵库管", "secret1", Role.STOREKEEPER))
        self.keeper = AppContext(outlet.db, log_in(outlet.db, "store", "secret1"), now=self.clock)
        self.product_id = outlet.product_id
        self.supplier_id = suppliers.create_supplier(self.manager, suppliers.SupplierDraft("广州华彩耗材有限公司")).id
        suppliers.receive_delivery(self.manager, suppliers.DeliveryDraft(
            self.supplier_id, "DN-0301", NOW.date() - timedelta(days=10), NOW.date() - timedelta(days=10),
            lines=[suppliers.DeliveryLine(self.product_id, 100, "A-01", "L7", 150_00, rejected=1)]))
        self.case_id = accepted_return_case(self.manager, self.product_id)

    def outbox(self) -> int:
        with self.db.reader() as session:
            return len(session.scalars(select(OutboxEntry.seq)).all())


@pytest.fixture
def shop(outlet) -> Shop:
    return Shop(outlet)


def status_of(shop: Shop, case_id: str) -> ReturnStatus | None:
    with shop.db.reader() as session:
        return fold_return_case(steps_of(session, RETURN_DOC, [case_id]).get(case_id, [])).status


def test_an_inspection_quarantines_the_return_records_the_defect_and_moves_the_case_on(shop):
    photo = png_bytes()
    before = suppliers.preview_evaluation(shop.manager, shop.supplier_id, "2026-03")
    info = inspections.inspect_return(shop.tech, shop.case_id, draft(supplier_id=shop.supplier_id,
                                                                     photos=[("C:\\相机\\漏粉.png", photo)]))

    assert info.verdict == Verdict.DEFECT_CONFIRMED and info.inspector_name == "王师傅"
    assert info.case_number.startswith("SH01-T202603-") and info.quantity == 2
    assert info.supplier_name == "广州华彩耗材有限公司" and info.batch == "L7"
    assert dict(info.checklist)["Leaks"] is True and dict(info.checklist)["Seal intact"] is False
    assert len(info.content_hash) == 64
    assert status_of(shop, shop.case_id) == ReturnStatus.INSPECTED
    with shop.db.reader() as session:
        step = session.scalars(select(WorkflowEvent).where(WorkflowEvent.doc_id == shop.case_id,
                                                           WorkflowEvent.kind == "inspect")).one()
        assert f'"inspection_id": "{info.id}"' in step.data
        (movement,) = session.scalars(select(StockMovement).where(StockMovement.return_case_id == shop.case_id))
        assert (movement.kind, movement.quantity, movement.location, movement.batch, movement.reference) == (
            MovementKind.CUSTOMER_RETURN.value, 2, "隔离区", "L7", info.case_number)
        (defect,) = session.scalars(select(SupplierDefect).where(SupplierDefect.source == "inspection"))
        assert (defect.supplier_id, defect.product_id, defect.batch, defect.quantity, defect.reference) == (
            shop.supplier_id, shop.product_id, "L7", 2, info.case_number)
        signature = session.get(Signature, session.get(Inspection, info.id).signature_id)
        assert (signature.signer_role, signature.signer_name, signature.user_id) == ("inspector", "王师傅",
                                                                                     shop.tech.user.id)
    # Quality feedback reaches the supplier evaluation of the period.
    after = suppliers.preview_evaluation(shop.manager, shop.supplier_id, "2026-03")
    assert after.defective_quantity == before.defective_quantity + 2
    assert after.quality_score < before.quality_score
    # The photo comes back byte for byte, with its metadata.
    (attachment,) = info.attachments
    assert (attachment.filename, attachment.mime, attachment.size, attachment.sha256) == (
        "漏粉.png", "image/png", len(photo), hashlib.sha256(photo).hexdigest())
    assert inspections.attachment_data(shop.clerk, attachment.id) == photo
    assert inspections.attachments_of(shop.clerk, "inspection", info.id) == [attachment]
    assert inspections.inspection_for_case(shop.clerk, shop.case_id) == info
    assert inspections.get_inspection(shop.clerk, info.id) == info
    assert inspections.verify_inspection(shop.clerk, info.id).status == InspectionVerifyStatus.VALID


def test_a_verdict_other_than_a_confirmed_defect_books_the_return_but_blames_no_supplier(shop):
    info = inspections.inspect_return(shop.keeper, shop.case_id, draft(
        supplier_id=shop.supplier_id, verdict=Verdict.CUSTOMER_DAMAGE, photos=[]))
    assert info.attachments == () and info.inspector_name == "赵库管"
    assert count(shop.db, SupplierDefect) == 1  # only the goods-in reject of the delivery
    with shop.db.reader() as session:
        assert session.scalars(select(StockMovement.quantity).where(
            StockMovement.return_case_id == shop.case_id)).all() == [2]


def test_a_typed_name_signs_only_with_its_confirmation(shop):
    typed = SignatureInput("王师傅", SignatureMethod.TYPED)
    with pytest.raises(ValidationError) as refused:
        inspections.inspect_return(shop.tech, shop.case_id, draft(signature=typed))
    assert "signature_confirmed" in refused.value.errors
    info = inspections.inspect_return(shop.tech, shop.case_id, draft(signature=replace(typed, typed_confirmed=True)))
    assert info.signature_method == SignatureMethod.TYPED
    assert inspections.verify_inspection(shop.tech, info.id).status == InspectionVerifyStatus.VALID


def _too_large_png() -> bytes:
    # Base64 makes 4 characters of 3 bytes: 4,000,000 bytes are 5.3 million characters stored.
    return png_bytes() + b"\0" * 4_000_000


@pytest.mark.parametrize(("changes", "field"), [
    (dict(verdict=None), "verdict"),
    (dict(test_result="   "), "test_result"),
    (dict(received_on=TODAY + timedelta(days=1)), "received_on"),
    (dict(received_on=TODAY - timedelta(days=4)), "received_on"),  # the return was requested 3 days ago
    (dict(photos=[("scan.gif", b"GIF89a" + b"\0" * 40)]), "photos"),
    (dict(photos=[("huge.png", _too_large_png())]), "photos"),
    (dict(photos=[(f"p{i}.png", png_bytes()) for i in range(7)]), "photos"),
    (dict(signature=SignatureInput("王师傅")), "signature"),  # an empty pad
    (dict(signature=replace(drawn(), signer_name=" ")), "signature_name"),
    (dict(supplier_id="no-such-supplier"), "supplier"),
    (dict(batch="L" * 61), "batch"),
], ids=["no verdict", "no test result", "received tomorrow", "received before the request", "not an image",
        "photo too large", "seven photos", "empty pad", "no signer name", "unknown supplier", "long batch"])
def test_bad_input_is_refused_next_to_its_field_and_nothing_is_written(shop, changes, field):
    writes = shop.outbox()
    with pytest.raises(ValidationError) as refused:
        inspections.inspect_return(shop.tech, shop.case_id, draft(**{"supplier_id": shop.supplier_id, **changes}))
    assert field in refused.value.errors, refused.value.errors
    assert shop.outbox() == writes
    assert count(shop.db, Inspection) == count(shop.db, Attachment) == 0
    assert status_of(shop, shop.case_id) == ReturnStatus.ACCEPTED


def test_the_refusal_names_the_photo_and_the_limit(shop):
    with pytest.raises(ValidationError) as refused:
        inspections.inspect_return(shop.tech, shop.case_id, draft(photos=[("huge.png", _too_large_png())]))
    assert refused.value.errors["photos"].startswith("{photo} is larger than 5 MB")
    assert refused.value.params["photo"] == "huge.png"


def test_only_an_accepted_case_is_inspected_and_only_once(shop):
    requested_only = accepted_return_case(shop.manager, shop.product_id, accepted=False)
    writes = shop.outbox()
    with pytest.raises(ValidationError, match="not accepted"):
        inspections.inspect_return(shop.tech, requested_only, draft())
    assert shop.outbox() == writes
    inspections.inspect_return(shop.tech, shop.case_id, draft())
    writes = shop.outbox()
    with pytest.raises(ValidationError, match="inspected already"):
        inspections.inspect_return(shop.tech, shop.case_id, draft())
    assert shop.outbox() == writes and count(shop.db, Inspection) == 1
    with pytest.raises(NotFound):
        inspections.inspect_return(shop.tech, "no-such-case", draft())


def test_a_clerk_may_not_inspect(shop):
    with pytest.raises(PermissionDenied):
        inspections.inspect_return(shop.clerk, shop.case_id, draft())
    assert count(shop.db, Inspection) == 0


def _tamper(db, sql: str, *args) -> None:
    connection = sqlite3.connect(db.path)
    connection.execute(sql, args)
    connection.commit()
    connection.close()


def test_a_changed_byte_in_the_record_or_a_photo_fails_verification(shop):
    info = inspections.inspect_return(shop.tech, shop.case_id, draft(supplier_id=shop.supplier_id))
    payload = inspections.qr_payload(info.case_number, info.content_hash)
    assert inspections.verify_scanned_inspection(shop.clerk, payload).status == InspectionVerifyStatus.VALID
    forged = inspections.qr_payload(info.case_number, "0" * 64)
    assert inspections.verify_scanned_inspection(shop.clerk, forged).status == InspectionVerifyStatus.MISMATCH
    assert inspections.verify_scanned_inspection(shop.clerk, "ASLIP1|whatever") is None

    _tamper(shop.db, "UPDATE inspections SET test_result = replace(test_result, '20', '21')")
    check = inspections.verify_inspection(shop.clerk, info.id)
    assert check.status == InspectionVerifyStatus.TAMPERED and check.params == {"number": info.case_number}
    _tamper(shop.db, "UPDATE inspections SET test_result = replace(test_result, '21', '20')")
    assert inspections.verify_inspection(shop.clerk, info.id).status == InspectionVerifyStatus.VALID

    photo = info.attachments[0]
    changed = bytearray(inspections.attachment_data(shop.clerk, photo.id))
    changed[-20] ^= 1
    _tamper(shop.db, "UPDATE attachments SET data = ? WHERE id = ?", base64.b64encode(changed).decode(), photo.id)
    assert inspections.verify_inspection(shop.clerk, info.id).status == InspectionVerifyStatus.TAMPERED
    assert inspections.verify_inspection(shop.clerk, "nothing").status == InspectionVerifyStatus.NOT_FOUND


def test_defects_roll_up_per_supplier_part_and_batch_against_the_units_received(shop):
    other = suppliers.create_supplier(shop.manager, suppliers.SupplierDraft("深圳彩印科技")).id
    inspections.inspect_return(shop.tech, shop.case_id, draft(supplier_id=shop.supplier_id))
    suppliers.record_defect(shop.manager, shop.supplier_id, shop.product_id, "L7", 1, "return", "SH01-T202603-0009")
    suppliers.record_defect(shop.manager, other, shop.product_id, "B2", 3, "inspection")

    rows = inspections.defects_by_batch(shop.clerk)
    assert [(r.supplier_name, r.batch) for r in rows] == [("广州华彩耗材有限公司", "L7"), ("深圳彩印科技", "B2")]
    first = rows[0]
    # 99 booked into stock plus 1 rejected at goods-in were delivered; 1 + 2 + 1 found defective.
    assert (first.received, first.goods_in, first.inspection, first.returned, first.defective) == (100, 1, 2, 1, 4)
    assert first.rate_percent == pytest.approx(4.0) and not first.above_alert
    suppliers.record_defect(shop.manager, shop.supplier_id, shop.product_id, "L7", 2, "return")
    assert inspections.defects_by_batch(shop.clerk)[0].above_alert  # 6 %
    assert rows[1].received == 0 and rows[1].rate_percent is None and rows[1].above_alert
    assert [r.batch for r in inspections.defects_by_batch(shop.clerk, supplier_id=other)] == ["B2"]


def test_the_case_as_the_form_shows_it_suggests_the_batchs_supplier(shop):
    case = inspections.case_for_inspection(shop.tech, shop.case_id)
    assert case.status == ReturnStatus.ACCEPTED and case.customer_name == "欧阳娜娜"
    assert case.suggested_supplier_id == shop.supplier_id
    assert ("广州华彩耗材有限公司" in dict(case.suppliers).values()) and case.inspection_id is None
    info = inspections.inspect_return(shop.tech, shop.case_id, draft())
    assert inspections.case_for_inspection(shop.tech, shop.case_id).inspection_id == info.id


def test_the_inspection_can_be_printed_as_a_pdf(shop):
    info = inspections.inspect_return(shop.tech, shop.case_id, draft(supplier_id=shop.supplier_id))
    pdf = inspections.inspection_report(shop.clerk, info.id, "en")
    assert pdf.startswith(b"%PDF")


def test_the_case_is_part_of_what_is_signed(shop):
    second = accepted_return_case(shop.manager, shop.product_id)
    first_info = inspections.inspect_return(shop.tech, shop.case_id, draft())
    second_info = inspections.inspect_return(shop.tech, second, draft())
    assert first_info.content_hash != second_info.content_hash


def test_another_outlets_case_is_neither_inspected_nor_shown_there(shop):
    from aftersales_desktop.services.context import CurrentUser
    from aftersales_desktop.storage.models import Outlet, User

    with shop.db.transaction() as session:
        beijing = Outlet(code="BJ01", name="北京网点")
        session.add(beijing)
        session.flush()
        keeper = User(outlet_id=beijing.id, username="bjstore", display_name="北京仓管", role=Role.STOREKEEPER.value,
                      password_hash="x")
        session.add(keeper)
        session.flush()
        elsewhere = AppContext(shop.db, CurrentUser(keeper.id, "bjstore", "北京仓管", Role.STOREKEEPER, beijing.id),
                               now=shop.clock)
    with pytest.raises(NotFound):
        inspections.inspect_return(elsewhere, shop.case_id, draft())
    with pytest.raises(NotFound):
        inspections.case_for_inspection(elsewhere, shop.case_id)
    info = inspections.inspect_return(shop.tech, shop.case_id, draft())
    with pytest.raises(NotFound):
        inspections.get_inspection(elsewhere, info.id)
