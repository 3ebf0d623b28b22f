"""Signed repair slips: issue, freeze, correct, count copies and verify against the record."""

from __future__ import annotations

import json
import math
import sqlite3

import pytest
from sqlalchemy import select

from aftersales_desktop.domain.enums import Channel, FaultCategory, Priority, RepairOutcome
from aftersales_desktop.domain.errors import NotFound, ValidationError
from aftersales_desktop.domain.signatures import Point, SignatureInput, SignatureMethod, Strokes
from aftersales_desktop.domain.slips import SlipFormat, canonical_json, content_hash, qr_payload
from aftersales_desktop.services import jobs, slips
from aftersales_desktop.services.customers import CustomerDraft
from aftersales_desktop.storage.database import HardDeleteRefused
from aftersales_desktop.storage.models import OutboxEntry, Signature, Slip, SlipPrint
from tests.services.support import _outlet_template, count, fast_passwords, outlet_copy  # noqa: F401


def drawn(name: str = "王芳", points: int = 40) -> SignatureInput:
    """A drawn signature: one wavy stroke."""
    stroke = tuple(Point(0.1 + 0.8 * i / points, 0.5 + 0.3 * math.sin(i / 3), i * 15, 0.4 + 0.01 * i)
                   for i in range(points))
    return SignatureInput(name, SignatureMethod.DRAWN, Strokes((stroke,), aspect=3.0))


def repaired(outlet, parts: int = 2) -> tuple[str, str]:
    """A job with a fixed repair record: (job id, repair id)."""
    draft = jobs.JobDraft(Channel.HOTLINE, FaultCategory.LEAK, Priority.HIGH, "漏粉严重",
                          new_customer=CustomerDraft("欧阳娜娜", "13812345678",
                                                     address="上海市浦东新区张江高科技园区碧波路690号3号楼501室"),
                          product_id=outlet.product_id, serial_number="CN0042", assign_to=outlet.technician_id)
    job = jobs.create_job(outlet.manager, draft)
    repair = jobs.record_repair(outlet.technician, job.id, jobs.RepairDraft(
        fault_confirmed=True, symptom="漏粉", diagnosis="密封条老化", work_done="更换密封条并清洁",
        labour_minutes=45, test_performed="打印测试页 5 张", test_passed=True, outcome=RepairOutcome.FIXED,
        parts=[jobs.PartLine(outlet.product_id, 1 + i) for i in range(parts)]))
    return job.id, repair.id


def test_issuing_freezes_the_content_and_numbers_the_slip(outlet):
    job_id, repair_id = repaired(outlet)
    summary = slips.issue_slip(outlet.technician, repair_id, drawn(), drawn("王师傅"))
    assert summary.number.startswith("SH01-R") and summary.revision == 1
    document = slips.get_slip(outlet.manager, summary.id)
    content = document.content
    assert content["customer"]["name"] == "欧阳娜娜"
    assert content["product"]["serial"] == "CN0042"
    assert [p["quantity"] for p in content["parts"]] == [1, 2]
    assert content["parts"][1]["amount_fen"] == 2 * 26800
    assert content["labour"] == {"minutes": 45, "rate_fen_per_hour": 8000, "amount_fen": 6000}
    assert content["totals"]["total_fen"] == 3 * 26800 + 6000
    assert content["signatures"]["customer"]["name"] == "王芳"
    assert content["number"] == summary.number
    assert document.digest == content_hash(canonical_json(content))
    assert document.signatures["customer"].point_count == 40
    assert document.next_copy_number == 0
    assert [s.id for s in slips.slips_for_job(outlet.clerk, job_id)] == [summary.id]


def test_the_slip_keeps_what_was_signed_when_the_record_changes_later(outlet):
    from aftersales_desktop.services import customers

    job_id, repair_id = repaired(outlet)
    summary = slips.issue_slip(outlet.technician, repair_id, drawn(), drawn("王师傅"))
    detail = jobs.get_job(outlet.manager, job_id)
    customers.update_customer(outlet.manager, detail.customer_id,
                              CustomerDraft("欧阳娜娜", "13812345678", address="北京市朝阳区"))
    assert slips.get_slip(outlet.manager, summary.id).content["customer"]["address"].startswith("上海市")
    assert slips.verify_slip(outlet.clerk, summary.number).status == slips.VerifyStatus.VALID


