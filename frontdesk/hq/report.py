"""The rows of the group report, read from head office: the same rows, with the same filters, as the centre's
own store.reports.monthly_inputs reads from its database, for every centre at once (one query per kind of
row, bounded by the twelve months, on indexes that start with centre_id). The counting is
core.reports.monthly_analysis's, per centre and over all centres' rows for the group (figures.py)."""
from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict

from frontdesk.core import reports as core

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


def group_report(hq: Hq, month: str, now: str | None = None) -> dict:
    """The cross-centre report of `month` (figures.py builds it from these rows)."""
    from .figures import build
    if now is None:
        from frontdesk.store.db import iso, local_now
        now = iso(local_now())
    return build(month, centre_names(hq), monthly_inputs(hq, month), survey_rows(hq, int(month[:4])), now)
