"""满意度回访: recording a callback (store.tickets.record_callback is the one function; it
leaves the note to the first responder when the owner is unsatisfied), and when the callback letter is offered
instead (after three failed tries). The phone script is the callbacks tab's (ui/reports/callbacks.py), in the
window's language."""
from __future__ import annotations

from frontdesk.core.states import LETTER_AFTER_TRIES

__all__ = ["LETTER_AFTER_TRIES", "offer_letter", "record"]


def record(db, number: str, actor: dict, *, reached: bool, rating: str | None = None, comment: str = "") -> dict:
    """Record one callback try through the one function (store.tickets.record_callback); returns the ticket and
    whether the callback letter should now be offered (after LETTER_AFTER_TRIES failed tries)."""
    from frontdesk.store import tickets
    t = tickets.record_callback(db, number, actor, reached=reached, rating=rating, comment=comment)
    return {"ticket": t, "offer_letter": offer_letter(t, reached)}


def offer_letter(ticket: dict, reached: bool = False) -> bool:
    """The callback letter (回访函) is offered once the owner was not reached LETTER_AFTER_TRIES times."""
    return (not reached) and ticket["callback_attempts"] >= LETTER_AFTER_TRIES
