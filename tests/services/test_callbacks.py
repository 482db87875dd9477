"""services.callbacks: the phone script, the note to the first responder, the letter after three failed tries."""
from __future__ import annotations

import datetime as dt

import pytest

from frontdesk.core.errors import Invalid, Refused
from frontdesk.services import callbacks
from frontdesk.store import audit, tickets


@pytest.fixture
def told(centre, monkeypatch):
    """A repair done, verified and the owner told, registered by the receptionist (its first responder)."""
    monkeypatch.setenv("FRONTDESK_NOW", "2026-10-06T10:00:00")
    db, desk = centre["db"], centre["desk"]
    n = tickets.create(db, type="repair", category="水电", description="卫生间漏水", actor=desk, unit="1-1-101",
                       at=dt.datetime(2026, 10, 5, 9, 0))["number"]
    for to, hour in (("dispatched", 10), ("done", 12), ("verified", 13), ("notified", 14)):
        tickets.move(db, n, to, desk, at=dt.datetime(2026, 10, 5, hour, 0))
    return {"db": db, "number": n, "desk": desk, "lead": centre["lead"]}


def test_unsatisfied_reopens_and_notes_the_first_responder(told):
    db = told["db"]
    res = callbacks.record(db, told["number"], told["lead"], reached=True, rating="unsatisfied", comment="还漏")
    assert res["ticket"]["status"] == "reopened" and res["offer_letter"] is False
    notes = [e for e in tickets.events(db, res["ticket"]["id"]) if e["kind"] == "note"]
    assert len(notes) == 1 and "李前台" in notes[0]["note"] and "还漏" in notes[0]["note"]
    assert notes[0]["data"]["to"] == "desk1"
    assert any(a["action"] == "note" for a in audit.rows(db, record_id=res["ticket"]["id"]))


def test_satisfied_closes_without_a_note(told):
    res = callbacks.record(told["db"], told["number"], told["lead"], reached=True, rating="satisfied")
    assert res["ticket"]["status"] == "closed" and res["ticket"]["satisfaction"] == "satisfied"
    assert not [e for e in tickets.events(told["db"], res["ticket"]["id"]) if e["kind"] == "note"]


def test_the_letter_is_offered_after_the_third_failed_try(told):
    offers = [callbacks.record(told["db"], told["number"], told["desk"], reached=False)["offer_letter"]
              for _ in range(4)]
    assert offers == [False, False, True, True]


def test_refusals_change_nothing(told):
    with pytest.raises(Invalid):
        callbacks.record(told["db"], told["number"], told["desk"], reached=True)          # no rating
    tickets.move(told["db"], told["number"], "closed", told["desk"], rating="basic")
    with pytest.raises(Refused):
        callbacks.record(told["db"], told["number"], told["desk"], reached=False)
    assert tickets.get(told["db"], told["number"])["callback_attempts"] == 0
