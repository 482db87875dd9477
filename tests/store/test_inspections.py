"""Inspection rounds in the store: one per place and period, findings open exactly one linked repair ticket,
re-entering opens none, bad sheets change nothing, the month's completion and the area scores."""
import datetime as dt
import hashlib

import pytest

from frontdesk.core.errors import Invalid
from frontdesk.store import inspection_history as history
from frontdesk.store import inspections, tickets

NOW = "2026-12-04T16:00:00"
WATER_OK = [{"item": "水箱人孔盖、通气管", "result": "normal"}, {"item": "水箱水位", "reading": 2.0},
            {"item": "出水压力", "reading": 0.35}, {"item": "变频泵组", "result": "normal"},
            {"item": "消毒设备", "result": "normal"}, {"item": "余氯", "reading": 0.3},
            {"item": "泵房环境", "result": "normal"}, {"item": "清洗消毒记录", "result": "normal"}]


def water(**over):
    out = []
    for r in WATER_OK:
        out.append({**r, **over[r["item"]]} if r["item"] in over else dict(r))
    return out


def digest(db) -> str:
    """Everything stored, as one hash (a refused sheet must leave it unchanged)."""
    h = hashlib.sha256()
    for line in db.conn.iterdump():
        h.update(line.encode())
    return h.hexdigest()


@pytest.fixture
def c(centre, monkeypatch):
    monkeypatch.setenv("FRONTDESK_NOW", NOW)
    return centre


def rec(c, results, at="2026-12-04 09:30", **kw):
    return inspections.record(c["db"], c["desk"], template_name="water-supply", place="生活水泵房",
                              results_in=results, at=dt.datetime.fromisoformat(at), inspector="王师傅", **kw)


def test_out_of_range_reading_opens_exactly_one_linked_ticket_and_reentry_opens_none(c):
    db = c["db"]
    got = rec(c, water(出水压力={"reading": 0.9}))
    assert got["created"] and len(got["opened"]) == 1
    t = tickets.get(db, got["opened"][0])
    assert (t["type"], t["channel"], t["place"], t["place_detail"], t["category"]) == (
        "repair", "patrol", "common", "生活水泵房", "水电")
    assert "出水压力" in t["description"] and "0.9 MPa" in t["description"] and "王师傅" in t["description"]
    assert got["round"]["number"] in t["description"]
    assert inspections.round_of_ticket(db, t["id"])["number"] == got["round"]["number"]
    res = {r["item"]: r for r in got["round"]["results"]}
    assert res["出水压力"]["ticket"] == t["number"] and res["出水压力"]["result"] == "abnormal"
    # entered again (a typo corrected): the same round, the same ticket, nothing new
    again = rec(c, water(出水压力={"reading": 0.95}, 余氯={"reading": 0.2}))
    assert not again["created"] and again["opened"] == []
    assert again["round"]["number"] == got["round"]["number"]
    assert db.execute("SELECT count(*) FROM inspection_rounds").fetchone()[0] == 1
    assert db.execute("SELECT count(*) FROM inspection_results").fetchone()[0] == 8
    assert db.execute("SELECT count(*) FROM tickets WHERE channel = 'patrol'").fetchone()[0] == 1
    assert {r["item"]: r["value"] for r in again["round"]["results"]}["余氯"] == 0.2
    corrected = inspections.record(db, c["lead"], template_name="water-supply", place="生活水泵房",
                                   results_in=water(出水压力={"reading": 0.95}), at=dt.datetime(2026, 12, 4, 9, 30))
    assert corrected["round"]["inspector"] == "王师傅"           # a correction keeps who inspected
    # a new finding on re-entry opens one ticket for that item only
    third = rec(c, water(出水压力={"reading": 0.95}, 变频泵组={"result": "abnormal", "remark": "2号泵异响"}))
    assert len(third["opened"]) == 1 and "2号泵异响" in tickets.get(db, third["opened"][0])["description"]


def test_a_finding_may_be_left_without_a_ticket(c):
    got = rec(c, water(变频泵组={"result": "abnormal", "remark": "已当场处理"}), open_tickets=set())
    assert got["opened"] == [] and got["round"]["findings"] == 1


@pytest.mark.parametrize("results, item", [
    (water() + [{"item": "水泵", "result": "normal"}], "水泵"),
    (water(出水压力={"reading": "零点三"}), "出水压力"),
    (water(变频泵组={"result": "abnormal"}), "变频泵组"),
])
def test_a_bad_sheet_is_refused_naming_the_item_and_nothing_is_written(c, results, item):
    before = digest(c["db"])
    with pytest.raises(Invalid) as exc:
        rec(c, results)
    assert item in str(exc.value)
    assert digest(c["db"]) == before


