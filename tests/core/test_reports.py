"""core.reports: each figure on hand-made rows with answers counted independently in the test."""
from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from frontdesk.core import reports as r


def test_months_shift_across_years_and_bound_half_open():
    assert r.shift_month("2026-01", -1) == "2025-12"
    assert r.shift_month("2025-12", 1) == "2026-01"
    assert r.month_bounds("2026-02") == ("2026-02-01T00:00:00", "2026-03-01T00:00:00")
    months = r.trend_months("2026-03")
    assert len(months) == 12 and months[0] == "2025-04" and months[-1] == "2026-03"


def test_parse_month_refuses_nonsense():
    for bad in ("2026-13", "2026", "26-01", "x-y"):
        try:
            r.parse_month(bad)
        except ValueError:
            continue
        raise AssertionError(bad)


def _log_row(number, at, **kw):
    return {"number": number, "received_at": at, "channel": "phone", "type": "repair", "category": "水电",
            "status": "registered", "contact_phone": "13812345678", "description": "漏水", "due_at": None, **kw}


def test_daily_log_keeps_only_its_own_day_either_side_of_midnight():
    rows = [_log_row("BX-1", "2026-10-03T23:59:00"), _log_row("BX-2", "2026-10-04T00:01:00"),
            _log_row("BX-0", "2026-10-03T00:00:00")]
    third = r.daily_log(rows, dt.date(2026, 10, 3))
    fourth = r.daily_log(rows, dt.date(2026, 10, 4))
    assert [x["number"] for x in third] == ["BX-0", "BX-1"]
    assert [x["number"] for x in fourth] == ["BX-2"]
    assert third[1]["time"] == "23:59" and fourth[0]["time"] == "00:01"
    assert third[0]["phone"] == "138****5678"
    assert third[0]["type"] == "报修" and third[0]["channel"] == "来电" and third[0]["status"] == "已登记"


def test_daily_summary_counts_per_type():
    rows = [_log_row("BX-1", "2026-10-03T09:00:00"), _log_row("TS-1", "2026-10-03T10:00:00", type="complaint"),
            _log_row("BX-2", "2026-10-03T11:00:00")]
    summary = r.daily_summary(r.daily_log(rows, dt.date(2026, 10, 3)))
    assert summary == {"total": 3, "by_type": [("报修", 2), ("投诉", 1)]}


def test_timeliness_counts_deadlines_met_in_time_per_type():
    rows = [
        {"type": "repair", "due_at": "2026-10-02T10:00:00", "met_at": "2026-10-02T09:00:00"},   # met
        {"type": "repair", "due_at": "2026-10-02T10:00:00", "met_at": "2026-10-02T10:00:00"},   # met, on the dot
        {"type": "repair", "due_at": "2026-10-02T10:00:00", "met_at": "2026-10-02T10:00:01"},   # late
        {"type": "repair", "due_at": "2026-10-05T10:00:00", "met_at": None},                    # overdue
        {"type": "complaint", "due_at": "2026-10-05T10:00:00", "met_at": "2026-10-04T10:00:00"},
        {"type": "complaint", "due_at": "2026-10-05T10:00:00", "met_at": None, "status": "cancelled"},
        {"type": "complaint", "due_at": "2026-10-30T10:00:00", "met_at": None},                 # not yet due
    ]
    got = r.timeliness(rows, now="2026-10-20T00:00:00")
    assert got["due"] == 5 and got["met"] == 3 and got["rate"] == 3 / 5
    by = {x["type"]: x for x in got["by_type"]}
    assert (by["repair"]["due"], by["repair"]["met"]) == (4, 2)
    assert (by["complaint"]["due"], by["complaint"]["met"]) == (1, 1)


def test_satisfaction_is_satisfied_and_basic_over_reached():
    ratings = [{"rating": x} for x in ("satisfied", "satisfied", "basic", "unsatisfied", None)]
    got = r.satisfaction(ratings)
    assert got["reached"] == 4 and got["rate"] == 3 / 4
    assert r.satisfaction([])["rate"] is None


def _c(number, unit, at, **kw):
    return {"number": number, "unit_id": unit, "received_at": at, "type": "complaint", **kw}


def _rep(unit, received, due, met, **kw):
    return {"unit_id": unit, "received_at": received, "due_at": due, "met_at": met, **kw}


