"""The database schema as SQLAlchemy 2.x models.

Replicated tables carry origin, HLC and a tombstone (design.md, "Data rules"). Local tables
(outbox, clock, number sequences, identity) belong to this database alone and never replicate.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import cache

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from aftersales_desktop.domain.ids import uuid7
from aftersales_desktop.storage.authority import (ADMIN, owned_by_column, owned_by_creator, owned_by_row_itself,
                                                  owned_through, owned_through_document, owned_through_named_row)
from aftersales_desktop.storage.types import UTCDateTime

#: Document kinds of workflow_events and attachments (doc_type) and the tables holding them; the
#: strings are those of domain/requisitions.py, domain/stocktakes.py, domain/quality.py and
#: services/inspections.py (a test checks they agree).
WORKFLOW_DOCUMENTS = {"requisition": "requisitions", "stocktake": "stocktakes", "quality_case": "quality_cases",
                      "return_case": "return_cases"}
ATTACHMENT_DOCUMENTS = {"inspection": "inspections", "return_case": "return_cases", "quality_case": "quality_cases"}

#: Column info flag for a derived column that each site computes for itself and never replicates.
LOCAL = {"replicated": False}


class Base(DeclarativeBase):
    """Declarative base of every table."""


class Replicated:
    """Columns every replicated row carries; its changes go to the outbox in the same transaction."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=uuid7)
    origin: Mapped[str] = mapped_column(String(36), default="", info=LOCAL)
    hlc: Mapped[str] = mapped_column(String(64), default="", info=LOCAL)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)


class Outlet(Replicated, Base):
    """A service outlet (售后维修网点) or head office."""

    __tablename__ = "outlets"
    __authority__ = owned_by_row_itself(ADMIN)
    code: Mapped[str] = mapped_column(String(8))
    name: Mapped[str] = mapped_column(String(120))
    address: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")


class User(Replicated, Base):
    """A staff account with one role."""

    __tablename__ = "users"
    __authority__ = owned_by_column("outlet_id", ADMIN)
    outlet_id: Mapped[str] = mapped_column(ForeignKey("outlets.id"))
    username: Mapped[str] = mapped_column(String(60), index=True)
    display_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(30))
    password_hash: Mapped[str] = mapped_column(String(300))
    phone: Mapped[str] = mapped_column(String(40), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class OutletSetting(Replicated, Base):
    """An outlet policy (reply hours by priority, ...) that replicates with the data."""

    __tablename__ = "outlet_settings"
    __authority__ = owned_by_column("outlet_id")
    outlet_id: Mapped[str] = mapped_column(ForeignKey("outlets.id"))
    key: Mapped[str] = mapped_column(String(80))
    value: Mapped[str] = mapped_column(Text, default="")
    __table_args__ = (Index("ix_outlet_settings_outlet_key", "outlet_id", "key"),)


class Customer(Replicated, Base):
    """A customer: a person or a company contact."""

    __tablename__ = "customers"
    __authority__ = owned_by_creator()
    name: Mapped[str] = mapped_column(String(120), index=True)
    phone: Mapped[str] = mapped_column(String(40), index=True)
    company: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class Product(Replicated, Base):
    """A consumable model in the catalog."""

    __tablename__ = "products"
    __authority__ = owned_by_creator()
    product_type: Mapped[str] = mapped_column(String(20))
    brand: Mapped[str] = mapped_column(String(60))
    model: Mapped[str] = mapped_column(String(80), index=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    compatible_printers: Mapped[str] = mapped_column(Text, default="")
    unit_price_fen: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    specification: Mapped[str] = mapped_column(String(120), default="")  # 规格, e.g. "2,600 pages"
    unit: Mapped[str] = mapped_column(String(20), default="")  # 个, 盒, 支 ...
    unit_cost_fen: Mapped[int] = mapped_column(Integer, default=0)  # standard purchase cost


class Job(Replicated, Base):
    """A service job (售后工单): one customer request from intake to closure."""

    __tablename__ = "jobs"
    __authority__ = owned_by_column("outlet_id")
    number: Mapped[str] = mapped_column(String(30), index=True)
    outlet_id: Mapped[str] = mapped_column(ForeignKey("outlets.id"))
    channel: Mapped[str] = mapped_column(String(20))
    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), index=True)
    product_id: Mapped[str | None] = mapped_column(ForeignKey("products.id"))
    serial_number: Mapped[str] = mapped_column(String(80), default="")
    purchase_date: Mapped[date | None] = mapped_column(Date)
    fault_category: Mapped[str] = mapped_column(String(30))
    description: Mapped[str] = mapped_column(Text, default="")
    priority: Mapped[str] = mapped_column(String(10))
    priority_rank: Mapped[int] = mapped_column(Integer)
    reply_due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_by: Mapped[str] = mapped_column(ForeignKey("users.id"))
    assigned_to: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    satisfaction: Mapped[int | None] = mapped_column(Integer)
    # Derived from job_events by domain.jobs.derive_status; each site computes it, so it is local.
    status: Mapped[str] = mapped_column(String(20), info=LOCAL)
    # When the job reached a terminal or resolved state (derived too): open jobs have NULL here.
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime, info=LOCAL)

    __table_args__ = (
        Index("ix_jobs_created", "created_at", "id"),
        Index("ix_jobs_due", "reply_due_at", "id"),
        Index("ix_jobs_priority", "priority_rank", "created_at", "id"),
        Index("ix_jobs_status_created", "status", "created_at", "id"),
        Index("ix_jobs_assigned_created", "assigned_to", "created_at", "id"),
        Index("ix_jobs_number_id", "number", "id"),
        Index("ix_jobs_serial", "serial_number"),
    )


