"""Domain exceptions carry data (which state, which field); ui and cli turn them into words."""
from __future__ import annotations


class Refused(Exception):
    """A user action the rules do not allow. `code` is stable; `data` says what and why."""

    def __init__(self, code: str, message: str = "", **data):
        self.code = code
        self.data = data
        super().__init__(message or code)

    @property
    def message(self) -> str:
        return str(self)


class Invalid(Refused):
    """Bad input: names the field (and line, when there is one)."""

    def __init__(self, field: str, message: str, *, line: int | None = None, valid=None, **data):
        self.field = field
        self.line = line
        self.valid = list(valid) if valid is not None else None
        text = f"{field}: {message}"
        if line is not None:
            text = f"line {line}, {text}"
        if self.valid:
            text += " (valid: " + ", ".join(str(v) for v in self.valid) + ")"
        super().__init__("invalid", text, field=field, line=line, valid=self.valid, **data)


class NotFound(Refused):
    def __init__(self, what: str, key: str, valid=None):
        self.what = what
        self.key = key
        text = f"no {what} '{key}'"
        if valid:
            text += " (valid: " + ", ".join(str(v) for v in valid) + ")"
        super().__init__("not_found", text, what=what, key=key, valid=valid)
