"""GUI test set-up: offscreen Qt, English texts, no modal dialog left able to block the suite."""

from __future__ import annotations

import gc
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def garbage_collected_on_the_gui_thread():
    """As the application does (gui.main_thread_gc): no cycle collection inside worker threads.

    A collection in a render or sync worker could run the destructors of Qt objects an earlier
    test made on the GUI thread, and crash the suite at random.
    """
    gc.disable()
    yield
    gc.collect()
    gc.enable()


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path):
    """QSettings (geometry, language, printers, paper) go to the test's own folder, never the user's."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield


@pytest.fixture(autouse=True)
def english_interface():
    """Tests read English texts; the catalogue is reset after each test."""
    from aftersales_desktop import i18n

    i18n.set_language("en")
    yield
    i18n.set_language("en")


@pytest.fixture(autouse=True)
def no_blocking_message_boxes(monkeypatch):
    """Record QMessageBox calls instead of showing them; tests read ``boxes`` to assert on them."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[tuple[str, str]] = []

    def record(kind, answer):
        def box(_parent, title, text, *args, **kwargs):
            shown.append((kind, f"{title}: {text}"))
            return answer
        return box

    monkeypatch.setattr(QMessageBox, "warning", record("warning", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "critical", record("critical", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "information", record("information", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "question", record("question", QMessageBox.StandardButton.Yes))
    return shown


@pytest.fixture
def boxes(no_blocking_message_boxes):
    """The message boxes a test caused, as (kind, 'title: text')."""
    return no_blocking_message_boxes


@pytest.fixture
def keeper(outlet):
    """A storekeeper of the outlet ("store", 赵库管), logged in; a page test's own ``keeper`` may build on it."""
    from aftersales_desktop.domain.enums import Role
    from aftersales_desktop.services import staff
    from aftersales_desktop.services.outlet import AccountDraft, log_in

    staff.create_staff(outlet.manager, AccountDraft("store", "赵库管", "secret1", Role.STOREKEEPER))
    return outlet.as_user(log_in(outlet.db, "store", "secret1"))
