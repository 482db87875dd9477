"""store.reports: a centre built through the store with known answers for October 2026, and every figure
checked against the hand count and against a brute-force count over the whole tickets table."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from frontdesk.store import reports, tickets

NOW = "2026-11-20T12:00:00"
D = dt.datetime


def _at(monkeypatch, when: str):
    monkeypatch.setenv("FRONTDESK_NOW", when)


def _close_loop(db, actor, number, done, *, repair=True):
    tickets.move(db, number, "dispatched", actor, at=done - dt.timedelta(minutes=30))
    tickets.move(db, number, "done", actor, at=done)
    if repair:
        tickets.move(db, number, "verified", actor, at=done + dt.timedelta(minutes=10))
    tickets.move(db, number, "notified", actor, at=done + dt.timedelta(minutes=20))


@pytest.fixture
def october(centre, monkeypatch):
    """September and October 2026 at three units (see the module docstring of the expected figures)."""
    db, a = centre["db"], centre["admin"]
    _at(monkeypatch, NOW)

    def new(type_, cat, unit, at, text="", **kw):
        return tickets.create(db, type=type_, category=cat, description=text or f"{cat}问题", actor=a, unit=unit,
                              at=at, **kw)["number"]

    n = {}
    n["S1"] = new("repair", "水电", "1-1-101", D(2026, 9, 10, 9, 0), "厨房漏水")
    _close_loop(db, a, n["S1"], D(2026, 9, 10, 15, 0))
    n["R1"] = new("repair", "水电", "1-1-101", D(2026, 10, 1, 9, 0), "卫生间漏水")      # due 10-02 09:00
    _close_loop(db, a, n["R1"], D(2026, 10, 3, 10, 0))                                   # late
    n["R2"] = new("repair", "门窗", "1-1-102", D(2026, 10, 5, 9, 0), "窗户关不上")
    _close_loop(db, a, n["R2"], D(2026, 10, 5, 12, 0))                                   # in time
    n["R5"] = new("repair", "水电", "1-1-102", D(2026, 10, 12, 9, 0), "水管漏水")
    _close_loop(db, a, n["R5"], D(2026, 10, 12, 11, 0))                                  # in time
    n["R3"] = new("repair", "电梯", "2-1-301", D(2026, 10, 30, 23, 59), "电梯异响")      # due 10-31 23:59, never done
    n["R4"] = new("repair", "电梯", "2-1-301", D(2026, 10, 31, 12, 0))                   # due in November
    n["X1"] = new("repair", "水电", "1-1-102", D(2026, 10, 10, 10, 0))
    tickets.move(db, n["X1"], "cancelled", a, note="登记错误", at=D(2026, 10, 10, 10, 5))
    n["C1"] = new("complaint", "设施设备", "1-1-101", D(2026, 10, 4, 8, 0), "报修漏水没人管")
    n["C2"] = new("complaint", "设施设备", "1-1-101", D(2026, 10, 20, 10, 0), "还是漏水")  # repeat of C1
    n["C3"] = new("complaint", "管理服务", "2-1-301", D(2026, 10, 21, 10, 0), "保安态度差")
    n["C4"] = new("complaint", "收费", "2-1-301", D(2026, 10, 31, 8, 0), "物业费")
    n["Q1"] = new("inquiry", "停车", "2-1-301", D(2026, 10, 3, 23, 59), "车位怎么租", close_now=True)
    n["Q2"] = new("inquiry", "收费", "1-1-101", D(2026, 10, 4, 0, 1), "=1+1 物业费", close_now=True)
    # callbacks, each at its own time
    _at(monkeypatch, "2026-09-12T10:00:00")
    tickets.record_callback(db, n["S1"], a, reached=True, rating="satisfied")
    _at(monkeypatch, "2026-10-04T10:00:00")
    tickets.record_callback(db, n["R1"], a, reached=True, rating="basic")
    _at(monkeypatch, "2026-10-06T10:00:00")
    tickets.record_callback(db, n["R2"], a, reached=False)                              # a failed try: not counted
    tickets.record_callback(db, n["R2"], a, reached=True, rating="unsatisfied")         # reopens R2
    _at(monkeypatch, NOW)
    return {"db": db, "n": n}


def _all(db):
    return [dict(r) for r in db.query("SELECT * FROM tickets")]


def test_intake_counts_match_hand_and_brute_force(october):
    db = october["db"]
    f = reports.monthly_analysis(db, "2026-10")
    assert f["intake"]["total"] == 11
    assert dict((t, c) for t, _, c in f["intake"]["by_type"]) == {"repair": 5, "complaint": 4, "inquiry": 2}
    assert dict(f["intake"]["by_building"]) == {1: 6, 2: 5}
    assert f["intake"]["previous_total"] == 1
    brute = [t for t in _all(db) if t["received_at"].startswith("2026-10") and t["status"] != "cancelled"]
    assert f["intake"]["total"] == len(brute)
    cats = {}
    for t in brute:
        cats[(t["type"], t["category"])] = cats.get((t["type"], t["category"]), 0) + 1
    assert {(t, c): n for t, _, c, n in f["intake"]["by_category"]} == cats


def test_timeliness_counts_deadlines_in_the_month(october):
    db = october["db"]
    f = reports.monthly_analysis(db, "2026-10")["timeliness"]
    by = {r["type"]: r for r in f["by_type"]}
    # repairs due in October: R1 late, R2 reopened (clock running again), R3 overdue, R5 in time; R4 due in Nov
    assert (by["repair"]["due"], by["repair"]["met"]) == (4, 1)
    assert (by["inquiry"]["due"], by["inquiry"]["met"]) == (2, 2)
    assert (by["complaint"]["due"], by["complaint"]["met"]) == (3, 0)   # C4's deadline is in November
    brute = [t for t in _all(db) if t["due_at"].startswith("2026-10") and t["status"] != "cancelled"]
    met = [t for t in brute if t["met_at"] and t["met_at"] <= t["due_at"]]
    assert (f["due"], f["met"]) == (len(brute), len(met)) == (9, 3)
    assert f["rate"] == pytest.approx(3 / 9) and f["meets_target"] is False
    assert f["previous"] == 1.0 and f["change"] == pytest.approx(3 / 9 - 1)
    ytd = reports.monthly_analysis(db, "2026-10")["timeliness_ytd"]
    brute = [t for t in _all(db) if "2026-01" <= t["due_at"] < "2026-11" and t["status"] != "cancelled"]
    met = [t for t in brute if t["met_at"] and t["met_at"] <= t["due_at"]]
    assert (ytd["due"], ytd["met"]) == (len(brute), len(met)) == (10, 4)


def test_satisfaction_counts_reached_callbacks_of_the_month(october):
    db = october["db"]
    s = reports.monthly_analysis(db, "2026-10")["satisfaction"]
    assert (s["reached"], s["satisfied"], s["basic"], s["unsatisfied"]) == (2, 0, 1, 1)
    assert s["rate"] == 0.5 and s["previous"] == 1.0 and s["meets_target"] is False
    brute = [json.loads(e["data"]).get("rating") for e in db.query(
        "SELECT data FROM ticket_events WHERE kind = 'moved' AND at LIKE '2026-10%'")]
    assert sum(1 for x in brute if x) == s["reached"]


def test_repeat_and_late_repair_complaints(october):
    db, n = october["db"], october["n"]
    f = reports.monthly_analysis(db, "2026-10")
    assert f["repeat"]["complaints"] == 4 and f["repeat"]["repeats"] == 1
    late = f["late_repair"]
    # C1 and C2 follow R1 (late) at 1-1-101; C3 and C4 have no late repair before them
    assert sorted(late["numbers"]) == sorted([n["C1"], n["C2"]])
    assert late["share"] == 0.5 and late["meets_target"] is False and late["target"] == 0.05


def test_hot_issues_and_trend(october):
    f = reports.monthly_analysis(october["db"], "2026-10")
    top = f["hot_issues"][0]
    assert (top["type"], top["category"], top["count"]) == ("repair", "水电", 2)
    assert ("漏水", 2) in top["keywords"]
    assert len(f["trend"]) == 12 and f["trend"][-1]["month"] == "2026-10" and f["trend"][-1]["intake"] == 11
    assert f["trend"][-2]["satisfaction"] == 1.0


def test_daily_log_either_side_of_midnight(october):
    db, n = october["db"], october["n"]
    third = reports.daily_log(db, dt.date(2026, 10, 3))
    fourth = reports.daily_log(db, dt.date(2026, 10, 4))
    assert [r["number"] for r in third] == [n["Q1"]]
    assert [r["number"] for r in fourth] == [n["Q2"], n["C1"]]
    assert fourth[0]["time"] == "00:01" and fourth[0]["phone"] == "138****5678"
    assert fourth[0]["status"] == "已回访关闭" and fourth[1]["type"] == "投诉"


def test_report_queries_use_their_indexes(db):
    for sql, params, index in (
            (reports.DAILY_SELECT, ["a", "b"], "tickets_received"),
            ("SELECT type FROM tickets INDEXED BY tickets_due WHERE due_at >= ? AND due_at < ?", ["a", "b"],
             "tickets_due")):
        plan = " ".join(str(r) for r in db.execute("EXPLAIN QUERY PLAN " + sql, params).fetchall())
        assert index in plan and "SCAN t " not in plan + " "
    plan = " ".join(str(r) for r in db.execute("EXPLAIN QUERY PLAN " + reports.RATINGS_SQL, ["a", "b"]).fetchall())
    assert "ticket_events_ratings" in plan
    # each store function runs on an empty centre
    assert reports.monthly_inputs(db, "2026-10") == {"intake": [], "month": [], "deadlines": [], "ratings": [],
                                                     "repairs": []}
