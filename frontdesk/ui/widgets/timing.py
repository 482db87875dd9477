"""Timing colours and a small badge: red overdue, amber near due, everywhere it is shown (docs/architecture.md, The window)."""
from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel

from frontdesk.ui import labels

RED = "#c62828"
AMBER = "#e08a00"
GREEN = "#2e7d32"
GREY = "#757575"

COLOURS = {"overdue": RED, "callback_overdue": RED, "near_due": AMBER, "late": AMBER, "ok": GREEN,
           "met": GREEN, "cancelled": GREY}


def colour(timing: str | None) -> QColor:
    return QColor(COLOURS.get(timing or "", GREY))


class TimingBadge(QLabel):
    """A rounded label in the timing's colour, e.g. 'overdue 2 h 10 min'."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.timing = ""
        self.set_timing("", "")

    def set_timing(self, timing: str, text: str | None = None) -> None:
        self.timing = timing
        self.setText(text if text is not None else labels.timing(timing))
        self.setVisible(bool(self.text()))
        self.setStyleSheet(f"QLabel {{ color: white; background: {COLOURS.get(timing, GREY)}; "
                           "border-radius: 4px; padding: 1px 6px; }")
