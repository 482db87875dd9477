"""The ticket lifecycle, declared in one table; guards are plain functions (STYLE §8)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Mapping

from .errors import Refused

STATES = ("registered", "dispatched", "in_progress", "done", "verified", "notified",
          "closed", "cancelled", "reopened")
STATE_ZH = {"registered": "已登记", "dispatched": "已派单", "in_progress": "处理中", "done": "待复验",
            "verified": "已复验", "notified": "已告知", "closed": "已回访关闭", "cancelled": "已撤销",
            "reopened": "重新处理"}
OPEN_STATES = tuple(s for s in STATES if s not in ("closed", "cancelled"))
FINAL_STATES = ("closed", "cancelled")

DESK = frozenset({"receptionist", "supervisor", "admin"})
LEAD = frozenset({"supervisor", "admin"})
WORK = frozenset({"receptionist", "supervisor", "admin", "engineer"})
QUICK_TYPES = frozenset({"inquiry", "suggestion", "praise"})


def _quick_only(t: Mapping, ctx: Mapping) -> str | None:
    if t["type"] not in QUICK_TYPES:
        return "repair_loop_required"
    return None


def _not_repair(t: Mapping, ctx: Mapping) -> str | None:
    return "verify_required" if t["type"] == "repair" else None


def _callback_rating(t: Mapping, ctx: Mapping) -> str | None:
    rating = ctx.get("rating")
    if rating is None:
        return "rating_required"
    if rating == "unsatisfied":
        return "unsatisfied_reopens"
    return None


def _needs_unsatisfied_or_lead(t: Mapping, ctx: Mapping) -> str | None:
    if ctx.get("rating") == "unsatisfied" or ctx.get("role") in LEAD:
        return None
    return "reopen_needs_unsatisfied"


def _own_or_lead(t: Mapping, ctx: Mapping) -> str | None:
    if ctx.get("role") in LEAD or ctx.get("actor_id") == t.get("first_responder_id"):
        return None
    return "cancel_not_owner"


@dataclass(frozen=True)
class Move:
    source: str
    target: str
    roles: frozenset
    guard: Callable[[Mapping, Mapping], str | None] | None = None


#: Every allowed move. A move not listed here is refused.
MOVES: tuple[Move, ...] = (
    Move("registered", "dispatched", DESK),
    Move("registered", "in_progress", WORK),
    Move("registered", "closed", DESK, _quick_only),          # answered at intake
    Move("registered", "cancelled", DESK, _own_or_lead),
    Move("dispatched", "in_progress", WORK),
    Move("dispatched", "done", WORK),
    Move("dispatched", "registered", DESK),                     # recalled from dispatch
    Move("dispatched", "cancelled", LEAD),
    Move("in_progress", "done", WORK),
    Move("in_progress", "dispatched", DESK),                    # handed to another handler
    Move("done", "verified", DESK),                             # 返单复验
    Move("done", "in_progress", WORK),                          # failed the check: rework
    Move("done", "notified", DESK, _not_repair),                # complaints: owner answered
    Move("verified", "notified", DESK),                         # 对客通知
    Move("notified", "closed", DESK, _callback_rating),         # 满意度回访
    Move("notified", "reopened", DESK, _needs_unsatisfied_or_lead),
    Move("closed", "reopened", LEAD),
    Move("reopened", "dispatched", DESK),
    Move("reopened", "in_progress", WORK),
    Move("reopened", "cancelled", LEAD),
)
_BY_PAIR = {(m.source, m.target): m for m in MOVES}

REASONS = {
    "unknown_state": "'{target}' is not a state (valid: " + ", ".join(STATES) + ")",
    "same_state": "the ticket is already {source}",
    "not_allowed": "a ticket cannot go from {source} to {target} (allowed from {source}: {allowed})",
    "role": "{a_role} may not move a ticket from {source} to {target}; {who} may",
    "repair_loop_required": "only an inquiry, suggestion or praise can be closed at intake; a {type} goes through the repair loop",
    "verify_required": "a repair must be verified (返单复验) before the owner is notified",
    "rating_required": "closing after the callback needs the owner's rating (satisfied, basic or unsatisfied)",
    "unsatisfied_reopens": "an unsatisfied callback reopens the ticket: move it to reopened",
    "reopen_needs_unsatisfied": "a ticket is reopened from an unsatisfied callback, or by a supervisor",
    "cancel_not_owner": "only the first responder or a supervisor may cancel a ticket",
}


def a_an(word: str) -> str:
    """'an engineer', 'a supervisor'."""
    return ("an " if word[:1].lower() in "aeiou" else "a ") + word


def _either(roles: list[str]) -> str:
    """'a receptionist, a supervisor or an admin'."""
    said = [a_an(r) for r in roles]
    return " or ".join([", ".join(said[:-1]), said[-1]]) if len(said) > 1 else (said[0] if said else "nobody")


def allowed_targets(ticket: Mapping, role: str, actor_id: str | None = None, rating: str | None = None) -> list[str]:
    """The states this actor may move the ticket to now (the GUI offers exactly these)."""
    out = []
    for m in MOVES:
        if m.source == ticket["status"]:
            try:
                check_move(ticket, m.target, role, actor_id=actor_id, rating=rating)
            except Refused:
                continue
            out.append(m.target)
    return out


def check_move(ticket: Mapping, target: str, role: str, *, actor_id: str | None = None,
               rating: str | None = None) -> Move:
    """Return the move if allowed, else raise Refused with a reason code and its data."""
    source = ticket["status"]
    data = dict(source=source, target=target, role=role, type=ticket.get("type"))
    if target not in STATES:
        raise Refused("unknown_state", REASONS["unknown_state"].format(**data), **data)
    if target == source:
        raise Refused("same_state", REASONS["same_state"].format(**data), **data)
    move = _BY_PAIR.get((source, target))
    if move is None:
        allowed = ", ".join(m.target for m in MOVES if m.source == source) or "none"
        raise Refused("not_allowed", REASONS["not_allowed"].format(allowed=allowed, **data), **data)
    if role not in move.roles:
        may = [r for r in ("receptionist", "engineer", "supervisor", "admin") if r in move.roles]
        raise Refused("role", REASONS["role"].format(a_role=a_an(role).capitalize(), who=_either(may), **data),
                      may=may, **data)
    if move.guard:
        code = move.guard(ticket, {"role": role, "actor_id": actor_id, "rating": rating})
        if code:
            raise Refused(code, REASONS[code].format(**data), **data)
    return move


def clock_stop_state(type_: str) -> str:
    """The state that meets a ticket's deadline: a repair is met when done, others when the owner is told."""
    return "done" if type_ == "repair" else "notified"


#: Reaching any of these (in order of the loop) stops the SLA clock for that type.
_LOOP_ORDER = ("registered", "dispatched", "in_progress", "done", "verified", "notified", "closed")


def stops_clock(type_: str, target: str) -> bool:
    if target not in _LOOP_ORDER:
        return False
    return _LOOP_ORDER.index(target) >= _LOOP_ORDER.index(clock_stop_state(type_))