class JobEvent(Replicated, Base):
    """One entry of a job's timeline (insert-only): a status change, assignment, escalation or note."""

    __tablename__ = "job_events"
    __authority__ = owned_through("job_id", "jobs")
    job_id: Mapped[str] = mapped_column(ForeignKey("jobs.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    kind: Mapped[str] = mapped_column(String(20))
    from_status: Mapped[str | None] = mapped_column(String(20))
    to_status: Mapped[str | None] = mapped_column(String(20))
    assignee_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    note: Mapped[str] = mapped_column(Text, default="")


class Visit(Replicated, Base):
    """An on-site visit (上门维修) agreed with the customer."""

    __tablename__ = "visits"
    __authority__ = owned_through("job_id", "jobs")
    job_id: Mapped[str] = mapped_column(ForeignKey("jobs.id"), index=True)
    technician_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime)
    address: Mapped[str] = mapped_column(String(300))
    tools: Mapped[str] = mapped_column(Text, default="")
    parts_to_bring: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(12), default="planned")

    __table_args__ = (Index("ix_visits_tech_start", "technician_id", "starts_at"),)


class RepairRecord(Replicated, Base):
    """A repair record (维修记录): what was found, done and tested at one visit or bench repair."""

    __tablename__ = "repair_records"
    __authority__ = owned_through("job_id", "jobs")
    job_id: Mapped[str] = mapped_column(ForeignKey("jobs.id"), index=True)
    visit_id: Mapped[str | None] = mapped_column(ForeignKey("visits.id"))
    technician_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)
    fault_confirmed: Mapped[bool] = mapped_column(Boolean)
    symptom: Mapped[str] = mapped_column(Text, default="")
    diagnosis: Mapped[str] = mapped_column(Text, default="")
    work_done: Mapped[str] = mapped_column(Text, default="")
    labour_minutes: Mapped[int] = mapped_column(Integer)
    test_performed: Mapped[str] = mapped_column(Text, default="")
    test_passed: Mapped[bool] = mapped_column(Boolean)
    outcome: Mapped[str] = mapped_column(String(20))


class RepairPart(Replicated, Base):
    """A part replaced (更换部件) in a repair, from the catalog, with quantity."""

    __tablename__ = "repair_parts"
    __authority__ = owned_through("repair_id", "repair_records")
    repair_id: Mapped[str] = mapped_column(ForeignKey("repair_records.id"), index=True)
    product_id: Mapped[str] = mapped_column(ForeignKey("products.id"))
    quantity: Mapped[int] = mapped_column(Integer)
    unit_price_fen: Mapped[int] = mapped_column(Integer, default=0)


