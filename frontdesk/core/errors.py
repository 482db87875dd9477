"""Refusals carry a stable code and their data (which state, which field, which values); the words are made
from the code, here for the command line (English) and in ui/widgets/refusals.py for the window (the same
templates, translated). See docs/architecture.md, "Refusals".

MESSAGES is the one table of refusal words: a code (a Refused's `code`, or an Invalid's `reason`) to an English
template whose {names} are keys of the refusal's data. The window translates the template itself (context
"Refusals" in resources/i18n/rules_zh_CN.ts) and fills it with the data said in its own language."""
from __future__ import annotations

import string

MESSAGES: dict[str, str] = {
    # ---- the lifecycle (core/states) --------------------------------------------------------------------
    "unknown_state": "'{target}' is not a state (valid: {valid})",
    "same_state": "the ticket is already {source}",
    "not_allowed": "a ticket cannot go from {source} to {target} (allowed from {source}: {allowed})",
    "role": "only {roles} may move a ticket from {source} to {target} (you are {role})",
    "not_your_ticket": "an engineer acts only on tickets dispatched to them; {number} is not dispatched to you",
    "repair_loop_required": "only an inquiry, suggestion or praise can be closed at intake; a {type} goes "
                            "through the repair loop",
    "verify_required": "a repair must be verified (返单复验) before the owner is notified",
    "rating_required": "closing after the callback needs the owner's rating (satisfied, basic or unsatisfied)",
    "unsatisfied_reopens": "an unsatisfied callback reopens the ticket: move it to reopened",
    "satisfied_closes": "a satisfied or basic callback closes the ticket: move it to closed",
    "reopen_needs_unsatisfied": "a ticket is reopened from an unsatisfied callback, or by a supervisor",
    "cancel_not_owner": "only the first responder or a supervisor may cancel a ticket",
    "note_required": "moving a ticket from {source} to {target} needs a note saying why",
    "takes_no_handler": "a handler is named only when dispatching (--to dispatched), not from {source} to {target}",
    "takes_no_rating": "a rating is given only at the callback (from notified to closed or reopened), not from "
                       "{source} to {target}",
    "not_due": "a callback follows the owner being told; {number} is {source}",
    "final": "the ticket is {source}",
    "same_owner": "'{to}' already owns {number}",
    # ---- a field's value (Invalid's reason; the field is named before it) ---------------------------------
    "required": "required",
    "empty_note": "the note is empty",
    "too_long": "at most {max} characters",
    "control_char": "holds {char} at character {at}, which text here may not hold; type it again without it",
    "unknown_value": "unknown value '{value}' (valid: {valid})",
    "no_unit": "no unit '{value}' (unit codes are building-entrance-room, e.g. 3-2-1202)",
    "no_unit_near": "no unit '{value}' (nearby: {nearby})",
    "unit_needed": "an in-unit request needs a unit (or choose the common area)",
    "not_a_phone": "'{value}' is neither a mobile (11 digits, 1[3-9]…) nor a landline with area code",
    "caller_elsewhere": "{value} is not on record at unit {unit}",
    "future": "{value} is in the future",
    "too_early": "{value} is before {floor}",
    "no_such_date": "there is no such date: {value}",
    "bad_time": "'{value}' is not a time like YYYY-MM-DD HH:MM",
    "cannot_handle": "'{value}' cannot handle work",
    "not_desk": "'{value}' is not desk staff: ownership stays at the desk",
    "not_reached_rating": "a rating is given only when the owner was reached",
    "escalate_note": "say what is pressed and by when",
    "transfer_reason": "a transfer needs a reason",
}


class _Blank(dict):
    def __missing__(self, key):
        return ""


def fill(template: str, data: dict) -> str:
    """A template's {names} filled from data (a missing name is left empty, never an error)."""
    values = _Blank({k: ", ".join(map(str, v)) if isinstance(v, (list, tuple)) else v for k, v in data.items()})
    return string.Formatter().vformat(template, (), values)


def render(code: str | None, data: dict) -> str:
    """The English words of a coded refusal (the command line prints these)."""
    return fill(MESSAGES[code], data) if code in MESSAGES else ""


class Refused(Exception):
    """A user action the rules do not allow. `code` is stable; `data` says what and why; the message is made
    from MESSAGES[code] when none is given."""

    def __init__(self, code: str, message: str = "", **data):
        self.code = code
        self.data = data
        super().__init__(message or render(code, data) or code)

    @property
    def message(self) -> str:
        return str(self)


class Invalid(Refused):
    """Bad input: names the field (and line, when there is one). `reason` is the problem's code in MESSAGES
    (its words are made from it when no message is given); code is always 'invalid'."""

    def __init__(self, field: str, message: str = "", *, line: int | None = None, valid=None,
                 reason: str | None = None, **data):
        self.field = field
        self.line = line
        self.reason = reason
        self.valid = list(valid) if valid is not None else None
        detail = message or render(reason, {**data, "field": field, "valid": self.valid or []})
        text = f"{field}: {detail}"
        if line is not None:
            text = f"line {line}, {text}"
        if self.valid and "{valid}" not in MESSAGES.get(reason or "", ""):
            text += " (valid: " + ", ".join(str(v) for v in self.valid) + ")"
        super().__init__("invalid", text, field=field, line=line, valid=self.valid, reason=reason, **data)


class NotFound(Refused):
    def __init__(self, what: str, key: str, valid=None):
        self.what = what
        self.key = key
        text = f"no {what} '{key}'"
        if valid:
            text += " (valid: " + ", ".join(str(v) for v in valid) + ")"
        super().__init__("not_found", text, what=what, key=key, valid=valid)
