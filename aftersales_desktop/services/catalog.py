"""The product catalog: parts and consumables with type, brand, model, specification, compatible
printers, unit, price and purchase cost (型号, 规格, 单位). Safety stock and storage location are per
outlet (services.stock.set_stock_level); batches and expiry live on the ledger's receipts."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import or_, select

from aftersales_desktop.domain.enums import ProductType
from aftersales_desktop.domain.errors import Collector, NotFound, ValidationError
from aftersales_desktop.domain.money import yuan_to_fen
from aftersales_desktop.domain.permissions import Action
from aftersales_desktop.services.context import AppContext
from aftersales_desktop.storage.models import Product


@dataclass(frozen=True)
class ProductInfo:
    """A catalog entry."""

    id: str
    product_type: ProductType
    brand: str
    model: str
    name: str
    compatible_printers: str
    unit_price_fen: int
    active: bool
    specification: str = ""
    unit: str = ""
    unit_cost_fen: int = 0

    @property
    def title(self) -> str:
        """'HP CF283A (83A black toner)' style title for pickers."""
        return part_title(self)


def part_title(product: Product | ProductInfo | None) -> str:
    """'HP CF283A (83A 黑色硒鼓)' as pickers, lists and documents show a part ("?" when unknown)."""
    if product is None:
        return "?"
    return f"{product.brand} {product.model}" + (f" ({product.name})" if product.name else "")


@dataclass
class ProductDraft:
    """Catalog entry fields typed in a form (price in yuan text)."""

    product_type: ProductType
    brand: str
    model: str
    name: str = ""
    compatible_printers: str = ""
    unit_price: str = "0"
    specification: str = ""
    unit: str = ""
    unit_cost: str = "0"


def _info(row: Product) -> ProductInfo:
    return ProductInfo(row.id, ProductType(row.product_type), row.brand, row.model, row.name,
                       row.compatible_printers, row.unit_price_fen, row.active, row.specification,
                       row.unit, row.unit_cost_fen)


def _money(errors: Collector, text: str, field: str, negative_message: str) -> int:
    try:
        amount = yuan_to_fen(text.strip() or "0")
    except ValueError:
        errors.add(field, "Enter a price in yuan, such as 268.00.")
        return 0
    errors.check(amount >= 0, field, negative_message)
    return amount


def _validated(draft: ProductDraft) -> dict:
    """The draft's columns, or a ValidationError naming every wrong field."""
    errors = Collector()
    errors.check(bool(draft.brand.strip()), "brand", "Enter the brand.")
    errors.check(bool(draft.model.strip()), "model", "Enter the model.")
    price = _money(errors, draft.unit_price, "unit_price", "The price cannot be negative.")
    cost = _money(errors, draft.unit_cost, "unit_cost", "The cost cannot be negative.")
    errors.raise_if_any()
    return dict(product_type=ProductType(draft.product_type).value, brand=draft.brand.strip(),
                model=draft.model.strip(), name=draft.name.strip(),
                compatible_printers=draft.compatible_printers.strip(), unit_price_fen=price,
                specification=draft.specification.strip(), unit=draft.unit.strip(), unit_cost_fen=cost)


def _refuse_clash(session, values: dict, except_id: str | None = None) -> None:
    query = select(Product.id).where(Product.deleted.is_(False), Product.brand.ilike(values["brand"]),
                                     Product.model.ilike(values["model"]))
    if except_id is not None:
        query = query.where(Product.id != except_id)
    if session.scalar(query):
        raise ValidationError.single("model", "This brand and model are in the catalog already.")


def list_products(ctx: AppContext, text: str = "", *, include_inactive: bool = False,
                  limit: int = 500) -> list[ProductInfo]:
    """Catalog entries matching ``text`` in brand, model, name or compatible printers."""
    ctx.require(Action.VIEW_JOBS)
    query = select(Product).where(Product.deleted.is_(False))
    if not include_inactive:
        query = query.where(Product.active.is_(True))
    if text.strip():
        like = f"%{text.strip()}%"
        query = query.where(or_(Product.model.like(like), Product.brand.like(like),
                                Product.name.like(like), Product.compatible_printers.like(like)))
    with ctx.db.reader() as session:
        return [_info(r) for r in session.scalars(query.order_by(Product.brand, Product.model).limit(limit))]


def find_product_by_model(ctx: AppContext, model: str) -> ProductInfo | None:
    """The active catalog entry with exactly this model (case-insensitive)."""
    ctx.require(Action.VIEW_JOBS)
    with ctx.db.reader() as session:
        for row in session.scalars(select(Product).where(Product.deleted.is_(False),
                                                         Product.active.is_(True))
                                   .where(Product.model.ilike(model.strip()))):
            return _info(row)
    return None


def create_product(ctx: AppContext, draft: ProductDraft) -> ProductInfo:
    """Add a catalog entry."""
    ctx.require(Action.EDIT_CATALOG)
    values = _validated(draft)
    with ctx.transaction() as session:
        _refuse_clash(session, values)
        row = Product(**values)
        session.add(row)
        session.flush()
        return _info(row)


def update_product(ctx: AppContext, product_id: str, draft: ProductDraft, *, active: bool = True) -> ProductInfo:
    """Change a catalog entry; ``active=False`` retires it from pickers (history keeps it)."""
    ctx.require(Action.EDIT_CATALOG)
    values = _validated(draft)
    with ctx.transaction() as session:
        row = session.get(Product, product_id)
        if row is None or row.deleted:
            raise NotFound("No such part in the catalog.")
        _refuse_clash(session, values, except_id=product_id)
        for name, value in values.items():
            if getattr(row, name) != value:
                setattr(row, name, value)
        if row.active != active:
            row.active = active
        session.flush()
        return _info(row)
