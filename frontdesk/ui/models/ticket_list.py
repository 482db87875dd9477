"""A short list of tickets (the dashboard's tables): number, unit, category, state, time left; coloured by timing."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from frontdesk.store.db import local_now  # the desk clock (FRONTDESK_NOW in tests and screenshots)
from frontdesk.ui import labels
from frontdesk.ui.widgets.timing import colour

# Roles looked up once: `Qt.DisplayRole` costs about 9 µs a lookup in PySide6 6.12, and data() is asked
# thousands of times a paint.
DISPLAY = Qt.ItemDataRole.DisplayRole
HORIZONTAL = Qt.Orientation.Horizontal
FOREGROUND = Qt.ItemDataRole.ForegroundRole
USER = Qt.ItemDataRole.UserRole


NUMBER_ROLE = USER + 1


class TicketListModel(QAbstractTableModel):
    """Rows are board-like dicts (number, type, category, status, unit, due_at, timing, ...)."""

    def __init__(self, parent=None, *, last: str = "time"):
        super().__init__(parent)
        self.last = last                    # the last column: 'time' left, 'callback' time left, 'received' when
        self._rows: list[dict] = []
        self._texts: list[tuple] = []
        self._colours: list = []
        self.now = local_now()

    def set_rows(self, rows: list[dict], now: dt.datetime) -> None:
        """Replace the rows; the texts are made once here, so painting and sizing only look them up."""
        self.beginResetModel()
        self._rows, self.now = list(rows), now
        self._texts = [self._row_texts(r) for r in self._rows]
        self._colours = [colour(r.get("timing")) for r in self._rows]
        self.endResetModel()

    def column_texts(self, column: int, limit: int = 60) -> list[str]:
        """The texts of a column's first rows (for fitting its width without asking data())."""
        return [t[column] for t in self._texts[:limit]]

    def _row_texts(self, r: dict) -> tuple:
        if self.last == "received":
            last = (r.get("received_at") or r.get("created_at") or "").replace("T", " ")[:16]
        elif self.last == "callback":
            when = r.get("callback_due_at")
            last = labels.time_left(dt.datetime.fromisoformat(when), self.now) if when else ""
        else:
            from frontdesk.ui.widgets.card_delegate import card_time_text
            last = card_time_text(r, self.now)
        return (r["number"], r.get("unit") or labels.place("common"), labels.category(r["category"]),
                labels.state(r["status"]), last)

    def number(self, row: int) -> str | None:
        return self._rows[row]["number"] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section, orientation, role=DISPLAY):
        if role != DISPLAY or orientation != HORIZONTAL or not 0 <= section < 5:
            return None
        if section == 4:
            return {"callback": QCoreApplication.translate("TicketListModel", "Callback"),
                    "received": QCoreApplication.translate("TicketListModel", "Received")}.get(
                self.last, QCoreApplication.translate("TicketListModel", "Time"))
        return [QCoreApplication.translate("TicketListModel", "Number"),
                QCoreApplication.translate("TicketListModel", "Unit"),
                QCoreApplication.translate("TicketListModel", "Category"),
                QCoreApplication.translate("TicketListModel", "State")][section]

    def data(self, index, role=DISPLAY):
        """Looked-up texts only: Qt asks this thousands of times while painting (docs/architecture.md, Speed rules 7)."""
        if role == DISPLAY:
            row = index.row()
            return self._texts[row][index.column()] if 0 <= row < len(self._texts) else None
        if role == FOREGROUND:
            row = index.row()
            if index.column() == 4 and self.last != "received" and 0 <= row < len(self._colours):
                return self._colours[row]
            return None
        if role == NUMBER_ROLE:
            return self.number(index.row())
        return None