def test_wrong_place_and_future_time_are_refused(c):
    with pytest.raises(Invalid) as exc:
        inspections.record(c["db"], c["desk"], template_name="elevator", place="9栋电梯", results_in=[])
    assert exc.value.field == "place" and "1栋电梯" in str(exc.value)
    with pytest.raises(Invalid) as exc:
        rec(c, water(), at="2026-12-05 09:00")
    assert exc.value.field == "at"


def test_a_printed_round_is_the_one_entered(c):
    planned = inspections.open_round(c["db"], c["desk"], "elevator", "2栋电梯", day=dt.date(2026, 12, 4))
    assert planned["status"] == "planned" and planned["number"].startswith("XC-20261204-")
    assert inspections.open_round(c["db"], c["desk"], "elevator", "2栋电梯")["id"] == planned["id"]
    assert inspections.get_round(c["db"], planned["number"].lower())["place"] == "2栋电梯"


def test_due_today_late_and_missed(c):
    db = c["db"]
    rec(c, water(), at="2026-12-03 10:00")
    due = inspections.due(db, dt.date(2026, 12, 4))
    water_rounds = {s["period"]: s["state"] for s in due if s["template"] == "water-supply"}
    assert water_rounds["2026-12-04"] == "due" and water_rounds["2026-12-02"] == "missed"
    assert "2026-12-03" not in water_rounds                       # done yesterday: no longer the desk's concern
    lighting = [s for s in due if s["template"] == "public-lighting"]
    assert [(s["period"], s["state"]) for s in lighting] == [("2026-11-23", "missed"), ("2026-11-30", "late")]
    got = rec(c, water(出水压力={"reading": 0.9}), at="2026-12-04 09:00")
    today = [s for s in inspections.due(db, dt.date(2026, 12, 4)) if s["number"] == got["round"]["number"]][0]
    assert today["state"] == "done" and today["findings"] == 1 and today["open_findings"] == 1
    t = got["opened"][0]
    for to in ("dispatched", "in_progress", "done", "verified", "notified"):
        tickets.move(db, t, to, c["admin"])
    tickets.move(db, t, "closed", c["admin"], rating="satisfied")
    today = [s for s in inspections.due(db, dt.date(2026, 12, 4)) if s["number"] == got["round"]["number"]][0]
    assert today["open_findings"] == 0                          # the round shows its findings closed
    counts = inspections.due_counts(db, dt.date(2026, 12, 4))
    due = inspections.due(db, dt.date(2026, 12, 4))
    assert counts["due"] == sum(1 for s in due if s["state"] == "due") > 0 and counts["done"] >= 1


def test_month_completion_equals_a_count_made_here(c):
    db = c["db"]
    done_days = [1, 2, 5, 9, 17, 28]
    for d in done_days:
        rec(c, water(), at=f"2026-11-{d:02d} 08:00")
    inspections.record(db, c["desk"], template_name="public-lighting", place="楼道、大堂、道路、地下车库",
                       at=dt.datetime(2026, 11, 4, 10), results_in=_lighting_ok())
    got = history.month_completion(db, "2026-11", today=dt.date(2026, 12, 4))
    # counted here: daily sheets at 5 places (2 lifts, fire, patrol, water) × 30 days; lighting on the five
    # Mondays; the four score sheets every 14 days from 2026-01-05
    nov = [dt.date(2026, 11, d) for d in range(1, 31)]
    fortnightly = [d for d in nov if (d - dt.date(2026, 1, 5)).days % 14 == 0]
    mondays = [d for d in nov if d.weekday() == 0]
    expected_due = 5 * 30 + len(mondays) + 4 * len(fortnightly)
    assert (got["done"], got["due"]) == (len(done_days) + 1, expected_due)
    # still open on 4 December (late, not missed): lighting of Monday 30 November (until 6 December) and the
    # score sheets of the last fortnight (from 23 November)
    late = 1 + 4 * sum(1 for d in fortnightly if d + dt.timedelta(days=13) >= dt.date(2026, 12, 4))
    assert got["missed"] == expected_due - len(done_days) - 1 - late == len(got["missed_rounds"])
    water_missed = [m for m in got["missed_rounds"] if m["title"] == "二次供水设施巡检表"]
    assert len(water_missed) == 30 - len(done_days) and water_missed[0]["due_on"] == "2026-11-03"


def _lighting_ok():
    return [{"item": "大堂照明", "result": "normal"}, {"item": "楼道声控灯", "count": 1},
            {"item": "电梯厅照明", "result": "normal"}, {"item": "道路路灯", "count": 0},
            {"item": "地下车库照明", "count": 0}, {"item": "景观灯", "result": "normal"},
            {"item": "时控开关设置", "result": "normal"}]


