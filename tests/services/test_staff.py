"""Staff accounts, managed by managers only."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from aftersales_desktop.domain.enums import Role
from aftersales_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from aftersales_desktop.services import staff
from aftersales_desktop.services.outlet import AccountDraft, log_in
from aftersales_desktop.storage.models import OutboxEntry, User
from tests.services.support import _outlet_template, fast_passwords, outlet_copy  # noqa: F401  (fixtures)


def count(db, model) -> int:
    with db.reader() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_a_new_account_appears_in_the_staff_list_and_can_log_in(outlet):
    member = staff.create_staff(outlet.manager, AccountDraft("store", "周仓管", "secret9", Role.STOREKEEPER,
                                                             "138 0000 1111"))
    assert member.role == Role.STOREKEEPER and member.phone == "13800001111" and member.active
    assert [m.username for m in staff.list_staff(outlet.clerk, role=Role.STOREKEEPER)] == ["store"]
    assert log_in(outlet.db, "store", "secret9").role == Role.STOREKEEPER


def test_a_taken_user_name_is_refused(outlet):
    users = count(outlet.db, User)
    with pytest.raises(ValidationError) as caught:
        staff.create_staff(outlet.manager, AccountDraft("tech", "另一个王师傅", "secret1", Role.TECHNICIAN))
    assert caught.value.errors == {"username": "This user name is taken."}
    assert count(outlet.db, User) == users


@pytest.mark.parametrize(("draft", "fields"), [
    (AccountDraft("", "张三", "secret1"), {"username"}),
    (AccountDraft("zhang san", "张三", "secret1"), {"username"}),
    (AccountDraft("张三", "张三", "secret1"), {"username"}),
    (AccountDraft("zhang", " ", "secret1"), {"display_name"}),
    (AccountDraft("zhang", "张三", "12345"), {"password"}),
    (AccountDraft("zhang", "张三", "secret1", phone="12345"), {"phone"}),
])
def test_account_field_checks(outlet, draft, fields):
    with pytest.raises(ValidationError) as caught:
        staff.create_staff(outlet.manager, draft)
    assert set(caught.value.errors) == fields


def test_a_manager_cannot_disable_or_demote_themselves(outlet):
    me = outlet.manager.user
    with pytest.raises(ValidationError) as caught:
        staff.update_staff(outlet.manager, me.id, display_name="李经理", role=Role.MANAGER, active=False)
    assert set(caught.value.errors) == {"active"}
    with pytest.raises(ValidationError) as caught:
        staff.update_staff(outlet.manager, me.id, display_name="李经理", role=Role.TECHNICIAN)
    assert set(caught.value.errors) == {"role"}
    assert log_in(outlet.db, "admin", "secret1").role == Role.MANAGER


def test_a_manager_may_rename_themselves(outlet):
    me = outlet.manager.user
    staff.update_staff(outlet.manager, me.id, display_name="李总", role=Role.MANAGER)
    assert log_in(outlet.db, "admin", "secret1").display_name == "李总"


def test_non_managers_may_not_touch_accounts(outlet):
    before = (count(outlet.db, User), count(outlet.db, OutboxEntry))
    for ctx in (outlet.clerk, outlet.technician):
        with pytest.raises(PermissionDenied):
            staff.create_staff(ctx, AccountDraft("new", "新人", "secret1", Role.MANAGER))
        with pytest.raises(PermissionDenied):
            staff.update_staff(ctx, ctx.user.id, display_name="x", role=Role.MANAGER)
    assert (count(outlet.db, User), count(outlet.db, OutboxEntry)) == before
    assert log_in(outlet.db, "clerk", "secret1").role == Role.CUSTOMER_SERVICE


def test_resetting_a_password_replaces_the_old_one(outlet):
    staff.update_staff(outlet.manager, outlet.technician_id, display_name="王师傅", role=Role.TECHNICIAN,
                       new_password="n3w-secret")
    assert log_in(outlet.db, "tech", "n3w-secret").id == outlet.technician_id
    with pytest.raises(ValidationError):
        log_in(outlet.db, "tech", "secret1")


def test_editing_without_a_new_password_keeps_the_old_one(outlet):
    staff.update_staff(outlet.manager, outlet.technician_id, display_name="王大师傅",
                       role=Role.TECHNICIAN, phone="13900001111")
    user = log_in(outlet.db, "tech", "secret1")
    assert user.display_name == "王大师傅"


def test_a_disabled_account_leaves_the_active_list(outlet):
    staff.update_staff(outlet.manager, outlet.technician_id, display_name="王师傅", role=Role.TECHNICIAN,
                       active=False)
    assert outlet.technician_id not in {m.id for m in staff.list_staff(outlet.manager, active_only=True)}
    assert outlet.technician_id in {m.id for m in staff.list_staff(outlet.manager)}


def test_updating_an_unknown_account_is_not_found(outlet):
    with pytest.raises(NotFound):
        staff.update_staff(outlet.manager, "no-such-id", display_name="x", role=Role.TECHNICIAN)
