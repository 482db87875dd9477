"""What the reports are computed from (core.reports does the counting). The monthly analysis runs each of
core.reports.MEASURES as one grouped statement over the twelve months (Sql renders them from their
definitions; the month indexes of m014 answer them in order, from the index alone), plus this month's rows;
the row functions (monthly_inputs) give the rows the same definitions count on the row path, the reference the
tests hold the grouped figures to. Every query is bounded by an indexed time range, so a month costs the same
on a centre of 500,000 tickets as on a small one."""
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
    """Every row core.reports.monthly_analysis (the row path) needs for `month` and the eleven months before it:
    the reference the grouped statements (monthly_tallies) are held to in the tests."""
    months = core.trend_months(month)
    start, end = core.month_bounds(months[0])[0], core.month_bounds(month)[1]
    m_start, m_end = core.month_bounds(month)
    return {"intake": intake_rows(db, start, end), "month": month_rows(db, m_start, m_end),
            "deadlines": deadline_rows(db, start, end), "ratings": rating_rows(db, start, end),
            "repairs": repairs_before_complaints(db, start, end)}


# ---- the measures as grouped statements, rendered from core.reports' definitions -----------------

#: How a measure's columns read on an engine where they are not plain columns (the centre keeps the rating in
#: the event's JSON; head office has a column), and the index each range reads on the centre.
CENTRE_COLUMNS = {"ticket_events": {"rating": "json_extract({a}.data, '$.rating')"}}
CENTRE_INDEXES = {"tickets.received_at": "tickets_received", "tickets.due_at": "tickets_due",
                  "tickets.unit_id": "tickets_unit", "month:tickets.received_at": "tickets_month_received",
                  "month:tickets.due_at": "tickets_month_due", "month:ticket_events.at": "ticket_events_month_ratings"}
_OPS = ("<", "<=", ">", ">=")


class Sql:
    """Renders core.reports' conditions and measures to one engine's SQL ('sqlite' or 'postgresql'), with `?`
    placeholders; `scope` a column every row and correlation shares (head office's centre_id), grouped on.
    With `by_month` the months are a range of substr(time, 1, 7), which the centre's month indexes (m014) lead
    with, so the rows come in the order of the GROUP BY; otherwise a range of the time itself."""

    def __init__(self, engine: str = "sqlite", columns: dict | None = None, indexes: dict | None = None,
                 scope: str | None = None, by_month: bool = False):
        self.engine, self.columns, self.indexes, self.scope = engine, columns or {}, indexes or {}, scope
        self.by_month = by_month

    def col(self, table: str, alias: str, name: str) -> str:
        return self.columns.get(table, {}).get(name, "{a}." + name).format(a=alias)

    def minus(self, expr: str, span: dt.timedelta) -> str:
        seconds = int(span.total_seconds())
        if self.engine == "postgresql":
            return (f"to_char(CAST({expr} AS timestamp) - interval '{seconds} seconds', "
                    "'YYYY-MM-DD\"T\"HH24:MI:SS')")
        return f"strftime('%Y-%m-%dT%H:%M:%S', {expr}, '-{seconds} seconds')"

    def index(self, table: str, column: str) -> str:
        name = self.indexes.get(f"{table}.{column}")
        return f" INDEXED BY {name}" if name else ""

    def literal(self, value: str) -> str:
        return "'" + value.replace("'", "''") + "'"

    def cond(self, c: tuple, table: str, alias: str, params: list, values: dict,
             outer: tuple[str, str] | None = None) -> str:
        """One condition as SQL on `table` AS `alias`; `outer` the (table, alias) an "exists" is asked of."""
        op = c[0]
        if op in ("and", "or"):
            return "(" + f" {op.upper()} ".join(self.cond(x, table, alias, params, values, outer) for x in c[1:]) + ")"
        if op == "exists":
            inner = "r" if alias != "r" else "r2"
            where = self.cond(c[2], c[1], inner, params, values, (table, alias))
            if self.scope:
                where += f" AND {inner}.{self.scope} = {alias}.{self.scope}"
            hint = self.index(c[1], "unit_id")
            return f"EXISTS (SELECT 1 FROM {c[1]} {inner}{hint} WHERE {where})"
        left = self.col(table, alias, c[1])
        if op == "set":
            return f"{left} IS NOT NULL"
        if op == "unset":
            return f"{left} IS NULL"
        ref = c[2]
        if isinstance(ref, str) and op in ("=", "!="):
            return f"{left} {op} {self.literal(ref)}"
        if isinstance(ref, str):
            right = self.col(table, alias, ref)
        elif ref[0] == "outer":
            assert outer is not None, c
            right = self.col(outer[0], outer[1], ref[1])
        elif ref[0] == "outer_minus":
            assert outer is not None, c
            right = self.minus(self.col(outer[0], outer[1], ref[1]), ref[2])
        elif ref[0] == "param":
            if values.get(ref[1]) is None:
                return "1 = 1"                         # no bound given (as core.reports.holds reads it)
            params.append(values[ref[1]])
            right = "?"
        else:
            raise ValueError(c)
        assert op in _OPS or op == "=", c
        return f"{left} {op} {right}"

    def grouped(self, m: core.Measure, first: str, last: str, values: dict) -> tuple[str, list]:
        """The measure's one grouped statement over the months `first` to `last` ('2026-01'): a row per
        (scope,) month and key with n and each of its counts."""
        a = "a"
        params: list = []
        time = f"{a}.{m.month_of}"
        month = f"substr({time}, 1, 7)"
        if self.by_month:
            span, bounds, hint = f"{month} >= ? AND {month} <= ?", [first, last], f"month:{m.table}.{m.month_of}"
        else:
            span, hint = f"{time} >= ? AND {time} < ?", f"{m.table}.{m.month_of}"
            bounds = [core.month_bounds(first)[0], core.month_bounds(last)[1]]
        scope = [f"{a}.{self.scope}"] if self.scope else []
        keys = [f"{self.col(m.table, a, k)} AS {k}" for k in m.keys]
        counts = [f"sum(CASE WHEN {self.cond(c, m.table, a, params, values)} THEN 1 ELSE 0 END) AS {name}"
                  for name, c in m.counts.items()]
        where_params: list = []
        where = self.cond(m.where, m.table, a, where_params, values)
        group = [*scope, month, *(self.col(m.table, a, k) for k in m.keys)]
        name = self.indexes.get(hint)
        sql = (f"SELECT {', '.join([*scope, f'{month} AS month', *keys, 'count(*) AS n', *counts])} "
               f"FROM {m.table} {a}{f' INDEXED BY {name}' if name else ''} "
               f"WHERE {span} AND {where} GROUP BY {', '.join(group)}")
        return sql, [*params, *bounds, *where_params]

    def meeting(self, m: core.Measure, count: str, start: str, end: str, values: dict,
                columns: tuple[str, ...]) -> tuple[str, list]:
        """The rows of the measure over [start, end) that meet one of its counts (the month's late-repair
        complaints by number), oldest first."""
        a = "a"
        params: list = []
        time = f"{a}.{m.month_of}"
        where = self.cond(("and", m.where, m.counts[count]), m.table, a, params, values)
        cols = ", ".join(f"{a}.{c}" for c in ((self.scope,) if self.scope else ()) + columns)
        sql = (f"SELECT {cols} FROM {m.table} {a}{self.index(m.table, m.month_of)} "
               f"WHERE {time} >= ? AND {time} < ? AND {where} ORDER BY {time}, {a}.number")
        return sql, [start, end, *params]


