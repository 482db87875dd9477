"""Deadlines (SLA) on the working-day calendar; overdue and near due."""
from __future__ import annotations

import datetime as dt
from typing import Mapping

from .calendar import WorkCalendar

#: Defaults (DESIGN §1); every number is a setting. Each rule has one of minutes/hours/working_days/days.
DEFAULT_RULES: dict[str, dict[str, int]] = {
    "repair_urgent": {"minutes": 30},
    "repair": {"hours": 24},
    "complaint": {"working_days": 1},
    "inquiry": {"working_days": 1},
    "suggestion": {"working_days": 3},
    "praise": {"working_days": 3},
    "callback": {"days": 3},
}
NEAR_DUE_FRACTION = 0.75
RULE_UNITS = ("minutes", "hours", "working_days", "days")


def rule_key(type_: str, urgent: bool) -> str:
    return "repair_urgent" if type_ == "repair" and urgent else type_


def add_rule(start: dt.datetime, rule: Mapping[str, int], cal: WorkCalendar) -> dt.datetime:
    (unit, n), = rule.items()
    if unit == "minutes":
        return start + dt.timedelta(minutes=n)
    if unit == "hours":
        return start + dt.timedelta(hours=n)
    if unit == "days":
        return start + dt.timedelta(days=n)
    if unit == "working_days":
        return cal.add_workdays(start, n)
    raise ValueError(f"unknown SLA unit {unit!r}")


def due_at(type_: str, urgent: bool, received_at: dt.datetime, cal: WorkCalendar,
           rules: Mapping[str, Mapping[str, int]] | None = None) -> dt.datetime:
    """The deadline a new ticket gets."""
    rules = {**DEFAULT_RULES, **(rules or {})}
    return add_rule(received_at, rules[rule_key(type_, urgent)], cal)


def callback_due_at(done_at: dt.datetime, cal: WorkCalendar,
                    rules: Mapping[str, Mapping[str, int]] | None = None) -> dt.datetime:
    rules = {**DEFAULT_RULES, **(rules or {})}
    return add_rule(done_at, rules["callback"], cal)


def timing(received_at: dt.datetime, due: dt.datetime, now: dt.datetime, met_at: dt.datetime | None = None) -> str:
    """'met', 'late' (met after due), 'overdue', 'near_due' or 'ok'."""
    if met_at is not None:
        return "met" if met_at <= due else "late"
    if now > due:
        return "overdue"
    span = (due - received_at).total_seconds()
    if span > 0 and (now - received_at).total_seconds() >= NEAR_DUE_FRACTION * span:
        return "near_due"
    return "ok"


def validate_rules(rules: Mapping[str, Mapping[str, int]]) -> dict[str, dict[str, int]]:
    """Check an edited rule set; raise Invalid naming the rule."""
    from .errors import Invalid
    out = {}
    for key, rule in rules.items():
        if key not in DEFAULT_RULES:
            raise Invalid("sla", f"unknown rule '{key}'", valid=DEFAULT_RULES)
        if not isinstance(rule, Mapping) or len(rule) != 1:
            raise Invalid(f"sla.{key}", "give exactly one of " + ", ".join(RULE_UNITS))
        (unit, n), = rule.items()
        if unit not in RULE_UNITS:
            raise Invalid(f"sla.{key}", f"unknown unit '{unit}'", valid=RULE_UNITS)
        if not isinstance(n, int) or n <= 0 or n > 10000:
            raise Invalid(f"sla.{key}", f"'{n}' is not a positive whole number")
        out[key] = {unit: n}
    return out
