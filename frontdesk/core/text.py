"""What text the store accepts, decided once (every store module calls `accept` at its edge), and how
text already stored is made safe for a terminal, a spreadsheet or a PDF (`shown`, `spreadsheet_cell`).

The rule:
- NUL, the other C0 controls, DEL, the C1 controls, bidirectional overrides (which reorder what a terminal or a
  printout shows) and lone surrogates are refused, naming the field (and the line of an import);
- tabs and line breaks are kept where they mean something (multi-line text); in one-line text (a name, a title)
  they are turned into a space; CR LF and a lone CR become LF;
- one length limit per kind of text (`KINDS`), counted after that cleaning."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .errors import Invalid


@dataclass(frozen=True)
class Kind:
    limit: int
    multiline: bool


#: Every kind of text the store keeps, with its one limit.
KINDS = {
    "name": Kind(40, False),        # a person's or a staff member's name
    "line": Kind(200, False),       # a one-line value: a title, a place, a department, a tag, an address line
    "text": Kind(4000, True),       # what was said or done: a ticket's text, a note, a reply, an answer
}

#: The kind of each field that is not one-line text ("line" is the default).
FIELD_KINDS = {
    "name": "name", "display_name": "name",
    "text": "text", "description": "text", "note": "text", "notes": "text", "answer": "text", "body": "text",
    "handling_text": "text", "reason": "text", "comment": "text", "care_needs": "text", "preferences": "text",
}

#: Characters no stored text may hold (tab, LF and CR are dealt with by kind, below).
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_BREAKS = re.compile("\r\n?|[\u2028\u2029\x85]")
_ONE_LINE = re.compile("[\t\n]+")


def _describe(ch: str) -> str:
    """The character as its code point (U+001B): the same in every language, and never the raw character."""
    return f"U+{ord(ch):04X}"


def accept(field: str, value: str | None, kind: str | None = None, *, line: int | None = None,
           required: bool = False) -> str:
    """`value` as the store keeps it (stripped, line breaks normalised), or Invalid naming the field.
    The kind (and so the limit) is the field's own (`FIELD_KINDS`) unless given."""
    spec = KINDS[kind or FIELD_KINDS.get(field, "line")]
    text = "" if value is None else str(value)
    text = _BREAKS.sub("\n", text).replace("\ufeff", "")      # a BOM pasted in the middle: invisible, dropped
    bad = _FORBIDDEN.search(text)
    if bad:
        ch = bad.group()
        raise Invalid(field, reason="control_char", line=line, char=_describe(ch), at=bad.start() + 1)
    if not spec.multiline:
        text = _ONE_LINE.sub(" ", text)
    text = text.strip()
    if required and not text:
        raise Invalid(field, reason="required", line=line)
    if len(text) > spec.limit:
        raise Invalid(field, reason="too_long", line=line, max=f"{spec.limit:,}", length=len(text))
    return text


def refuse_controls(field: str, value):
    """`value` (a string, or a list or dict of them, as a setting holds) unchanged, or Invalid naming the field
    when any of its text holds a character no stored text may hold. No length limit: for settings."""
    if isinstance(value, str):
        bad = _FORBIDDEN.search(value)
        if bad:
            accept(field, value[bad.start():], "text")       # raises, saying which character
    elif isinstance(value, dict):
        for v in value.values():
            refuse_controls(field, v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            refuse_controls(field, v)
    return value


def holds_refused(text: str) -> bool:
    """True when `text` holds a character `accept` refuses (a quick test before naming which, and where)."""
    return _FORBIDDEN.search(text) is not None


def first_refused(values, line: int | None = None) -> tuple[str, str] | None:
    """(field, reason) of the first value `accept` would refuse for its characters, or None: for checking a
    whole imported line before its fields are read one by one. `values`: a dict or (field, value) pairs."""
    for fld, value in values.items() if isinstance(values, dict) else values:
        if value and _FORBIDDEN.search(value):
            try:
                accept(fld, value, "text", line=line)
            except Invalid as exc:
                return fld, str(exc).split(": ", 1)[-1]
    return None


def shown(value, *, multiline: bool = True) -> str:
    """Text already stored, safe to print to a terminal, a spreadsheet or a PDF: forbidden characters (which
    older versions let in) become U+FFFD; line breaks are kept only when `multiline`."""
    if value is None:
        return ""
    text = _BREAKS.sub("\n", value if isinstance(value, str) else str(value))
    if _FORBIDDEN.search(text):
        text = _FORBIDDEN.sub("\ufffd", text)
    return text if multiline else _ONE_LINE.sub(" ", text)


#: A cell starting with one of these is read as a formula by Excel, WPS or LibreOffice (CSV injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "＝")


def spreadsheet_cell(value) -> str:
    """Text for a cell of any CSV the program writes: `shown`, and a leading ' when it would start a formula."""
    text = shown(value)
    return "'" + text if text.startswith(FORMULA_START) else text


class defusing:
    """A csv.writer whose every cell goes through `spreadsheet_cell`: `defusing(csv.writer(fh))`."""

    def __init__(self, writer):
        self.writer = writer

    def writerow(self, row):
        return self.writer.writerow([spreadsheet_cell(c) for c in row])

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)
