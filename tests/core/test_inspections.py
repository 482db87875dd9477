"""core.inspections: templates, when rounds fall due (every frequency, month ends, February, holidays), checks of
a returned sheet, findings and weighted scores."""
import datetime as dt
import json

import pytest

from frontdesk.core import inspections as rules
from frontdesk.core.calendar import WorkCalendar
from frontdesk.core.errors import Invalid

D = dt.date
# National Day week 2026 and a make-up Saturday, written out so the test needs no official table.
NATIONAL = {D(2026, 10, d) for d in range(1, 8)}
CAL = WorkCalendar(holidays=NATIONAL, workdays={D(2026, 10, 10)})


def dues(freq, start, end, cal=None):
    return [o.due for o in rules.occurrences(freq, start, end, cal)]


def test_daily_every_day_across_a_month_end():
    got = rules.occurrences({"every": "daily"}, D(2026, 1, 30), D(2026, 2, 2))
    assert [o.period for o in got] == ["2026-01-30", "2026-01-31", "2026-02-01", "2026-02-02"]
    assert all(o.due == o.last for o in got)


def test_weekly_on_given_days_and_the_window_to_the_next():
    got = rules.occurrences({"every": "weekly", "days": [1, 4]}, D(2026, 12, 1), D(2026, 12, 14))
    assert [o.due for o in got] == [D(2026, 12, 3), D(2026, 12, 7), D(2026, 12, 10), D(2026, 12, 14)]
    # Thursday's round may be done late until Sunday; Monday's until Wednesday
    assert got[0].last == D(2026, 12, 6) and got[1].last == D(2026, 12, 9)


@pytest.mark.parametrize("day, year, month, expected", [
    (31, 2026, 2, D(2026, 2, 28)), (31, 2028, 2, D(2028, 2, 29)), (29, 2027, 2, D(2027, 2, 28)),
    (30, 2026, 2, D(2026, 2, 28)), (31, 2026, 4, D(2026, 4, 30)), (31, 2026, 12, D(2026, 12, 31)),
    (15, 2026, 6, D(2026, 6, 15)), (1, 2026, 3, D(2026, 3, 1))])
def test_monthly_on_a_day_clamped_to_the_month_end(day, year, month, expected):
    first = D(year, month, 1)
    last = D(year, month, 28) + dt.timedelta(days=4)
    last = last.replace(day=1) - dt.timedelta(days=1)
    got = rules.occurrences({"every": "monthly", "day": day}, first, last)
    assert [o.due for o in got] == [expected]
    assert got[0].period == f"{year:04d}-{month:02d}" and got[0].last == last


def test_monthly_over_a_year_gives_twelve_rounds_with_february_short():
    got = rules.occurrences({"every": "monthly", "day": 31}, D(2026, 1, 1), D(2026, 12, 31))
    assert len(got) == 12
    assert got[1].due == D(2026, 2, 28) and got[3].due == D(2026, 4, 30)


def test_every_n_days_either_side_of_its_anchor_and_across_years():
    freq = {"every": "days", "n": 10, "start": "2026-01-05"}
    assert dues(freq, D(2025, 12, 20), D(2026, 1, 20)) == [D(2025, 12, 26), D(2026, 1, 5), D(2026, 1, 15)]
    got = rules.occurrences(freq, D(2026, 12, 25), D(2027, 1, 10))
    assert [o.due for o in got] == [D(2026, 12, 31), D(2027, 1, 10)]     # 2026-01-05 + 36 × 10 days
    assert got[0].last == D(2027, 1, 9)
    # February: the 14-day step lands the same way in a leap year
    assert dues({"every": "days", "n": 14, "start": "2028-02-15"}, D(2028, 2, 15), D(2028, 3, 1)) == [
        D(2028, 2, 15), D(2028, 2, 29)]


