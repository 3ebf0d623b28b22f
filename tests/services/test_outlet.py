"""First-run set-up, login and the outlet's reply hours."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from aftersales_desktop.domain.enums import DEFAULT_REPLY_HOURS, Priority, Role
from aftersales_desktop.domain.errors import PermissionDenied, ValidationError
from aftersales_desktop.services import staff
from aftersales_desktop.services.outlet import (AccountDraft, OutletDraft, current_outlet, get_reply_hours,
                                                is_set_up, log_in, set_reply_hours, set_up_outlet)
from aftersales_desktop.storage.models import OutboxEntry, Outlet, User
from tests.services.support import _outlet_template, fast_passwords, outlet_copy  # noqa: F401  (fixtures)


def count(db, model) -> int:
    with db.reader() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_set_up_creates_the_outlet_and_a_manager_who_can_log_in(db):
    assert not is_set_up(db)
    manager = set_up_outlet(db, OutletDraft("sh01", "上海浦东网点", phone="021-58881234"),
                            AccountDraft("admin", "李经理", "secret1"))
    assert is_set_up(db)
    assert manager.role == Role.MANAGER
    outlet = current_outlet(db)
    assert (outlet.code, outlet.name, outlet.phone) == ("SH01", "上海浦东网点", "021-58881234")
    assert log_in(db, "admin", "secret1") == manager
    assert count(db, OutboxEntry) > 0  # set-up replicates like every other write


def test_set_up_reports_every_bad_field_at_once_and_writes_nothing(db):
    with pytest.raises(ValidationError) as caught:
        set_up_outlet(db, OutletDraft("sh-01", ""), AccountDraft("ad min", "", "12345"))
    errors = caught.value.errors
    assert set(errors) == {"code", "name", "username", "display_name", "password"}
    assert "SH01" in errors["code"]
    assert caught.value.params["min"] == 6
    assert not is_set_up(db)
    assert count(db, Outlet) == count(db, User) == count(db, OutboxEntry) == 0


@pytest.mark.parametrize("code", ["S", "1SH", "SH01ABCDE", "上海01", "SH 01"])
def test_bad_outlet_codes_are_refused(db, code):
    with pytest.raises(ValidationError) as caught:
        set_up_outlet(db, OutletDraft(code, "网点"), AccountDraft("admin", "李经理", "secret1"))
    assert set(caught.value.errors) == {"code"}


def test_set_up_twice_is_refused(db):
    set_up_outlet(db, OutletDraft("SH01", "上海浦东网点"), AccountDraft("admin", "李经理", "secret1"))
    with pytest.raises(ValidationError) as caught:
        set_up_outlet(db, OutletDraft("SH02", "第二个"), AccountDraft("boss", "王经理", "secret1"))
    assert "already" in caught.value.errors["code"]
    assert count(db, Outlet) == 1 and count(db, User) == 1


def test_wrong_password_and_unknown_user_get_the_same_answer(outlet):
    for username, password in (("admin", "wrong-pw"), ("nobody", "secret1")):
        with pytest.raises(ValidationError) as caught:
            log_in(outlet.db, username, password)
        assert caught.value.errors == {"password": "Wrong user name or password."}


def test_empty_login_fields_are_both_reported(outlet):
    with pytest.raises(ValidationError) as caught:
        log_in(outlet.db, "  ", "")
    assert set(caught.value.errors) == {"username", "password"}


def test_a_disabled_account_cannot_log_in(outlet):
    staff.update_staff(outlet.manager, outlet.technician_id, display_name="王师傅", role=Role.TECHNICIAN,
                       active=False)
    with pytest.raises(ValidationError) as caught:
        log_in(outlet.db, "tech", "secret1")
    assert "disabled" in caught.value.errors["username"]
    # A wrong password still reads as a wrong password: the form does not reveal the account.
    with pytest.raises(ValidationError) as caught:
        log_in(outlet.db, "tech", "not-it")
    assert set(caught.value.errors) == {"password"}


def test_reply_hours_default_and_change(outlet):
    assert get_reply_hours(outlet.clerk) == DEFAULT_REPLY_HOURS
    set_reply_hours(outlet.manager, {Priority.URGENT: 1, Priority.LOW: 72})
    hours = get_reply_hours(outlet.technician)
    assert hours[Priority.URGENT] == 1 and hours[Priority.LOW] == 72
    assert hours[Priority.NORMAL] == DEFAULT_REPLY_HOURS[Priority.NORMAL]


@pytest.mark.parametrize("hours", [0, -4, 721])
def test_reply_hours_out_of_range_are_refused(outlet, hours):
    with pytest.raises(ValidationError) as caught:
        set_reply_hours(outlet.manager, {Priority.HIGH: hours})
    assert set(caught.value.errors) == {"reply_hours.high"}
    assert get_reply_hours(outlet.manager) == DEFAULT_REPLY_HOURS


def test_only_a_manager_changes_reply_hours(outlet):
    with pytest.raises(PermissionDenied):
        set_reply_hours(outlet.clerk, {Priority.HIGH: 8})
    assert get_reply_hours(outlet.manager) == DEFAULT_REPLY_HOURS


def test_a_manager_changes_the_outlets_details_but_not_its_code(outlet):
    from aftersales_desktop.services.outlet import current_outlet, update_outlet

    changed = update_outlet(outlet.manager, "上海浦东张江网点", "上海市浦东新区碧波路690号", " 021-5080 1234")
    assert (changed.code, changed.name, changed.phone) == ("SH01", "上海浦东张江网点", "021-50801234")
    assert current_outlet(outlet.db).address == "上海市浦东新区碧波路690号"
    with pytest.raises(ValidationError) as refused:
        update_outlet(outlet.manager, " ", "", "12")
    assert set(refused.value.errors) == {"name", "phone"}
