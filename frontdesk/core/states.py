"""The ticket lifecycle, whole, in one place (docs/architecture.md): the states, the loop order, every allowed
move with who may make it and what it needs from them, who escalates and transfers, and when a callback is due.
The window reads these tables to choose its buttons and dialogs; the store asks check_move before it writes."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Mapping

from . import permissions
from .errors import MESSAGES, Invalid, Refused

STATES = ("registered", "dispatched", "in_progress", "done", "verified", "notified",
          "closed", "cancelled", "reopened")
STATE_ZH = {"registered": "已登记", "dispatched": "已派单", "in_progress": "处理中", "done": "待复验",
            "verified": "已复验", "notified": "已告知", "closed": "已回访关闭", "cancelled": "已撤销",
            "reopened": "重新处理"}
FINAL_STATES = ("closed", "cancelled")
OPEN_STATES = tuple(s for s in STATES if s not in FINAL_STATES)
#: The repair loop in order (cancelled and reopened stand outside it).
LOOP_ORDER = ("registered", "dispatched", "in_progress", "done", "verified", "notified", "closed")
#: Work done, the owner's callback (满意度回访) still to come; a callback may be tried in these states.
AWAITING_CALLBACK = ("done", "verified", "notified")
#: The state a reached callback starts from (the owner was told the result).
CALLBACK_FROM = "notified"

DESK = frozenset({"receptionist", "supervisor", "admin"})
LEAD = frozenset({"supervisor", "admin"})
WORK = frozenset({"receptionist", "supervisor", "admin", "engineer"})
QUICK_TYPES = frozenset({"inquiry", "suggestion", "praise"})
#: Who may be named as the handler of a dispatch, and who may own a ticket (首问负责制 stays at the desk).
HANDLER_ROLES = WORK
OWNER_ROLES = DESK
#: Who records a callback, escalates (督办), transfers ownership: core/permissions' table of acts.
CALLBACK_ROLES = frozenset(permissions.ACTS["callback"][0])
ESCALATE_ROLES = frozenset(permissions.ACTS["escalate"][0])
TRANSFER_ROLES = frozenset(permissions.ACTS["transfer"][0])
#: The roles that act only on tickets dispatched to them (as handler).
HANDLER_ONLY_ROLES = frozenset({"engineer"})
#: After this many failed callback tries the callback letter (回访函) is offered for print.
LETTER_AFTER_TRIES = 3


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


def _callback_target(t: Mapping, ctx: Mapping) -> str | None:
    """notified → reopened: a receptionist reopens only from an unsatisfied callback; a rating given must be it."""
    rating = ctx.get("rating")
    if rating is not None and rating != "unsatisfied":
        return "satisfied_closes"
    return _needs_unsatisfied_or_lead(t, ctx)


@dataclass(frozen=True)
class Move:
    """One allowed move. `takes` lists what the person may give with it besides a note ('handler', 'rating');
    `needs` what they must give ('note', 'rating'). The window chooses its dialog from these."""
    source: str
    target: str
    roles: frozenset
    guard: Callable[[Mapping, Mapping], str | None] | None = None
    takes: frozenset = frozenset()
    needs: frozenset = frozenset()


_HANDLER = frozenset({"handler"})
_RATING = frozenset({"rating"})
_NOTE = frozenset({"note"})


#: Every allowed move. A move not listed here is refused.
MOVES: tuple[Move, ...] = (
    Move("registered", "dispatched", DESK, takes=_HANDLER),
    Move("registered", "in_progress", WORK),
    Move("registered", "closed", DESK, _quick_only),          # answered at intake
    Move("registered", "cancelled", DESK, _own_or_lead, needs=_NOTE),
    Move("dispatched", "in_progress", WORK),
    Move("dispatched", "done", WORK),
    Move("dispatched", "registered", DESK),                     # recalled from dispatch
    Move("dispatched", "cancelled", LEAD, needs=_NOTE),
    Move("in_progress", "done", WORK),
    Move("in_progress", "dispatched", DESK, takes=_HANDLER),    # handed to another handler
    Move("done", "verified", DESK),                             # 返单复验
    Move("done", "in_progress", WORK),                          # failed the check: rework
    Move("done", "notified", DESK, _not_repair),                # complaints: owner answered
    Move("verified", "notified", DESK),                         # 对客通知
    Move("notified", "closed", DESK, _callback_rating, takes=_RATING, needs=_RATING),   # 满意度回访
    Move("notified", "reopened", DESK, _callback_target, takes=_RATING, needs=_NOTE),
    Move("closed", "reopened", LEAD, needs=_NOTE),
    Move("reopened", "dispatched", DESK, takes=_HANDLER),
    Move("reopened", "in_progress", WORK),
    Move("reopened", "cancelled", LEAD, needs=_NOTE),
)
_BY_PAIR = {(m.source, m.target): m for m in MOVES}

#: The words of the lifecycle's refusals live in the one table of refusal words (core/errors.MESSAGES).
REASONS = MESSAGES


ROLE_ORDER = ("receptionist", "supervisor", "admin", "engineer")


def _refuse(code: str, **data) -> Refused:
    return Refused(code, **data)


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


def check_acts_on(ticket: Mapping, role: str, actor_id: str | None) -> None:
    """An engineer acts only on the tickets dispatched to them (handler); the desk on any."""
    if role in HANDLER_ONLY_ROLES and (actor_id is None or ticket.get("handler_id") != actor_id):
        raise _refuse("not_your_ticket", number=ticket.get("number") or "", role=role)


def check_move(ticket: Mapping, target: str, role: str, *, actor_id: str | None = None,
               rating: str | None = None) -> Move:
    """Return the move if allowed, else raise Refused with a reason code and its data."""
    source = ticket["status"]
    data = dict(source=source, target=target, role=role, type=ticket.get("type"))
    if target not in STATES:
        raise _refuse("unknown_state", valid=list(STATES), **data)
    if target == source:
        raise _refuse("same_state", **data)
    move = _BY_PAIR.get((source, target))
    if move is None:
        raise _refuse("not_allowed", allowed=[m.target for m in MOVES if m.source == source] or ["none"], **data)
    if role not in move.roles:
        raise _refuse("role", roles=[r for r in ROLE_ORDER if r in move.roles], **data)
    check_acts_on(ticket, role, actor_id)
    if move.guard:
        code = move.guard(ticket, {"role": role, "actor_id": actor_id, "rating": rating})
        if code:
            raise _refuse(code, **data)
    return move


def check_given(move: Move, *, handler: str | None = None, rating: str | None = None, note: str = "") -> None:
    """What the person gave fits the move: a handler or a rating only where the move takes one; a note where
    it needs one (refused before anything is written)."""
    source, target = move.source, move.target
    if handler and "handler" not in move.takes:
        raise Invalid("handler", reason="takes_no_handler", source=source, target=target)
    if rating is not None and "rating" not in move.takes:
        raise Invalid("rating", reason="takes_no_rating", source=source, target=target)
    if "note" in move.needs and not (note or "").strip():
        raise Invalid("note", reason="note_required", source=source, target=target)


def move_of(source: str, target: str) -> Move | None:
    return _BY_PAIR.get((source, target))


def dialog_for(source: str, target: str) -> str | None:
    """What the window asks before a move: 'callback' (a rating), 'dispatch' (a handler), 'reason' (a note)
    or None (the move needs nothing)."""
    m = _BY_PAIR.get((source, target))
    if m is None:
        return None
    if "rating" in m.needs:
        return "callback"
    if "handler" in m.takes:
        return "dispatch"
    if "note" in m.needs:
        return "reason"
    return None


def is_callback(source: str, target: str, rating: str | None) -> bool:
    """A move with a rating from notified is the callback: it is recorded as one (services/callbacks)."""
    return rating is not None and source == CALLBACK_FROM and target in ("closed", "reopened")


def callback_outcome(rating: str) -> str:
    """Where a reached callback takes the ticket."""
    return "reopened" if rating == "unsatisfied" else "closed"


def awaits_callback(status: str) -> bool:
    return status in AWAITING_CALLBACK


def can_escalate(ticket: Mapping, role: str) -> bool:
    """督办: a supervisor presses an open ticket."""
    return role in ESCALATE_ROLES and ticket["status"] not in FINAL_STATES


def can_transfer(ticket: Mapping, role: str) -> bool:
    """Ownership (首问负责制) is transferred by a supervisor, open or closed (the register keeps the owner)."""
    return role in TRANSFER_ROLES


def can_callback(ticket: Mapping, role: str) -> bool:
    return role in CALLBACK_ROLES and awaits_callback(ticket["status"])


def clock_stop_state(type_: str) -> str:
    """The state that meets a ticket's deadline: a repair is met when done, others when the owner is told."""
    return "done" if type_ == "repair" else "notified"


def stops_clock(type_: str, target: str) -> bool:
    """Reaching this state (or one after it in the loop) stops the SLA clock for that type."""
    if target not in LOOP_ORDER:
        return False
    return LOOP_ORDER.index(target) >= LOOP_ORDER.index(clock_stop_state(type_))
