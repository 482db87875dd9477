"""What a write changed (docs/architecture.md, A write): a store write returns the record it stored, read back —
the same dict as before — carrying `.changed`, the tables, ids and ticket numbers it touched. The window
refreshes from that through one helper (ui/writes.py) instead of guessing what to redraw."""
from __future__ import annotations

from typing import Iterable, Mapping, TypedDict


class Changes(TypedDict):
    tables: set[str]
    ids: set[str]
    numbers: set[str]


class Written(dict):
    """A record as read back after a write, with `.changed` (a Changes); compares and prints as the dict."""

    changed: Changes

    def __init__(self, record: Mapping, *, tables: Iterable[str], ids: Iterable[str] = (),
                 numbers: Iterable[str] = ()):
        super().__init__(record)
        self.changed = {"tables": set(tables), "ids": set(ids), "numbers": set(numbers)}


def changes_of(result) -> Changes | None:
    """The Changes a write returned, or None for a result that does not say (an older function)."""
    return getattr(result, "changed", None)