def test_issuing_writes_the_slip_signatures_and_outbox_in_one_transaction(outlet):
    _, repair_id = repaired(outlet)
    before = count(outlet.db, OutboxEntry)
    slips.issue_slip(outlet.technician, repair_id, drawn(), drawn("王师傅"))
    with outlet.db.reader() as session:
        tables = [e.table_name for e in session.scalars(select(OutboxEntry).where(OutboxEntry.seq > before))]
    assert sorted(tables) == ["signatures", "signatures", "slips"]


@pytest.mark.parametrize("customer, field", [
    (SignatureInput("王芳", SignatureMethod.DRAWN, Strokes()), "customer"),
    (SignatureInput("王芳", SignatureMethod.DRAWN, Strokes(((Point(0.1, 0.1, 0),),))), "customer"),
    (SignatureInput("", SignatureMethod.DRAWN, drawn().strokes), "customer_name"),
    (SignatureInput("王芳", SignatureMethod.TYPED), "customer_confirmed"),
])
def test_an_empty_pad_or_unconfirmed_typed_name_is_refused_and_writes_nothing(outlet, customer, field):
    _, repair_id = repaired(outlet)
    before = count(outlet.db, OutboxEntry)
    with pytest.raises(ValidationError) as error:
        slips.issue_slip(outlet.technician, repair_id, customer, drawn("王师傅"))
    assert field in error.value.errors
    assert count(outlet.db, OutboxEntry) == before
    assert count(outlet.db, Slip) == 0 and count(outlet.db, Signature) == 0


def test_a_typed_and_confirmed_name_signs_for_a_customer_who_cannot_draw(outlet):
    _, repair_id = repaired(outlet)
    summary = slips.issue_slip(outlet.technician, repair_id,
                               SignatureInput("王芳", SignatureMethod.TYPED, typed_confirmed=True), drawn("王师傅"))
    document = slips.get_slip(outlet.manager, summary.id)
    assert document.content["signatures"]["customer"]["method"] == "typed"
    assert document.signatures["customer"].is_empty


def test_a_technician_reuses_their_saved_signature_but_nobody_else_can(outlet):
    _, repair_id = repaired(outlet)
    with pytest.raises(ValidationError) as error:
        slips.issue_slip(outlet.technician, repair_id, drawn())
    assert "technician" in error.value.errors
    slips.save_signature_specimen(outlet.technician, drawn("王师傅").strokes)
    assert slips.saved_signature(outlet.technician).point_count == 40
    assert slips.saved_signature(outlet.manager) is None
    with pytest.raises(ValidationError):
        slips.issue_slip(outlet.manager, repair_id, drawn())  # the manager has none of their own
    summary = slips.issue_slip(outlet.technician, repair_id, drawn())
    document = slips.get_slip(outlet.manager, summary.id)
    assert document.signatures["technician"].point_count == 40
    assert document.content["signatures"]["technician"]["name"] == "王师傅"


def test_a_repair_gets_one_slip_and_a_second_signing_is_refused(outlet):
    _, repair_id = repaired(outlet)
    first = slips.issue_slip(outlet.technician, repair_id, drawn(), drawn("王师傅"))
    with pytest.raises(ValidationError) as error:
        slips.issue_slip(outlet.technician, repair_id, drawn(), drawn("王师傅"))
    assert error.value.params["number"] == first.number


def test_the_database_refuses_to_change_or_delete_a_signed_slip(outlet):
    _, repair_id = repaired(outlet)
    summary = slips.issue_slip(outlet.technician, repair_id, drawn(), drawn("王师傅"))
    connection = sqlite3.connect(outlet.db.path)
    for statement in ("UPDATE slips SET content = '{}'", "UPDATE slips SET content_hash = 'x'",
                      "UPDATE signatures SET strokes = ''", "DELETE FROM slips", "DELETE FROM signatures"):
        with pytest.raises(sqlite3.IntegrityError, match="immutable|never deleted"):
            connection.execute(statement)
    connection.close()
    with pytest.raises(HardDeleteRefused):
        with outlet.db.transaction() as session:
            session.delete(session.get(Slip, summary.id))
    assert slips.verify_slip(outlet.clerk, summary.number).status == slips.VerifyStatus.VALID


