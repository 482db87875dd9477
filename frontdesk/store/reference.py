"""Reference data the admin keeps: extra ticket categories per type and the holiday calendar (调休 too).

Once a year has admin rows in `holidays`, they replace the official table for that year
(frontdesk.store.settings.calendar); `copy_official` starts an admin table from the official one."""
from __future__ import annotations

import datetime as dt

import sqlite_utils

from frontdesk.core.calendar import official_days
from frontdesk.core.errors import Invalid, Refused
from frontdesk.core.model import DEFAULT_CATEGORIES, TYPES, check_choice
from frontdesk.core.permissions import require

from . import audit
from .db import now_utc, sync_columns, touch
from .tx import writing

KINDS = ("holiday", "workday")


def list_categories(db: sqlite_utils.Database, type_: str | None = None) -> list[dict]:
    """Every category: {type, name, builtin}; built-in ones first, then the admin's."""
    out = []
    for t in (type_,) if type_ else TYPES:
        out += [{"type": t, "name": n, "builtin": True} for n in DEFAULT_CATEGORIES.get(t, [])]
        for (name,) in db.execute("SELECT name FROM categories WHERE type = ? AND deleted_at IS NULL "
                                  "ORDER BY sort, name", [t]).fetchall():
            if name not in DEFAULT_CATEGORIES.get(t, []):
                out.append({"type": t, "name": name, "builtin": False})
    return out


def add_category(db: sqlite_utils.Database, actor: dict | None, type_: str, name: str) -> dict:
    """Add a category to a ticket type (a removed one comes back); audited."""
    require(actor, "reference")
    check_choice("type", type_, TYPES)
    name = (name or "").strip()
    if not name:
        raise Invalid("name", "required")
    if len(name) > 20:
        raise Invalid("name", "at most 20 characters")
    if name in DEFAULT_CATEGORIES.get(type_, []):
        raise Refused("exists", f"category '{name}' already exists for {type_}", field="name")
    with writing(db):
        row = db.execute("SELECT id, deleted_at FROM categories WHERE type = ? AND name = ?", [type_, name]).fetchone()
        if row and row[1] is None:
            raise Refused("exists", f"category '{name}' already exists for {type_}", field="name")
        if row:
            stamp = touch(db)
            db.execute("UPDATE categories SET deleted_at = NULL, updated_at = ?, origin = ?, version = version + 1 "
                       "WHERE id = ?", [stamp["updated_at"], stamp["origin"], row[0]])
            cat_id = row[0]
        else:
            sort = db.execute("SELECT coalesce(max(sort), 0) + 1 FROM categories WHERE type = ?", [type_]).fetchone()[0]
            new = {**sync_columns(db), "type": type_, "name": name, "sort": sort}
            db["categories"].insert(new)
            cat_id = new["id"]
        audit.record(db, actor, "add_category", "categories", cat_id, type=type_, name=name)
    return {"type": type_, "name": name, "builtin": False}


def remove_category(db: sqlite_utils.Database, actor: dict | None, type_: str, name: str) -> None:
    """Mark an admin-added category deleted; built-in ones stay. Old tickets keep their category."""
    require(actor, "reference")
    if name in DEFAULT_CATEGORIES.get(type_, []):
        raise Refused("builtin", f"'{name}' is a built-in category and cannot be removed")
    with writing(db):
        row = db.execute("SELECT id FROM categories WHERE type = ? AND name = ? AND deleted_at IS NULL",
                         [type_, name]).fetchone()
        if row is None:
            raise Invalid("name", f"no category '{name}' for {type_}",
                          valid=[c["name"] for c in list_categories(db, type_) if not c["builtin"]])
        stamp = touch(db)
        db.execute("UPDATE categories SET deleted_at = ?, updated_at = ?, origin = ?, version = version + 1 "
                   "WHERE id = ?", [now_utc(), stamp["updated_at"], stamp["origin"], row[0]])
        audit.record(db, actor, "remove_category", "categories", row[0], type=type_, name=name)


def _date(value) -> dt.date:
    """A date from a date or an ISO string, or Invalid."""
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise Invalid("date", f"'{value}' is not a date (YYYY-MM-DD)") from None


def admin_years(db: sqlite_utils.Database) -> set[int]:
    """Years for which the admin's table replaces the official one."""
    return {int(r[0]) for r in db.execute("SELECT DISTINCT substr(date, 1, 4) FROM holidays "
                                          "WHERE deleted_at IS NULL").fetchall()}


def year_days(db: sqlite_utils.Database, year: int) -> dict:
    """The table in force for a year: {"source": "admin"|"official", "days": [{date, kind, name}]}."""
    rows = db.execute("SELECT date, kind, name FROM holidays WHERE deleted_at IS NULL AND date >= ? AND date < ? "
                      "ORDER BY date", [f"{year:04d}-01-01", f"{year + 1:04d}-01-01"]).fetchall()
    if rows:
        return {"source": "admin", "days": [{"date": d, "kind": k, "name": n} for d, k, n in rows]}
    days = sorted(official_days([year]).items())
    return {"source": "official", "days": [{"date": d.isoformat(), "kind": k, "name": n} for d, (k, n) in days]}


def set_day(db: sqlite_utils.Database, actor: dict | None, date, kind: str, name: str = "") -> dict:
    """Make one date a holiday or a make-up workday (调休) in the admin's table; audited."""
    require(actor, "reference")
    day = _date(date)
    check_choice("kind", kind, KINDS)
    name = (name or "").strip()
    with writing(db):
        row = db.execute("SELECT id FROM holidays WHERE date = ?", [day.isoformat()]).fetchone()
        if row:
            stamp = touch(db)
            db.execute("UPDATE holidays SET kind = ?, name = ?, deleted_at = NULL, updated_at = ?, origin = ?, "
                       "version = version + 1 WHERE id = ?", [kind, name, stamp["updated_at"], stamp["origin"], row[0]])
            day_id = row[0]
        else:
            new = {**sync_columns(db), "date": day.isoformat(), "kind": kind, "name": name}
            db["holidays"].insert(new)
            day_id = new["id"]
        audit.record(db, actor, "set_holiday", "holidays", day_id, date=day.isoformat(), kind=kind, name=name)
    return {"date": day.isoformat(), "kind": kind, "name": name}


def remove_day(db: sqlite_utils.Database, actor: dict | None, date) -> None:
    """Take one date out of the admin's table (a deleted_at mark); audited."""
    require(actor, "reference")
    day = _date(date)
    with writing(db):
        row = db.execute("SELECT id FROM holidays WHERE date = ? AND deleted_at IS NULL", [day.isoformat()]).fetchone()
        if row is None:
            raise Invalid("date", f"{day.isoformat()} is not in the admin's holiday table")
        stamp = touch(db)
        db.execute("UPDATE holidays SET deleted_at = ?, updated_at = ?, origin = ?, version = version + 1 "
                   "WHERE id = ?", [now_utc(), stamp["updated_at"], stamp["origin"], row[0]])
        audit.record(db, actor, "remove_holiday", "holidays", row[0], date=day.isoformat())


def copy_official(db: sqlite_utils.Database, actor: dict | None, year: int) -> int:
    """Start the admin's table for `year` from the official one; returns how many days were copied."""
    require(actor, "reference")
    days = official_days([year])
    if not days:
        raise Refused("no_official", f"the official table has no days for {year}", year=year)
    with writing(db):
        for day, (kind, name) in sorted(days.items()):
            set_day(db, actor, day, kind, name)
        audit.record(db, actor, "copy_official_holidays", "holidays", None, year=year, days=len(days))
    return len(days)