def test_holidays_kept_skipped_or_moved_to_the_next_working_day():
    week = (D(2026, 9, 28), D(2026, 10, 11))
    keep = dues({"every": "daily"}, *week, CAL)
    assert len(keep) == 14
    skip = dues({"every": "daily", "holidays": "skip"}, *week, CAL)
    assert not NATIONAL & set(skip) and len(skip) == 7
    # Monday 5 October is a holiday: its weekly round moves to Thursday 8 October, the first working day
    moved = rules.occurrences({"every": "weekly", "days": [1], "holidays": "next_workday"}, *week, CAL)
    assert [o.due for o in moved] == [D(2026, 9, 28), D(2026, 10, 8)]
    assert moved[1].period == "2026-10-05" and moved[1].last == D(2026, 10, 11)
    # a monthly round on the 1st of October goes to the 8th; an ordinary weekend is not a holiday
    assert dues({"every": "monthly", "day": 1, "holidays": "next_workday"}, D(2026, 10, 1), D(2026, 10, 31),
                CAL) == [D(2026, 10, 8)]
    assert dues({"every": "weekly", "days": [6], "holidays": "skip"}, D(2026, 11, 1), D(2026, 11, 8), CAL) == [
        D(2026, 11, 7)]
    assert dues({"every": "days", "n": 3, "start": "2026-09-30", "holidays": "skip"}, *week, CAL) == [
        D(2026, 9, 30), D(2026, 10, 9)]


def test_states_of_a_round():
    occ = rules.Occurrence("2026-12-07", D(2026, 12, 7), D(2026, 12, 9))
    assert rules.state_of(occ, None, D(2026, 12, 6)) == "upcoming"
    assert rules.state_of(occ, None, D(2026, 12, 7)) == "due"
    assert rules.state_of(occ, None, D(2026, 12, 9)) == "late"
    assert rules.state_of(occ, None, D(2026, 12, 10)) == "missed"
    assert rules.state_of(occ, D(2026, 12, 8), D(2026, 12, 20)) == "done"
    assert rules.completion(["done", "missed", "late", "upcoming", "done"]) == {
        "done": 2, "due": 4, "missed": 1, "rate": 50.0}


def test_a_round_done_late_or_early_belongs_to_its_slot():
    weekly = {"every": "weekly", "days": [1]}
    assert rules.slot_of(weekly, D(2026, 12, 10)).period == "2026-12-07"
    assert rules.slot_of({"every": "monthly", "day": 20}, D(2026, 12, 10)).period == "2026-12"
    assert rules.slot_of({"every": "daily"}, D(2026, 2, 28)).period == "2026-02-28"


def test_bad_frequencies_are_refused_naming_the_field():
    for freq, field in (({"every": "hourly"}, "frequency"), ({"every": "weekly"}, "days"),
                        ({"every": "weekly", "days": [8]}, "days"), ({"every": "monthly", "day": 32}, "day"),
                        ({"every": "days", "n": 0}, "n"), ({"every": "days", "n": 3, "start": "2026-02-30"}, "start"),
                        ({"every": "daily", "holidays": "never"}, "holidays")):
        with pytest.raises(Invalid) as exc:
            rules.frequency_of(freq)
        assert exc.value.field == field


TEMPLATE = rules.parse_template({
    "title": "二次供水设施巡检表", "places": ["生活水泵房"], "frequency": {"every": "daily"},
    "items": [{"name": "泵组", "judged": "normal_abnormal"},
              {"name": "出水压力", "judged": "reading", "unit": "MPa", "min": 0.25, "max": 0.6},
              {"name": "灯坏", "judged": "count", "unit": "盏", "max": 2}]})


def sheet(**over):
    base = {"泵组": {"item": "泵组", "result": "normal"}, "出水压力": {"item": "出水压力", "reading": 0.4},
            "灯坏": {"item": "灯坏", "count": 1}}
    for k, v in over.items():
        base[k] = {"item": k, **v}
    return list(base.values())