def test_a_changed_byte_in_the_stored_content_fails_verification(outlet):
    _, repair_id = repaired(outlet)
    summary = slips.issue_slip(outlet.technician, repair_id, drawn(), drawn("王师傅"))
    connection = sqlite3.connect(outlet.db.path)
    connection.execute("DROP TRIGGER slips_frozen")  # what someone editing the file by hand could do
    connection.execute("UPDATE slips SET content = replace(content, '26800', '26801')")
    connection.commit()
    connection.close()
    result = slips.verify_slip(outlet.clerk, summary.number)
    assert result.status == slips.VerifyStatus.TAMPERED and not result.status.is_good


def test_swapped_signature_strokes_fail_verification(outlet):
    _, repair_id = repaired(outlet)
    summary = slips.issue_slip(outlet.technician, repair_id, drawn(), drawn("王师傅"))
    connection = sqlite3.connect(outlet.db.path)
    connection.execute("DROP TRIGGER signatures_frozen")
    connection.execute("UPDATE signatures SET strokes = ?, strokes_sha256 = ? WHERE signer_role = 'customer'",
                       (drawn(points=30).strokes.to_json(), drawn(points=30).strokes.sha256()))
    connection.commit()
    connection.close()
    assert slips.verify_slip(outlet.clerk, summary.number).status == slips.VerifyStatus.TAMPERED


def test_a_scanned_qr_code_verifies_and_a_false_hash_does_not(outlet):
    _, repair_id = repaired(outlet)
    summary = slips.issue_slip(outlet.technician, repair_id, drawn(), drawn("王师傅"))
    good = slips.verify_scanned(outlet.clerk, qr_payload(summary.number, 1, summary.content_hash))
    assert good.status == slips.VerifyStatus.VALID
    bad = slips.verify_scanned(outlet.clerk, qr_payload(summary.number, 1, "0" * 64))
    assert bad.status == slips.VerifyStatus.MISMATCH
    missing = slips.verify_scanned(outlet.clerk, qr_payload("SH01-R209901-0001", 1, "0" * 64))
    assert missing.status == slips.VerifyStatus.NOT_FOUND
    assert slips.verify_scanned(outlet.clerk, "王芳") is None


def test_a_correction_is_revision_two_that_refers_to_revision_one(outlet):
    job_id, repair_id = repaired(outlet)
    first = slips.issue_slip(outlet.technician, repair_id, drawn(), drawn("王师傅"))
    second = slips.correct_slip(outlet.technician, first.id,
                                slips.SlipCorrection("单价录入错误", serial="CN0043", parts=[(1, 25000), (0, 0)]),
                                drawn(), drawn("王师傅"))
    assert (second.number, second.revision) == (first.number, 2)
    document = slips.get_slip(outlet.manager, second.id)
    assert document.content["supersedes"] == {"revision": 1, "hash": first.content_hash}
    assert document.content["correction_reason"] == "单价录入错误"
    assert document.content["product"]["serial"] == "CN0043"
    assert [p["amount_fen"] for p in document.content["parts"]] == [25000]
    assert document.content["totals"]["total_fen"] == 25000 + 6000
    old = slips.verify_slip(outlet.clerk, first.number, 1, first.content_hash)
    assert old.status == slips.VerifyStatus.SUPERSEDED and old.latest_revision == 2
    assert slips.verify_slip(outlet.clerk, first.number).revision == 2
    assert [s.superseded for s in slips.slips_for_job(outlet.clerk, job_id)] == [True, False]
    with pytest.raises(ValidationError):  # revision 1 is no longer the one to correct
        slips.correct_slip(outlet.technician, first.id, slips.SlipCorrection("再改", serial="X"),
                           drawn(), drawn("王师傅"))


