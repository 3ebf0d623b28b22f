"""Helpers shared by the page tests: reading a table's column, driving a page's dialogs without exec."""

from __future__ import annotations


def column_texts(table, column):
    """The texts of one column of a QTableWidget, top to bottom."""
    return [table.item(row, column).text() for row in range(table.rowCount())]


def drive(view, monkeypatch, fill):
    """Make the page's dialogs run ``fill(dialog)`` and OK instead of exec (through the page's
    ``open_dialog`` seam); returns the list of dialogs opened, kept alive for the test."""
    opened = []

    def run(dialog):
        opened.append(dialog)
        fill(dialog)
        dialog.accept()
        return dialog.message if dialog.result() else None
    monkeypatch.setattr(view, "open_dialog", run)
    return opened
