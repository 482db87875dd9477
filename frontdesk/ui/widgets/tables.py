"""Table views for short ticket lists: compact rows, columns fitted once per refresh (not on every paint)."""
from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableView


def ticket_table(parent, model) -> QTableView:
    """A read-only, row-selecting table whose columns are fitted by fit_columns() after each refresh."""
    view = QTableView(parent)
    view.setModel(model)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.setSelectionBehavior(QTableView.SelectRows)
    view.setSelectionMode(QTableView.SingleSelection)
    view.setEditTriggers(QTableView.NoEditTriggers)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.Interactive)   # ResizeToContents re-measures on every layout
    header.setStretchLastSection(True)
    header.setResizeContentsPrecision(40)                  # fit to the first rows only
    return view


def fit_columns(view: QTableView) -> None:
    """Size the columns to their contents once (the last one stretches)."""
    for col in range(view.model().columnCount() - 1):
        view.resizeColumnToContents(col)
