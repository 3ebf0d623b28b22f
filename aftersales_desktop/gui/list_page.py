"""What the list-and-detail pages (quality and return cases, requisitions) share: running a step's
dialog, and selecting a document in the list."""

from __future__ import annotations

from aftersales_desktop.gui.form_dialog import FormDialog
from aftersales_desktop.gui.support import clear_filters


class ListPageMixin:
    """Dialogs and selection for a page with ``rows`` (items with ``id``), ``selected_id``, a
    ``status_filter`` and ``search`` above the list, ``refresh()`` and a ``status_message`` signal.

    Mixed in before QWidget; it keeps no state of its own.
    """

    def open_dialog(self, dialog: FormDialog) -> str | None:
        """Show ``dialog`` modally (a seam for tests, which drive the dialog without exec)."""
        return dialog.run()

    def _run(self, dialog: FormDialog) -> str | None:
        """Show a step's dialog; after a step was taken, reload and say what happened."""
        message = self.open_dialog(dialog)
        dialog.deleteLater()
        if message:
            self.refresh()
            self.status_message.emit(message)
        return message

    def _run_new(self, dialog: FormDialog) -> None:
        """Show a dialog that makes a document (its ``made``); select what it made."""
        message = self.open_dialog(dialog)
        if message and dialog.made is not None:
            self.select(dialog.made.id)
            self.status_message.emit(message)
        dialog.deleteLater()

    def select(self, document_id: str) -> None:
        """Select a document in the list (clearing the filters if they hide it)."""
        self.selected_id = document_id
        if not any(row.id == document_id for row in self.rows):
            clear_filters(self.status_filter, self.search)
        self.refresh()
