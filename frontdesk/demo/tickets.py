"""Years of tickets, day by day: believable volumes, types, categories, channels, texts and timelines."""
from __future__ import annotations

import bisect
import datetime as dt
import itertools
import random
from collections import deque

from frontdesk.core import sla
from frontdesk.core.model import DEFAULT_CATEGORIES
from frontdesk.core.numbers import number_prefix
from frontdesk.core.repeat import REPEAT_WINDOW

from .estate import Unit
from .texts import COMMON_PLACES, DESCRIPTIONS, HANDLING, PLACE_HINTS, ROOMS, SUFFIXES, URGENT
from .timeline import Staff, event_data, plan_ticket, replay

#: Columns of the generated rows; the sync columns created_at, updated_at, origin and version are the same for
#: every row of a build and go into the INSERT as constants (see writer.Writer).
TICKET_COLS = ("id", "number", "type", "category", "channel",
               "urgent", "unit_id", "person_id", "contact_phone", "place", "place_detail", "description",
               "preferred_time", "status", "first_responder_id", "handler_id", "department", "received_at", "due_at",
               "met_at", "dispatched_at", "started_at", "done_at", "verified_at", "notified_at", "closed_at",
               "cancelled_at", "callback_due_at", "callback_attempts", "satisfaction", "repeat_of", "escalated",
               "handling_text", "unit_code")
EVENT_COLS = ("id", "ticket_id", "at", "kind", "from_status",
              "to_status", "actor_id", "note", "data")

TYPE_WEIGHTS = {"repair": 42, "inquiry": 36, "complaint": 10, "suggestion": 5, "praise": 7}
CATEGORY_WEIGHTS = {
    "repair": {"水电": 30, "土建": 7, "门窗": 12, "电梯": 7, "空调": 9, "装修": 5, "家电": 10, "公共设施": 15, "其他": 5},
    "complaint": {"设施设备": 30, "管理服务": 45, "收费": 12, "突发事件": 6, "其他": 7},
    "inquiry": {"收费": 30, "装修": 20, "停车": 18, "权证": 8, "社区活动": 9, "其他": 15},
    "suggestion": {"环境": 35, "安全": 25, "服务": 35, "其他": 5},
    "praise": {"环境": 20, "安全": 15, "服务": 60, "其他": 5},
}
# only the default categories (an admin's own ones have no texts here)
CATEGORY_WEIGHTS = {t: {c: w for c, w in ws.items() if c in DEFAULT_CATEGORIES[t]} for t, ws in CATEGORY_WEIGHTS.items()}
CHANNEL_WEIGHTS = {"phone": 55, "visit": 22, "wechat": 15, "opinion_box": 2, "door_visit": 3, "patrol": 3}
HOUR_WEIGHTS = (0.3, 0.2, 0.1, 0.1, 0.1, 0.2, 0.5, 1.5, 4, 7, 8, 7, 5, 4, 6, 7, 7, 6, 5, 4, 3, 2, 1, 0.6)
WEEKDAY_FACTOR = (1.2, 1.05, 1.0, 1.0, 1.0, 0.75, 0.65)
P_LATE = {"repair": 0.07, "complaint": 0.1, "inquiry": 0.04, "suggestion": 0.05, "praise": 0.0}
STUCK_AT = {"repair": ("dispatched", "done", "notified", "notified"), "complaint": ("dispatched", "notified"),
            "suggestion": ("notified",), "inquiry": ("notified",)}


def per_day(n_units: int) -> float:
    """Mean intakes per day: about 20 for 600 units, 140 for 20,000 (500,000 over ten years).

    Calls grow less than the number of units: common areas are shared and big estates self-serve more."""
    return 23.0 * (max(n_units, 1) / 600.0) ** 0.55


def stuck_chance(age_days: int) -> float:
    """How likely a ticket of this age is still open, stuck (waiting for parts, work order not back, callback
    never reached): a backlog of recent weeks, and only a few forgotten ones further back — a centre that let
    tickets rot for a year would not be a believable demo."""
    return 0.08 if age_days < 14 else 0.01 if age_days < 45 else 0.0008 if age_days < 365 else 0.0


class Chooser:
    """Weighted choice by bisect on cumulative weights (fast and repeatable)."""

    def __init__(self, weights: dict):
        self.keys = list(weights)
        self.cum = list(itertools.accumulate(weights.values()))

    def __call__(self, rng: random.Random):
        return self.keys[bisect.bisect(self.cum, rng.random() * self.cum[-1])]