class Signature(Replicated, Base):
    """A signature: strokes drawn on the pad, or a typed name explicitly confirmed. Insert-only.

    A technician's saved signature (``specimen``) is reused on later slips; a slip refers to the
    signature rows it carries, and the slip's hash covers their strokes' hashes.
    """

    __tablename__ = "signatures"
    __authority__ = owned_by_creator()

    signer_role: Mapped[str] = mapped_column(String(12))
    signer_name: Mapped[str] = mapped_column(String(120))
    user_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"), index=True)
    method: Mapped[str] = mapped_column(String(10))
    strokes: Mapped[str] = mapped_column(Text, default="")  # domain.signatures.Strokes JSON
    strokes_sha256: Mapped[str] = mapped_column(String(64))
    signed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    specimen: Mapped[bool] = mapped_column(Boolean, default=False)


class Slip(Replicated, Base):
    """A signed repair slip (维修单): a frozen snapshot of its content and the hash of it. Insert-only.

    A correction is a new row with the same number, the next revision and ``supersedes_id``
    pointing at the revision it replaces; nothing in a signed slip is ever updated.
    """

    __tablename__ = "slips"
    __authority__ = owned_through("job_id", "jobs")

    number: Mapped[str] = mapped_column(String(30), index=True)
    revision: Mapped[int] = mapped_column(Integer)
    supersedes_id: Mapped[str | None] = mapped_column(ForeignKey("slips.id"))
    job_id: Mapped[str] = mapped_column(ForeignKey("jobs.id"), index=True)
    repair_id: Mapped[str] = mapped_column(ForeignKey("repair_records.id"), index=True)
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime)
    issued_by: Mapped[str] = mapped_column(ForeignKey("users.id"))
    content: Mapped[str] = mapped_column(Text)  # domain.slips.canonical_json of the content
    content_hash: Mapped[str] = mapped_column(String(64))
    customer_signature_id: Mapped[str] = mapped_column(ForeignKey("signatures.id"))
    technician_signature_id: Mapped[str] = mapped_column(ForeignKey("signatures.id"))


class SlipPrint(Replicated, Base):
    """One output of a slip (printed or saved as PDF): the first is the original, later ones copies."""

    __tablename__ = "slip_prints"
    __authority__ = owned_through("slip_id", "slips")

    slip_id: Mapped[str] = mapped_column(ForeignKey("slips.id"), index=True)
    printed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    printed_by: Mapped[str | None] = mapped_column(ForeignKey("users.id"))  # None: command line
    format: Mapped[str] = mapped_column(String(8))
    output: Mapped[str] = mapped_column(String(8))  # "printer" or "pdf"
    copy_number: Mapped[int] = mapped_column(Integer)


class StockMovement(Replicated, Base):
    """One movement of the spare-parts ledger (备件库存台账); on-hand is the sum. Insert-only."""

    __tablename__ = "stock_movements"
    __authority__ = owned_by_column("outlet_id")

    outlet_id: Mapped[str] = mapped_column(ForeignKey("outlets.id"), index=True)
    product_id: Mapped[str] = mapped_column(ForeignKey("products.id"), index=True)
    location: Mapped[str] = mapped_column(String(60), default="")
    batch: Mapped[str] = mapped_column(String(60), default="")
    quantity: Mapped[int] = mapped_column(Integer)  # signed: receipts positive, issues negative
    unit_cost_fen: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(20))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    reference: Mapped[str] = mapped_column(String(60), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    expires_on: Mapped[date | None] = mapped_column(Date)  # the batch's expiry, on receipts
    # Transfers: the other outlet (the receiver on transfer_out, the sender on transfer_in).
    counterpart_outlet_id: Mapped[str | None] = mapped_column(ForeignKey("outlets.id"))
    job_id: Mapped[str | None] = mapped_column(ForeignKey("jobs.id"))  # issued for / returned from
    technician_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))  # issued to / from
    # What the movement belongs to, when a document caused it.
    delivery_id: Mapped[str | None] = mapped_column(ForeignKey("supplier_deliveries.id"), index=True)
    requisition_line_id: Mapped[str | None] = mapped_column(ForeignKey("requisition_lines.id"), index=True)
    stocktake_line_id: Mapped[str | None] = mapped_column(ForeignKey("stocktake_lines.id"))
    return_case_id: Mapped[str | None] = mapped_column(ForeignKey("return_cases.id"))


