"""The working-day calendar: weekends, public holidays and make-up workdays (调休)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Iterable, Mapping


HOLIDAY_ZH = {"New Year's Day": "元旦", "Spring Festival": "春节", "Tomb-sweeping Day": "清明节",
              "Labour Day": "劳动节", "Dragon Boat Festival": "端午节", "National Day": "国庆节",
              "Mid-autumn Festival": "中秋节", "Anti-Fascist 70th Day": "抗战胜利70周年纪念日"}


def official_days(years: Iterable[int] | None = None) -> dict[dt.date, tuple[str, str]]:
    """The State Council's table as shipped by chinesecalendar: date -> (kind, Chinese name).

    kind is 'holiday' (a day off) or 'workday' (a make-up workday, 调休)."""
    from chinese_calendar import constants  # data only; imported where used

    wanted = set(years) if years is not None else None
    out: dict[dt.date, tuple[str, str]] = {}
    for kind, table in (("holiday", constants.holidays), ("workday", constants.workdays)):
        for d, name in table.items():
            if wanted is None or d.year in wanted:
                if kind == "holiday" and d.weekday() >= 5 and d not in constants.holidays:
                    continue
                out[d] = (kind, HOLIDAY_ZH.get(str(name), str(name)))
    return out


def official_years() -> set[int]:
    from chinese_calendar import constants
    return {d.year for d in constants.holidays} | {d.year for d in constants.workdays}


#: The statutory holidays on fixed dates (全国年节及纪念日放假办法, as revised in 2024, in force from 2025):
#: 元旦 1月1日, 劳动节 5月1日–2日, 国庆节 10月1日–3日. A year that neither the official table nor the admin
#: covers yet still keeps these days off; the lunar holidays (春节, 清明, 端午, 中秋) and the 调休 days need the
#: year's notice, and `check` and the dashboard keep saying the year's table is missing.
FIXED_HOLIDAYS = {(1, 1): "元旦", (5, 1): "劳动节", (5, 2): "劳动节", (10, 1): "国庆节", (10, 2): "国庆节",
                  (10, 3): "国庆节"}


@dataclass
class WorkCalendar:
    """Mon–Fri work, except listed holidays; listed make-up workdays work even on a weekend. In a year outside
    `covered_years` (when that is given) the fixed statutory holidays are days off too."""

    holidays: set[dt.date] = field(default_factory=set)
    workdays: set[dt.date] = field(default_factory=set)
    covered_years: frozenset[int] | None = None

    @classmethod
    def from_days(cls, days: Mapping[dt.date, str | tuple[str, str]]
                  | Iterable[tuple[dt.date, str | tuple[str, str]]]) -> "WorkCalendar":
        items = days.items() if isinstance(days, Mapping) else days
        cal = cls()
        for d, kind in items:
            if isinstance(kind, tuple):
                kind = kind[0]
            (cal.holidays if kind == "holiday" else cal.workdays).add(d)
        return cal

    @classmethod
    def official(cls) -> "WorkCalendar":
        return cls.from_days(official_days())

    def is_workday(self, d: dt.date) -> bool:
        if d in self.workdays:
            return True
        if d in self.holidays:
            return False
        if self.covered_years is not None and d.year not in self.covered_years and (d.month, d.day) in FIXED_HOLIDAYS:
            return False
        return d.weekday() < 5

    def next_workday(self, d: dt.date) -> dt.date:
        """The first working day strictly after d."""
        d += dt.timedelta(days=1)
        for _ in range(400):
            if self.is_workday(d):
                return d
            d += dt.timedelta(days=1)
        raise ValueError("no working day within 400 days")

    def add_workdays(self, moment: dt.datetime, n: int) -> dt.datetime:
        """The same clock time n working days later ("within 1 working day": next working day, same time)."""
        d = moment.date()
        for _ in range(n):
            d = self.next_workday(d)
        return dt.datetime.combine(d, moment.time())


def missing_years(known_years: Iterable[int], today: dt.date) -> list[int]:
    """This year and next, where neither the admin nor the official table has a holiday list."""
    known = set(known_years)
    return [y for y in (today.year, today.year + 1) if y not in known]
