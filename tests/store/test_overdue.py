""""Overdue" is defined once (core/sla.OVERDUE_CLOCKS); the store's SQL is built from it. On a centre with
tickets on every boundary — a second before, at and after each deadline, met or not, open, closed, cancelled —
the Python and every SQL that counts or lists overdue tickets agree row by row."""
from __future__ import annotations

import datetime as dt
import itertools

import pytest

from frontdesk.core import sla, states
from frontdesk.store import dashboard, tickets
from frontdesk.store.db import iso

NOW = dt.datetime(2026, 10, 6, 10, 0, 0)
S = dt.timedelta(seconds=1)
OFFSETS = (-S, dt.timedelta(0), S)          # the deadline a second before now, at now, a second after


@pytest.fixture
def boundaries(centre):
    db, desk = centre["db"], centre["desk"]
    made = []
    cases = itertools.product(
        ("registered", "in_progress", "done", "notified", "reopened", "closed", "cancelled"),
        (False, True),                                          # met_at set?
        OFFSETS,                                                # due_at against now
        (None, *OFFSETS))                                       # callback_due_at against now
    for status, met, due, cb in cases:
        t = tickets.create(db, type="repair", category="水电", description="x", actor=desk, unit="1-1-101",
                           at=NOW - dt.timedelta(days=2))
        db.execute("UPDATE tickets SET status = ?, due_at = ?, met_at = ?, callback_due_at = ? WHERE id = ?",
                   [status, iso(NOW + due), iso(NOW - dt.timedelta(hours=1)) if met else None,
                    iso(NOW + cb) if cb is not None else None, t["id"]])
        made.append(t["number"])
    db.conn.commit()
    return db, made


def _python(db, now) -> set[str]:
    rows = [dict(r) for r in db.query("SELECT number, status, received_at, due_at, met_at, callback_due_at "
                                      "FROM tickets")]
    return {r["number"] for r in rows if sla.is_overdue(r, now)}


@pytest.mark.parametrize("now", [NOW, NOW + dt.timedelta(microseconds=500_000)])
def test_python_and_sql_agree_row_by_row(boundaries, now):
    db, made = boundaries
    expected = _python(db, now)
    assert 0 < len(expected) < len(made)
    sql = (f"SELECT number, {tickets.open_sql()} AND {tickets.overdue_sql()} FROM tickets")
    by_sql = {n: bool(flag) for n, flag in db.execute(sql, {"now": iso(now)})}
    assert {n for n, flag in by_sql.items() if flag} == expected
    for row in tickets.list_tickets(db, now=now):          # the lists' flag and timing, ticket by ticket
        assert row["overdue"] == (row["number"] in expected), row["number"]
        assert (row["timing"] in sla.OVERDUE_TIMINGS) == row["overdue"]
    assert {t["number"] for t in tickets.list_tickets(db, overdue_only=True, now=now)} == expected
    assert {t["number"] for t in dashboard.overdue(db, now=now, limit=10_000)} == expected
    assert tickets.counts(db, now=now)["overdue"] == len(expected)
    assert dashboard.counts(db, None, now=now)["overdue"] == len(expected)
    board = tickets.board(db, now=now)
    assert {t["number"] for t in board if t["timing"] in sla.OVERDUE_TIMINGS} == expected


def test_the_definition_at_its_edges():
    base = {"status": "in_progress", "received_at": NOW - dt.timedelta(days=1), "met_at": None,
            "callback_due_at": None}
    assert not sla.is_overdue({**base, "due_at": NOW}, NOW)              # at the deadline: still on time
    assert sla.overdue_clock({**base, "due_at": NOW - S}, NOW) == "overdue"
    met = {**base, "status": "notified", "met_at": NOW - dt.timedelta(hours=2), "due_at": NOW - dt.timedelta(hours=1)}
    assert sla.overdue_clock({**met, "callback_due_at": NOW - S}, NOW) == "callback_overdue"
    assert not sla.is_overdue({**met, "callback_due_at": NOW}, NOW)
    for final in states.FINAL_STATES:
        assert not sla.is_overdue({**base, "status": final, "due_at": NOW - dt.timedelta(days=9)}, NOW)


def test_one_rounding_rule_for_time_left():
    assert sla.remaining(NOW + dt.timedelta(days=2, hours=23, minutes=59, seconds=59), NOW) == (2, 23, 59, False)
    assert sla.remaining(NOW - dt.timedelta(minutes=90, seconds=30), NOW) == (0, 1, 30, True)
