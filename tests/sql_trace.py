"""The SQL a call runs, as SQLite reports it (values filled in): for statement-count and query-plan tests."""
from __future__ import annotations

import sqlite3
from typing import Callable


def statements(conn: sqlite3.Connection, fn: Callable[[], object]) -> list[str]:
    """Every statement `fn()` ran on `conn`, in order."""
    seen: list[str] = []
    conn.set_trace_callback(seen.append)
    try:
        fn()
    finally:
        conn.set_trace_callback(None)
    return seen