class StockLevel(Replicated, Base):
    """Safety stock (安全库存) and storage location (存放位置) of a part at an outlet.

    No UNIQUE constraint (design rule): if two sites each create one for the same outlet and part,
    services use the newest row (highest id: ids are time-ordered).
    """

    __tablename__ = "stock_levels"
    __authority__ = owned_by_column("outlet_id")

    outlet_id: Mapped[str] = mapped_column(ForeignKey("outlets.id"))
    product_id: Mapped[str] = mapped_column(ForeignKey("products.id"))
    safety_stock: Mapped[int] = mapped_column(Integer, default=0)
    location: Mapped[str] = mapped_column(String(60), default="")

    __table_args__ = (Index("ix_stock_levels_outlet_product", "outlet_id", "product_id"),)


class WorkflowEvent(Replicated, Base):
    """One step in the life of a document (requisition, stocktake, ...): who, when, what, why.

    The document's status is derived from its events (design.md: status is a history of events);
    ``data`` holds the step's details as JSON (approved quantities, carrier and tracking number).
    Insert-only.
    """

    __tablename__ = "workflow_events"
    __authority__ = owned_through_document("doc_type", "doc_id", WORKFLOW_DOCUMENTS)

    doc_type: Mapped[str] = mapped_column(String(20))
    doc_id: Mapped[str] = mapped_column(String(36), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    note: Mapped[str] = mapped_column(Text, default="")
    data: Mapped[str] = mapped_column(Text, default="{}")


class Supplier(Replicated, Base):
    """A supplier of spare parts and consumables (供应商)."""

    __tablename__ = "suppliers"
    __authority__ = owned_by_creator()

    name: Mapped[str] = mapped_column(String(200), index=True)
    contact_person: Mapped[str] = mapped_column(String(120), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class SupplierPart(Replicated, Base):
    """A part a supplier supplies, at an agreed price and lead time."""

    __tablename__ = "supplier_parts"
    __authority__ = owned_by_creator()

    supplier_id: Mapped[str] = mapped_column(ForeignKey("suppliers.id"), index=True)
    product_id: Mapped[str] = mapped_column(ForeignKey("products.id"))
    agreed_price_fen: Mapped[int] = mapped_column(Integer, default=0)
    lead_days: Mapped[int] = mapped_column(Integer, default=0)


class SupplierDelivery(Replicated, Base):
    """A supplier's delivery received at an outlet (到货): its receipts are movements naming it. Insert-only."""

    __tablename__ = "supplier_deliveries"
    __authority__ = owned_by_column("outlet_id")

    outlet_id: Mapped[str] = mapped_column(ForeignKey("outlets.id"))
    supplier_id: Mapped[str] = mapped_column(ForeignKey("suppliers.id"), index=True)
    reference: Mapped[str] = mapped_column(String(60), default="")  # the supplier's delivery note
    promised_on: Mapped[date | None] = mapped_column(Date)
    received_on: Mapped[date] = mapped_column(Date)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    received_by: Mapped[str] = mapped_column(ForeignKey("users.id"))
    note: Mapped[str] = mapped_column(Text, default="")


class SupplierDefect(Replicated, Base):
    """Defective units attributed to a supplier: found at goods-in, in an inspection or a return. Insert-only."""

    __tablename__ = "supplier_defects"
    __authority__ = owned_by_creator()

    supplier_id: Mapped[str] = mapped_column(ForeignKey("suppliers.id"), index=True)
    product_id: Mapped[str] = mapped_column(ForeignKey("products.id"))
    batch: Mapped[str] = mapped_column(String(60), default="")
    quantity: Mapped[int] = mapped_column(Integer)
    found_at: Mapped[datetime] = mapped_column(UTCDateTime)
    source: Mapped[str] = mapped_column(String(20))  # "goods_in", "inspection", "return"
    reference: Mapped[str] = mapped_column(String(60), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(ForeignKey("users.id"))


class SupplierEvaluation(Replicated, Base):
    """A supplier's evaluation for one period (供应商评估和考核): the figures and the score. Insert-only."""

    __tablename__ = "supplier_evaluations"
    __authority__ = owned_by_creator()

    supplier_id: Mapped[str] = mapped_column(ForeignKey("suppliers.id"), index=True)
    period: Mapped[str] = mapped_column(String(10))  # "2026-10" or "2026-Q4"
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)  # inclusive
    deliveries: Mapped[int] = mapped_column(Integer)
    on_time_deliveries: Mapped[int] = mapped_column(Integer)
    received_quantity: Mapped[int] = mapped_column(Integer)
    defective_quantity: Mapped[int] = mapped_column(Integer)
    price_index: Mapped[int] = mapped_column(Integer)  # percent of the average paid for the same parts
    on_time_score: Mapped[int] = mapped_column(Integer)  # 0-100
    quality_score: Mapped[int] = mapped_column(Integer)  # 0-100
    price_score: Mapped[int] = mapped_column(Integer)  # 0-100
    score: Mapped[int] = mapped_column(Integer)  # 0-100, weighted
    threshold: Mapped[int] = mapped_column(Integer)  # the pass mark in force when evaluated
    evaluated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    evaluated_by: Mapped[str] = mapped_column(ForeignKey("users.id"))
    note: Mapped[str] = mapped_column(Text, default="")


class Requisition(Replicated, Base):
    """A spare-part requisition (备件申领单) a technician makes; its status comes from workflow_events."""

    __tablename__ = "requisitions"
    __authority__ = owned_by_column("outlet_id")

    number: Mapped[str] = mapped_column(String(30), index=True)
    outlet_id: Mapped[str] = mapped_column(ForeignKey("outlets.id"))
    requested_by: Mapped[str] = mapped_column(ForeignKey("users.id"), index=True)
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime)
    note: Mapped[str] = mapped_column(Text, default="")


class RequisitionLine(Replicated, Base):
    """One line of a requisition: part, quantity, for which job, needed by."""

    __tablename__ = "requisition_lines"
    __authority__ = owned_through("requisition_id", "requisitions")

    requisition_id: Mapped[str] = mapped_column(ForeignKey("requisitions.id"), index=True)
    product_id: Mapped[str] = mapped_column(ForeignKey("products.id"))
    quantity: Mapped[int] = mapped_column(Integer)
    job_id: Mapped[str | None] = mapped_column(ForeignKey("jobs.id"))
    needed_by: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")


class Stocktake(Replicated, Base):
    """A stocktake (库存盘点) of an outlet, of all parts or one category; status from workflow_events."""

    __tablename__ = "stocktakes"
    __authority__ = owned_by_column("outlet_id")

    number: Mapped[str] = mapped_column(String(30), index=True)
    outlet_id: Mapped[str] = mapped_column(ForeignKey("outlets.id"))
    product_type: Mapped[str] = mapped_column(String(20), default="")  # "" for every category
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    started_by: Mapped[str] = mapped_column(ForeignKey("users.id"))
    note: Mapped[str] = mapped_column(Text, default="")


class StocktakeLine(Replicated, Base):
    """One part, location and batch to count: the book quantity when the count started and the count."""

    __tablename__ = "stocktake_lines"
    __authority__ = owned_through("stocktake_id", "stocktakes")

    stocktake_id: Mapped[str] = mapped_column(ForeignKey("stocktakes.id"), index=True)
    product_id: Mapped[str] = mapped_column(ForeignKey("products.id"))
    location: Mapped[str] = mapped_column(String(60), default="")
    batch: Mapped[str] = mapped_column(String(60), default="")
    book_quantity: Mapped[int] = mapped_column(Integer)
    counted: Mapped[int | None] = mapped_column(Integer)
    counted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    counted_by: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    note: Mapped[str] = mapped_column(Text, default="")


class QualityCase(Replicated, Base):
    """A quality problem (质量问题) a customer reported, from a job or on its own; status from workflow_events.

    Minor ones are solved by remote technical support (远程技术支持, a step with the guidance and the
    result); serious ones lead to a return or exchange (ReturnCase).
    """

    __tablename__ = "quality_cases"
    __authority__ = owned_by_column("outlet_id")

    number: Mapped[str] = mapped_column(String(30), index=True)
    outlet_id: Mapped[str] = mapped_column(ForeignKey("outlets.id"))
    job_id: Mapped[str | None] = mapped_column(ForeignKey("jobs.id"), index=True)
    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), index=True)
    product_id: Mapped[str | None] = mapped_column(ForeignKey("products.id"))
    batch: Mapped[str] = mapped_column(String(60), default="")
    severity: Mapped[str] = mapped_column(String(10))  # domain.quality.Severity
    description: Mapped[str] = mapped_column(Text, default="")
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime)
    opened_by: Mapped[str] = mapped_column(ForeignKey("users.id"))


