"""A ticket's timeline (created, moves, notes, calls, callbacks ...) as a table model."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from frontdesk.ui.widgets import labels



class EventsModel(QAbstractTableModel):
    """Columns: when, what, who, note (rows are frontdesk.store.tickets.events dicts)."""

    HEADERS = ("When", "What", "Who", "Note")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[dict] = []

    def set_events(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role == Qt.DisplayRole and orientation == Qt.Horizontal and 0 <= section < len(self.HEADERS):
            return [QCoreApplication.translate("EventsModel", "When"), QCoreApplication.translate("EventsModel", "What"), QCoreApplication.translate("EventsModel", "Who"), QCoreApplication.translate("EventsModel", "Note")][section]
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        if role not in (Qt.DisplayRole, Qt.ToolTipRole):
            return None
        e = self._rows[index.row()]
        col = index.column()
        if col == 0:
            return (e["at"] or "").replace("T", " ")[:16]
        if col == 1:
            return describe(e)
        if col == 2:
            return e.get("actor_name") or e.get("actor") or ""
        return e.get("note") or ""


def describe(e: dict) -> str:
    """What happened, in words: 'Moved: Registered → Dispatched (eng1)', 'Callback: Satisfied'."""
    kind, data = e["kind"], e.get("data") or {}
    text = labels.event_kind(kind)
    if kind == "moved":
        text = f"{labels.state(e.get('from_status'))} → {labels.state(e.get('to_status'))}"
        if data.get("handler") or data.get("department"):
            text += f" ({data.get('handler') or data.get('department')})"
    elif kind == "callback":
        if data.get("reached"):
            text += ": " + labels.rating(data.get("rating"))
        else:
            text += ": " + QCoreApplication.translate("EventsModel", "not reached (try %1)").replace("%1", str(data.get("attempt", "")))
    elif kind == "transferred":
        text += f": {data.get('from', '')} → {data.get('to', '')}"
    elif kind == "created" and data.get("repeat_of"):
        text += " · " + QCoreApplication.translate("EventsModel", "repeat of %1").replace("%1", data["repeat_of"])
    return text
