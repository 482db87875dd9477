"""Deadlines on the working-day calendar: weekends, public holidays, make-up workdays (调休)."""
import datetime as dt

import pytest

from frontdesk.core import sla
from frontdesk.core.calendar import WorkCalendar, official_days
from frontdesk.core.errors import Invalid

D = dt.datetime


@pytest.fixture
def cal():
    return WorkCalendar.official()


def test_complaint_on_friday_is_due_monday_same_time(cal):
    # 2026-11-20 is a Friday; 11-21/22 a weekend.
    assert sla.due_at("complaint", False, D(2026, 11, 20, 17, 30), cal) == D(2026, 11, 23, 17, 30)


def test_inquiry_on_saturday_is_due_monday(cal):
    assert sla.due_at("inquiry", False, D(2026, 11, 21, 10, 0), cal) == D(2026, 11, 23, 10, 0)


def test_complaint_before_national_day_skips_the_holiday(cal):
    # 2026-09-30 (Wed) → 10-01..10-07 are the National Day holiday → next working day 10-08.
    assert sla.due_at("complaint", False, D(2026, 9, 30, 9, 15), cal) == D(2026, 10, 8, 9, 15)


def test_make_up_workday_on_a_saturday_counts(cal):
    # 2026-10-09 is a Friday; 2026-10-10 (Saturday) is a 调休 workday.
    assert cal.is_workday(dt.date(2026, 10, 10))
    assert sla.due_at("complaint", False, D(2026, 10, 9, 16, 0), cal) == D(2026, 10, 10, 16, 0)


def test_admin_calendar_overrides_weekends_and_holidays():
    cal = WorkCalendar.from_days({dt.date(2030, 1, 7): "holiday", dt.date(2030, 1, 5): "workday"})
    # 2030-01-04 is a Friday; the admin made Saturday the 5th a workday.
    assert sla.due_at("complaint", False, D(2030, 1, 4, 9), cal) == D(2030, 1, 5, 9)
    # Sunday the 6th, then Monday the 7th is a holiday → Tuesday the 8th.
    assert sla.due_at("complaint", False, D(2030, 1, 5, 9), cal) == D(2030, 1, 8, 9)


def test_repairs_run_on_the_clock_not_on_working_days(cal):
    start = D(2026, 10, 1, 8, 0)  # a holiday
    assert sla.due_at("repair", True, start, cal) == D(2026, 10, 1, 8, 30)
    assert sla.due_at("repair", False, start, cal) == D(2026, 10, 2, 8, 0)


def test_rules_from_settings_replace_defaults(cal):
    rules = {"complaint": {"working_days": 2}, "repair_urgent": {"minutes": 15}}
    assert sla.due_at("complaint", False, D(2026, 11, 20, 9), cal, rules) == D(2026, 11, 24, 9)
    assert sla.due_at("repair", True, D(2026, 11, 20, 9), cal, rules) == D(2026, 11, 20, 9, 15)


def test_callback_is_three_days_after_done(cal):
    assert sla.callback_due_at(D(2026, 11, 20, 9), cal) == D(2026, 11, 23, 9)


@pytest.mark.parametrize("now, expected", [
    (D(2026, 11, 20, 9, 0), "ok"),
    (D(2026, 11, 21, 2, 59), "ok"),
    (D(2026, 11, 21, 3, 0), "near_due"),     # three quarters of 24 h used
    (D(2026, 11, 21, 8, 59), "near_due"),
    (D(2026, 11, 21, 9, 1), "overdue"),
])
def test_timing(now, expected):
    assert sla.timing(D(2026, 11, 20, 9, 0), D(2026, 11, 21, 9, 0), now) == expected


def test_met_and_late():
    assert sla.timing(D(2026, 1, 1, 9), D(2026, 1, 2, 9), D(2026, 1, 5), met_at=D(2026, 1, 2, 8)) == "met"
    assert sla.timing(D(2026, 1, 1, 9), D(2026, 1, 2, 9), D(2026, 1, 5), met_at=D(2026, 1, 2, 10)) == "late"


def test_validate_rules_names_the_bad_rule():
    with pytest.raises(Invalid) as err:
        sla.validate_rules({"complaint": {"weeks": 1}})
    assert err.value.field == "sla.complaint"
    with pytest.raises(Invalid):
        sla.validate_rules({"repair": {"hours": 0}})


def test_official_table_has_current_year_with_chinese_names():
    days = official_days([2026])
    assert days[dt.date(2026, 10, 1)] == ("holiday", "国庆节")
    assert days[dt.date(2026, 2, 14)][0] == "workday"
