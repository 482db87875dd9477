"""Paints a board card: number (督 when escalated, ⚡ when urgent), unit and category, time left or overdue, first responder → handler."""
from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate

from frontdesk.ui.models.board_column import CARD_ROLE
from frontdesk.ui import labels
from frontdesk.ui.widgets.timing import colour

PAD = 6
# Qt's enums looked up once (each `Qt.X` costs microseconds in PySide6; paint runs per card)
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
ELIDE = Qt.TextElideMode.ElideRight
NO_PEN = Qt.PenStyle.NoPen
SELECTED = QStyle.StateFlag.State_Selected


class CardDelegate(QStyledItemDelegate):
    """No widget per card: 5,000 open tickets paint from the model's dicts."""

    def __init__(self, now_fn, parent=None):
        super().__init__(parent)
        self.now_fn = now_fn
        self.names: dict[str, str] = {}          # staff id → display name (the board page keeps it)

    def sizeHint(self, option, index):
        fm = QFontMetrics(option.font)
        view = option.widget
        width = view.viewport().width() if view is not None and hasattr(view, "viewport") else 150
        return QSize(max(width - 2, 120), fm.height() * 4 + PAD * 2 + 6)

    def paint(self, painter, option, index):
        card = index.data(CARD_ROLE)
        if not card:
            return
        painter.save()
        rect = option.rect.adjusted(3, 3, -3, -3)
        selected = bool(option.state & SELECTED)
        painter.setRenderHint(painter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#1565c0") if selected else QColor("#c8c8c8"), 2 if selected else 1))
        painter.setBrush(QColor("#e3f2fd") if selected else QColor("white"))
        painter.drawRoundedRect(rect, 5, 5)
        tcol = colour(card.get("timing"))
        painter.setPen(NO_PEN)
        painter.setBrush(tcol)
        painter.drawRoundedRect(QRect(rect.left(), rect.top(), 5, rect.height()), 2, 2)
        fm = QFontMetrics(option.font)
        lh = fm.height()
        x, w = rect.left() + PAD + 4, rect.width() - PAD * 2 - 4
        y = rect.top() + PAD
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(QColor("#212121"))
        head = card["number"]
        painter.drawText(QRect(x, y, w, lh), LEFT, fm.elidedText(head, ELIDE, w))
        painter.setFont(option.font)
        marks = ("督 " if card.get("escalated") else "") + ("⚡" if card.get("urgent") else "")
        if marks:                                   # the number's prefix says the type; escalation, urgency shown
            painter.setPen(QColor("#c62828"))
            painter.drawText(QRect(x, y, w, lh), RIGHT, marks.strip())
        painter.setPen(QColor("#212121"))
        line2 = " · ".join(v for v in (card.get("unit") or labels.place("common"), labels.category(card.get("category"))) if v)
        painter.drawText(QRect(x, y + lh, w, lh), LEFT, fm.elidedText(line2, ELIDE, w))
        painter.setPen(tcol)
        painter.drawText(QRect(x, y + 2 * lh, w, lh), LEFT,
                         fm.elidedText(card_time_text(card, self.now_fn()), ELIDE, w))
        painter.setPen(QColor("#616161"))
        who = self.names.get(card["first_responder_id"]) or ""
        if card.get("handler_id") in self.names:
            who += " → " + self.names[card["handler_id"]]
        painter.drawText(QRect(x, y + 3 * lh, w, lh), LEFT, fm.elidedText(who, ELIDE, w))
        painter.restore()


def card_time_text(card: dict, now) -> str:
    """'2 h 05 min left', 'overdue 3 h', or the callback's time once the deadline was met."""
    import datetime as dt
    timing = card.get("timing")
    if timing in ("met", "late", "callback_overdue") and card.get("callback_due_at"):
        text = labels.time_left(dt.datetime.fromisoformat(card["callback_due_at"]), now)
        return labels.event_kind("callback") + ": " + text
    if card.get("due_at"):
        return labels.time_left(dt.datetime.fromisoformat(card["due_at"]), now)
    return labels.timing(timing)
