"""Display names for the stored codes (states, types, channels, ratings, timing), translated by Qt Linguist."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

STATES = {
    "registered": QT_TRANSLATE_NOOP("Labels", "Registered"),
    "dispatched": QT_TRANSLATE_NOOP("Labels", "Dispatched"),
    "in_progress": QT_TRANSLATE_NOOP("Labels", "In progress"),
    "done": QT_TRANSLATE_NOOP("Labels", "Done, to verify"),
    "verified": QT_TRANSLATE_NOOP("Labels", "Verified"),
    "notified": QT_TRANSLATE_NOOP("Labels", "Owner told"),
    "closed": QT_TRANSLATE_NOOP("Labels", "Closed"),
    "cancelled": QT_TRANSLATE_NOOP("Labels", "Cancelled"),
    "reopened": QT_TRANSLATE_NOOP("Labels", "Reopened"),
}
TYPES = {
    "repair": QT_TRANSLATE_NOOP("Labels", "Repair"),
    "complaint": QT_TRANSLATE_NOOP("Labels", "Complaint"),
    "inquiry": QT_TRANSLATE_NOOP("Labels", "Inquiry"),
    "suggestion": QT_TRANSLATE_NOOP("Labels", "Suggestion"),
    "praise": QT_TRANSLATE_NOOP("Labels", "Praise"),
}
CHANNELS = {
    "phone": QT_TRANSLATE_NOOP("Labels", "Phone call"),
    "visit": QT_TRANSLATE_NOOP("Labels", "Visit"),
    "wechat": QT_TRANSLATE_NOOP("Labels", "WeChat"),
    "opinion_box": QT_TRANSLATE_NOOP("Labels", "Opinion box"),
    "door_visit": QT_TRANSLATE_NOOP("Labels", "Door visit"),
    "patrol": QT_TRANSLATE_NOOP("Labels", "Found on patrol"),
}
RATINGS = {
    "satisfied": QT_TRANSLATE_NOOP("Labels", "Satisfied"),
    "basic": QT_TRANSLATE_NOOP("Labels", "Basically satisfied"),
    "unsatisfied": QT_TRANSLATE_NOOP("Labels", "Unsatisfied"),
}
PLACES = {
    "unit": QT_TRANSLATE_NOOP("Labels", "In the unit"),
    "common": QT_TRANSLATE_NOOP("Labels", "Common area"),
}
TIMING = {
    "ok": QT_TRANSLATE_NOOP("Labels", "On time"),
    "near_due": QT_TRANSLATE_NOOP("Labels", "Near due"),
    "overdue": QT_TRANSLATE_NOOP("Labels", "Overdue"),
    "met": QT_TRANSLATE_NOOP("Labels", "Met"),
    "late": QT_TRANSLATE_NOOP("Labels", "Met late"),
    "callback_overdue": QT_TRANSLATE_NOOP("Labels", "Callback overdue"),
    "cancelled": QT_TRANSLATE_NOOP("Labels", "Cancelled"),
}
KINDS = {
    "created": QT_TRANSLATE_NOOP("Labels", "Registered"),
    "moved": QT_TRANSLATE_NOOP("Labels", "Moved"),
    "note": QT_TRANSLATE_NOOP("Labels", "Note"),
    "call": QT_TRANSLATE_NOOP("Labels", "Call to the owner"),
    "letter": QT_TRANSLATE_NOOP("Labels", "Letter printed"),
    "visit": QT_TRANSLATE_NOOP("Labels", "Visit"),
    "escalated": QT_TRANSLATE_NOOP("Labels", "Escalated"),
    "callback": QT_TRANSLATE_NOOP("Labels", "Callback"),
    "transferred": QT_TRANSLATE_NOOP("Labels", "Ownership transferred"),
    "assigned": QT_TRANSLATE_NOOP("Labels", "Assigned"),
}
SEARCH_KINDS = {
    "unit": QT_TRANSLATE_NOOP("Labels", "Unit"),
    "person": QT_TRANSLATE_NOOP("Labels", "Person"),
    "ticket": QT_TRANSLATE_NOOP("Labels", "Ticket"),
}


def name_of(context: str, table: dict, code):
    """One code's display name from a QT_TRANSLATE_NOOP table of `context`; an unknown code as it is."""
    text = table.get(code)
    return QCoreApplication.translate(context, text) if text else code


def _tr(table: dict, code) -> str:
    return name_of("Labels", table, code) or ""


def state(code) -> str:
    return _tr(STATES, code)


def type_(code) -> str:
    return _tr(TYPES, code)


def channel(code) -> str:
    return _tr(CHANNELS, code)


def rating(code) -> str:
    return _tr(RATINGS, code)


def place(code) -> str:
    return _tr(PLACES, code)


def timing(code) -> str:
    return _tr(TIMING, code)


def event_kind(code) -> str:
    return _tr(KINDS, code)


def search_kind(code) -> str:
    return _tr(SEARCH_KINDS, code)


def span(seconds: float) -> str:
    """A short duration: '3 d 4 h', '2 h 05 min', '12 min' (translated units), cut to whole minutes by core's
    one rule (sla.remaining), so the card, the ticket window and the lists say the same."""
    import datetime as dt
    from frontdesk.core.sla import remaining
    d, h, m, _past = remaining(dt.datetime.min + dt.timedelta(seconds=abs(seconds)), dt.datetime.min)
    if d:
        return QCoreApplication.translate("Labels", "%1 d %2 h").replace("%1", str(d)).replace("%2", str(h))
    if h:
        return QCoreApplication.translate("Labels", "%1 h %2 min").replace("%1", str(h)).replace("%2", f"{m:02d}")
    return QCoreApplication.translate("Labels", "%1 min").replace("%1", str(max(m, 1)))


def time_left(due_at, now) -> str:
    """'2 h 05 min left' or 'overdue 1 d 3 h' against a deadline."""
    secs = (due_at - now).total_seconds()
    if secs >= 0:
        return QCoreApplication.translate("Labels", "%1 left").replace("%1", span(secs))
    return QCoreApplication.translate("Labels", "overdue %1").replace("%1", span(secs))
