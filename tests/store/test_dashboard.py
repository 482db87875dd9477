"""The dashboard's store queries: mine, overdue, callbacks due today, today's counts; the indexes used."""
from __future__ import annotations

import datetime as dt

from frontdesk.store import dashboard, tickets

NOW = dt.datetime(2026, 11, 18, 10, 0)          # a Wednesday


def _make(centre):
    db, desk, lead = centre["db"], centre["desk"], centre["lead"]
    old = tickets.create(db, type="repair", category="水电", description="漏水", actor=desk, unit="1-1-101",
                         at=NOW - dt.timedelta(days=2))
    fresh = tickets.create(db, type="complaint", category="收费", description="收费", actor=lead, unit="1-1-102",
                           at=NOW - dt.timedelta(hours=1), channel="visit")
    inquiry = tickets.create(db, type="inquiry", category="停车", description="停车", actor=desk, unit="2-1-301",
                             at=NOW - dt.timedelta(minutes=30), channel="wechat", close_now=True, answer="150元")
    return old, fresh, inquiry


def test_mine_and_overdue(centre):
    old, fresh, _ = _make(centre)
    mine = dashboard.my_open(centre["db"], centre["desk"]["id"], now=NOW)
    assert [t["number"] for t in mine] == [old["number"]]            # the closed inquiry is not open
    assert mine[0]["unit"] == "1-1-101" and mine[0]["first_responder_name"] == "李前台"
    late = dashboard.overdue(centre["db"], now=NOW)
    assert [t["number"] for t in late] == [old["number"]] and late[0]["timing"] == "overdue"


def test_callbacks_due_today(centre):
    db, desk = centre["db"], centre["desk"]
    old, fresh, _ = _make(centre)
    for step in ("dispatched", "in_progress", "done"):
        tickets.move(db, old["number"], step, desk, at=NOW - dt.timedelta(days=3) + dt.timedelta(days=2, hours=1))
    due = dashboard.callbacks_due(db, now=NOW + dt.timedelta(days=3))
    assert [t["number"] for t in due] == [old["number"]]
    assert dashboard.callbacks_due(db, now=NOW) == []                 # due in three days, not today


def test_today_counts_by_type_and_channel(centre):
    _make(centre)
    counts = dashboard.today_counts(centre["db"], day=NOW.date())
    assert counts == {"total": 2, "by_type": {"complaint": 1, "inquiry": 1},
                      "by_channel": {"visit": 1, "wechat": 1}}
    assert dashboard.today_counts(centre["db"], day=NOW.date() - dt.timedelta(days=2))["total"] == 1


def test_queries_use_the_indexes(centre):
    db = centre["db"]
    plan = " ".join(r[3] for r in db.execute(
        "EXPLAIN QUERY PLAN SELECT type, channel, count(*) FROM tickets INDEXED BY tickets_received "
        "WHERE received_at >= '2026-11-18' AND received_at < '2026-11-19' GROUP BY type, channel"))
    assert "tickets_received" in plan
    plan = " ".join(r[3] for r in db.execute(
        f"EXPLAIN QUERY PLAN SELECT number FROM tickets INDEXED BY tickets_open WHERE {dashboard.OPEN} "
        "AND first_responder_id = 'x' ORDER BY due_at"))
    assert "tickets_open" in plan


def test_counts_are_whole_numbers_beyond_the_list_limit(centre):
    old, fresh, _ = _make(centre)
    c = dashboard.counts(centre["db"], centre["desk"]["id"], now=NOW)
    assert c == {"mine": 1, "overdue": 1, "callbacks": 0}
    assert len(dashboard.overdue(centre["db"], now=NOW, limit=0)) == 0 and c["overdue"] == 1
