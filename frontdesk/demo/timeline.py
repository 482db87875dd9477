"""One ticket's life: the planned steps (events) through the state machine, cut at "now", and the ticket
columns that replaying them gives (the same bookkeeping as frontdesk.store.tickets.move)."""
from __future__ import annotations

import datetime as dt
import json
import random

from frontdesk.core import states

from .texts import CALL_NOTES, CANCEL_NOTES, DISPATCH_NOTES, REWORK_NOTES, ANSWER_NOTES

M, H, D = dt.timedelta(minutes=1), dt.timedelta(hours=1), dt.timedelta(days=1)
STEP_COLUMN = {"dispatched": "dispatched_at", "in_progress": "started_at", "done": "done_at",
               "verified": "verified_at", "notified": "notified_at", "closed": "closed_at",
               "cancelled": "cancelled_at"}
DONE_NOTES = ("已维修完毕，试用正常", "已更换配件，恢复正常", "已疏通", "已处理，业主签字确认", "已修复，建议业主定期检查",
              "临时处理，已恢复使用")
TRANSFER_REASONS = ("原接待人员休假，转交跟进", "前台人员调岗，工单转交", "按区域分工转交负责人")
RATING_NOTE = {"satisfied": "业主表示满意", "basic": "业主表示基本满意", "unsatisfied": "业主不满意"}
RATING_WEIGHTS = (("satisfied", 88), ("basic", 9), ("unsatisfied", 3))


class Staff:
    """The demo staff by role: ids and departments (chosen once, used for every ticket)."""

    def __init__(self, rows: dict[str, dict], engineering: str):
        self.by_name = rows
        self.desk = [rows[u]["id"] for u in ("qiantai1", "qiantai2") if u in rows] or \
            [r["id"] for r in rows.values() if r["role"] in ("receptionist", "supervisor", "admin")]
        self.lead = rows["zhuguan"]["id"] if "zhuguan" in rows else self.desk[0]
        self.admin = rows["admin"]["id"] if "admin" in rows else self.lead
        self.engineers = [(r["id"], r["username"], r["department"] or engineering)
                          for r in rows.values() if r["role"] == "engineer"]
        lead = rows.get("zhuguan") or next(iter(rows.values()))
        self.lead_handler = (lead["id"], lead["username"], lead["department"] or "客服中心")
        self.usernames = {r["id"]: u for u, r in rows.items()}

    def first_responder(self, rng: random.Random) -> str:
        x = rng.random()
        return self.lead if x < 0.08 else self.admin if x < 0.1 else rng.choice(self.desk)


class Plan:
    """Collects the steps of one ticket: (at, kind, from, to, actor_id, note, data)."""

    __slots__ = ("steps", "status")

    def __init__(self, at: dt.datetime, actor: str, data: dict | None):
        self.steps = [(at, "created", None, "registered", actor, "", data)]
        self.status = "registered"

    def move(self, at, to, actor, note="", data=None):
        self.steps.append((at, "moved", self.status, to, actor, note, data))
        self.status = to

    def event(self, at, kind, actor, note="", data=None):
        self.steps.append((at, kind, None, None, actor, note, data))


def _gap(rng: random.Random, lo: dt.timedelta, hi: dt.timedelta) -> dt.timedelta:
    """A random whole-second span between lo and hi."""
    return lo + dt.timedelta(seconds=int(rng.random() * (hi - lo).total_seconds()))


def _after(rng: random.Random, at: dt.datetime, lo: dt.timedelta, hi: dt.timedelta) -> dt.datetime:
    return at + _gap(rng, lo, hi)


def met_time(rng: random.Random, received: dt.datetime, due: dt.datetime, late: bool) -> dt.datetime:
    """When the deadline's step is reached: well inside the span, or after the deadline when late."""
    span = (due - received).total_seconds()
    if late:
        return due + dt.timedelta(seconds=int(span * rng.uniform(0.05, 1.5)) + rng.randint(60, 7200))
    lo = 0.25 if span > 7200 else 0.3
    return received + dt.timedelta(seconds=int(span * rng.uniform(lo, 0.95)))


def office_hours(rng: random.Random, at: dt.datetime) -> dt.datetime:
    """The same moment if the desk would phone then (9:00–20:00), else later: that morning or the next."""
    if 9 <= at.hour < 20:
        return at
    day = at.date() if at.hour < 9 else at.date() + D
    return dt.datetime.combine(day, dt.time(9)) + _gap(rng, 0 * M, 150 * M)