class ReturnCase(Replicated, Base):
    """A return or exchange request (退换货) with what the policy check needs; status from workflow_events."""

    __tablename__ = "return_cases"
    __authority__ = owned_by_column("outlet_id")

    number: Mapped[str] = mapped_column(String(30), index=True)
    outlet_id: Mapped[str] = mapped_column(ForeignKey("outlets.id"))
    quality_case_id: Mapped[str | None] = mapped_column(ForeignKey("quality_cases.id"), index=True)
    job_id: Mapped[str | None] = mapped_column(ForeignKey("jobs.id"))
    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), index=True)
    product_id: Mapped[str] = mapped_column(ForeignKey("products.id"))
    batch: Mapped[str] = mapped_column(String(60), default="")
    quantity: Mapped[int] = mapped_column(Integer)
    request_type: Mapped[str] = mapped_column(String(10))  # "return" or "exchange"
    quality_problem: Mapped[bool] = mapped_column(Boolean)
    reason: Mapped[str] = mapped_column(Text, default="")
    purchase_date: Mapped[date | None] = mapped_column(Date)
    proof_number: Mapped[str] = mapped_column(String(60), default="")  # 购买凭证: receipt or invoice no.
    price_paid_fen: Mapped[int] = mapped_column(Integer, default=0)  # for the whole quantity
    unused: Mapped[bool] = mapped_column(Boolean, default=False)
    packaging_intact: Mapped[bool] = mapped_column(Boolean, default=False)
    return_address: Mapped[str] = mapped_column(Text, default="")  # as given to the customer
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime)
    requested_by: Mapped[str] = mapped_column(ForeignKey("users.id"))


