"""Table views for short ticket lists: compact rows, columns fitted once per refresh (not on every paint)."""
from __future__ import annotations

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QHeaderView, QTableView


def ticket_table(parent, model) -> QTableView:
    """A read-only, row-selecting table whose columns are fitted by fit_columns() after each refresh."""
    view = QTableView(parent)
    view.setModel(model)
    view.verticalHeader().hide()
    # the application's font: asking the view's own metrics polishes it against the style sheet (30 ms)
    view.verticalHeader().setDefaultSectionSize(QFontMetrics(QApplication.font()).height() + 8)
    view.setSelectionBehavior(QTableView.SelectRows)
    view.setSelectionMode(QTableView.SingleSelection)
    view.setEditTriggers(QTableView.NoEditTriggers)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.Interactive)   # ResizeToContents re-measures on every layout
    header.setStretchLastSection(True)
    header.setResizeContentsPrecision(40)                  # fit to the first rows only
    return view


def fit_columns(view: QTableView, cap: int | None = None) -> None:
    """Size the columns to their contents once (the last one stretches), measuring the texts directly; `cap`
    keeps a long-texted column from pushing the last ones out of a 1366 px window (Qt elides the rest)."""
    model = view.model()
    fm = view.fontMetrics()
    header = view.horizontalHeader()
    for col in range(model.columnCount() - 1):
        if not hasattr(model, "column_texts"):
            view.resizeColumnToContents(col)
            continue
        title = str(model.headerData(col, header.orientation()) or "")
        texts = model.column_texts(col) + [title]
        width = max(fm.horizontalAdvance(t) for t in texts) + 14
        view.setColumnWidth(col, min(width, cap) if cap else width)
