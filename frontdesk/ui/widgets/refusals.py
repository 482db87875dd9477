"""Words for a refusal: core and store raise codes with data (STYLE §7); the window says them in its language.

Unknown codes fall back to the exception's own (English) text, so nothing is ever hidden."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from frontdesk.core.errors import Invalid, Refused
from frontdesk.ui.widgets import labels


def _fill(template: str, *values) -> str:
    for i, v in enumerate(values, start=1):
        template = template.replace(f"%{i}", str(v))
    return template


def describe(exc: Refused) -> str:
    """The refusal in the window's language."""
    d, code = exc.data or {}, exc.code
    if isinstance(exc, Invalid):
        return describe_invalid(exc)
    st = labels.state
    if code == "not_allowed":
        from frontdesk.core.states import MOVES
        allowed = "、".join(st(m.target) for m in MOVES if m.source == d.get("source")) or "—"
        return _fill(QCoreApplication.translate("Refusals", "A ticket cannot go from %1 to %2 (from %1 it can go to: %3)."),
                     st(d.get("source")), st(d.get("target")), allowed)
    if code == "same_state":
        return _fill(QCoreApplication.translate("Refusals", "The ticket is already %1."), st(d.get("source")))
    if code == "role" and d.get("source"):
        from frontdesk.ui.labels import role_label
        return _fill(QCoreApplication.translate("Refusals", "A %1 may not move a ticket from %2 to %3."),
                     role_label(d.get("role")), st(d.get("source")), st(d.get("target")))
    if code == "role":
        return QCoreApplication.translate("Refusals", "Only a supervisor may do this.")
    if code == "repair_loop_required":
        return _fill(QCoreApplication.translate(
            "Refusals", "Only an inquiry, suggestion or praise can be closed at once; a %1 goes through the repair loop."),
            labels.type_(d.get("type")))
    if code == "verify_required":
        return QCoreApplication.translate("Refusals", "A repair must be verified (返单复验) before the owner is told.")
    if code == "rating_required":
        return QCoreApplication.translate("Refusals", "Closing after the callback needs the owner's rating.")
    if code == "unsatisfied_reopens":
        return QCoreApplication.translate("Refusals", "An unsatisfied callback reopens the ticket.")
    if code == "reopen_needs_unsatisfied":
        return QCoreApplication.translate("Refusals", "A ticket is reopened after an unsatisfied callback, or by a supervisor.")
    if code == "cancel_not_owner":
        return QCoreApplication.translate("Refusals", "Only the first responder or a supervisor may cancel a ticket.")
    if code in ("not_due", "final") and d.get("source"):
        template = (QCoreApplication.translate("Refusals", "The callback comes after the owner was told; the ticket is %1.")
                    if code == "not_due" else QCoreApplication.translate("Refusals", "The ticket is %1."))
        return _fill(template, st(d.get("source")))
    if code == "same_owner":
        return QCoreApplication.translate("Refusals", "They already own this ticket.")
    return str(exc)


def describe_invalid(exc: Invalid) -> str:
    """A field's refusal: the field named in the window's language, the detail as the store gave it."""
    names = {"unit": QCoreApplication.translate("Refusals", "Unit"),
             "text": QCoreApplication.translate("Refusals", "Description"),
             "category": QCoreApplication.translate("Refusals", "Category"),
             "type": QCoreApplication.translate("Refusals", "Type"),
             "channel": QCoreApplication.translate("Refusals", "Channel"),
             "place": QCoreApplication.translate("Refusals", "Place"),
             "contact_phone": QCoreApplication.translate("Refusals", "Call-back number"),
             "note": QCoreApplication.translate("Refusals", "Note"),
             "reason": QCoreApplication.translate("Refusals", "Reason"),
             "rating": QCoreApplication.translate("Refusals", "Rating"),
             "handler": QCoreApplication.translate("Refusals", "Handler")}
    text = str(exc)
    if exc.field == "text" and "required" in text:
        return QCoreApplication.translate("Refusals", "Description: please write what the caller says.")
    if exc.field == "note" and "empty" in text:
        return QCoreApplication.translate("Refusals", "Note: the note is empty.")
    if exc.field == "unit" and "needs a unit" in text:
        return QCoreApplication.translate("Refusals", "Unit: a request in the unit needs the unit (or choose the common area).")
    detail = text.split(": ", 1)[1] if text.startswith(f"{exc.field}: ") else text
    import re
    m = re.match(r"no unit '([^']*)'(?: \(nearby: ([^)]*)\))?", detail)
    if m:
        detail = (_fill(QCoreApplication.translate("Refusals", "there is no unit %1 (nearby: %2)"), m[1], m[2])
                  if m[2] else _fill(QCoreApplication.translate(
                      "Refusals", "there is no unit %1 (a unit code is building-entrance-room, e.g. 3-2-1202)"), m[1]))
    elif detail.startswith("unknown value '") and exc.valid:
        detail = _fill(QCoreApplication.translate("Refusals", "'%1' is not one of: %2"),
                       detail.split("'")[1], "、".join(str(v) for v in exc.valid))
    elif exc.field == "contact_phone" and "neither a mobile" in detail:
        detail = _fill(QCoreApplication.translate(
            "Refusals", "'%1' is neither a mobile number nor a landline with its area code"), detail.split("'")[1])
    sep = QCoreApplication.translate("Refusals", ": ")
    return f"{names[exc.field]}{sep}{detail}" if exc.field in names else text
