"""Enumerations of the after-sales domain, each with an English label that the UI translates."""

from __future__ import annotations

from enum import StrEnum

from aftersales_desktop.i18n import N_  # noqa: F401  (re-exported: the domain marks its labels with it)


class Role(StrEnum):
    """What a staff account may do."""

    MANAGER = "manager"
    CUSTOMER_SERVICE = "customer_service"
    TECHNICIAN = "technician"
    STOREKEEPER = "storekeeper"
    HQ_ANALYST = "hq_analyst"

    @property
    def label(self) -> str:
        return _ROLE_LABELS[self]


_ROLE_LABELS = {
    Role.MANAGER: N_("Outlet manager"),
    Role.CUSTOMER_SERVICE: N_("Customer service"),
    Role.TECHNICIAN: N_("Technician"),
    Role.STOREKEEPER: N_("Storekeeper"),
    Role.HQ_ANALYST: N_("HQ analyst"),
}


class Channel(StrEnum):
    """How the customer reached us."""

    HOTLINE = "hotline"
    ONLINE = "online"
    WALK_IN = "walk_in"
    EMAIL = "email"

    @property
    def label(self) -> str:
        return _CHANNEL_LABELS[self]


_CHANNEL_LABELS = {
    Channel.HOTLINE: N_("Hotline"),
    Channel.ONLINE: N_("Online service"),
    Channel.WALK_IN: N_("Walk-in"),
    Channel.EMAIL: N_("E-mail"),
}


class ProductType(StrEnum):
    """Kind of consumable in the catalog."""

    TONER = "toner"
    INK = "ink"
    DRUM = "drum"
    RIBBON = "ribbon"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _PRODUCT_TYPE_LABELS[self]


_PRODUCT_TYPE_LABELS = {
    ProductType.TONER: N_("Toner"),
    ProductType.INK: N_("Ink cartridge"),
    ProductType.DRUM: N_("Drum"),
    ProductType.RIBBON: N_("Ribbon"),
    ProductType.OTHER: N_("Other"),
}


class Priority(StrEnum):
    """How urgent a job is; the promised reply time follows from it."""

    URGENT = "urgent"
    HIGH = "high"
    NORMAL = "normal"
    LOW = "low"

    @property
    def label(self) -> str:
        return _PRIORITY_LABELS[self]

    @property
    def rank(self) -> int:
        """0 for the most urgent; used to sort."""
        return list(Priority).index(self)


_PRIORITY_LABELS = {
    Priority.URGENT: N_("Urgent"),
    Priority.HIGH: N_("High"),
    Priority.NORMAL: N_("Normal"),
    Priority.LOW: N_("Low"),
}

#: Default hours from intake to the promised reply, per priority (configurable per outlet).
DEFAULT_REPLY_HOURS = {Priority.URGENT: 2, Priority.HIGH: 4, Priority.NORMAL: 24, Priority.LOW: 48}


class FaultCategory(StrEnum):
    """What kind of fault the customer reports."""

    PRINT_QUALITY = "print_quality"
    NOT_RECOGNISED = "not_recognised"
    LEAK = "leak"
    PAPER_JAM = "paper_jam"
    EMPTY_EARLY = "empty_early"
    PHYSICAL_DAMAGE = "physical_damage"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _FAULT_LABELS[self]


_FAULT_LABELS = {
    FaultCategory.PRINT_QUALITY: N_("Print quality (streaks, fading, smudges)"),
    FaultCategory.NOT_RECOGNISED: N_("Cartridge not recognised / chip error"),
    FaultCategory.LEAK: N_("Leaking toner or ink"),
    FaultCategory.PAPER_JAM: N_("Paper jam or noise"),
    FaultCategory.EMPTY_EARLY: N_("Runs out early / low yield"),
    FaultCategory.PHYSICAL_DAMAGE: N_("Physical damage"),
    FaultCategory.OTHER: N_("Other"),
}


class RepairOutcome(StrEnum):
    """Result of one repair record."""

    FIXED = "fixed"
    NOT_FIXED = "not_fixed"
    NEEDS_RETURN = "needs_return"

    @property
    def label(self) -> str:
        return _OUTCOME_LABELS[self]


_OUTCOME_LABELS = {
    RepairOutcome.FIXED: N_("Fixed"),
    RepairOutcome.NOT_FIXED: N_("Not fixed (another visit needed)"),
    RepairOutcome.NEEDS_RETURN: N_("Needs return or exchange"),
}


class VisitStatus(StrEnum):
    """State of a scheduled on-site visit."""

    PLANNED = "planned"
    DONE = "done"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return _VISIT_LABELS[self]


_VISIT_LABELS = {
    VisitStatus.PLANNED: N_("Planned"),
    VisitStatus.DONE: N_("Done"),
    VisitStatus.CANCELLED: N_("Cancelled"),
}
