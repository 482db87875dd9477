"""Words for a refusal: core and store raise codes with data (docs/architecture.md, Refusals); the window says them in its language.

Every page shows a refusal through describe(); an unknown code is said in a translated frame that still
carries the exception's own (English) detail, so nothing is ever hidden."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from frontdesk.core.errors import MESSAGES, Invalid, NotFound, Refused, fill
from frontdesk.ui import labels


def _fill(template: str, *values) -> str:
    for i, v in enumerate(values, start=1):
        template = template.replace(f"%{i}", str(v))
    return template


def describe(exc: BaseException) -> str:
    """The refusal (or any other error) in the window's language: a coded refusal from the one table of words
    (core/errors.MESSAGES, translated), filled with its data said in the window's language."""
    if not isinstance(exc, Refused):
        return str(exc)
    if isinstance(exc, Invalid):
        return describe_invalid(exc)
    if isinstance(exc, NotFound):
        return describe_not_found(exc)
    from frontdesk.ui.widgets import counter_refusals     # roles by act (core/permissions), backups, damage
    if counter_refusals.handles(exc):
        return counter_refusals.describe(exc)
    if exc.code == "role" and not (exc.data or {}).get("source"):
        return _role_elsewhere(exc)
    if exc.code in MESSAGES:
        return sentence(say(exc.code, exc.data or {}))
    return describe_code(exc)


def _role_elsewhere(exc: Refused) -> str:
    """A role refusal raised outside the lifecycle (settings, templates) without the roles that may act."""
    roles = (exc.data or {}).get("roles") or ["supervisor"]      # from the data, never from the English words
    if list(roles) == ["admin"]:
        return QCoreApplication.translate("Refusals", "Only an administrator may do this.")
    return QCoreApplication.translate("Refusals", "Only a supervisor may do this.")


def say(code: str, data: dict) -> str:
    """MESSAGES[code] in the window's language, its {names} filled with the data in the window's words."""
    return fill(QCoreApplication.translate("Refusals", MESSAGES[code]), localized(data))


def sentence(text: str) -> str:
    """A refusal as a sentence: capitalised, with its full stop ('。' in Chinese comes with the translation)."""
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "。", "!", "！", "?", "？")) else text + "."


def _list(values) -> str:
    return QCoreApplication.translate("Refusals", ", ").join(str(v) for v in values)


def localized(data: dict) -> dict:
    """A refusal's data as the window says it: states, types, roles and actions by their translated names."""
    out = dict(data)
    for key in ("source", "target"):
        if data.get(key):
            out[key] = labels.state(data[key])
    if data.get("allowed"):
        out["allowed"] = _list(labels.state(s) if s != "none" else "—" for s in data["allowed"])
    if data.get("type"):
        out["type"] = labels.type_(data["type"])
    if data.get("role"):
        out["role"] = labels.role_label(data["role"])
    if data.get("roles"):
        out["roles"] = _list(labels.role_label(r) for r in data["roles"])
    from frontdesk.core.states import STATES
    for key in ("valid",):
        if isinstance(data.get(key), (list, tuple)):
            out[key] = _list(labels.state(v) if v in STATES else v for v in data[key])
    return out


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
    "bundle_used": QT_TRANSLATE_NOOP(
        "Refusals", "This full bundle was already used to join another PC. Each new PC joins from a full bundle "
        "of its own: export a new one on a PC of the centre (Sync, full bundle)."),
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
         "category": QT_TRANSLATE_NOOP("Refusals", "category"),
         "attachment": QT_TRANSLATE_NOOP("Refusals", "attachment"),
         "conflict": QT_TRANSLATE_NOOP("Refusals", "conflict"),
         "inspection round": QT_TRANSLATE_NOOP("Refusals", "inspection sheet"),
         # NotFound(f"{kind} template"): one per kind of core.templates.KINDS
         "notice template": QT_TRANSLATE_NOOP("Refusals", "notice template"),
         "complaint-reply template": QT_TRANSLATE_NOOP("Refusals", "complaint reply template"),
         "callback-letter template": QT_TRANSLATE_NOOP("Refusals", "callback letter template"),
         "survey-form template": QT_TRANSLATE_NOOP("Refusals", "survey form template"),
         "inspection template": QT_TRANSLATE_NOOP("Refusals", "inspection template")}
FIELDS = {"unit": QT_TRANSLATE_NOOP("Refusals", "Unit"), "text": QT_TRANSLATE_NOOP("Refusals", "Description"),
          "category": QT_TRANSLATE_NOOP("Refusals", "Category"), "type": QT_TRANSLATE_NOOP("Refusals", "Type"),
          "channel": QT_TRANSLATE_NOOP("Refusals", "Channel"), "place": QT_TRANSLATE_NOOP("Refusals", "Place"),
          "contact_phone": QT_TRANSLATE_NOOP("Refusals", "Call-back number"),
          "note": QT_TRANSLATE_NOOP("Refusals", "Note"), "reason": QT_TRANSLATE_NOOP("Refusals", "Reason"),
          "rating": QT_TRANSLATE_NOOP("Refusals", "Rating"), "handler": QT_TRANSLATE_NOOP("Refusals", "Handler"),
          "person": QT_TRANSLATE_NOOP("Refusals", "Caller"),
          "place_detail": QT_TRANSLATE_NOOP("Refusals", "Place detail"),
          "name": QT_TRANSLATE_NOOP("Refusals", "Name"), "kind": QT_TRANSLATE_NOOP("Refusals", "Kind"),
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


def field_label(field: str) -> str:
    """A field's name in the window's language (one table for every form's refusals)."""
    return labels.name_of("Refusals", FIELDS, field)


def describe_invalid(exc: Invalid) -> str:
    """A field's refusal: the field named once in the window's language, then what is wrong with it — from
    the reason's code when it has one; else the store's own detail in a translated frame."""
    sep = QCoreApplication.translate("Refusals", ": ")
    line = (_fill(QCoreApplication.translate("Refusals", "Line %1, "), exc.line) if exc.line is not None else "")
    if exc.reason in MESSAGES:
        data = {**(exc.data or {}), "valid": exc.valid or []}
        return f"{line}{field_label(exc.field)}{sep}{say(exc.reason, data)}"
    text = str(exc)
    detail = text.split(": ", 1)[1] if text.startswith(f"{exc.field}: ") else text
    if detail.startswith("unknown placeholder ") and exc.valid:
        unknown = detail[len("unknown placeholder "):].split(" (")[0]
        detail = _fill(QCoreApplication.translate("Refusals", "unknown placeholder %1 (usable: %2)"), unknown,
                       "、".join(str(v) for v in exc.valid))
    elif detail == "required":
        detail = QCoreApplication.translate("Refusals", "required")
    elif detail == "the template is empty":
        detail = QCoreApplication.translate("Refusals", "the template is empty")
    if exc.field in FIELDS:
        return f"{line}{field_label(exc.field)}{sep}{detail}"
    return _fill(QCoreApplication.translate("Refusals", "Not accepted: %1"), text)
