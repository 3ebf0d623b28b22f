"""The product catalog: consumable models with type, brand, compatible printers and price."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import or_, select

from aftersales_desktop.domain.enums import ProductType
from aftersales_desktop.domain.errors import Collector, ValidationError
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

    @property
    def title(self) -> str:
        """'HP CF283A (83A black toner)' style title for pickers."""
        return f"{self.brand} {self.model}" + (f" ({self.name})" if self.name else "")


@dataclass
class ProductDraft:
    """Catalog entry fields typed in a form (price in yuan text)."""

    product_type: ProductType
    brand: str
    model: str
    name: str = ""
    compatible_printers: str = ""
    unit_price: str = "0"


def _info(row: Product) -> ProductInfo:
    return ProductInfo(row.id, ProductType(row.product_type), row.brand, row.model, row.name,
                       row.compatible_printers, row.unit_price_fen, row.active)


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
    errors = Collector()
    errors.check(bool(draft.brand.strip()), "brand", "Enter the brand.")
    errors.check(bool(draft.model.strip()), "model", "Enter the model.")
    price = 0
    try:
        price = yuan_to_fen(draft.unit_price or "0")
        errors.check(price >= 0, "unit_price", "The price cannot be negative.")
    except ValueError:
        errors.add("unit_price", "Enter a price in yuan, such as 268.00.")
    errors.raise_if_any()
    with ctx.transaction() as session:
        clash = session.scalar(select(Product.id).where(Product.deleted.is_(False),
                                                        Product.brand.ilike(draft.brand.strip()),
                                                        Product.model.ilike(draft.model.strip())))
        if clash:
            raise ValidationError.single("model", "This brand and model are in the catalog already.")
        row = Product(product_type=ProductType(draft.product_type).value, brand=draft.brand.strip(),
                      model=draft.model.strip(), name=draft.name.strip(),
                      compatible_printers=draft.compatible_printers.strip(), unit_price_fen=price)
        session.add(row)
        session.flush()
        return _info(row)
