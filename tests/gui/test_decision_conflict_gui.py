"""The Conflicts tab shows a decision two managers took apart: both decisions, the winner in force."""

from __future__ import annotations

from aftersales_desktop.gui.sync_view import ConflictsTab
from aftersales_desktop.services import stocktakes
from tests.sync.test_concurrent_decisions import cheap_passwords, outlet, submitted_stocktake  # noqa: F401


def test_a_stocktake_approved_on_two_computers_is_listed_with_both_approvals(qtbot, outlet):  # noqa: F811
    started = submitted_stocktake(outlet)
    outlet.apart("laptop")
    stocktakes.approve_stocktake(outlet.at("pc", "mSH01"), started.id)
    stocktakes.approve_stocktake(outlet.at("laptop", "m2"), started.id)
    outlet.meet("pc")
    tab = ConflictsTab(outlet.at("pc", "mSH01"))
    qtbot.addWidget(tab)
    tab.show()
    tab.refresh()
    assert tab.table.rowCount() == 1
    record, field, kept, _since, lost, _made = (tab.table.item(0, c).text() for c in range(6))
    assert record == f"Stocktake · {started.number}" and field == "Status"
    assert kept.startswith("Approved and posted by 李经理 at ")
    assert lost.startswith("Approved and posted by 经理 at ")
    assert "Set aside, its stock effects reversed" in tab.table.item(0, 0).toolTip()
    tab.select(0)
    assert tab.keep_button.isEnabled() and not tab.restore_button.isEnabled()
    tab.keep_button.click()
    assert tab.table.rowCount() == 0
