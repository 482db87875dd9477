"""A read-only table model over a list of plain dicts (a day's log, the callbacks due, result rows)."""
from __future__ import annotations

from typing import Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt


class RowsModel(QAbstractTableModel):
    """Columns are (key, header); cells show str(row[key]); `colour(row)` may tint a row's text."""

    def __init__(self, columns: Sequence[tuple[str, str]], parent=None, colour: Callable | None = None):
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[dict] = []
        self._colour = colour

    def set_rows(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def set_headers(self, columns: Sequence[tuple[str, str]]) -> None:
        self.columns = list(columns)
        self.headerDataChanged.emit(Qt.Horizontal, 0, max(len(self.columns) - 1, 0))

    def row(self, i: int) -> dict | None:
        return self.rows[i] if 0 <= i < len(self.rows) else None

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows) or not 0 <= index.column() < len(self.columns):
            return None
        row = self.rows[index.row()]
        if role in (Qt.DisplayRole, Qt.ToolTipRole):
            value = row.get(self.columns[index.column()][0])
            return "" if value is None else str(value)
        if role == Qt.ForegroundRole and self._colour:
            return self._colour(row)
        return None

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role != Qt.DisplayRole:
            return None
        if orientation == Qt.Horizontal and 0 <= section < len(self.columns):
            return self.columns[section][1]
        if orientation == Qt.Vertical:
            return str(section + 1)
        return None
