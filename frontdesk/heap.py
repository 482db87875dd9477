"""The collector and a long-running window: what start-up made stays for the whole day, so it is frozen.

CPython's full collection walks every tracked object. In the window that is ~200,000 objects made at start-up
(modules, Qt wrappers, translations) that are never garbage, so each full collection, triggered by any call
that makes many objects (the board's 5,000 cards), paused it for milliseconds. gc.freeze() moves them to a
permanent generation the collector no longer walks; later garbage is collected as before.
"""
from __future__ import annotations

import gc


def freeze_startup() -> int:
    """Collect once, then freeze what is left (start-up's long-lived objects); returns how many were frozen.
    Called by the window once it is up (and by the benchmark, which measures calls as the window makes them)."""
    gc.collect()
    gc.freeze()
    return gc.get_freeze_count()