def callback(rng, plan: Plan, done: dt.datetime, after: dt.datetime, desk: str, *, stuck: bool,
             rating: str | None = None) -> dt.datetime | None:
    """满意度回访: maybe a missed try first; then the rating closes or reopens it. Returns its time."""
    late = rng.random() < 0.08
    at = _after(rng, done, 3 * D + H, 6 * D) if late else _after(rng, done, 6 * H, 2 * D + 20 * H)
    at = office_hours(rng, max(at, after + _gap(rng, 10 * M, 3 * H)))
    if stuck or rng.random() < 0.12:
        tries = 3 if stuck else 1
        for i in range(tries):
            plan.event(at, "callback", desk, "未接通", {"reached": False, "attempt": i + 1})
            at = office_hours(rng, _after(rng, at, 2 * H, 26 * H))
        if stuck:
            return None
    rating = rating or rng.choices([r for r, _ in RATING_WEIGHTS], [w for _, w in RATING_WEIGHTS])[0]
    plan.event(at, "callback", desk, RATING_NOTE[rating], {"reached": True, "rating": rating})
    if rating == "unsatisfied":
        plan.move(at, "reopened", desk, rng.choice(REWORK_NOTES), {"rating": rating})
    else:
        plan.move(at, "closed", desk, "回访完成", {"rating": rating})
    return at


def work_loop(rng, plan: Plan, t: dict, start: dt.datetime, met: dt.datetime, staff: Staff, *,
              handler: tuple, desk: str, stuck_at: str | None, verify: bool) -> dt.datetime | None:
    """dispatch → (in progress) → done → (verified) → notified → callback; returns the callback time."""
    dispatched = min(_after(rng, start, 2 * M, 40 * M), start + (met - start) / 3)
    hid, hname, dept = handler
    plan.move(dispatched, "dispatched", desk, rng.choice(DISPATCH_NOTES), {"handler": hname, "department": dept})
    if stuck_at == "dispatched":
        return None
    done = met if t["type"] == "repair" else max(dispatched + M, met - _gap(rng, 20 * M, 3 * H))
    if rng.random() < 0.5:
        started = dispatched + (done - dispatched) * rng.uniform(0.1, 0.6)
        plan.move(started.replace(microsecond=0), "in_progress", hid, "已到场")
    plan.move(done, "done", hid, t["handling_text"] or rng.choice(DONE_NOTES))
    if stuck_at == "done":
        return None
    told = done
    if verify:
        told = _after(rng, done, 20 * M, 20 * H)
        plan.move(told, "verified", desk, "工单已返回，复验合格")
        told = _after(rng, told, 10 * M, 5 * H)
    else:
        told = met
    plan.move(told, "notified", desk, rng.choice(CALL_NOTES))
    return callback(rng, plan, done, told, desk, stuck=stuck_at == "notified")


def plan_ticket(rng: random.Random, t: dict, staff: Staff) -> Plan:
    """Plan a ticket's whole life from intake; t has type, category, urgent, received, due, fr, flags."""
    r, fr = t["received"], t["fr"]
    plan = Plan(r, fr, {"repeat_of": t["repeat_number"]} if t.get("repeat_number") else None)
    desk = fr if rng.random() < 0.8 else rng.choice(staff.desk)
    type_ = t["type"]
    if t["cancel"]:
        plan.move(_after(rng, r, 5 * M, 5 * H), "cancelled", fr, rng.choice(CANCEL_NOTES))
        return plan
    if type_ == "praise" or (type_ in ("inquiry", "suggestion") and t["quick"]):
        note = "已转达表扬，谢谢业主" if type_ == "praise" else \
            rng.choice(ANSWER_NOTES) if type_ == "inquiry" else "感谢建议，已记录并转相关部门"
        plan.move(_after(rng, r, M, 12 * M), "closed", fr, note)
        return plan
    late = rng.random() < t["p_late"]
    met = met_time(rng, r, t["due"], late)
    if type_ == "repair":
        handler = rng.choice(staff.engineers) if staff.engineers else staff.lead_handler
    elif type_ == "complaint" and t["category"] in ("设施设备", "突发事件") and staff.engineers:
        handler = rng.choice(staff.engineers)
    else:
        handler = staff.lead_handler
    pressed = t["due"] + _gap(rng, 20 * M, 4 * H)
    if late and pressed < met and rng.random() < 0.6:
        asked = t["due"] + _gap(rng, 5 * M, pressed - t["due"])
        plan.event(asked, "call", fr, "业主来电催问进度，已致歉并承诺尽快处理")
        plan.event(pressed, "escalated", staff.lead, f"督办：请{handler[2]}尽快处理并答复业主")
    handed = office_hours(rng, r + _gap(rng, H, (met - r) * 0.8)) if met - r > 3 * H else met
    if len(staff.desk) > 1 and handed < met and rng.random() < 0.004:
        # 首问负责制: only a supervisor hands the ownership on, with a reason, while the work is under way
        to = rng.choice([d for d in staff.desk if d != fr])
        plan.event(handed, "transferred", staff.lead, rng.choice(TRANSFER_REASONS),
                   {"from": staff.usernames.get(fr), "to": staff.usernames.get(to)})
    if type_ == "inquiry":
        plan.move(_after(rng, r, 5 * M, 60 * M), "in_progress", fr, "需核实后答复")
        done = max(plan.steps[-1][0] + M, met - 30 * M)
        plan.move(done, "done", fr, "已核实")
        plan.move(max(met, done + M), "notified", desk, rng.choice(CALL_NOTES))
        at = callback(rng, plan, done, max(met, done + M), desk, stuck=t["stuck"] == "notified")
    else:
        at = work_loop(rng, plan, t, r, met, staff, handler=handler, desk=desk, stuck_at=t["stuck"],
                       verify=type_ == "repair")
    if at is not None and plan.status == "reopened":
        follow_up(plan, at, desk, fr, staff)
        rework(rng, plan, type_, at, handler, desk)
    return hand_over(plan, fr, staff)


