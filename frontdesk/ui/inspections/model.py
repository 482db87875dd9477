"""The rounds the desk sees on a day (due today, late, done, missed): a short table model, state coloured."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor

from .words import COLOURS, state

DISPLAY = Qt.ItemDataRole.DisplayRole


def _tr(text: str) -> str:
    return QCoreApplication.translate("RoundsModel", text)


_WORDS = (QT_TRANSLATE_NOOP("RoundsModel", "(%1 open)"), QT_TRANSLATE_NOOP("RoundsModel", "(closed)"))
FOREGROUND = Qt.ItemDataRole.ForegroundRole
COLUMNS = (QT_TRANSLATE_NOOP("RoundsModel", "State"), QT_TRANSLATE_NOOP("RoundsModel", "Due"),
           QT_TRANSLATE_NOOP("RoundsModel", "Sheet"), QT_TRANSLATE_NOOP("RoundsModel", "Place"),
           QT_TRANSLATE_NOOP("RoundsModel", "Round"), QT_TRANSLATE_NOOP("RoundsModel", "Inspector"),
           QT_TRANSLATE_NOOP("RoundsModel", "Findings · score"))


class RoundsModel(QAbstractTableModel):
    """Rows are slots from store.inspections.due(); texts are made once per refresh."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[dict] = []
        self._texts: list[tuple] = []

    def set_rows(self, rows: list[dict]) -> None:
        self.beginResetModel()
        order = {"due": 0, "late": 1, "missed": 2, "upcoming": 3, "done": 4}
        self.rows = sorted(rows, key=lambda s: (order.get(s["state"], 9), s["due_on"], s["title"], s["place"]))
        self._texts = [self._row_texts(r) for r in self.rows]
        self.endResetModel()

    def _row_texts(self, r: dict) -> tuple:
        findings = ""
        if r.get("findings"):
            still = r.get("open_findings") or 0
            findings = f"{r['findings']} " + (_tr("(%1 open)").replace("%1", str(still)) if still else _tr("(closed)"))
        score = f"{r['score']:g}" if r.get("score") is not None else ""
        return (state(r["state"]), r["due_on"][5:].replace("-", "/"), r["title"], r["place"], r.get("number") or "",
                r.get("inspector") or "", " · ".join(x for x in (findings, score) if x))

    def column_texts(self, column: int, limit: int = 60) -> list[str]:
        return [t[column] for t in self._texts[:limit]]

    def row(self, index: int) -> dict | None:
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=DISPLAY):
        if role != DISPLAY or orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        return QCoreApplication.translate("RoundsModel", COLUMNS[section])

    def data(self, index, role=DISPLAY):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        if role in (DISPLAY, Qt.ItemDataRole.ToolTipRole):      # the tooltip: a cell cut short at 1366 px
            return self._texts[index.row()][index.column()]
        if role == FOREGROUND and index.column() == 0:
            return QColor(COLOURS.get(self.rows[index.row()]["state"], "#000000"))
        return None
