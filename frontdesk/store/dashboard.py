"""The dashboard's numbers: my open tickets (as first responder; an engineer's: dispatched to them), what is
overdue, callbacks due today, and today's counts by type and channel. Each is one indexed query (fast on
500,000 tickets); "open", "overdue" and "awaiting the callback" are the store's SQL built from core."""
from __future__ import annotations

import datetime as dt

import sqlite_utils

from frontdesk.core import states

from .db import iso, local_now
from .tickets import BOARD_COLUMNS, OPEN_SQL, OVERDUE_SQL, awaiting_callback_sql, timing_params, timing_sql

# the covering partial index tickets_open's WHERE (it holds no deleted_at: tickets are never deleted, a
# mistake is cancelled, so the open lists read the index alone, as the board does)
OPEN = OPEN_SQL
AWAITING = awaiting_callback_sql()
#: A list's columns: the board's, the unit's code and the timing, all from the covering index (no units join,
#: no row's times parsed in Python; tickets.timing_sql binds :now and :now_s)
LIST_COLUMNS = ", ".join(BOARD_COLUMNS) + f", unit_code AS unit, {timing_sql()} AS timing"


def mine_column(role: str | None) -> str:
    """Whose work a person's own list shows: an engineer's the tickets dispatched to them (handler), the
    desk's those they first received (首问负责制)."""
    return "handler_id" if role in states.HANDLER_ONLY_ROLES else "first_responder_id"


def _rows(db, sql: str, params) -> list[dict]:
    cur = db.execute(sql, params)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def _finish(db, rows: list[dict]) -> list[dict]:
    """Add staff names to board-like rows."""
    staff = {sid: (u, n) for sid, u, n in db.execute("SELECT id, username, display_name FROM staff").fetchall()}
    for r in rows:
        r["first_responder"], r["first_responder_name"] = staff.get(r["first_responder_id"], (None, None))
        r["handler"], r["handler_name"] = staff.get(r["handler_id"], (None, None))
    return rows


def my_open(db: sqlite_utils.Database, staff_id: str, *, now: dt.datetime | None = None, limit: int = 200,
            role: str | None = None) -> list[dict]:
    """Open tickets this person first received (首问负责制) — for an engineer, those dispatched to them — the
    nearest deadline first."""
    now = now or local_now()
    rows = _rows(db, f"SELECT {LIST_COLUMNS} FROM tickets INDEXED BY tickets_open WHERE {OPEN} "
                     f"AND {mine_column(role)} = :staff ORDER BY due_at LIMIT :limit",
                 {**timing_params(now), "staff": staff_id, "limit": limit})
    return _finish(db, rows)


def overdue(db: sqlite_utils.Database, *, now: dt.datetime | None = None, limit: int = 200) -> list[dict]:
    """Open tickets past their deadline (or past the callback's), the longest overdue first."""
    now = now or local_now()
    rows = _rows(db, f"SELECT {LIST_COLUMNS} FROM tickets INDEXED BY tickets_open WHERE {OPEN} AND {OVERDUE_SQL} "
                     "ORDER BY coalesce(CASE WHEN met_at IS NULL THEN due_at END, callback_due_at) LIMIT :limit",
                 {**timing_params(now), "limit": limit})
    return _finish(db, rows)


def callbacks_due(db: sqlite_utils.Database, *, now: dt.datetime | None = None, limit: int = 200) -> list[dict]:
    """Tickets waiting for the callback (回访) due by the end of today, the earliest first."""
    now = now or local_now()
    end = dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time())
    rows = _rows(db, f"SELECT {LIST_COLUMNS} FROM tickets INDEXED BY tickets_open WHERE {OPEN} "
                     f"AND {AWAITING} AND callback_due_at < :end ORDER BY callback_due_at LIMIT :limit",
                 {**timing_params(now), "end": iso(end), "limit": limit})
    return _finish(db, rows)


def today_counts(db: sqlite_utils.Database, *, day: dt.date | None = None) -> dict:
    """Today's calls and visits: {'total': n, 'by_type': {type: n}, 'by_channel': {channel: n}}."""
    day = day or local_now().date()
    start = dt.datetime.combine(day, dt.time())
    rows = db.execute("SELECT type, channel, count(*) FROM tickets INDEXED BY tickets_received "
                      "WHERE received_at >= ? AND received_at < ? AND deleted_at IS NULL GROUP BY type, channel",
                      [iso(start), iso(start + dt.timedelta(days=1))]).fetchall()
    by_type: dict[str, int] = {}
    by_channel: dict[str, int] = {}
    for type_, channel, n in rows:
        by_type[type_] = by_type.get(type_, 0) + n
        by_channel[channel] = by_channel.get(channel, 0) + n
    return {"total": sum(by_type.values()), "by_type": by_type, "by_channel": by_channel}


def counts(db: sqlite_utils.Database, staff_id: str | None, *, now: dt.datetime | None = None,
           role: str | None = None) -> dict:
    """How many of each there are (the lists stop at their limit; the tiles show the whole number)."""
    now = now or local_now()
    end = iso(dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time()))

    def one(sql, params):
        return db.execute(sql, params).fetchone()[0]
    return {
        "mine": one(f"SELECT count(*) FROM tickets INDEXED BY tickets_open WHERE {OPEN} "
                    f"AND {mine_column(role)} = ?", [staff_id]) if staff_id else 0,
        "overdue": one(f"SELECT count(*) FROM tickets INDEXED BY tickets_open WHERE {OPEN} AND {OVERDUE_SQL}",
                       {"now": iso(now)}),
        "callbacks": one(f"SELECT count(*) FROM tickets INDEXED BY tickets_open WHERE {OPEN} "
                         f"AND {AWAITING} AND callback_due_at < ?", [end]),
    }


def summary(db: sqlite_utils.Database, staff_id: str | None, *, now: dt.datetime | None = None,
            limit: int = 200, role: str | None = None) -> dict:
    """Everything the dashboard shows, in one call; `role` chooses whose work "mine" is (mine_column)."""
    now = now or local_now()
    return {"mine": my_open(db, staff_id, now=now, limit=limit, role=role) if staff_id else [],
            "overdue": overdue(db, now=now, limit=limit), "callbacks": callbacks_due(db, now=now, limit=limit),
            "today": today_counts(db, day=now.date()), "counts": counts(db, staff_id, now=now, role=role),
            "now": now, "mine_is": "handler" if mine_column(role) == "handler_id" else "first_responder"}