def test_a_returned_sheet_checked_and_findings_found():
    checked = rules.check_results(TEMPLATE, sheet())
    assert [r["result"] for r in checked] == ["normal"] * 3 and not rules.findings(checked)
    checked = rules.check_results(TEMPLATE, sheet(出水压力={"reading": "0.8"}, 灯坏={"count": 3}))
    found = rules.findings(checked)
    assert [r["item"] for r in found] == ["出水压力", "灯坏"] and found[0]["value"] == 0.8
    text = rules.finding_text(TEMPLATE, "生活水泵房", found[0], "王师傅")
    assert "出水压力" in text and "0.8 MPa" in text and "0.25–0.6 MPa" in text and "王师傅" in text
    assert "数量 3 盏" in rules.finding_text(TEMPLATE, "生活水泵房", found[1], "")


@pytest.mark.parametrize("over, field, item", [
    ({"水箱": {"result": "normal"}}, "item", "水箱"),
    ({"出水压力": {"reading": "高"}}, "reading", "出水压力"),
    ({"出水压力": {"reading": None}}, "reading", "出水压力"),
    ({"灯坏": {"count": 1.5}}, "count", "灯坏"),
    ({"泵组": {"result": "abnormal"}}, "remark", "泵组"),
    ({"泵组": {"result": "bad"}}, "result", "泵组"),
    ({"泵组": {}}, "result", "泵组"),
])
def test_bad_results_are_refused_naming_the_item(over, field, item):
    with pytest.raises(Invalid) as exc:
        rules.check_results(TEMPLATE, sheet(**over))
    assert exc.value.field == field and exc.value.data["item"] == item
    assert item in str(exc.value)


def test_a_bad_entry_is_named_before_the_items_left_out():
    with pytest.raises(Invalid) as exc:
        rules.check_results(TEMPLATE, [{"item": "出水压力", "reading": "abc"}])
    assert exc.value.field == "reading" and "'abc' is not a number" in str(exc.value)


def test_missing_and_doubled_items_are_refused():
    with pytest.raises(Invalid, match="'灯坏'"):
        rules.check_results(TEMPLATE, sheet()[:2])
    with pytest.raises(Invalid, match="twice"):
        rules.check_results(TEMPLATE, sheet() + [{"item": "泵组", "result": "normal"}])


def test_a_score_sheet_is_scored_by_weight():
    tpl = rules.parse_template({"title": "评分表", "kind": "quality", "area": "保洁", "places": ["全小区"],
                                "items": [{"name": "a", "weight": 50}, {"name": "b", "weight": 30},
                                          {"name": "c", "weight": 20}]})
    res = [{"item": "a", "result": "normal"}, {"item": "b", "result": "abnormal", "remark": "有垃圾"},
           {"item": "c", "result": "normal"}]
    assert rules.score(rules.check_results(tpl, res)) == 70.0
    assert rules.area_scores([("保洁", "2026-11", 70.0), ("保洁", "2026-11", 90.0), ("秩序", "2026-12", 95.0)]) == {
        "保洁": {"2026-11": 80.0}, "秩序": {"2026-12": 95.0}}
    with pytest.raises(Invalid) as exc:
        rules.parse_template({"title": "x", "kind": "quality", "area": "保洁", "places": ["p"],
                              "items": [{"name": "a"}]})
    assert exc.value.field == "weight"


def test_old_sheets_still_load_and_places_expand_per_building():
    old = rules.parse_template(json.dumps({"title": "旧表", "place": "泵房", "frequency": "每周", "rounds": 3,
                                           "items": [{"name": "水位", "reading": "m"}]}))
    assert old["places"] == ["泵房"] and old["frequency"]["every"] == "weekly" and old["times"] == 3
    assert old["items"][0]["judged"] == "reading" and old["items"][0]["unit"] == "m"
    assert rules.expand_places(["{building}栋电梯", "泵房"], [1, 2]) == ["1栋电梯", "2栋电梯", "泵房"]
    assert rules.range_text({"min": None, "max": 0, "unit": "盏"}) == "≤ 0 盏"
