"""Tickets in the store: intake, first-responder rule, deadlines, repeats, numbers, callbacks, audit."""
import datetime as dt

import pytest

from frontdesk.core.errors import Invalid, NotFound, Refused
from frontdesk.store import settings, tickets

D = dt.datetime


def new(c, **kw):
    args = dict(type="repair", category="水电", description="厨房水管漏水", actor=c["desk"], unit="1-1-101")
    args.update(kw)
    return tickets.create(c["db"], **args)


def test_intake_sets_owner_person_phone_and_deadline(centre):
    t = new(centre, at=D(2026, 11, 20, 17, 30))
    assert t["number"] == "BX-20261120-001"
    assert t["first_responder"] == "desk1" and t["person"] == "张三丰"
    assert t["contact_phone"] == "138****5678"           # masked
    assert t["due_at"] == "2026-11-21T17:30:00"          # ordinary repair: 24 hours
    assert t["status"] == "registered"


def test_numbers_count_per_type_and_day_and_continue(centre):
    a = new(centre, at=D(2026, 11, 20, 9))
    b = new(centre, at=D(2026, 11, 20, 10))
    c = new(centre, type="complaint", category="收费", at=D(2026, 11, 20, 11))
    d = new(centre, at=D(2026, 11, 21, 9))
    assert [a["number"], b["number"], c["number"], d["number"]] == [
        "BX-20261120-001", "BX-20261120-002", "TS-20261120-001", "BX-20261121-001"]


def test_a_second_terminal_numbers_in_its_own_space(centre):
    settings.put(centre["db"], "terminal_letter", "B")
    assert new(centre, at=D(2026, 11, 20, 9))["number"] == "BX-20261120-B001"


def test_complaint_due_next_working_day_and_overdue_after(centre, monkeypatch):
    t = new(centre, type="complaint", category="收费", at=D(2026, 11, 20, 17, 30))  # Friday
    assert t["due_at"] == "2026-11-23T17:30:00"
    monkeypatch.setenv("FRONTDESK_NOW", "2026-11-23T17:31:00")
    assert tickets.get(centre["db"], t["number"])["overdue"] is True
    monkeypatch.setenv("FRONTDESK_NOW", "2026-11-23T12:00:00")
    t2 = tickets.get(centre["db"], t["number"])
    assert t2["overdue"] is False and t2["timing"] == "near_due"


def test_repeat_complaint_within_30_days_same_unit_and_category(centre):
    first = new(centre, type="complaint", category="收费", at=D(2026, 11, 1, 9))
    other_cat = new(centre, type="complaint", category="管理服务", at=D(2026, 11, 10, 9))
    again = new(centre, type="complaint", category="收费", at=D(2026, 11, 20, 9))
    assert other_cat["repeat_of"] is None
    assert again["repeat_of"] == first["number"]
    late = new(centre, type="complaint", category="收费", at=D(2026, 11, 21, 9), unit="1-1-102")
    assert late["repeat_of"] is None                     # another unit
    far = new(centre, type="complaint", category="收费", at=D(2026, 10, 1, 9))
    assert far["repeat_of"] is None                      # nothing in the 30 days before it


def test_dispatch_keeps_ownership_and_defaults_to_engineering(centre):
    t = new(centre)
    moved = tickets.move(centre["db"], t["number"], "dispatched", centre["desk"])
    assert moved["first_responder"] == "desk1" and moved["handler"] is None and moved["department"] == "工程部"
    again = tickets.move(centre["db"], t["number"], "registered", centre["desk"])
    moved = tickets.move(centre["db"], again["number"], "dispatched", centre["desk"], handler="eng1")
    assert moved["handler"] == "eng1" and moved["first_responder"] == "desk1"


def test_only_a_supervisor_transfers_ownership_and_the_reason_is_kept(centre):
    t = new(centre)
    with pytest.raises(Refused):
        tickets.transfer(centre["db"], t["number"], centre["desk"], "admin", "休假")
    with pytest.raises(Invalid):
        tickets.transfer(centre["db"], t["number"], centre["lead"], "admin", "")
    out = tickets.transfer(centre["db"], t["number"], centre["lead"], "admin", "李前台休假，交接给管理员")
    assert out["first_responder"] == "admin"
    ev = tickets.events(centre["db"], out["id"])[-1]
    assert ev["kind"] == "transferred" and "休假" in ev["note"] and ev["data"] == {"from": "desk1", "to": "admin"}


