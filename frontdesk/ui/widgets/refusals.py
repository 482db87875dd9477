"""Words for a refusal: core and store raise codes with data (STYLE §7); the window says them in its language.

Every page shows a refusal through describe(); an unknown code is said in a translated frame that still
carries the exception's own (English) detail, so nothing is ever hidden."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from frontdesk.core.errors import Invalid, NotFound, Refused
from frontdesk.ui import labels


def _fill(template: str, *values) -> str:
    for i, v in enumerate(values, start=1):
        template = template.replace(f"%{i}", str(v))
    return template


def describe(exc: BaseException) -> str:
    """The refusal (or any other error) in the window's language."""
    if not isinstance(exc, Refused):
        return str(exc)
    d, code = exc.data or {}, exc.code
    if isinstance(exc, Invalid):
        return describe_invalid(exc)
    if isinstance(exc, NotFound):
        return describe_not_found(exc)
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
    from frontdesk.ui.widgets import counter_refusals     # roles by act, backups, restores, damage
    if counter_refusals.handles(exc):
        return counter_refusals.describe(exc)
    if code == "role" and "admin" in str(exc):
        return QCoreApplication.translate("Refusals", "Only an administrator may do this.")
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
    return describe_code(exc)


def _t(text: str) -> str:
    """A marked table entry in the window's language."""
    return QCoreApplication.translate("Refusals", text)


FIXED = {  # codes whose words need no detail
    "bad_login": QT_TRANSLATE_NOOP("Refusals", "Wrong user name or password."),
    "last_admin": QT_TRANSLATE_NOOP("Refusals", "The centre must keep at least one active administrator."),
    "forbidden": QT_TRANSLATE_NOOP(
        "Refusals", "Only a supervisor or an administrator may see or export full ID numbers and phones."),
    "same": QT_TRANSLATE_NOOP("Refusals", "A record cannot be merged into itself."),
    "no_units": QT_TRANSLATE_NOOP(
        "Refusals", "No units are selected: import the owners' list first, or widen the selection."),
    "builtin": QT_TRANSLATE_NOOP("Refusals", "A built-in entry cannot be removed."),
    "final": QT_TRANSLATE_NOOP("Refusals", "The ticket is already finished."),
    "already_initialised": QT_TRANSLATE_NOOP("Refusals", "This database is already set up."),
    "not_initialised": QT_TRANSLATE_NOOP("Refusals", "This database is not set up yet."),
}
WITH_DETAIL = {  # codes whose detail (a path, a name) is worth keeping; %1 is the original message
    "exists": QT_TRANSLATE_NOOP("Refusals", "This already exists (%1)."),
    "cancelled": QT_TRANSLATE_NOOP("Refusals", "Stopped: %1."),
    "inactive": QT_TRANSLATE_NOOP("Refusals", "The user is not active (%1)."),
    "merged": QT_TRANSLATE_NOOP("Refusals", "The record was merged into another one (%1)."),
    "different_people": QT_TRANSLATE_NOOP("Refusals", "These are different people (%1)."),
    "missing": QT_TRANSLATE_NOOP("Refusals", "The file is not there (%1)."),
    "unreadable": QT_TRANSLATE_NOOP("Refusals", "The file cannot be read (%1)."),
    "write_failed": QT_TRANSLATE_NOOP("Refusals", "The file cannot be written (%1)."),
    "number_taken": QT_TRANSLATE_NOOP(
        "Refusals", "The document number was taken meanwhile; prepare the document again (%1)."),
    "type": QT_TRANSLATE_NOOP("Refusals", "This document is not printed for this kind of ticket (%1)."),
    "no_official": QT_TRANSLATE_NOOP("Refusals", "There is no official holiday table for this year (%1)."),
    "usage": QT_TRANSLATE_NOOP("Refusals", "Not possible here (%1)."),
}
WHATS = {"person": QT_TRANSLATE_NOOP("Refusals", "person"),
         "standard answer": QT_TRANSLATE_NOOP("Refusals", "standard answer"),
         "survey response": QT_TRANSLATE_NOOP("Refusals", "survey form"),
         "survey": QT_TRANSLATE_NOOP("Refusals", "survey"),
         "ticket": QT_TRANSLATE_NOOP("Refusals", "ticket"),
         "unit": QT_TRANSLATE_NOOP("Refusals", "unit"),
         "units": QT_TRANSLATE_NOOP("Refusals", "units"),
         "user": QT_TRANSLATE_NOOP("Refusals", "user"),
         "template": QT_TRANSLATE_NOOP("Refusals", "template"),
         "category": QT_TRANSLATE_NOOP("Refusals", "category")}