def test_late_repair_complaints_follow_the_documented_definition():
    repairs = [
        _rep("A", "2026-10-01T09:00:00", "2026-10-02T09:00:00", None),                    # overdue at complaint
        _rep("B", "2026-10-01T09:00:00", "2026-10-02T09:00:00", "2026-10-03T09:00:00"),   # done late
        _rep("C", "2026-10-01T09:00:00", "2026-10-02T09:00:00", "2026-10-01T20:00:00"),   # in time
        _rep("D", "2026-10-09T09:00:00", "2026-10-10T09:00:00", None),                    # due after complaint
        _rep("E", "2026-08-30T09:00:00", "2026-08-31T09:00:00", None),                    # 31+ days before
        _rep("F", "2026-10-01T09:00:00", "2026-10-02T09:00:00", None, status="cancelled"),
    ]
    complaints = [_c(f"TS-{u}", u, "2026-10-10T08:00:00") for u in "ABCDEFG"]
    got = r.late_repair_complaints(complaints, repairs)
    assert got["complaints"] == 7
    assert got["numbers"] == ["TS-A", "TS-B"]
    assert got["share"] == 2 / 7


def test_a_repair_after_the_complaint_does_not_explain_it():
    repairs = [_rep("A", "2026-10-11T09:00:00", "2026-10-11T10:00:00", None)]
    assert r.late_repair_complaints([_c("TS-1", "A", "2026-10-10T08:00:00")], repairs)["caused"] == 0


def test_hot_issues_rank_type_and_category_with_keywords():
    rows = ([{"type": "repair", "category": "水电", "description": "卫生间漏水"}] * 3
            + [{"type": "repair", "category": "水电", "description": "停电"}]
            + [{"type": "complaint", "category": "收费", "description": "物业费太贵"}] * 2
            + [{"type": "inquiry", "category": "停车", "description": "车位"}] * 2)
    hot = r.hot_issues(rows)
    assert [(h["rank"], h["type"], h["category"], h["count"]) for h in hot] == [
        (1, "repair", "水电", 4), (2, "complaint", "收费", 2), (3, "inquiry", "停车", 2)]
    assert hot[0]["keywords"][0] == ("漏水", 3)
    assert len(r.hot_issues(rows, limit=2)) == 2


def test_monthly_analysis_compares_with_last_month_and_targets():
    intake = [
        {"number": "BX-1", "received_at": "2026-10-03T09:00:00", "type": "repair", "category": "水电",
         "channel": "phone", "building": 1, "unit_id": "A", "repeat_of": None},
        {"number": "TS-1", "received_at": "2026-10-20T09:00:00", "type": "complaint", "category": "收费",
         "channel": "visit", "building": 2, "unit_id": "B", "repeat_of": "x"},
        {"number": "BX-0", "received_at": "2026-09-03T09:00:00", "type": "repair", "category": "水电",
         "channel": "phone", "building": 1, "unit_id": "A", "repeat_of": None},
    ]
    deadlines = [{"type": "repair", "due_at": "2026-10-04T09:00:00", "met_at": "2026-10-03T12:00:00"},
                 {"type": "complaint", "due_at": "2026-10-21T09:00:00", "met_at": None},
                 {"type": "repair", "due_at": "2026-09-04T09:00:00", "met_at": "2026-09-03T12:00:00"}]
    ratings = [{"at": "2026-10-05T09:00:00", "rating": "satisfied"}, {"at": "2026-10-06T09:00:00", "rating": "unsatisfied"},
               {"at": "2026-09-05T09:00:00", "rating": "basic"}]
    repairs = [_rep("B", "2026-10-10T09:00:00", "2026-10-11T09:00:00", None)]
    got = r.monthly_analysis("2026-10", {"intake": intake, "deadlines": deadlines, "ratings": ratings,
                                         "repairs": repairs}, now="2026-11-01T00:00:00")
    assert got["intake"]["total"] == 2 and got["intake"]["previous_total"] == 1
    assert got["intake"]["by_building"] == [(1, 1), (2, 1)]
    t = got["timeliness"]
    assert (t["due"], t["met"], t["rate"], t["previous"]) == (2, 1, 0.5, 1.0)
    assert t["change"] == -0.5 and t["meets_target"] is False and t["target"] == 0.60
    s = got["satisfaction"]
    assert (s["reached"], s["rate"], s["previous"], s["meets_target"]) == (2, 0.5, 1.0, False)
    ytd = got["timeliness_ytd"]                 # January to October: 2 of 3; to September: 1 of 1
    assert (ytd["due"], ytd["met"], ytd["from"], ytd["previous"], ytd["target"]) == (3, 2, "2026-01", 1.0, 0.80)
    assert ytd["meets_target"] is False
    assert got["repeat"]["repeats"] == 1 and got["repeat"]["share"] == 1.0
    assert got["late_repair"]["caused"] == 1 and got["late_repair"]["meets_target"] is False
    assert [m["month"] for m in got["trend"]][-2:] == ["2026-09", "2026-10"]
    assert got["trend"][-2]["intake"] == 1 and got["trend"][-1]["timeliness"] == 0.5
    assert "完成时限落在本月内" in got["definitions"]["timeliness"]