class Inspection(Replicated, Base):
    """The receiving inspection (退货检验) of a returned product, signed by the inspector. Insert-only.

    ``content_hash`` is the SHA-256 of the report's canonical content (as for slips), printed with
    the number as a QR code on the inspection report.
    """

    __tablename__ = "inspections"
    __authority__ = owned_through("return_case_id", "return_cases")

    return_case_id: Mapped[str] = mapped_column(ForeignKey("return_cases.id"), index=True)
    received_on: Mapped[date] = mapped_column(Date)
    packaging_intact: Mapped[bool] = mapped_column(Boolean)
    seal_intact: Mapped[bool] = mapped_column(Boolean)
    signs_of_use: Mapped[bool] = mapped_column(Boolean)
    leaks: Mapped[bool] = mapped_column(Boolean)
    chip_ok: Mapped[bool] = mapped_column(Boolean)
    physical_damage: Mapped[bool] = mapped_column(Boolean)
    test_result: Mapped[str] = mapped_column(Text, default="")
    batch: Mapped[str] = mapped_column(String(60), default="")
    supplier_id: Mapped[str | None] = mapped_column(ForeignKey("suppliers.id"))
    verdict: Mapped[str] = mapped_column(String(20))  # domain.quality.Verdict
    note: Mapped[str] = mapped_column(Text, default="")
    inspector_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    signature_id: Mapped[str] = mapped_column(ForeignKey("signatures.id"))
    inspected_at: Mapped[datetime] = mapped_column(UTCDateTime)
    content_hash: Mapped[str] = mapped_column(String(64))