def follow_up(plan: Plan, at: dt.datetime, desk: str, fr: str, staff: Staff) -> None:
    """An unsatisfied callback leaves the note to the first responder that store.tickets.record_callback leaves
    (the same words), to whoever owns the ticket by then."""
    moved = [s for s in plan.steps if s[1] == "transferred"]
    owner = moved[-1][6]["to"] if moved else staff.usernames.get(fr)
    said = next((s[5] for s in reversed(plan.steps) if s[1] == "callback"), "") or "（业主未说明原因）"
    name = (staff.by_name.get(owner) or {}).get("display_name") or ""
    plan.event(at, "note", desk, f"回访不满意，工单已重新处理。请首问责任人{name}跟进并回复业主：{said}",
               {"to": owner, "reason": "callback_unsatisfied"})


def hand_over(plan: Plan, fr: str, staff: Staff) -> Plan:
    """After a transfer, the new owner does what the first responder would have done."""
    moved = [s for s in plan.steps if s[1] == "transferred"]
    if moved:
        at, new = moved[0][0], staff.by_name[moved[0][6]["to"]]["id"]
        plan.steps = [s if s[0] <= at or s[4] != fr else (*s[:4], new, *s[5:]) for s in plan.steps]
    return plan


def rework(rng, plan: Plan, type_: str, at: dt.datetime, handler: tuple, desk: str) -> None:
    """After an unsatisfied callback: dispatched again, fixed for good, told, called back and closed."""
    again = _after(rng, at, 30 * M, 4 * H)
    plan.move(again, "dispatched", desk, "回访不满意，重新派单", {"handler": handler[1], "department": handler[2]})
    redo = _after(rng, again, 2 * H, 30 * H)
    plan.move(_after(rng, again, 20 * M, 2 * H), "in_progress", handler[0], "再次上门")
    plan.move(redo, "done", handler[0], "已彻底处理")
    told = redo
    if type_ == "repair":
        told = _after(rng, redo, 20 * M, 10 * H)
        plan.move(told, "verified", desk, "复验合格")
    told = _after(rng, told, 10 * M, 4 * H)
    plan.move(told, "notified", desk, rng.choice(CALL_NOTES))
    callback(rng, plan, redo, told, desk, stuck=False, rating=rng.choice(("satisfied", "satisfied", "basic")))


def replay(t: dict, steps: list, callback_due) -> dict:
    """The ticket columns the kept steps give (status, step times, met_at, callback, rating, handler)."""
    cols = {"status": "registered", "first_responder_id": t["fr"], "met_at": None, "callback_due_at": None, "callback_attempts": 0,
            "satisfaction": None, "handler_id": None, "department": None, "escalated": 0,
            **{c: None for c in STEP_COLUMN.values()}}
    handlers = t["handler_ids"]
    for at, kind, _, to, _, _, data in steps:
        if kind == "callback":
            if not data["reached"]:
                cols["callback_attempts"] += 1
            continue
        if kind == "escalated":
            cols["escalated"] += 1
            continue
        if kind == "transferred":
            cols["first_responder_id"] = t["staff_ids"][data["to"]]
            continue
        if kind != "moved":
            continue
        stamp = at.isoformat()
        cols["status"] = to
        if to in STEP_COLUMN:
            cols[STEP_COLUMN[to]] = stamp
        if to == "dispatched":
            cols["handler_id"] = handlers.get(data["handler"])
            cols["department"] = data["department"]
        if cols["met_at"] is None and _STOPS[t["type"], to]:
            cols["met_at"] = stamp
        if to == "done":
            cols["callback_due_at"] = callback_due(at).isoformat()
        if data and data.get("rating"):
            cols["satisfaction"] = data["rating"]
        if to == "reopened":
            cols.update(met_at=None, done_at=None, verified_at=None, notified_at=None, closed_at=None,
                        callback_due_at=None, callback_attempts=0)
    return cols


_DATA: dict = {}
_STOPS = {(t, s): states.stops_clock(t, s) for t in ("repair", "complaint", "inquiry", "suggestion", "praise")
          for s in states.STATES}


def event_data(data: dict | None) -> str:
    """The event's JSON (the few distinct payloads are encoded once)."""
    if not data:
        return "{}"
    key = tuple(data.items())
    text = _DATA.get(key)
    if text is None:
        text = _DATA[key] = json.dumps(data, ensure_ascii=False)
    return text
