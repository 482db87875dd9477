"""A ticket's timeline (created, moves, notes, calls, callbacks ...) as a table model."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from frontdesk.ui import labels

# Roles looked up once: `Qt.DisplayRole` costs about 9 µs a lookup in PySide6 6.12, and data() is asked
# thousands of times a paint.
DISPLAY = Qt.ItemDataRole.DisplayRole
HORIZONTAL = Qt.Orientation.Horizontal
TOOLTIP = Qt.ItemDataRole.ToolTipRole


class EventsModel(QAbstractTableModel):
    """Columns: when, what, who, note (rows are frontdesk.store.tickets.events dicts)."""

    HEADERS = ("When", "What", "Who", "Note")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[dict] = []
        self._texts: list[tuple] = []

    def set_events(self, rows: list[dict]) -> None:
        """Replace the timeline; texts are made here once (painting only looks them up)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._texts = [((e["at"] or "").replace("T", " ")[:16], describe(e), e.get("actor_name") or e.get("actor") or "",
                        e.get("note") or "") for e in self._rows]
        self.endResetModel()

    def column_texts(self, column: int, limit: int = 60) -> list[str]:
        return [t[column] for t in self._texts[:limit]]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=DISPLAY):
        if role == DISPLAY and orientation == HORIZONTAL and 0 <= section < len(self.HEADERS):
            return [QCoreApplication.translate("EventsModel", "When"), QCoreApplication.translate("EventsModel", "What"),
                    QCoreApplication.translate("EventsModel", "Who"),
                    QCoreApplication.translate("EventsModel", "Note")][section]
        return None

    def data(self, index, role=DISPLAY):
        if role == DISPLAY or role == TOOLTIP:
            row = index.row()
            return self._texts[row][index.column()] if 0 <= row < len(self._texts) else None
        return None


def describe(e: dict) -> str:
    """What happened, in words: 'Moved: Registered → Dispatched (eng1)', 'Callback: Satisfied'."""
    kind, data, names = e["kind"], e.get("data") or {}, e.get("names") or {}
    text = labels.event_kind(kind)
    if kind == "moved":
        text = f"{labels.state(e.get('from_status'))} → {labels.state(e.get('to_status'))}"
        if data.get("handler") or data.get("department"):
            text += f" ({names.get('handler') or data.get('handler') or data.get('department')})"
    elif kind == "callback":
        if data.get("reached"):
            text += ": " + labels.rating(data.get("rating"))
        else:
            text += ": " + QCoreApplication.translate("EventsModel", "not reached (try %1)").replace("%1", str(data.get("attempt", "")))
    elif kind == "transferred":
        text += f": {names.get('from') or data.get('from', '')} → {names.get('to') or data.get('to', '')}"
    elif kind == "created" and data.get("repeat_of"):
        text += " · " + QCoreApplication.translate("EventsModel", "repeat of %1").replace("%1", data["repeat_of"])
    return text