def test_whole_repair_loop_stops_the_clock_and_closes_with_a_rating(centre):
    db, desk, eng = centre["db"], centre["desk"], centre["eng"]
    n = new(centre)["number"]
    tickets.move(db, n, "dispatched", desk, handler="eng1")
    tickets.move(db, n, "in_progress", eng)
    done = tickets.move(db, n, "done", eng)
    assert done["met_at"] and done["callback_due_at"]
    tickets.move(db, n, "verified", desk)
    tickets.move(db, n, "notified", desk)
    closed = tickets.record_callback(db, n, desk, reached=True, rating="satisfied", comment="很满意")
    assert closed["status"] == "closed" and closed["satisfaction"] == "satisfied"
    kinds = [(e["kind"], e["to_status"]) for e in tickets.events(db, closed["id"])]
    assert kinds[-1] == ("moved", "closed") and ("callback", None) in kinds


def test_unsatisfied_callback_reopens(centre):
    db, desk = centre["db"], centre["desk"]
    n = new(centre)["number"]
    for s in ("dispatched", "in_progress", "done", "verified", "notified"):
        tickets.move(db, n, s, desk)
    t = tickets.record_callback(db, n, desk, reached=False)
    assert t["callback_attempts"] == 1 and t["status"] == "notified"
    t = tickets.record_callback(db, n, desk, reached=True, rating="unsatisfied", comment="还在漏")
    assert t["status"] == "reopened" and t["met_at"] is None


def test_refused_move_changes_nothing(centre):
    db = centre["db"]
    n = new(centre)["number"]
    before = list(db.query("SELECT * FROM tickets")), db.execute("SELECT count(*) FROM audit").fetchone()
    with pytest.raises(Refused):
        tickets.move(db, n, "closed", centre["desk"], rating="satisfied")
    assert (list(db.query("SELECT * FROM tickets")), db.execute("SELECT count(*) FROM audit").fetchone()) == before


def test_bad_input_is_refused_naming_the_field_and_writes_nothing(centre):
    db = centre["db"]
    count = db.execute("SELECT count(*) FROM tickets").fetchone()[0]
    for kw, field in ((dict(unit="9-9-999"), "unit"), (dict(category="电"), "category"), (dict(type="x"), "type"),
                      (dict(channel="fax"), "channel"), (dict(description="  "), "text")):
        with pytest.raises(Invalid) as err:
            new(centre, **kw)
        assert err.value.field == field
    assert db.execute("SELECT count(*) FROM tickets").fetchone()[0] == count
    with pytest.raises(NotFound):
        tickets.get(db, "BX-20991231-999")


def test_inquiry_closed_at_intake(centre):
    t = new(centre, type="inquiry", category="停车", description="月卡怎么办", close_now=True, answer="到前台办理")
    assert t["status"] == "closed" and t["met_at"]


def test_every_write_leaves_an_audit_row(centre):
    db = centre["db"]
    n = new(centre)["number"]
    tickets.move(db, n, "dispatched", centre["desk"])
    tickets.add_note(db, n, centre["desk"], "业主下午在家")
    actions = [r["action"] for r in db.query("SELECT action FROM audit WHERE table_name = 'tickets' ORDER BY rowid")]
    assert actions == ["create", "move", "note"]


def test_events_and_audit_are_append_only(centre):
    import sqlite3
    db = centre["db"]
    new(centre)
    for table in ("ticket_events", "audit"):
        with pytest.raises(sqlite3.DatabaseError):
            db.execute(f"DELETE FROM {table}")
        with pytest.raises(sqlite3.DatabaseError):
            db.execute(f"UPDATE {table} SET id = 'x'")


def test_board_and_counts(centre, monkeypatch):
    db = centre["db"]
    monkeypatch.setenv("FRONTDESK_NOW", "2026-11-22T10:00:00")
    late = new(centre, at=D(2026, 11, 20, 9))
    new(centre, at=D(2026, 11, 22, 9))
    closed = new(centre, type="inquiry", category="停车", close_now=True, at=D(2026, 11, 22, 9))
    rows = tickets.board(db)
    assert {r["number"] for r in rows} == {late["number"], "BX-20261122-001"}
    assert next(r for r in rows if r["number"] == late["number"])["timing"] == "overdue"
    counts = tickets.counts(db)
    assert counts["open"] == 2 and counts["overdue"] == 1
    assert closed["number"] not in {r["number"] for r in rows}


def test_sync_columns_and_versions(centre):
    db = centre["db"]
    n = new(centre)["number"]
    row = next(db.query("SELECT id, created_at, updated_at, origin, version FROM tickets WHERE number = ?", [n]))
    from frontdesk.store.db import terminal_id
    assert row["version"] == 1 and row["origin"] == terminal_id(db) and row["created_at"].endswith("Z")
    tickets.move(db, n, "dispatched", centre["desk"])
    assert next(db.query("SELECT version FROM tickets WHERE number = ?", [n]))["version"] == 2
