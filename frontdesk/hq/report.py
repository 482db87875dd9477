"""The group report's figures, read from head office: core.reports' measures as grouped statements on head
office's engine (store.reports.Sql, grouped by centre as well), one per measure for every centre at once, over
the months the report reads (this month, last month, January on); this month's rows for the counts and hot
issues; core.reports.analysis per centre and over every centre's counts for the group (figures.py).
monthly_inputs gives the rows the same filters select, as store.reports.monthly_inputs gives a centre's: the
row path the tests hold the figures to."""
from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections import defaultdict
from typing import Iterator

from frontdesk.core import reports as core
from frontdesk.store.reports import Sql

from .db import Hq

def _by_centre(rows: list[dict]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        out[r.pop("centre_id")].append(r)
    return out


def monthly_inputs(hq: Hq, month: str, centre_id: str | None = None) -> dict[str, dict]:
    """centre_id -> what core.reports.monthly_analysis takes, the rows store.reports.monthly_inputs gives a
    centre with the same filters. The year's tickets are read once (the costly part at a few hundred centres)
    and sorted into intake, deadlines and the repairs before a complaint here."""
    months = core.trend_months(month)
    start, end = core.month_bounds(months[0])[0], core.month_bounds(month)[1]
    m_start, m_end = core.month_bounds(month)
    since = (dt.datetime.fromisoformat(start) - core.LATE_REPAIR_WINDOW).isoformat()
    one = " AND centre_id = ?" if centre_id else ""
    one_t = " AND t.centre_id = ?" if centre_id else ""
    extra = [centre_id] if centre_id else []
    out: dict[str, dict] = defaultdict(lambda: {k: [] for k in ("intake", "month", "deadlines", "ratings",
                                                                 "repairs")})
    tickets = hq.query("SELECT centre_id, number, received_at, type, unit_id, repeat_of, due_at, met_at, status, "
                       "deleted_at FROM tickets WHERE ((received_at >= ? AND received_at < ?) OR "
                       f"(due_at >= ? AND due_at < ?)){one}", [since, end, start, end, *extra])
    complained = set()                            # units with a complaint in the twelve months (any state)
    for r in tickets:
        if r["type"] == "complaint" and r["unit_id"] and start <= r["received_at"] < end:
            complained.add((r["centre_id"], r["unit_id"]))
    for r in tickets:
        mine = out[r["centre_id"]]
        if r["deleted_at"] is not None:
            continue
        if r["status"] != "cancelled":
            if start <= r["received_at"] < end:
                mine["intake"].append(r)
            if start <= r["due_at"] < end:
                mine["deadlines"].append(r)
        if r["type"] == "repair" and since <= r["received_at"] < end and (r["centre_id"], r["unit_id"]) in complained:
            mine["repairs"].append(r)
    kinds = {
        "month": hq.query("SELECT t.centre_id, t.number, t.received_at, t.type, t.category, t.channel, t.unit_id, "
                          "t.repeat_of, t.description, u.building FROM tickets t LEFT JOIN units u "
                          "ON u.centre_id = t.centre_id AND u.id = t.unit_id WHERE t.received_at >= ? "
                          f"AND t.received_at < ? AND t.deleted_at IS NULL AND t.status != 'cancelled'{one_t} "
                          "ORDER BY t.received_at, t.number",   # as the centre's index gives them (hot issues' ties)
                          [m_start, m_end, *extra]),
        "ratings": hq.query("SELECT centre_id, at, rating FROM ticket_events WHERE kind = 'moved' "
                            f"AND rating IS NOT NULL AND at >= ? AND at < ?{one}", [start, end, *extra]),
    }
    for kind, rows in kinds.items():
        for cid, items in _by_centre(rows).items():
            out[cid][kind] = items
    return out


def month_rows(hq: Hq, month: str) -> dict[str, list[dict]]:
    """centre_id -> the month's intakes with what its counts and hot issues need, as the centre's
    store.reports.month_rows gives them (in its index's order, which the hot issues' ties follow)."""
    start, end = core.month_bounds(month)
    return _by_centre(hq.query(
        "SELECT t.centre_id, t.number, t.received_at, t.type, t.category, t.channel, t.unit_id, t.repeat_of, "
        "t.description, u.building FROM tickets t LEFT JOIN units u ON u.centre_id = t.centre_id AND u.id = t.unit_id "
        "WHERE t.received_at >= ? AND t.received_at < ? AND t.deleted_at IS NULL AND t.status != 'cancelled' "
        "ORDER BY t.received_at, t.number", [start, end]))


def monthly_tallies(hq: Hq, month: str, now: str) -> dict[str, dict]:
    """centre_id -> each measure's tally over the months the group report reads: one grouped statement per
    measure (core.reports.MEASURES) for all centres."""
    first = min(core.shift_month(month, -1), month[:4] + "-01")       # last month's change; January's cumulative
    sql = Sql(hq.engine, scope="centre_id")
    out: dict[str, dict] = defaultdict(dict)
    for m in core.MEASURES:
        text, params = sql.grouped(m, first, month, {"now": now})
        for cid, rows in _by_centre(hq.query(text, params)).items():
            out[cid][m.name] = core.tally_grouped(m, rows)
    return out


def late_numbers(hq: Hq, month: str, now: str) -> dict[str, list[str]]:
    """centre_id -> the numbers of the month's complaints a late repair explains."""
    text, params = Sql(hq.engine, scope="centre_id").meeting(core.LATE_REPAIR, "caused", *core.month_bounds(month),
                                                              {"now": now}, ("number",))
    return {cid: [r["number"] for r in rows] for cid, rows in _by_centre(hq.query(text, params)).items()}


def survey_rows(hq: Hq, year: int) -> dict[str, dict]:
    """centre_id -> {year, responses}: each centre's latest survey of `year` or before, with its responses
    (scores parsed), as store.surveys.responses gives them."""
    surveys = hq.query("SELECT centre_id, id, year FROM surveys WHERE deleted_at IS NULL AND year <= ?", [year])
    latest: dict[str, dict] = {}
    for s in surveys:
        if s["centre_id"] not in latest or s["year"] > latest[s["centre_id"]]["year"]:
            latest[s["centre_id"]] = s
    out = {cid: {"year": s["year"], "responses": []} for cid, s in latest.items()}
    wanted = {(cid, s["id"]) for cid, s in latest.items()}
    rows = hq.query("SELECT r.centre_id, r.survey_id, r.scores, u.building, u.property_type FROM survey_responses r "
                    "JOIN units u ON u.centre_id = r.centre_id AND u.id = r.unit_id WHERE r.deleted_at IS NULL", [])
    for r in rows:
        if (r["centre_id"], r["survey_id"]) in wanted:
            out[r["centre_id"]]["responses"].append({"scores": json.loads(r["scores"]), "building": r["building"],
                                                     "property_type": r["property_type"]})
    return out


def centre_names(hq: Hq) -> dict[str, str]:
    """Every centre that has sent a bundle: id -> name at head office."""
    return {r["centre_id"]: r["name"] for r in hq.query("SELECT centre_id, name FROM centres WHERE bound = 1")}


def month_tickets(hq: Hq, centre_id: str, month: str) -> list[dict]:
    """The drill-down: a centre's tickets received in the month, oldest first (no owner's details at HQ)."""
    start, end = core.month_bounds(month)
    return hq.query("SELECT t.number, t.received_at, t.type, t.category, t.channel, t.status, t.due_at, t.met_at, "
                    "t.satisfaction, t.repeat_of, u.code AS unit, t.description FROM tickets t LEFT JOIN units u "
                    "ON u.centre_id = t.centre_id AND u.id = t.unit_id WHERE t.centre_id = ? AND t.received_at >= ? "
                    "AND t.received_at < ? AND t.deleted_at IS NULL ORDER BY t.received_at, t.number",
                    [centre_id, start, end])


@contextlib.contextmanager
def _reading(hq: Hq) -> Iterator[None]:
    """PostgreSQL: the report's statements in one transaction, without JIT (it spent 75 ms compiling to save less
    on statements of a tenth of a second) and with the memory to group a year's rows of every centre without
    sorting on disk (4 MB by default). Settings of this transaction only (SET LOCAL)."""
    if not hq.pg:
        yield
        return
    with hq.conn.transaction():
        hq.execute("SET LOCAL jit = off")
        hq.execute("SET LOCAL work_mem = '64MB'")
        yield


def group_report(hq: Hq, month: str, now: str | None = None) -> dict:
    """The cross-centre report of `month` (figures.py builds it from these rows)."""
    from .figures import build
    if now is None:
        from frontdesk.store.db import iso, local_now
        now = iso(local_now()) or ""
    names = centre_names(hq)
    with _reading(hq):
        tallies, rows, numbers = monthly_tallies(hq, month, now), month_rows(hq, month), late_numbers(hq, month, now)
    analyses = {cid: core.analysis(month, tallies.get(cid, {}), rows.get(cid, []), numbers.get(cid, []))
                for cid in names}
    group = core.analysis(month, core.merge_tallies(tallies.get(cid, {}) for cid in names),
                          [r for cid in names for r in rows.get(cid, [])],
                          [n for cid in names for n in numbers.get(cid, [])])
    return build(month, names, analyses, group, survey_rows(hq, int(month[:4])), now)
