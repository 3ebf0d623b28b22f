"""The Sites tab's model: the share's sites as a tree of outlets (head office first), each row plain text."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QStandardItem, QStandardItemModel

from aftersales_desktop.gui.formatting import local_time
from aftersales_desktop.i18n import N_, tr

#: Role holding the SiteInfo of a site row (None on an outlet row).
SITE_ROLE = Qt.ItemDataRole.UserRole + 1

REVOKED_COLOUR = QColor("#c62828")
WAITING_COLOUR = QColor("#a15c00")

_STATUS = {"active": N_("Active"), "revoked": N_("Revoked"), "waiting": N_("Waiting for approval")}


class SiteColumn(IntEnum):
    """Columns of the Sites tab, in display order."""

    DEVICE = 0
    LAST_SEEN = 1
    WAITING = 2
    FINGERPRINT = 3
    ROLE = 4
    STATUS = 5
    NUMBERS = 6


HEADERS = {SiteColumn.DEVICE: N_("Outlet / device"), SiteColumn.LAST_SEEN: N_("Last seen"),
           SiteColumn.WAITING: N_("Changes waiting"), SiteColumn.FINGERPRINT: N_("Key fingerprint"),
           SiteColumn.ROLE: N_("Role"), SiteColumn.STATUS: N_("Status"), SiteColumn.NUMBERS: N_("Numbers")}


def role_text(site) -> str:  # noqa: ANN001 - a membership.SiteInfo
    """'Head office', 'Outlet administration' or 'Outlet computer'."""
    if site.role == "hq":
        return tr("Head office")
    return tr("Outlet administration") if site.admin else tr("Outlet computer")


def device_text(site, outlet_label: str) -> str:  # noqa: ANN001 - a membership.SiteInfo
    """The device's name without its outlet's code; the whole name when it is the outlet's own."""
    text = site.name if site.name == outlet_label else site.device
    return tr("{device} (this computer)", device=text) if site.is_self else text


class SiteTreeModel(QStandardItemModel):
    """Outlets as top rows (code and name), their sites below: device, last seen, changes waiting,
    fingerprint, role and status. ``site(index)`` gives a row's SiteInfo."""

    def __init__(self, parent=None) -> None:  # noqa: ANN001 - a QObject
        super().__init__(0, len(SiteColumn), parent)
        self.setHorizontalHeaderLabels([tr(HEADERS[column]) for column in SiteColumn])

    def show_sites(self, sites: list, outlet_labels: dict[str, str]) -> None:
        """Replace the rows: one group per outlet (head office's first, then by code), its sites by name."""
        self.removeRows(0, self.rowCount())
        groups: dict[str, list] = {}
        for site in sites:
            groups.setdefault(site.outlet_id, []).append(site)
        hq_outlets = {site.outlet_id for site in sites if site.role == "hq"}

        def label(outlet_id: str) -> str:
            members = groups[outlet_id]
            code = next((s.outlet_code for s in members if s.outlet_code), "")
            if not outlet_id and not code:
                return tr("No outlet yet")
            return outlet_labels.get(outlet_id) or code

        order = sorted(groups, key=lambda o: (o not in hq_outlets, not o and not any(
            s.outlet_code for s in groups[o]), label(o)))
        bold = QFont()
        bold.setBold(True)
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        for outlet_id in order:
            heading = label(outlet_id)
            group = [self._cell(heading)] + [self._cell("") for _column in list(SiteColumn)[1:]]
            for cell in group:
                cell.setFont(bold)
                cell.setSelectable(False)
            for site in sorted(groups[outlet_id], key=lambda s: (s.role != "hq", not s.admin, s.name)):
                row = [self._cell(text) for text in (
                    device_text(site, heading), local_time(site.last_seen) if site.last_seen else tr("never"),
                    tr("{n}+", n=site.waiting) if site.waiting_more else str(site.waiting), site.fingerprint, role_text(site), tr(_STATUS[site.status]),
                    # its document numbers end like this: the device letter keeps computers apart
                    f"…-{site.letter}0001" if site.outlet_id else "")]
                row[SiteColumn.FINGERPRINT].setFont(fixed)
                for cell in row:
                    cell.setData(site, SITE_ROLE)
                    if site.revoked:
                        cell.setForeground(REVOKED_COLOUR)
                    elif site.status == "waiting":
                        cell.setForeground(WAITING_COLOUR)
                if site.is_self:
                    row[SiteColumn.DEVICE].setFont(bold)
                group[0].appendRow(row)
            self.appendRow(group)

    @staticmethod
    def _cell(text: str) -> QStandardItem:
        cell = QStandardItem(text)
        cell.setEditable(False)
        return cell

    def site(self, index: QModelIndex):  # noqa: ANN201 - a SiteInfo or None
        """The SiteInfo of the row of ``index`` (None for an outlet row or an invalid index)."""
        return index.siblingAtColumn(0).data(SITE_ROLE) if index.isValid() else None

    def site_index(self, site_id: str) -> QModelIndex:
        """The first-column index of the site ``site_id`` (invalid when not listed)."""
        for group in range(self.rowCount()):
            parent = self.item(group)
            for row in range(parent.rowCount()):
                if parent.child(row).data(SITE_ROLE).site_id == site_id:
                    return parent.child(row).index()
        return QModelIndex()

    def site_rows(self) -> list[tuple[str, list[str]]]:
        """(outlet heading, [cell texts]) of every site row, in display order (for tests and the clipboard)."""
        rows = []
        for group in range(self.rowCount()):
            parent = self.item(group)
            for row in range(parent.rowCount()):
                rows.append((parent.text(), [parent.child(row, column).text() for column in SiteColumn]))
        return rows