CENTRE_SQL = Sql("sqlite", CENTRE_COLUMNS, CENTRE_INDEXES, by_month=True)


def monthly_tallies(db: sqlite_utils.Database, month: str, now: str, months: int = core.TREND_MONTHS) -> dict:
    """Each measure's tally over `month` and the months before it (twelve: the trend): one grouped statement per
    measure (core.reports.MEASURES), so the work is a year's index range whatever the centre's age."""
    out = {}
    for m in core.MEASURES:
        sql, params = CENTRE_SQL.grouped(m, core.shift_month(month, 1 - months), month, {"now": now})
        out[m.name] = core.tally_grouped(m, _rows(db, sql, params))
    return out


def late_numbers(db: sqlite_utils.Database, month: str, now: str) -> list[str]:
    """The numbers of the month's complaints a late repair explains (the report lists them)."""
    sql, params = CENTRE_SQL.meeting(core.LATE_REPAIR, "caused", *core.month_bounds(month), {"now": now}, ("number",))
    return [r[0] for r in db.execute(sql, params).fetchall()]


def missed_repairs(db: sqlite_utils.Database, month: str, now: str) -> list[dict]:
    """Repairs due in `month` (and due by `now`) that were not finished in time: the written analysis names them."""
    start, end = core.month_bounds(month)
    return _rows(db, "SELECT number, category, due_at, met_at, status FROM tickets INDEXED BY tickets_due "
                     "WHERE due_at >= ? AND due_at < ? AND due_at <= ? AND type = 'repair' AND deleted_at IS NULL "
                     "AND status != 'cancelled' AND (met_at IS NULL OR met_at > due_at) ORDER BY due_at",
                 [start, end, now])


def month_only(db: sqlite_utils.Database, month: str, now: str) -> dict:
    """One month's judged figures alone (the same month last year, beside this one in the written analysis)."""
    return core.figures_of(month, monthly_tallies(db, month, now, months=1), late_numbers(db, month, now))


def monthly_analysis(db: sqlite_utils.Database, month: str, now: dt.datetime | None = None) -> dict:
    """The monthly analysis as the GUI, the PDF and the CLI show it (one function for all three)."""
    from .db import iso, local_now
    from .inspection_history import month_summary
    at = iso(now or local_now()) or ""
    figures = core.analysis(month, monthly_tallies(db, month, at), month_rows(db, *core.month_bounds(month)),
                            late_numbers(db, month, at))
    figures["inspections"] = month_summary(db, month, today=(now or local_now()).date())    # 巡检 (issue 12)
    return figures


def daily_log(db: sqlite_utils.Database, day: dt.date) -> list[dict]:
    """The daily log's display rows (phones masked)."""
    return core.daily_log(daily_rows(db, day), day)