def test_words_for_figures():
    assert r.pct(0.8567) == "85.7%" and r.pct(None) == "—"
    assert r.pp(0.025) == "+2.5个百分点" and r.pp(-0.1) == "-10.0个百分点"
    assert r.verdict(True) == "达标" and r.verdict(False) == "未达标" and r.verdict(None) == "无数据"


@given(st.lists(st.tuples(st.sampled_from(["repair", "complaint", "inquiry"]), st.integers(0, 100),
                          st.one_of(st.none(), st.integers(0, 100)))))
def test_timeliness_rate_matches_a_plain_count(items):
    rows = [{"type": t, "due_at": f"2026-10-01T00:{d // 60:02d}:{d % 60:02d}",
             "met_at": None if m is None else f"2026-10-01T00:{m // 60:02d}:{m % 60:02d}"} for t, d, m in items]
    got = r.timeliness(rows)
    met = sum(1 for _, d, m in items if m is not None and m <= d)
    assert got["due"] == len(items) and got["met"] == met
    assert got["rate"] == (met / len(items) if items else None)


_DAY = st.integers(0, 60)


@given(st.lists(st.tuples(st.sampled_from("AB"), _DAY, st.integers(1, 3), st.one_of(st.none(), st.integers(0, 5)),
                          st.booleans()), max_size=12),
       st.lists(st.tuples(st.sampled_from("AB"), _DAY), max_size=8))
def test_late_repair_complaints_match_a_brute_force_count(repairs, complaints):
    """Each complaint checked against every repair, written out longhand from the definition."""
    base = dt.datetime(2026, 9, 1)

    def at(days: float) -> str:
        return (base + dt.timedelta(days=days)).isoformat()

    rep = [{"unit_id": u, "received_at": at(d), "due_at": at(d + due), "met_at": None if m is None else at(d + m),
            "status": "cancelled" if cancelled else "done"} for u, d, due, m, cancelled in repairs]
    com = [{"number": f"TS-{i}", "unit_id": u, "received_at": at(d + 0.5)} for i, (u, d) in enumerate(complaints)]
    expected = 0
    for c in com:
        ct = dt.datetime.fromisoformat(c["received_at"])
        for rp in rep:
            rt, due = dt.datetime.fromisoformat(rp["received_at"]), dt.datetime.fromisoformat(rp["due_at"])
            met = dt.datetime.fromisoformat(rp["met_at"]) if rp["met_at"] else None
            if (rp["unit_id"] == c["unit_id"] and rp["status"] != "cancelled" and ct - dt.timedelta(days=30) <= rt < ct
                    and due < ct and (met is None or met > due)):
                expected += 1
                break
    assert r.late_repair_complaints(com, rep)["caused"] == expected


def test_printed_definitions_are_all_chinese():
    """The report's 统计口径 said '完成时限（due_at）': no column names on a Chinese page."""
    import re
    from frontdesk.core.reports import DEFINITIONS
    for text in DEFINITIONS.values():
        assert not re.search(r"[A-Za-z_]{3,}", text), text


def test_a_change_that_rounds_to_nothing_is_said_as_level_never_minus_zero():
    from frontdesk.core.reports import pp
    assert pp(-0.0004) == pp(0.0003) == pp(0.0) == "持平"
    assert pp(0.011) == "+1.1个百分点" and pp(-0.005) == "-0.5个百分点" and pp(None) == "—"
