"""Readable ticket numbers: BX-20261122-007; a second terminal adds its letter: BX-20261122-B007."""
from __future__ import annotations

import datetime as dt
import re

from .model import TYPE_PREFIX

NUMBER_RE = re.compile(r"^(BX|TS|ZX|JY|BY)-(\d{8})-([A-Z]?)(\d{3,})$")


def ticket_number(type_: str, day: dt.date, seq: int, terminal_letter: str = "") -> str:
    """Unique across terminals: each terminal of a centre numbers in its own space (letter)."""
    return f"{TYPE_PREFIX[type_]}-{day:%Y%m%d}-{terminal_letter}{seq:03d}"


def number_prefix(type_: str, day: dt.date, terminal_letter: str = "") -> str:
    return f"{TYPE_PREFIX[type_]}-{day:%Y%m%d}-{terminal_letter}"


def looks_like_number(text: str) -> bool:
    return bool(re.match(r"^(BX|TS|ZX|JY|BY)(-\d{0,8}(-[A-Z]?\d*)?)?$", text.strip().upper()))


def terminal_letter(index: int) -> str:
    """Terminal 1 (the first) has no letter; terminal 2 is B, 3 is C, ..."""
    if index <= 1:
        return ""
    if index > 26:
        raise ValueError("at most 26 terminals per centre")
    return chr(ord("A") + index - 1)
