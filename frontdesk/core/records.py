"""The records that travel between the layers, typed: who acts (Actor) and a ticket as the store gives it to
the window and the command line (Ticket). Plain dicts at run time (JSON as they are); the types say which keys
there are. Column names and the keys they travel under: the ticket's `received_at` column travels as
`created_at` (the command line's JSON contract), `description` is what `ticket new --text` sets, and the
owner's callback rating is stored as `satisfaction` and given as `rating`."""
from __future__ import annotations

from typing import TypedDict


class Actor(TypedDict, total=False):
    """A staff member acting (store/staff.PUBLIC's columns); None as an actor means the program itself."""
    id: str
    username: str
    display_name: str
    role: str                      # receptionist | supervisor | engineer | admin
    department: str | None
    phone: str | None
    active: int
    failed_logins: int
    locked_until: str | None


class Ticket(TypedDict, total=False):
    """A ticket as store/tickets.public gives it (phones masked)."""
    number: str
    type: str
    category: str
    channel: str
    urgent: bool
    status: str
    unit: str | None
    person: str | None
    first_responder: str | None
    handler: str | None
    created_at: str                # the received_at column: when the call or visit was received
    due_at: str
    overdue: bool
    repeat_of: str | None
    id: str
    timing: str                    # core/sla.ticket_timing
    department: str | None
    contact_phone: str             # masked
    place: str | None
    place_detail: str | None
    description: str | None
    preferred_time: str | None
    met_at: str | None
    callback_due_at: str | None
    callback_attempts: int
    satisfaction: str | None       # the callback's rating
    escalated: bool
    handling_text: str | None
    first_responder_name: str | None
    handler_name: str | None
    dispatched_at: str | None
    started_at: str | None
    done_at: str | None
    verified_at: str | None
    notified_at: str | None
    closed_at: str | None
    cancelled_at: str | None