def test_a_correction_must_change_something_and_say_why(outlet):
    _, repair_id = repaired(outlet)
    first = slips.issue_slip(outlet.technician, repair_id, drawn(), drawn("王师傅"))
    with pytest.raises(ValidationError) as error:
        slips.correct_slip(outlet.technician, first.id, slips.SlipCorrection(""), drawn(), drawn("王师傅"))
    assert "reason" in error.value.errors
    with pytest.raises(ValidationError) as error:
        slips.correct_slip(outlet.technician, first.id, slips.SlipCorrection("笔误", serial="CN0042"),
                           drawn(), drawn("王师傅"))
    assert error.value.errors["reason"].startswith("Nothing was changed")
    assert count(outlet.db, Slip) == 1


def test_outputs_are_counted_so_reprints_are_copies(outlet):
    job_id, repair_id = repaired(outlet)
    summary = slips.issue_slip(outlet.technician, repair_id, drawn(), drawn("王师傅"))
    for expected in (0, 1, 2):
        document = slips.get_slip(outlet.clerk, summary.id)
        assert document.next_copy_number == expected
        slips.record_output(outlet.clerk, summary.id, SlipFormat.ROLL_80, "printer", document.next_copy_number)
    assert count(outlet.db, SlipPrint) == 3
    assert slips.slips_for_job(outlet.clerk, job_id)[0].prints == 3


def test_a_draft_preview_has_no_number_hash_or_signatures(outlet):
    _, repair_id = repaired(outlet)
    draft = slips.draft_slip(outlet.clerk, repair_id)
    assert draft.is_draft and draft.digest is None and draft.content["signatures"] == {}
    assert draft.content["customer"]["name"] == "欧阳娜娜"


def test_unknown_slips_and_repairs_are_reported(outlet):
    with pytest.raises(NotFound):
        slips.issue_slip(outlet.technician, "nope", drawn(), drawn("王师傅"))
    with pytest.raises(NotFound):
        slips.slip_by_number(outlet.db, "SH01-R209901-0001")


def test_settings_replicate_and_reject_bad_input(outlet):
    settings = slips.get_slip_settings(outlet.clerk)
    assert settings.labour_rate_fen == slips.DEFAULT_LABOUR_RATE_FEN and "保修" in settings.terms_zh
    png = b"\x89PNG\r\n\x1a\n" + b"0" * 100
    slips.set_slip_settings(outlet.manager, slips.SlipSettings("保修三个月", "Three months", 12000, "en", png))
    stored = slips.get_slip_settings(outlet.clerk)
    assert (stored.terms_zh, stored.labour_rate_fen, stored.language, stored.logo) == (
        "保修三个月", 12000, "en", png)
    with pytest.raises(ValidationError) as error:
        slips.set_slip_settings(outlet.manager, slips.SlipSettings(
            "x" * 5000, "", -1, "fr", b"GIF89a"))
    assert set(error.value.errors) == {"terms_zh", "labour_rate", "language", "logo"}
    _, repair_id = repaired(outlet)
    summary = slips.issue_slip(outlet.technician, repair_id, drawn(), drawn("王师傅"))
    content = slips.get_slip(outlet.clerk, summary.id).content
    assert content["terms"] == {"zh_CN": "保修三个月", "en": "Three months"}
    assert content["labour"]["amount_fen"] == 9000


def test_the_font_choice_is_local_to_this_machine(outlet):
    assert slips.font_path(outlet.db) is None
    before = count(outlet.db, OutboxEntry)
    slips.set_font_path(outlet.db, "/usr/share/fonts/x.ttf")
    assert slips.font_path(outlet.db) == "/usr/share/fonts/x.ttf"
    slips.set_font_path(outlet.db, None)
    assert slips.font_path(outlet.db) is None
    assert count(outlet.db, OutboxEntry) == before


def test_stored_content_is_canonical_json(outlet):
    _, repair_id = repaired(outlet)
    summary = slips.issue_slip(outlet.technician, repair_id, drawn(), drawn("王师傅"))
    with outlet.db.reader() as session:
        text = session.get(Slip, summary.id).content
    assert text == canonical_json(json.loads(text))
    assert "欧阳娜娜" in text  # UTF-8, not \\u escapes
