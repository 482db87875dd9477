"""Centre settings (name, address, letterhead, terminal, SLA rules, language), as JSON values."""
from __future__ import annotations

import json
import sqlite3
from typing import Any

import sqlite_utils

from frontdesk.core.calendar import WorkCalendar, official_days
from frontdesk.core.model import DEFAULT_CATEGORIES
from frontdesk.core.sla import DEFAULT_RULES, validate_rules
from frontdesk.core.text import refuse_controls

DEFAULTS: dict[str, Any] = {
    "centre_name": "",
    "centre_address": "",
    "centre_phone": "",
    "legal_name": "",
    "work_order_parts": False,
    "survey_anonymous": False,
    "letterhead_lines": [],
    "terminal_id": "T1",
    "terminal_letter": "",
    "sla_rules": DEFAULT_RULES,
    "language": "zh_CN",
    "idle_lock_minutes": 10,
    "font_path": "",
    "engineering_department": "工程部",
    "demo_accounts": [],
}


def get(db: sqlite_utils.Database, key: str, default: Any = None) -> Any:
    try:                      # (not by listing the tables first: that read of the schema cost more than the get)
        row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    except sqlite3.OperationalError as exc:
        if "no such table" not in str(exc):
            raise
        row = None                                  # a file before its first migration
    if row is None or row[0] is None:
        return DEFAULTS.get(key, default) if default is None else default
    return json.loads(row[0])


def put(db: sqlite_utils.Database, key: str, value: Any, actor: dict | None = None) -> None:
    """Set one setting (and audit it) in its own transaction or the caller's."""
    from .audit import record
    from .db import now_utc
    from .tx import writing
    from frontdesk.core.permissions import require
    require(actor, "settings")
    refuse_controls(key, value)                      # the store's one text rule
    if key == "sla_rules":
        value = validate_rules(value)
    with writing(db):
        origin = (get(db, "terminal_id") or "T1") if key != "terminal_id" else value
        db.execute(
            "INSERT INTO settings (key, value, updated_at, origin, version) VALUES (?, ?, ?, ?, 1) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, "
            "origin = excluded.origin, version = settings.version + 1",
            [key, json.dumps(value, ensure_ascii=False), now_utc(), origin])
        record(db, actor, "setting", "settings", key, value=value if key != "font_path" else str(value))


def sla_rules(db: sqlite_utils.Database) -> dict:
    return {**DEFAULT_RULES, **(get(db, "sla_rules") or {})}


def categories(db: sqlite_utils.Database) -> dict[str, list[str]]:
    """Categories per type: the defaults and what the admin added, in order."""
    out = {t: list(c) for t, c in DEFAULT_CATEGORIES.items()}
    for row in db.query("SELECT type, name FROM categories WHERE deleted_at IS NULL ORDER BY sort, name"):
        if row["name"] not in out.setdefault(row["type"], []):
            out[row["type"]].insert(max(len(out[row["type"]]) - 1, 0), row["name"])  # before 其他
    return out


_CALENDARS: dict[tuple, WorkCalendar] = {}


def calendar(db: sqlite_utils.Database) -> WorkCalendar:
    """The working-day calendar: the admin's table where it has a year, else the official one.

    Built once per distinct holiday table (an intake asks for it on every save; building it from the
    official table costs about 1.5 ms). Treat the returned calendar as read-only."""
    from datetime import date
    rows = tuple(db.execute("SELECT date, kind FROM holidays WHERE deleted_at IS NULL ORDER BY date").fetchall())
    cached = _CALENDARS.get(rows)
    if cached is not None:
        return cached
    days = {date.fromisoformat(d): kind for d, kind in rows}
    edited_years = {d.year for d in days}
    from frontdesk.core.calendar import official_years
    official = {d: k for d, (k, _) in official_days().items() if d.year not in edited_years}
    cal = WorkCalendar.from_days({**official, **days})
    cal.covered_years = frozenset(edited_years | official_years())
    if len(_CALENDARS) > 8:
        _CALENDARS.clear()
    _CALENDARS[rows] = cal
    return cal


def calendar_gaps(db: sqlite_utils.Database) -> list[int]:
    """Years (this and next) with no holiday table: deadlines then count only weekends."""
    from frontdesk.core.calendar import missing_years, official_years
    from .db import local_now
    admin_years = {int(r[0][:4]) for r in db.execute("SELECT DISTINCT substr(date, 1, 4) FROM holidays "
                                                     "WHERE deleted_at IS NULL")}
    return missing_years(admin_years | official_years(), local_now().date())
