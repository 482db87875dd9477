"""Repeat complaints (二次投诉): same unit, same category, registered in the 30 days before."""
from __future__ import annotations

import datetime as dt
from typing import Iterable, Mapping

REPEAT_WINDOW = dt.timedelta(days=30)


def window_start(received_at: dt.datetime) -> dt.datetime:
    return received_at - REPEAT_WINDOW


def find_repeat(type_: str, category: str, received_at: dt.datetime,
                earlier: Iterable[Mapping]) -> Mapping | None:
    """The most recent earlier complaint this one repeats, or None.

    `earlier` are the unit's tickets (type, category, received_at as datetime, status)."""
    if type_ != "complaint":
        return None
    best = None
    start = window_start(received_at)
    for t in earlier:
        if t["type"] != "complaint" or t["category"] != category or t.get("status") == "cancelled":
            continue
        if start <= t["received_at"] < received_at and (best is None or t["received_at"] > best["received_at"]):
            best = t
    return best