def test_score_sheets_are_weighted_and_averaged_per_area(c):
    db = c["db"]
    tpl = inspections.template(db, "quality-cleaning")
    items = [i["name"] for i in tpl["items"]]
    results = [{"item": n, "result": "normal"} for n in items]
    results[0] = {"item": items[0], "result": "abnormal", "remark": "3单元楼道有垃圾"}     # weight 20
    got = inspections.record(db, c["desk"], template_name="quality-cleaning", place="全小区", results_in=results,
                             at=dt.datetime(2026, 11, 30, 15), open_tickets=False)
    assert got["round"]["score"] == 80.0
    results[0] = {"item": items[0], "result": "normal"}
    inspections.record(db, c["desk"], template_name="quality-cleaning", place="全小区", results_in=results,
                       at=dt.datetime(2026, 11, 17, 15))
    scores = history.area_scores(db, "2026-11", months=3)
    assert scores["months"] == ["2026-09", "2026-10", "2026-11"]
    assert scores["areas"]["保洁"] == [None, None, 90.0] and scores["areas"]["秩序"] == [None, None, None]


def test_history_and_a_readings_trend_with_its_range(c):
    db = c["db"]
    for d, p in ((1, 0.3), (2, 0.32), (3, 0.7)):
        rec(c, water(出水压力={"reading": p}), at=f"2026-12-{d:02d} 08:00")
    rows = history.history(db, "water-supply", "生活水泵房")
    assert [r["period"] for r in rows] == ["2026-12-03", "2026-12-02", "2026-12-01"]
    assert rows[0]["findings"] == 1 and rows[0]["open_findings"] == 1 and rows[1]["open_findings"] == 0
    trend = history.reading_trend(db, "water-supply", "生活水泵房", "出水压力")
    assert [v for _, v in trend["points"]] == [0.3, 0.32, 0.7]
    assert (trend["min"], trend["max"], trend["unit"]) == (0.25, 0.6, "MPa")


@pytest.mark.parametrize("results, kw, field", [
    (water(变频泵组={"remark": "正常\x1b]0;x\x07"}), {}, "remark"),              # a terminal escape in a remark
    (water(变频泵组={"remark": "长" * 4001}), {}, "remark"),                    # longer than any text may be
    (WATER_OK, {"inspector": "王\x1b[2J"}, "inspector"),
    (WATER_OK, {"inspector": "名" * 41}, "inspector"),
])
def test_remarks_and_the_inspector_follow_the_text_rule_and_nothing_is_written(c, results, kw, field):
    before = digest(c["db"])
    with pytest.raises(Invalid) as e:
        inspections.record(c["db"], c["desk"], template_name="water-supply", place="生活水泵房", results_in=results,
                           at=dt.datetime(2026, 12, 4, 9, 30), open_tickets=False, **{"inspector": "王师傅", **kw})
    assert e.value.field == field
    assert digest(c["db"]) == before


def test_a_results_file_that_is_a_folder_or_huge_is_refused_naming_it(tmp_path):
    big = tmp_path / "big.json"
    big.write_text("[" + ",".join(['{"item": "x", "result": "normal"}'] * 40000) + "]", encoding="utf-8")
    for path, words in ((tmp_path, "folder"), (big, "at most")):
        with pytest.raises(Invalid) as e:
            inspections.load_results(path)
        assert e.value.field == "results" and str(path) in str(e.value) and words in str(e.value)


def test_a_centre_made_today_has_missed_no_round_before_it_began(db, monkeypatch):
    """A centre set up minutes ago showed 36 rounds 漏检 in red on its 巡检 page and dashboard, and `report
    monthly --month 1999-01` counted 167 missed: rounds are owed from the day the centre began, or from its
    first round on record when an older history is entered."""
    from frontdesk.store import staff, units
    monkeypatch.setenv("FRONTDESK_NOW", "2026-12-04T10:00:00")
    admin = staff.init_centre(db, centre="新开中心", admin="admin", password="secret12")
    units.add(db, "1-1-101")
    today = dt.date(2026, 12, 4)
    states = {s["state"] for s in inspections.due(db, today)}
    assert states == {"due"}                                   # today's rounds, nothing late or missed before
    assert inspections.due_counts(db, today)["missed"] == 0
    nov = history.month_completion(db, "2026-11", today=today)
    assert (nov["due"], nov["missed"]) == (0, 0)
    assert history.month_completion(db, "1999-01", today=today)["due"] == 0
    # the paper sheets of the last fortnight are entered: from that day on the rounds were owed, and the days
    # between with no sheet are missed
    inspections.record(db, admin, template_name="water-supply", place="生活水泵房", results_in=water(),
                       at=dt.datetime(2026, 11, 20, 9), inspector="王师傅")
    nov = history.month_completion(db, "2026-11", today=today)
    water_nov = [m for m in nov["missed_rounds"] if m["title"] == "二次供水设施巡检表"]
    assert nov["done"] == 1 and len(water_nov) == 10 and water_nov[0]["due_on"] == "2026-11-21"
    assert not [m for m in nov["missed_rounds"] if m["due_on"] < "2026-11-20"]
