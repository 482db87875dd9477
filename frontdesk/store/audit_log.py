"""Reading the audit log (supervisors and admins): filter by who, action, record and date, newest first.

The log itself is written by store/audit.py; this module only reads it (the audit_at index serves the dates)."""
from __future__ import annotations

import datetime as dt
import json

import sqlite_utils

from frontdesk.core.errors import Invalid
from frontdesk.core.permissions import require
from frontdesk.store.db import in_parts

MAX_ROWS = 5000
COLUMNS = ("at", "actor", "action", "table_name", "record_id", "record", "detail", "origin")


def _utc(day: str, field: str, *, end: bool = False) -> str:
    """A local date (YYYY-MM-DD) or date and time as the UTC text the log keeps."""
    try:
        moment = dt.datetime.fromisoformat(day.strip())
    except ValueError:
        raise Invalid(field, f"'{day}' is not a date (YYYY-MM-DD)") from None
    if end and len(day.strip()) <= 10:
        moment += dt.timedelta(days=1)
    return moment.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def local(at_utc: str) -> str:
    """The log's UTC stamp as the desk's local time, to the second."""
    try:
        moment = dt.datetime.fromisoformat(at_utc.replace("Z", "+00:00"))
    except ValueError:
        return at_utc
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def short_id(record_id: str | None) -> str:
    """A record's key as shown when it has no name: a UUID shortened, anything else (a setting's key) whole."""
    text = record_id or ""
    return text[:8] if len(text) == 36 and text.count("-") == 4 else text


def _record_ids(db: sqlite_utils.Database, record: str) -> list[str]:
    """What a user types for a record (a ticket number, a unit code, a person's or user's name, an id)."""
    text = record.strip()
    ids = [text]
    for sql in ("SELECT id FROM tickets WHERE number = ?", "SELECT id FROM units WHERE code = ?",
                "SELECT id FROM people WHERE name = ?", "SELECT id FROM staff WHERE username = ?"):
        ids += [r[0] for r in db.execute(sql, [text.upper() if "tickets" in sql else text])]
    return ids


def search(db: sqlite_utils.Database, actor: dict | None, *, who: str | None = None, action: str | None = None,
           record: str | None = None, since: str | None = None, until: str | None = None,
           limit: int = 1000) -> list[dict]:
    """The audit rows matching every filter given, newest first, with the record named where it can be."""
    require(actor, "audit_view")
    where, params = [], []
    if who:
        who = who.strip()
        if not db.execute("SELECT 1 FROM staff WHERE username = ?", [who]).fetchone() and \
                not db.execute("SELECT 1 FROM audit WHERE actor = ? LIMIT 1", [who]).fetchone():
            from frontdesk.core.errors import NotFound       # a typo would print nothing and look like "no acts"
            raise NotFound("user", who, [r[0] for r in db.execute("SELECT username FROM staff ORDER BY username")])
        where.append("actor = ?")
        params.append(who)
    if action:
        where.append("(action = ? OR action GLOB ?)")
        params += [action.strip(), action.strip() + "_*"]
    if record:
        ids = _record_ids(db, record)
        where.append(f"record_id IN ({','.join('?' * len(ids))})")
        params += ids
    if since:
        where.append("at >= ?")
        params.append(_utc(since, "since"))
    if until:
        where.append("at < ?")
        params.append(_utc(until, "until", end=True))
    sql = ("SELECT at, actor, action, table_name, record_id, detail, origin FROM audit"
           + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY at DESC LIMIT ?")
    rows = [dict(zip(("at", "actor", "action", "table_name", "record_id", "detail", "origin"), r))
            for r in db.execute(sql, params + [max(1, min(int(limit), MAX_ROWS))])]
    names = _names(db, rows)
    for row in rows:
        row["at"] = local(row["at"])
        row["record"] = names.get(row["record_id"] or "", "")
        try:
            row["detail"] = json.loads(row["detail"] or "{}")
        except ValueError:
            pass
    return rows


def _names(db: sqlite_utils.Database, rows: list[dict]) -> dict[str, str]:
    """Readable names for the records shown: ticket numbers, unit codes, people's and users' names."""
    ids = sorted({r["record_id"] for r in rows if r["record_id"]})
    out: dict[str, str] = {}
    for chunk, marks in in_parts(ids):
        for sql in (f"SELECT id, number FROM tickets WHERE id IN ({marks})",
                    f"SELECT id, code FROM units WHERE id IN ({marks})",
                    f"SELECT id, name FROM people WHERE id IN ({marks})",
                    f"SELECT id, username FROM staff WHERE id IN ({marks})"):
            out.update({i: n for i, n in db.execute(sql, chunk)})
    return out


def actions(db: sqlite_utils.Database) -> list[str]:
    """The kinds of act the log holds, for the viewer's filter."""
    return [r[0] for r in db.execute("SELECT DISTINCT action FROM audit ORDER BY action")]
