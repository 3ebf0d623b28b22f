"""Who may do what: actions and the roles allowed each. Services check these, not just the GUI."""

from __future__ import annotations

from enum import StrEnum

from aftersales_desktop.domain.enums import Role


class Action(StrEnum):
    """Something a service does that a role may or may not be allowed."""

    VIEW_JOBS = "view_jobs"
    CREATE_JOB = "create_job"
    EDIT_JOB = "edit_job"
    ASSIGN_JOB = "assign_job"
    ESCALATE_JOB = "escalate_job"
    SCHEDULE_VISIT = "schedule_visit"
    RECORD_REPAIR = "record_repair"
    CLOSE_JOB = "close_job"
    CANCEL_JOB = "cancel_job"
    ADD_NOTE = "add_note"
    EDIT_CUSTOMER = "edit_customer"
    EDIT_CATALOG = "edit_catalog"
    MANAGE_STAFF = "manage_staff"
    EDIT_SETTINGS = "edit_settings"
    SIGN_SLIP = "sign_slip"
    PRINT_SLIP = "print_slip"
    CORRECT_SLIP = "correct_slip"
    VIEW_SYNC = "view_sync"
    RESOLVE_CONFLICTS = "resolve_conflicts"
    RECEIVE_STOCK = "receive_stock"
    ISSUE_STOCK = "issue_stock"
    ADJUST_STOCK = "adjust_stock"
    APPROVE_STOCK = "approve_stock"
    VIEW_STOCK = "view_stock"
    REQUEST_PARTS = "request_parts"
    APPROVE_REQUISITION = "approve_requisition"
    VIEW_REQUISITIONS = "view_requisitions"
    MANAGE_SUPPLIERS = "manage_suppliers"
    EVALUATE_SUPPLIERS = "evaluate_suppliers"
    VIEW_SUPPLIERS = "view_suppliers"
    OPEN_QUALITY_CASE = "open_quality_case"
    HANDLE_RETURN = "handle_return"
    INSPECT_RETURN = "inspect_return"
    APPROVE_RETURN = "approve_return"
    VIEW_QUALITY = "view_quality"


_M, _CS, _T, _S, _HQ = (Role.MANAGER, Role.CUSTOMER_SERVICE, Role.TECHNICIAN, Role.STOREKEEPER,
                        Role.HQ_ANALYST)

ALLOWED: dict[Action, frozenset[Role]] = {
    Action.VIEW_JOBS: frozenset({_M, _CS, _T, _S, _HQ}),
    Action.CREATE_JOB: frozenset({_M, _CS, _T}),
    Action.EDIT_JOB: frozenset({_M, _CS}),
    Action.ASSIGN_JOB: frozenset({_M, _CS}),
    Action.ESCALATE_JOB: frozenset({_M, _T, _CS}),
    Action.SCHEDULE_VISIT: frozenset({_M, _CS, _T}),
    Action.RECORD_REPAIR: frozenset({_M, _T}),
    Action.CLOSE_JOB: frozenset({_M, _CS}),
    Action.CANCEL_JOB: frozenset({_M, _CS}),
    Action.ADD_NOTE: frozenset({_M, _CS, _T, _S}),
    Action.EDIT_CUSTOMER: frozenset({_M, _CS, _T}),
    Action.EDIT_CATALOG: frozenset({_M, _S}),
    Action.MANAGE_STAFF: frozenset({_M}),
    Action.EDIT_SETTINGS: frozenset({_M}),
    Action.SIGN_SLIP: frozenset({_M, _T}),
    Action.PRINT_SLIP: frozenset({_M, _CS, _T}),
    Action.CORRECT_SLIP: frozenset({_M, _T}),
    Action.VIEW_SYNC: frozenset({_M, _HQ}),
    Action.RESOLVE_CONFLICTS: frozenset({_M}),
    # Only storekeepers issue and ship (the regulations: 出库 is the storekeeper's); a manager
    # approves disposals, stocktake adjustments, requisitions and negative stock.
    Action.RECEIVE_STOCK: frozenset({_M, _S}),
    Action.ISSUE_STOCK: frozenset({_S}),
    Action.ADJUST_STOCK: frozenset({_M, _S}),
    Action.APPROVE_STOCK: frozenset({_M}),
    Action.VIEW_STOCK: frozenset({_M, _S, _T, _HQ}),
    # Technicians request parts and confirm receipt of their own requisitions; nobody approves
    # their own request (checked in the service); technicians see only their own.
    Action.REQUEST_PARTS: frozenset({_M, _T}),
    Action.APPROVE_REQUISITION: frozenset({_M}),
    Action.VIEW_REQUISITIONS: frozenset({_M, _S, _T, _HQ}),
    Action.MANAGE_SUPPLIERS: frozenset({_M, _S}),
    Action.EVALUATE_SUPPLIERS: frozenset({_M}),
    Action.VIEW_SUPPLIERS: frozenset({_M, _S, _HQ}),
    # Quality problems and returns: clerks take them (and technicians report them from a job);
    # technicians and storekeepers inspect what comes back; a manager approves where the policy
    # requires it (refunds, compensation, exceptions to the return window).
    Action.OPEN_QUALITY_CASE: frozenset({_M, _CS, _T}),
    Action.HANDLE_RETURN: frozenset({_M, _CS}),
    Action.INSPECT_RETURN: frozenset({_M, _T, _S}),
    Action.APPROVE_RETURN: frozenset({_M}),
    Action.VIEW_QUALITY: frozenset({_M, _CS, _T, _S, _HQ}),
}


def is_allowed(role: Role, action: Action) -> bool:
    """True when ``role`` may perform ``action``."""
    return role in ALLOWED[action]
