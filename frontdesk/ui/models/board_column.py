"""One board column: the open tickets of one state as cards (a list model; a delegate paints them)."""
from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QByteArray, QMimeData, QModelIndex, Qt, Signal

from frontdesk.ui import labels

# Roles looked up once: `Qt.DisplayRole` costs about 9 µs a lookup in PySide6 6.12, and data() is asked
# thousands of times a paint.
DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
USER = Qt.ItemDataRole.UserRole


CARD_ROLE = USER + 1
MIME = "application/x-frontdesk-ticket"


class BoardColumnModel(QAbstractListModel):
    """Rows are the board's dicts (frontdesk.store.tickets.board plus names); drops emit `dropped`."""

    dropped = Signal(str, str)          # ticket number, this column's state

    def __init__(self, state: str, parent=None):
        super().__init__(parent)
        self.state = state
        self._cards: list[dict] = []

    def set_cards(self, cards: list[dict]) -> None:
        self.beginResetModel()
        self._cards = list(cards)
        self.endResetModel()

    def card(self, row: int) -> dict | None:
        return self._cards[row] if 0 <= row < len(self._cards) else None

    def row_of(self, number: str) -> int:
        for i, c in enumerate(self._cards):
            if c["number"] == number:
                return i
        return -1

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._cards)

    def data(self, index, role=DISPLAY):
        if not index.isValid() or not (0 <= index.row() < len(self._cards)):
            return None
        c = self._cards[index.row()]
        if role == DISPLAY:
            return c["number"]
        if role == CARD_ROLE:
            return c
        if role == TOOLTIP:
            return " · ".join(x for x in (c["number"], c.get("unit") or "", labels.category(c.get("category"))) if x)
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemIsDropEnabled
        return Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemIsDragEnabled | Qt.ItemIsDropEnabled  # onto a card too

    def supportedDropActions(self):
        return Qt.CopyAction | Qt.MoveAction

    def supportedDragActions(self):
        return Qt.CopyAction

    def mimeTypes(self):
        return [MIME]

    def mimeData(self, indexes):
        data = QMimeData()
        numbers = [self._cards[i.row()]["number"] for i in indexes if i.isValid()][:1]
        data.setData(MIME, QByteArray("\n".join(numbers).encode()))
        return data

    def canDropMimeData(self, data, action, row, column, parent):
        return data.hasFormat(MIME)

    def dropMimeData(self, data, action, row, column, parent):
        """A card dropped here asks for a move to this column's state; the page decides (core checks)."""
        if not data.hasFormat(MIME):
            return False
        number = bytes(data.data(MIME)).decode().strip()
        if number and self.row_of(number) < 0:
            self.dropped.emit(number, self.state)
        return False            # the model never inserts rows itself: the page refreshes after the move