FIELDS = {"name": QT_TRANSLATE_NOOP("Refusals", "Name"), "kind": QT_TRANSLATE_NOOP("Refusals", "Kind"),
          "out": QT_TRANSLATE_NOOP("Refusals", "File"), "body": QT_TRANSLATE_NOOP("Refusals", "Text"),
          "units": QT_TRANSLATE_NOOP("Refusals", "Units"), "area": QT_TRANSLATE_NOOP("Refusals", "Area"),
          "title": QT_TRANSLATE_NOOP("Refusals", "Title"), "scores": QT_TRANSLATE_NOOP("Refusals", "Scores"),
          "password": QT_TRANSLATE_NOOP("Refusals", "Password"),
          "mapping": QT_TRANSLATE_NOOP("Refusals", "Columns"), "items": QT_TRANSLATE_NOOP("Refusals", "Items"),
          "id_number": QT_TRANSLATE_NOOP("Refusals", "ID number"), "date": QT_TRANSLATE_NOOP("Refusals", "Date"),
          "year": QT_TRANSLATE_NOOP("Refusals", "Year"), "to": QT_TRANSLATE_NOOP("Refusals", "To"),
          "ticket": QT_TRANSLATE_NOOP("Refusals", "Ticket"),
          "template": QT_TRANSLATE_NOOP("Refusals", "Template"),
          "sla": QT_TRANSLATE_NOOP("Refusals", "Deadlines"), "rounds": QT_TRANSLATE_NOOP("Refusals", "Rounds"),
          "public": QT_TRANSLATE_NOOP("Refusals", "Public"), "phone": QT_TRANSLATE_NOOP("Refusals", "Phone"),
          "handling": QT_TRANSLATE_NOOP("Refusals", "Handling"),
          "format": QT_TRANSLATE_NOOP("Refusals", "Format"),
          "display_name": QT_TRANSLATE_NOOP("Refusals", "Display name"),
          "username": QT_TRANSLATE_NOOP("Refusals", "User name"),
          "comment": QT_TRANSLATE_NOOP("Refusals", "Comment"), "centre": QT_TRANSLATE_NOOP("Refusals", "Centre"),
          "at": QT_TRANSLATE_NOOP("Refusals", "Time"), "what": QT_TRANSLATE_NOOP("Refusals", "What")}


def describe_code(exc: Refused) -> str:
    """The refusals every area shares (files, rights, duplicates); unknown codes keep their detail."""
    if exc.code == "locked" and (exc.data or {}).get("until"):
        from frontdesk.ui.labels import refusal_text
        return refusal_text(exc)
    if exc.code in FIXED:
        return _t(FIXED[exc.code])
    if exc.code == "disk_full":            # never "damaged, restore a backup": that advice would lose tickets
        return _fill(QCoreApplication.translate(
            "Refusals", "The disk holding %1 is full. Nothing was saved by this action, and nothing saved before "
            "is lost or damaged: free some space on that disk and try again."), (exc.data or {}).get("folder", ""))
    return _fill(_t(WITH_DETAIL.get(exc.code, QT_TRANSLATE_NOOP("Refusals", "Not possible: %1"))), str(exc))


def describe_not_found(exc: NotFound) -> str:
    """A missing record named in the window's language."""
    what = labels.name_of("Refusals", WHATS, exc.what)
    return _fill(QCoreApplication.translate("Refusals", "There is no %1 %2."), what, exc.key)


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
    names.update({k: labels.name_of("Refusals", FIELDS, k) for k in FIELDS})
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
    elif detail.startswith("unknown placeholder ") and exc.valid:
        unknown = detail[len("unknown placeholder "):].split(" (")[0]
        detail = _fill(QCoreApplication.translate("Refusals", "unknown placeholder %1 (usable: %2)"), unknown,
                       "、".join(str(v) for v in exc.valid))
    elif detail == "required":
        detail = QCoreApplication.translate("Refusals", "required")
    elif detail == "the template is empty":
        detail = QCoreApplication.translate("Refusals", "the template is empty")
    elif exc.field == "contact_phone" and "neither a mobile" in detail:
        detail = _fill(QCoreApplication.translate(
            "Refusals", "'%1' is neither a mobile number nor a landline with its area code"), detail.split("'")[1])
    sep = QCoreApplication.translate("Refusals", ": ")
    if exc.field in names:
        return f"{names[exc.field]}{sep}{detail}"
    return _fill(QCoreApplication.translate("Refusals", "Not accepted: %1"), text)