class Deadlines:
    """sla.due_at with the working-day arithmetic cached per date (the same answers, much faster)."""

    def __init__(self, cal, rules):
        self.cal, self.rules, self.cache = cal, {**sla.DEFAULT_RULES, **rules}, {}

    def add(self, start: dt.datetime, key: str) -> dt.datetime:
        rule = self.rules[key]
        (unit, n), = rule.items()
        if unit != "working_days":
            return sla.add_rule(start, rule, self.cal)
        day = self.cache.get((start.date(), n))
        if day is None:
            day = self.cache[(start.date(), n)] = self.cal.add_workdays(
                dt.datetime.combine(start.date(), dt.time()), n).date()
        return dt.datetime.combine(day, start.time())

    def due(self, type_: str, urgent: bool, received: dt.datetime) -> dt.datetime:
        return self.add(received, sla.rule_key(type_, urgent))

    def callback(self, done: dt.datetime) -> dt.datetime:
        return self.add(done, "callback")


class TicketMaker:
    """Generates tickets and their events in received order; `day()` yields row tuples for one day."""

    def __init__(self, rng, ids, stamp: str, origin: str, units: list[Unit], staff: Staff, deadlines: Deadlines,
                 now: dt.datetime, years: float, letter: str, seq: dict[str, int], n_units: int):
        self.rng, self.ids, self.stamp, self.origin = rng, ids, stamp, origin
        self.units = [u for u in units if u.contacts]
        self.unit_cum = list(itertools.accumulate(rng.paretovariate(2.2) for _ in self.units))
        self.staff, self.deadlines, self.now, self.letter, self.seq = staff, deadlines, now, letter, seq
        self.start = (now - dt.timedelta(days=round(365 * years))).date() + dt.timedelta(days=1)
        self.mean = per_day(n_units)
        self.types = Chooser(TYPE_WEIGHTS)
        self.summer_types = Chooser({**TYPE_WEIGHTS, "repair": TYPE_WEIGHTS["repair"] * 1.4})
        self.categories = {t: Chooser(w) for t, w in CATEGORY_WEIGHTS.items()}
        self.summer_repair = Chooser({**CATEGORY_WEIGHTS["repair"], "空调": 30, "水电": 36})
        self.channels = Chooser(CHANNEL_WEIGHTS)
        self.hours = Chooser(dict(enumerate(HOUR_WEIGHTS)))
        self.recent: deque = deque()            # (received, unit, category) of complaints, for repeat calls
        self.complaints: dict = {}              # (unit_id, category) -> [(received, id, number, status)]
        self.handler_ids = {name: hid for hid, name, _ in staff.engineers}
        self.handler_ids[staff.lead_handler[1]] = staff.lead_handler[0]
        for name in ("admin", "qiantai1", "qiantai2"):
            if name in staff.by_name:
                self.handler_ids.setdefault(name, staff.by_name[name]["id"])
        self.staff_ids = {u: r["id"] for u, r in staff.by_name.items()}
        self.holidays = deadlines.cal.holidays
        self.counts = {"tickets": 0, "events": 0}

    def days(self):
        day = self.start
        while day <= self.now.date():
            yield day
            day += dt.timedelta(days=1)

    def volume(self, day: dt.date) -> int:
        rng = self.rng
        age = (self.now.date() - day).days / 3650.0
        mean = self.mean * (1.0 - 0.2 * min(age, 1.0)) * WEEKDAY_FACTOR[day.weekday()]
        mean *= 0.6 if day in self.holidays else 1.15 if day.month in (6, 7, 8) else 1.0
        return max(0, int(mean + rng.gauss(0, mean ** 0.5) + 0.5))

    def day(self, day: dt.date) -> tuple[list[tuple], list[tuple]]:
        """The tickets and events received on one day (numbers in time order)."""
        rng = self.rng
        times = []
        for _ in range(self.volume(day)):
            at = dt.datetime.combine(day, dt.time(self.hours(rng))) + dt.timedelta(seconds=rng.randrange(3600))
            if at <= self.now:
                times.append(at)
        times.sort()
        self.prefixes = {}
        tickets, events = [], []
        recent_cut = dt.datetime.combine(day, dt.time()) - REPEAT_WINDOW
        while self.recent and self.recent[0][0] < recent_cut:
            self.recent.popleft()
        for at in times:
            self._one(at, tickets, events)
        return tickets, events

    def _pick_unit(self) -> Unit:
        return self.units[bisect.bisect(self.unit_cum, self.rng.random() * self.unit_cum[-1])]

    def _one(self, at: dt.datetime, tickets: list, events: list) -> None:
        rng = self.rng
        type_ = (self.summer_types if at.month in (6, 7, 8) else self.types)(rng)
        cat_of = self.summer_repair if type_ == "repair" and at.month in (6, 7, 8) else self.categories[type_]
        category, urgent, unit, text = cat_of(rng), False, None, None
        channel = self.channels(rng)
        if type_ == "complaint" and self.recent and rng.random() < 0.06:
            then, unit, category = rng.choice(self.recent)  # the same owner calls again (二次投诉)
        if type_ == "repair" and rng.random() < 0.05:
            urgent = True
            category, text = rng.choice(URGENT)
        if channel == "patrol" and type_ != "repair":
            channel = "phone"
        if channel == "patrol":
            category = "公共设施" if not urgent else category
        else:
            unit = unit or self._pick_unit()
        building = unit.building if unit else rng.choice(self.units).building
        text = (text or rng.choice(DESCRIPTIONS[(type_, category)])).format(r=rng.choice(ROOMS), b=building)
        common = unit is None or category in ("电梯", "公共设施") or (category == "设施设备" and rng.random() < 0.5)
        if type_ == "repair" and not urgent and not common:
            text += rng.choice(SUFFIXES)
        detail = self._place(text, building, unit.entrance if unit else 1) if common else ""
        person, phone = (None, None)
        if unit:
            person, phone = unit.contacts[0] if rng.random() < 0.8 else rng.choice(unit.contacts)
            if phone is None:
                person, phone = unit.contacts[0]
        tid = self.ids()
        due = self.deadlines.due(type_, urgent, at)
        prefix = self.prefixes.get(type_)
        if prefix is None:
            prefix = self.prefixes[type_] = number_prefix(type_, at.date(), self.letter)
        n = self.seq[prefix] = self.seq.get(prefix, 0) + 1
        number = f"{prefix}{n:03d}"   # = core.numbers.ticket_number(type_, day, n, letter), without strftime
        earlier = self._repeat_of(unit, type_, category, at)
        stuck = None
        if type_ in STUCK_AT and not urgent and rng.random() < stuck_chance((self.now - at).days):
            stuck = rng.choice(STUCK_AT[type_])
        t = {"type": type_, "category": category, "urgent": urgent, "received": at, "due": due,
             "fr": self.staff.first_responder(rng), "repeat_number": earlier[2] if earlier else None,
             "cancel": type_ in ("repair", "complaint") and rng.random() < 0.015,
             "quick": rng.random() < (0.85 if type_ == "inquiry" else 0.7), "stuck": stuck,
             "p_late": P_LATE[type_] * (1.4 if urgent else 1.0),
             "handling_text": rng.choice(HANDLING[category]) if type_ == "complaint" else None,
             "handler_ids": self.handler_ids, "staff_ids": self.staff_ids}
        steps = [s for s in plan_ticket(rng, t, self.staff).steps if s[0] <= self.now]
        cols = replay(t, steps, self.deadlines.callback)
        handling = t["handling_text"] if cols["done_at"] or cols["notified_at"] or cols["closed_at"] else None
        tickets.append((tid, number, type_, category, channel, int(urgent),
                        unit.id if unit else None, person, phone, "common" if common else "unit", detail, text,
                        None, cols["status"], cols["first_responder_id"], cols["handler_id"], cols["department"], at.isoformat(),
                        due.isoformat(), cols["met_at"], cols["dispatched_at"], cols["started_at"], cols["done_at"],
                        cols["verified_at"], cols["notified_at"], cols["closed_at"], cols["cancelled_at"],
                        cols["callback_due_at"], cols["callback_attempts"], cols["satisfaction"],
                        earlier[1] if earlier else None, cols["escalated"], handling,
                        unit.code if unit else None))           # the copy the trigger keeps (migration 013)
        ids = self.ids
        for s_at, kind, src, dst, actor, note, data in steps:
            events.append((ids(), tid, s_at.isoformat(), kind, src, dst, actor, note,
                           event_data(data)))
        if type_ == "complaint" and unit:
            self.complaints.setdefault((unit.id, category), []).append((at, tid, number, cols["status"]))
            self.recent.append((at, unit, category))
        self.counts["tickets"] += 1
        self.counts["events"] += len(steps)

    def _place(self, text: str, building: int, entrance: int) -> str:
        """The common area a request is about, from its text (else a likely place near the caller)."""
        for word, hint in PLACE_HINTS:
            if word in text:
                place = hint
                break
        else:
            place = self.rng.choice(COMMON_PLACES)
        return place.format(b=building, e=entrance, f=self.rng.choice((1, 2)))

    def _repeat_of(self, unit: Unit | None, type_: str, category: str, at: dt.datetime):
        """The repeat-complaint rule (frontdesk.core.repeat): same unit and category in the 30 days before."""
        if type_ != "complaint" or unit is None:
            return None
        start = at - REPEAT_WINDOW
        best = None
        for row in self.complaints.get((unit.id, category), ()):
            if start <= row[0] < at and row[3] != "cancelled" and (best is None or row[0] > best[0]):
                best = row
        return best
