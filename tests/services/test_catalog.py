"""The product catalog: models, prices in fen, no duplicates."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from aftersales_desktop.domain.enums import ProductType
from aftersales_desktop.domain.errors import PermissionDenied, ValidationError
from aftersales_desktop.services import catalog
from aftersales_desktop.services.catalog import ProductDraft
from aftersales_desktop.storage.models import OutboxEntry, Product
from tests.services.support import _outlet_template, fast_passwords, outlet_copy  # noqa: F401  (fixtures)


def count(db, model) -> int:
    with db.reader() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_a_product_is_stored_with_its_price_in_fen_and_found_by_printer(outlet):
    made = catalog.create_product(outlet.manager, ProductDraft(ProductType.INK, "Canon", "PG-845", "黑色墨盒",
                                                               "PIXMA MG2580, MG3080", "89.90"))
    assert made.unit_price_fen == 8990
    assert made.title == "Canon PG-845 (黑色墨盒)"
    assert [p.id for p in catalog.list_products(outlet.clerk, "MG3080")] == [made.id]
    assert catalog.find_product_by_model(outlet.clerk, "pg-845").id == made.id
    assert catalog.find_product_by_model(outlet.clerk, "PG-84") is None


@pytest.mark.parametrize(("brand", "model"), [("HP", "CF283A"), ("hp", "cf283a"), (" HP ", "CF283A ")])
def test_the_same_brand_and_model_twice_is_refused(outlet, brand, model):
    before = (count(outlet.db, Product), count(outlet.db, OutboxEntry))
    with pytest.raises(ValidationError) as caught:
        catalog.create_product(outlet.manager, ProductDraft(ProductType.TONER, brand, model))
    assert set(caught.value.errors) == {"model"}
    assert (count(outlet.db, Product), count(outlet.db, OutboxEntry)) == before


def test_the_same_model_of_another_brand_is_allowed(outlet):
    catalog.create_product(outlet.manager, ProductDraft(ProductType.TONER, "Compatible", "CF283A"))
    assert count(outlet.db, Product) == 2


@pytest.mark.parametrize("price", ["12.345", "abc", "-1", "1.2.3", "inf"])
def test_bad_prices_are_refused_next_to_the_price_field(outlet, price):
    with pytest.raises(ValidationError) as caught:
        catalog.create_product(outlet.manager, ProductDraft(ProductType.DRUM, "Brother", "DR-2350",
                                                            unit_price=price))
    assert set(caught.value.errors) == {"unit_price"}
    assert count(outlet.db, Product) == 1


def test_brand_and_model_are_required(outlet):
    with pytest.raises(ValidationError) as caught:
        catalog.create_product(outlet.manager, ProductDraft(ProductType.DRUM, " ", ""))
    assert set(caught.value.errors) == {"brand", "model"}


def test_storekeeper_may_edit_the_catalog_customer_service_may_not(outlet):
    from aftersales_desktop.domain.enums import Role
    from aftersales_desktop.services import staff
    from aftersales_desktop.services.context import AppContext, CurrentUser
    from aftersales_desktop.services.outlet import AccountDraft

    member = staff.create_staff(outlet.manager, AccountDraft("store", "周仓管", "secret1", Role.STOREKEEPER))
    keeper = AppContext(outlet.db, CurrentUser(member.id, member.username, member.display_name, member.role,
                                               outlet.manager.user.outlet_id))
    catalog.create_product(keeper, ProductDraft(ProductType.RIBBON, "Epson", "S015583"))
    with pytest.raises(PermissionDenied):
        catalog.create_product(outlet.clerk, ProductDraft(ProductType.RIBBON, "Epson", "S015290"))
    assert {p.model for p in catalog.list_products(outlet.clerk)} == {"CF283A", "S015583"}


def test_a_part_carries_specification_unit_and_cost_and_can_be_edited_and_retired(outlet):
    made = catalog.create_product(outlet.manager, ProductDraft(
        ProductType.DRUM, "Brother", "DR-2350", "硒鼓", "HL-2260", "399.00", specification="12,000 页",
        unit="支", unit_cost="210.50"))
    assert (made.specification, made.unit, made.unit_cost_fen) == ("12,000 页", "支", 21050)
    changed = catalog.update_product(outlet.manager, made.id, ProductDraft(
        ProductType.DRUM, "Brother", "DR-2350", "硒鼓单元", "HL-2260, HL-2560", "389.00",
        specification="12,000 页", unit="支", unit_cost="205.00"))
    assert (changed.name, changed.unit_price_fen, changed.unit_cost_fen) == ("硒鼓单元", 38900, 20500)
    with pytest.raises(ValidationError) as refused:
        catalog.update_product(outlet.manager, made.id, ProductDraft(
            ProductType.DRUM, "HP", "CF283A", unit_cost="-1"))
    assert set(refused.value.errors) == {"unit_cost"}
    with pytest.raises(ValidationError) as refused:  # the fixture's part has this brand and model
        catalog.update_product(outlet.manager, made.id, ProductDraft(ProductType.DRUM, "HP", "CF283A"))
    assert set(refused.value.errors) == {"model"}
    catalog.update_product(outlet.manager, made.id, ProductDraft(ProductType.DRUM, "Brother", "DR-2350"),
                           active=False)
    assert made.id not in {p.id for p in catalog.list_products(outlet.manager)}
    assert made.id in {p.id for p in catalog.list_products(outlet.manager, include_inactive=True)}
