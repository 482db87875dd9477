"""The rows the reports are computed from (core.reports does the counting). Every query is bounded
by an indexed time range (tickets_received, tickets_due, ticket_events_ratings, tickets_unit), so a
month costs the same on a centre of 500,000 tickets as on a small one."""
from __future__ import annotations

import datetime as dt

import sqlite_utils

from frontdesk.core import reports as core

DAILY_SELECT = """SELECT t.number, t.received_at, t.channel, t.type, t.category, t.contact_phone, t.description,
    t.status, t.due_at, t.done_at, t.closed_at, t.satisfaction, t.department,
    u.code AS unit, p.name AS person, fr.username AS first_responder, fr.display_name AS first_responder_name,
    h.display_name AS handler_name
FROM tickets t INDEXED BY tickets_received
LEFT JOIN units u ON u.id = t.unit_id
LEFT JOIN people p ON p.id = t.person_id
LEFT JOIN staff fr ON fr.id = t.first_responder_id
LEFT JOIN staff h ON h.id = t.handler_id
WHERE t.received_at >= ? AND t.received_at < ? AND t.deleted_at IS NULL
ORDER BY t.received_at, t.number"""


def _rows(db: sqlite_utils.Database, sql: str, params) -> list[dict]:
    cur = db.execute(sql, params)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def daily_rows(db: sqlite_utils.Database, day: dt.date) -> list[dict]:
    """Every intake registered on `day` (00:00 to 24:00 local), oldest first, phones NOT masked (core masks)."""
    return _rows(db, DAILY_SELECT, core.day_bounds(day))


def intake_rows(db: sqlite_utils.Database, start: str, end: str) -> list[dict]:
    """Tickets received in [start, end), slim: what the twelve-month trend needs (no join)."""
    return _rows(db, "SELECT number, received_at, type, unit_id, repeat_of FROM tickets INDEXED BY tickets_received "
                     "WHERE received_at >= ? AND received_at < ? AND deleted_at IS NULL AND status != 'cancelled'",
                 [start, end])


def month_rows(db: sqlite_utils.Database, start: str, end: str) -> list[dict]:
    """Tickets received in [start, end) with what the month's counts and hot issues need."""
    return _rows(db, "SELECT t.number, t.received_at, t.type, t.category, t.channel, t.unit_id, t.repeat_of, "
                     "t.description, u.building FROM tickets t INDEXED BY tickets_received "
                     "LEFT JOIN units u ON u.id = t.unit_id "
                     "WHERE t.received_at >= ? AND t.received_at < ? AND t.deleted_at IS NULL "
                     "AND t.status != 'cancelled'", [start, end])


def deadline_rows(db: sqlite_utils.Database, start: str, end: str) -> list[dict]:
    """Tickets whose deadline falls in [start, end), with when the deadline's step was reached."""
    return _rows(db, "SELECT type, due_at, met_at, status FROM tickets INDEXED BY tickets_due "
                     "WHERE due_at >= ? AND due_at < ? AND deleted_at IS NULL AND status != 'cancelled'",
                 [start, end])


RATINGS_SQL = ("SELECT e.at, json_extract(e.data, '$.rating') AS rating FROM ticket_events e "
               "WHERE e.kind = 'moved' AND json_extract(e.data, '$.rating') IS NOT NULL AND e.at >= ? AND e.at < ?")


def rating_rows(db: sqlite_utils.Database, start: str, end: str) -> list[dict]:
    """Callbacks that reached the owner in [start, end): the moves that carried the owner's rating
    (the covering partial index ticket_events_ratings of m004 answers this without reading the events)."""
    return _rows(db, RATINGS_SQL, [start, end])


def repairs_before_complaints(db: sqlite_utils.Database, start: str, end: str) -> list[dict]:
    """Repairs of the units that complained in [start, end), received in the 30 days before up to `end`."""
    since = (dt.datetime.fromisoformat(start) - core.LATE_REPAIR_WINDOW).isoformat()
    return _rows(db, "SELECT r.unit_id, r.number, r.received_at, r.due_at, r.met_at, r.status "
                     "FROM tickets r INDEXED BY tickets_unit WHERE r.type = 'repair' AND r.deleted_at IS NULL "
                     "AND r.unit_id IN (SELECT c.unit_id FROM tickets c INDEXED BY tickets_received "
                     "WHERE c.received_at >= ? AND c.received_at < ? AND c.type = 'complaint' "
                     "AND c.unit_id IS NOT NULL) AND r.received_at >= ? AND r.received_at < ?",
                 [start, end, since, end])


def monthly_inputs(db: sqlite_utils.Database, month: str) -> dict:
    """Everything core.reports.monthly_analysis needs for `month` and the eleven months before it."""
    months = core.trend_months(month)
    start, end = core.month_bounds(months[0])[0], core.month_bounds(month)[1]
    m_start, m_end = core.month_bounds(month)
    return {"intake": intake_rows(db, start, end), "month": month_rows(db, m_start, m_end),
            "deadlines": deadline_rows(db, start, end), "ratings": rating_rows(db, start, end),
            "repairs": repairs_before_complaints(db, start, end)}


def missed_repairs(db: sqlite_utils.Database, month: str, now: str) -> list[dict]:
    """Repairs due in `month` (and due by `now`) that were not finished in time: the written analysis names them."""
    start, end = core.month_bounds(month)
    return _rows(db, "SELECT number, category, due_at, met_at, status FROM tickets INDEXED BY tickets_due "
                     "WHERE due_at >= ? AND due_at < ? AND due_at <= ? AND type = 'repair' AND deleted_at IS NULL "
                     "AND status != 'cancelled' AND (met_at IS NULL OR met_at > due_at) ORDER BY due_at",
                 [start, end, now])


def month_only(db: sqlite_utils.Database, month: str, now: str) -> dict:
    """One month's judged figures alone (the same month last year, beside this one in the written analysis)."""
    from typing import Any, Mapping
    start, end = core.month_bounds(month)
    rows: list[list[Mapping[str, Any]]] = [list(f(db, start, end)) for f in (
        intake_rows, deadline_rows, rating_rows, repairs_before_complaints)]
    return core.month_figures(month, rows[0], rows[1], rows[2], rows[3], now)


def monthly_analysis(db: sqlite_utils.Database, month: str, now: dt.datetime | None = None) -> dict:
    """The monthly analysis as the GUI, the PDF and the CLI show it (one function for all three)."""
    from .db import iso, local_now
    from .inspection_history import month_summary
    figures = core.monthly_analysis(month, monthly_inputs(db, month), iso(now or local_now()))
    figures["inspections"] = month_summary(db, month, today=(now or local_now()).date())    # 巡检 (issue 12)
    return figures


def daily_log(db: sqlite_utils.Database, day: dt.date) -> list[dict]:
    """The daily log's display rows (phones masked)."""
    return core.daily_log(daily_rows(db, day), day)