class Attachment(Replicated, Base):
    """A file attached to a document (a scanned receipt, an inspection photo), base64 in ``data``. Insert-only."""

    __tablename__ = "attachments"
    __authority__ = owned_through_document("doc_type", "doc_id", ATTACHMENT_DOCUMENTS)

    doc_type: Mapped[str] = mapped_column(String(20))
    doc_id: Mapped[str] = mapped_column(String(36), index=True)
    filename: Mapped[str] = mapped_column(String(200))
    mime: Mapped[str] = mapped_column(String(60))
    data: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    added_at: Mapped[datetime] = mapped_column(UTCDateTime)
    added_by: Mapped[str] = mapped_column(ForeignKey("users.id"))


class Conflict(Replicated, Base):
    """Two concurrent writes to one field (or an edit against a delete): the kept and the lost value.

    Its id is derived from the two writes, so every site that detects the same conflict makes the
    same row; a manager reviews it (ConflictResolution). Insert-only.
    """

    __tablename__ = "conflicts"
    __authority__ = owned_through_named_row("table_name", "row_id", open_inserts=True)

    table_name: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    field: Mapped[str] = mapped_column(String(60))
    kind: Mapped[str] = mapped_column(String(10))  # "field", "delete" or "status"
    kept_value: Mapped[str] = mapped_column(Text)  # JSON
    kept_hlc: Mapped[str] = mapped_column(String(64))
    lost_value: Mapped[str] = mapped_column(Text)  # JSON
    lost_hlc: Mapped[str] = mapped_column(String(64))


class ConflictResolution(Replicated, Base):
    """A manager's decision on a conflict: keep the value in force, or restore the lost one. Insert-only."""

    __tablename__ = "conflict_resolutions"
    __authority__ = owned_through("conflict_id", "conflicts")

    conflict_id: Mapped[str] = mapped_column(ForeignKey("conflicts.id"), index=True)
    choice: Mapped[str] = mapped_column(String(10))  # "kept" or "restored"
    resolved_by: Mapped[str] = mapped_column(ForeignKey("users.id"))
    resolved_at: Mapped[datetime] = mapped_column(UTCDateTime)
    note: Mapped[str] = mapped_column(Text, default="")


#: Replicated tables whose rows are never updated: merging them is a union by id.
INSERT_ONLY = frozenset({"job_events", "signatures", "slips", "slip_prints", "stock_movements",
                         "conflicts", "conflict_resolutions", "workflow_events", "supplier_deliveries",
                         "supplier_defects", "supplier_evaluations", "inspections", "attachments"})


# ---- local tables: never replicated -------------------------------------------------------------


class OutboxEntry(Base):
    """A change to a replicated row waiting to be published; written in the same transaction."""

    __tablename__ = "outbox"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(8))
    fields: Mapped[str] = mapped_column(Text)  # JSON object of column -> value
    hlc: Mapped[str] = mapped_column(String(64))
    origin: Mapped[str] = mapped_column(String(36))
    # The logged-in user whose action made the change ('' for set-up and bulk seeding).
    actor: Mapped[str] = mapped_column(String(36), default="", server_default="")
    # JSON: per changed field, the version (HLC) it overwrote ("" = the value it was inserted
    # with), and "_row": the row's HLC before the change. Receivers tell concurrent writes by it.
    bases: Mapped[str] = mapped_column(Text, default="", server_default="")
    published: Mapped[bool] = mapped_column(Boolean, default=False)


class LocalState(Base):
    """Key-value facts about this installation: its site id, its outlet, its clock."""

    __tablename__ = "local_state"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class NumberSequence(Base):
    """The last document number used per outlet, kind and month."""

    __tablename__ = "number_sequences"
    outlet_code: Mapped[str] = mapped_column(String(8), primary_key=True)
    kind: Mapped[str] = mapped_column(String(2), primary_key=True)
    period: Mapped[str] = mapped_column(String(6), primary_key=True)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)


REPLICATED_TABLES = tuple(
    m.local_table for m in Base.registry.mappers if issubclass(m.class_, Replicated)
)


