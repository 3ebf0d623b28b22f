"""Form rows that keep a field's error message directly under the field."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QVBoxLayout, QWidget

from aftersales_desktop.gui.support import FieldErrors


def new_form() -> QFormLayout:
    """A form layout with labels right of nothing clipped: rows wrap long labels, fields grow."""
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setVerticalSpacing(8)
    form.setHorizontalSpacing(12)
    return form


def add_field_row(form: QFormLayout, label: str, field: QWidget, errors: FieldErrors,
                  name: str) -> QWidget:
    """Add ``field`` under ``label`` with the error label for service field ``name`` beneath it."""
    holder = QWidget()
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(field)
    column.addWidget(errors.label_for(name))
    form.addRow(label, holder)
    return holder
