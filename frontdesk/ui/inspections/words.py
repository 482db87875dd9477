"""Inspection words in the window's language: round states, kinds, how an item is judged; state colours."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from frontdesk.ui.widgets.timing import AMBER, GREEN, RED

CONTEXT = "InspectionWords"
STATES = {"upcoming": QT_TRANSLATE_NOOP("InspectionWords", "Upcoming"),
          "due": QT_TRANSLATE_NOOP("InspectionWords", "Due today"),
          "late": QT_TRANSLATE_NOOP("InspectionWords", "Late"),
          "done": QT_TRANSLATE_NOOP("InspectionWords", "Done"),
          "missed": QT_TRANSLATE_NOOP("InspectionWords", "Missed")}
COLOURS = {"due": "#1565c0", "late": AMBER, "missed": RED, "done": GREEN, "upcoming": "#757575"}
EVERY = {"daily": QT_TRANSLATE_NOOP("InspectionWords", "Daily"),
         "weekly": QT_TRANSLATE_NOOP("InspectionWords", "Weekly"),
         "monthly": QT_TRANSLATE_NOOP("InspectionWords", "Monthly"),
         "days": QT_TRANSLATE_NOOP("InspectionWords", "Every N days")}
JUDGED = {"normal_abnormal": QT_TRANSLATE_NOOP("InspectionWords", "Normal / abnormal"),
          "count": QT_TRANSLATE_NOOP("InspectionWords", "Count"),
          "reading": QT_TRANSLATE_NOOP("InspectionWords", "Reading")}
KINDS = {"equipment": QT_TRANSLATE_NOOP("InspectionWords", "Equipment"),
         "quality": QT_TRANSLATE_NOOP("InspectionWords", "Service-quality score sheet")}
HOLIDAYS = {"keep": QT_TRANSLATE_NOOP("InspectionWords", "Also on holidays"),
            "skip": QT_TRANSLATE_NOOP("InspectionWords", "Not on holidays"),
            "next_workday": QT_TRANSLATE_NOOP("InspectionWords", "Next working day")}


def word(table: dict, code: str | None) -> str:
    """A code's word in the window's language (the code itself when unknown)."""
    return QCoreApplication.translate(CONTEXT, table[code]) if code in table else (code or "")


def state(code: str | None) -> str:
    return word(STATES, code)
