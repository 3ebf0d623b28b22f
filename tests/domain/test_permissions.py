"""Sanity of the role/action matrix (the services enforce it; see tests/services/test_permissions)."""

from __future__ import annotations

from aftersales_desktop.domain.enums import Role
from aftersales_desktop.domain.permissions import ALLOWED, Action, is_allowed


def test_every_action_has_an_entry():
    assert set(ALLOWED) == set(Action)


def test_only_managers_manage_staff_and_settings():
    assert ALLOWED[Action.MANAGE_STAFF] == {Role.MANAGER}
    assert ALLOWED[Action.EDIT_SETTINGS] == {Role.MANAGER}


def test_hq_analyst_only_looks():
    assert [a for a in Action if is_allowed(Role.HQ_ANALYST, a)] == [
        Action.VIEW_JOBS, Action.VIEW_SYNC, Action.VIEW_STOCK, Action.VIEW_REQUISITIONS, Action.VIEW_SUPPLIERS,
        Action.VIEW_QUALITY]


def test_everyone_may_view_jobs_and_managers_may_do_everything_but_issue_stock():
    assert ALLOWED[Action.VIEW_JOBS] == set(Role)
    assert [a for a in Action if not is_allowed(Role.MANAGER, a)] == [Action.ISSUE_STOCK]


def test_only_storekeepers_issue_and_only_managers_approve():
    assert ALLOWED[Action.ISSUE_STOCK] == {Role.STOREKEEPER}
    for action in (Action.APPROVE_STOCK, Action.APPROVE_REQUISITION, Action.EVALUATE_SUPPLIERS,
                   Action.APPROVE_RETURN):
        assert ALLOWED[action] == {Role.MANAGER}


def test_storekeeper_edits_the_catalog_but_does_not_run_jobs():
    assert is_allowed(Role.STOREKEEPER, Action.EDIT_CATALOG)
    for action in (Action.CREATE_JOB, Action.ASSIGN_JOB, Action.RECORD_REPAIR, Action.CLOSE_JOB,
                   Action.CANCEL_JOB):
        assert not is_allowed(Role.STOREKEEPER, action)


def test_technicians_record_repairs_but_do_not_close_cancel_or_assign():
    assert is_allowed(Role.TECHNICIAN, Action.RECORD_REPAIR)
    assert not is_allowed(Role.CUSTOMER_SERVICE, Action.RECORD_REPAIR)
    for action in (Action.CLOSE_JOB, Action.CANCEL_JOB, Action.ASSIGN_JOB, Action.MANAGE_STAFF):
        assert not is_allowed(Role.TECHNICIAN, action)


def test_storekeepers_move_stock_and_only_managers_approve():
    for action in (Action.RECEIVE_STOCK, Action.ISSUE_STOCK, Action.ADJUST_STOCK, Action.VIEW_STOCK):
        assert is_allowed(Role.STOREKEEPER, action)
    assert ALLOWED[Action.APPROVE_STOCK] == {Role.MANAGER}
    assert ALLOWED[Action.VIEW_STOCK] == {Role.MANAGER, Role.STOREKEEPER, Role.TECHNICIAN, Role.HQ_ANALYST}
    for action in (Action.RECEIVE_STOCK, Action.ISSUE_STOCK, Action.ADJUST_STOCK):
        assert not is_allowed(Role.TECHNICIAN, action)
        assert not is_allowed(Role.CUSTOMER_SERVICE, action)
