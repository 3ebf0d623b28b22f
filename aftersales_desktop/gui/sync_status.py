"""The status-bar sync indicator: when the last sync succeeded, changes waiting, offline, syncing, or a problem."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QToolButton, QWidget

from aftersales_desktop.gui.formatting import local_time
from aftersales_desktop.gui.sync_worker import MINUTE_MS, SyncRunner
from aftersales_desktop.i18n import N_, tr
from aftersales_desktop.services.sync_status import SyncStatus

PROBLEM_STYLE = "QToolButton { color: #c62828; }"

#: Short words for the status bar, by SyncError/ShareError code; the tooltip has the whole message.
_SHORT_PROBLEMS = {
    "empty": N_("share folder empty or not mounted"),
    "different": N_("a different share"),
    "corrupt": N_("share marker unreadable"),
    "revoked": N_("access revoked"),
    "forked": N_("restored from an old backup"),
    "rollback": N_("share roster was rolled back"),
    "key_store": N_("site key not available"),
    "io": N_("cannot read or write the share"),
}


def time_ago(moment: datetime, now: datetime) -> str:
    """'just now', '3 min ago', '2 h ago', '4 days ago'."""
    minutes = max(0, int((now - moment).total_seconds() // 60))
    if minutes < 1:
        return tr("just now")
    if minutes < 60:
        return tr("{n} min ago", n=minutes)
    if minutes < 48 * 60:
        return tr("{n} h ago", n=minutes // 60)
    return tr("{n} days ago", n=minutes // (24 * 60))


def waiting_text(waiting: int) -> str:
    """'12 changes waiting' ('' when none or not known)."""
    if waiting <= 0:
        return ""
    return tr("1 change waiting") if waiting == 1 else tr("{n} changes waiting", n=f"{waiting:,}")


def report_text(report: object) -> str:
    """What a completed cycle did, in the interface's language."""
    return tr("Sent {published} changes, received {applied}, {conflicts} conflicts, {quarantined} bundles "
              "held back.", published=report.published, applied=report.applied,
              conflicts=report.conflicts, quarantined=report.quarantined)


def describe(status: SyncStatus | None, syncing: bool, now: datetime) -> tuple[str, str, bool]:
    """(status-bar text, tooltip, whether it is a problem) for a sync status (None: not read yet)."""
    if status is None:
        return (tr("Syncing…") if syncing else tr("Checking sync…")), "", False
    if not status.joined or status.error_code == "not_configured":
        return (tr("Not joined to a share"),
                tr("This installation does not sync yet: a manager sets it up on the Sync page."), False)
    waiting = waiting_text(status.waiting)
    last = (tr("Last successful sync: {time}", time=local_time(status.last_success))
            if status.last_success else tr("No successful sync yet."))
    if syncing:
        return tr("Syncing…"), last, False
    if status.error_code == "unreachable":
        text = tr("Offline: share not reachable")
        return (" · ".join(filter(None, [text, waiting])), "\n".join([status.error_text, last]), False)
    if status.error_code:
        short = _SHORT_PROBLEMS.get(status.error_code)
        text = tr("Sync problem: {short}", short=tr(short) if short else tr("see the Sync page"))
        return text, "\n".join([status.error_text, last]), True
    if status.last_success is None:
        return " · ".join(filter(None, [tr("Not synced yet"), waiting])), last, False
    text = tr("Synced {ago}", ago=time_ago(status.last_success, now))
    tip = [last]
    if status.report is not None:
        tip.append(report_text(status.report))
        tip.extend(status.report.problems)
    return " · ".join(filter(None, [text, waiting])), "\n".join(tip), False


class SyncIndicator(QToolButton):
    """A flat button in the status bar showing the runner's state; clicking it emits ``clicked``.

    The text follows ``SyncRunner.status`` and is redrawn every minute so "3 min ago" stays true.
    """

    def __init__(self, runner: SyncRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncIndicator")
        self.runner = runner
        self.setAutoRaise(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.problem = False
        self.click_hint = ""
        runner.started.connect(self.update_text)
        runner.status_changed.connect(self.update_text)
        self._minute = QTimer(self)
        self._minute.setInterval(MINUTE_MS)
        self._minute.timeout.connect(self.update_text)
        self._minute.start()
        self.update_text()

    def update_text(self, *_args: object) -> None:
        """Show the runner's current state."""
        text, tip, problem = describe(self.runner.status, self.runner.cycle_running, datetime.now(timezone.utc))
        self.setText(text)
        self.setToolTip("\n".join(filter(None, [tip, self.click_hint])))
        if problem != self.problem:
            self.problem = problem
            self.setStyleSheet(PROBLEM_STYLE if problem else "")
