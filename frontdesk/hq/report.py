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

LIVE = "deleted_at IS NULL AND status != 'cancelled'"


def _by_centre(rows: list[dict]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        out[r.pop("centre_id")].append(r)
    return out


def monthly_inputs(hq: Hq, month: str, centre_id: str | None = None) -> dict[str, dict]:
    """centre_id -> what core.reports.monthly_analysis takes (see store.reports.monthly_inputs)."""
    months = core.trend_months(month)
    start, end = core.month_bounds(months[0])[0], core.month_bounds(month)[1]
    m_start, m_end = core.month_bounds(month)
    since = (dt.datetime.fromisoformat(start) - core.LATE_REPAIR_WINDOW).isoformat()
    one = " AND centre_id = ?" if centre_id else ""
    one_t = " AND t.centre_id = ?" if centre_id else ""
    extra = [centre_id] if centre_id else []
    kinds = {
        "intake": hq.query("SELECT centre_id, number, received_at, type, unit_id, repeat_of FROM tickets "
                           f"WHERE received_at >= ? AND received_at < ? AND {LIVE}{one}", [start, end, *extra]),
        "month": hq.query("SELECT t.centre_id, t.number, t.received_at, t.type, t.category, t.channel, t.unit_id, "
                          "t.repeat_of, t.description, u.building FROM tickets t LEFT JOIN units u "
                          "ON u.centre_id = t.centre_id AND u.id = t.unit_id WHERE t.received_at >= ? "
                          f"AND t.received_at < ? AND t.deleted_at IS NULL AND t.status != 'cancelled'{one_t} "
                          "ORDER BY t.received_at, t.number",   # as the centre's index gives them (hot issues' ties)
                          [m_start, m_end, *extra]),
        "deadlines": hq.query("SELECT centre_id, type, due_at, met_at, status FROM tickets "
                              f"WHERE due_at >= ? AND due_at < ? AND {LIVE}{one}", [start, end, *extra]),
        "ratings": hq.query("SELECT centre_id, at, rating FROM ticket_events WHERE kind = 'moved' "
                            f"AND rating IS NOT NULL AND at >= ? AND at < ?{one}", [start, end, *extra]),
        "repairs": hq.query(
            "SELECT r.centre_id, r.unit_id, r.number, r.received_at, r.due_at, r.met_at, r.status FROM tickets r "
            "WHERE r.type = 'repair' AND r.deleted_at IS NULL AND r.received_at >= ? AND r.received_at < ? "
            "AND EXISTS (SELECT 1 FROM tickets c WHERE c.centre_id = r.centre_id AND c.unit_id = r.unit_id "
            "AND c.received_at >= ? AND c.received_at < ? AND c.type = 'complaint')"
            + (" AND r.centre_id = ?" if centre_id else ""), [since, end, start, end, *extra]),
    }
    out: dict[str, dict] = defaultdict(lambda: {k: [] for k in kinds})
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