@cache
def write_authority() -> dict:
    """Table name -> its declared Authority (storage/authority.py), for every replicated table."""
    return {m.local_table.name: m.class_.__authority__ for m in Base.registry.mappers
            if issubclass(m.class_, Replicated)}


class FieldVersion(Base):
    """The HLC of the last write to one field of a mutable replicated row, and the version it replaced.

    Only fields changed after their row was inserted have one; the others are at their insert
    version. Kept by the change capture and by sync apply, for per-field last-writer-wins.
    """

    __tablename__ = "field_versions"

    table_name: Mapped[str] = mapped_column(String(60), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    field: Mapped[str] = mapped_column(String(60), primary_key=True)
    hlc: Mapped[str] = mapped_column(String(64))
    base: Mapped[str] = mapped_column(String(64), default="")


class SyncCursor(Base):
    """How far this site has applied another site's bundle chain: last seq and that bundle's hash."""

    __tablename__ = "sync_cursors"

    site_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)
    last_hash: Mapped[str] = mapped_column(String(64), default="")
    applied_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class PublishedBundle(Base):
    """A bundle this site made from its outbox: written to outgoing/ first, then to the share."""

    __tablename__ = "sync_published"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(60))
    file_hash: Mapped[str] = mapped_column(String(64))
    first_outbox: Mapped[int] = mapped_column(Integer)
    last_outbox: Mapped[int] = mapped_column(Integer)
    count: Mapped[int] = mapped_column(Integer)
    # "pending" (only in outgoing/), "shared", or "pruned" (verified on the share, outbox rows removed)
    state: Mapped[str] = mapped_column(String(10))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class ParkedChange(Base):
    """A received change to a row this site does not have yet (its insert comes from another site)."""

    __tablename__ = "sync_parked"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[str] = mapped_column(String(36))
    record: Mapped[str] = mapped_column(Text)  # the change record, JSON

    __table_args__ = (Index("ix_sync_parked_row", "table_name", "row_id"),)


class SyncLogEntry(Base):
    """One line of the sync log: what a cycle did, skipped, quarantined or could not do."""

    __tablename__ = "sync_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    level: Mapped[str] = mapped_column(String(10))  # "info", "warning", "error"
    message: Mapped[str] = mapped_column(Text)  # English source message with {params}
    params: Mapped[str] = mapped_column(Text, default="{}")


class QuarantinedBundle(Base):
    """A bundle that failed its checks: kept out of the data, copied to quarantine/, retried next cycle."""

    __tablename__ = "sync_quarantine"

    site_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(120), primary_key=True)
    reason: Mapped[str] = mapped_column(String(20))
    detail: Mapped[str] = mapped_column(Text, default="")
    first_seen: Mapped[datetime] = mapped_column(UTCDateTime)
    last_seen: Mapped[datetime] = mapped_column(UTCDateTime)


class SearchPending(Base):
    """A job whose search entry must be refreshed (queued by sync apply, done right after it)."""

    __tablename__ = "search_pending"

    job_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    fresh: Mapped[bool] = mapped_column(Boolean, default=False)  # never indexed: nothing to remove first


class RefusedChange(Base):
    """A received change that write authority refused (storage/authority.py): kept out, listed, shown.

    ``field`` is "" when the whole change was refused (an insert, or a row the signer may not touch).
    """

    __tablename__ = "sync_refused"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    site_id: Mapped[str] = mapped_column(String(36))  # the site whose signed bundle carried it
    bundle: Mapped[str] = mapped_column(String(120))
    table_name: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(60), default="")
    reason: Mapped[str] = mapped_column(String(30))  # a code: not_owner, staff_only, hq_only, origin ...
    detail: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_sync_refused_site", "site_id", "id"),)


class StreamProblem(Base):
    """Why another site's stream of bundles is not moving: a gap waited on, or two bundles for one seq."""

    __tablename__ = "sync_streams"

    site_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # "waiting" (a gap), "equivocation", "forked"
    seq: Mapped[int] = mapped_column(Integer)  # the bundle waited for, or the seq with two bundles
    since: Mapped[datetime] = mapped_column(UTCDateTime)
    detail: Mapped[str] = mapped_column(Text, default="")  # JSON: hashes of the two bundles, ...
