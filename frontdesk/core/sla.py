"""Deadlines (SLA) on the working-day calendar; overdue and near due."""
from __future__ import annotations

import datetime as dt
from typing import Mapping

from .calendar import WorkCalendar
from .states import FINAL_STATES

#: Defaults (docs/architecture.md, The product's numbers); every number is a setting. Each rule has one of minutes/hours/working_days/days.
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


#: An open ticket's timing, defined once: the first row that holds gives it. A row is (timing, met, test):
#: it applies only while the deadline's step is reached (met_at set) or not, as `met` says, and when its test
#: holds:
#:   ("past", column)        the column's time is before now (strictly: at the deadline's second it is still
#:                           on time; an unset column is never past);
#:   ("by", a, b)            column a's time is at or before column b's;
#:   ("elapsed", fraction)   of the span from received_at to due_at (when it is longer than nothing), at least
#:                           this fraction has passed;
#:   None                    always.
#: While the work's deadline is not met the work clock runs against due_at; once met, the callback clock runs
#: against callback_due_at. ticket_timing follows this table; the store's SQL (tickets.overdue_sql and the
#: board's timing_sql) is built from it, never written again.
OPEN_TIMINGS: tuple[tuple[str, bool, tuple | None], ...] = (
    ("overdue", False, ("past", "due_at")),
    ("callback_overdue", True, ("past", "callback_due_at")),
    ("met", True, ("by", "met_at", "due_at")),
    ("late", True, None),
    ("near_due", False, ("elapsed", NEAR_DUE_FRACTION)),
    ("ok", False, None),
)

#: "Overdue", defined once: the rows of OPEN_TIMINGS that test a deadline against now, as (met_at set?, the
#: deadline column, the timing it gives). Only an open ticket is overdue. store/tickets.OVERDUE_SQL is built
#: from this table.
OVERDUE_CLOCKS: tuple[tuple[bool, str, str], ...] = tuple(
    (met, test[1], timing) for timing, met, test in OPEN_TIMINGS if test is not None and test[0] == "past")
OVERDUE_TIMINGS = frozenset(timing for _met, _col, timing in OVERDUE_CLOCKS)


def _at(value) -> dt.datetime | None:
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(value)


def overdue_clock(ticket: Mapping, now: dt.datetime) -> str | None:
    """'overdue' or 'callback_overdue' when the open ticket is past the deadline of its running clock, else None.
    `ticket` has status, met_at, due_at, callback_due_at (datetimes or ISO text)."""
    if ticket["status"] in FINAL_STATES:
        return None
    now = now.replace(microsecond=0)        # stored times are to the second, as the SQL compares them
    for met, column, timing in OVERDUE_CLOCKS:
        if (ticket.get("met_at") is not None) == met:
            deadline = _at(ticket.get(column))
            return timing if deadline is not None and deadline < now else None
    return None


def is_overdue(ticket: Mapping, now: dt.datetime) -> bool:
    return overdue_clock(ticket, now) is not None


def _holds(test: tuple | None, ticket: Mapping, now: dt.datetime) -> bool:
    """One test of OPEN_TIMINGS on a ticket (see there)."""
    if test is None:
        return True
    if test[0] == "past":
        deadline = _at(ticket.get(test[1]))
        return deadline is not None and deadline < now
    if test[0] == "by":
        a, b = _at(ticket.get(test[1])), _at(ticket.get(test[2]))
        return a is not None and b is not None and a <= b
    if test[0] == "elapsed":
        received, due = _at(ticket["received_at"]), _at(ticket["due_at"])
        assert received is not None and due is not None, "a ticket always has its received time and deadline"
        span = (due - received).total_seconds()
        return span > 0 and (now - received).total_seconds() >= test[1] * span
    raise ValueError(f"unknown timing test {test!r}")


def ticket_timing(ticket: Mapping, now: dt.datetime) -> str:
    """The one timing of a ticket the board, the lists and the CLI show: cancelled; a closed ticket's met / late
    (its clock stopped); an open ticket's from OPEN_TIMINGS (overdue or callback_overdue, met / late after the
    deadline was met, near_due / ok before)."""
    if ticket["status"] == "cancelled":
        return "cancelled"
    if ticket["status"] in FINAL_STATES:
        if ticket.get("met_at") is None:                        # a closed ticket's clock is stopped
            closed, due = _at(ticket.get("closed_at")), _at(ticket["due_at"])
            return "met" if closed is not None and due is not None and closed <= due else "late"
        return timing(_at(ticket["received_at"]), _at(ticket["due_at"]), now, _at(ticket["met_at"]))  # type: ignore[arg-type]
    now = now.replace(microsecond=0)        # stored times are to the second, as the SQL compares them
    met = ticket.get("met_at") is not None
    for name, when_met, test in OPEN_TIMINGS:
        if when_met == met and _holds(test, ticket, now):
            return name
    raise AssertionError("OPEN_TIMINGS ends with a row that always holds for either clock")


def remaining(due: dt.datetime, now: dt.datetime) -> tuple[int, int, int, bool]:
    """Time to (or past) a deadline, as the desk reads it: (days, hours, minutes, past), cut to whole minutes
    toward zero — one rule for the card, the ticket window and the lists."""
    seconds = int((due - now).total_seconds())
    past = seconds < 0
    minutes = abs(seconds) // 60
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    return days, hours, minutes, past


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
