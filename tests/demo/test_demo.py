"""The demo centre: repeatable, consistent with the rules (states, SLA, repeat complaints), and valid data."""
from __future__ import annotations

import datetime as dt
import json
import os
import re

import pytest

NOW = "2026-11-23T10:30:00"   # a Monday morning


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A small demo centre built once for the module (the clock fixed so the build is repeatable)."""
    from frontdesk.demo import build
    from frontdesk.store.db import connect
    old = os.environ.get("FRONTDESK_NOW")
    os.environ["FRONTDESK_NOW"] = NOW
    try:
        path = tmp_path_factory.mktemp("demo") / "centre.db"
        db = connect(path)
        summary = build(db, units=80, years=1, seed=11)
        yield db, summary, path
        db.close()
    finally:
        if old is None:
            os.environ.pop("FRONTDESK_NOW", None)
        else:
            os.environ["FRONTDESK_NOW"] = old


def _fingerprint(db) -> list:
    return [db.execute("SELECT group_concat(code, ',') FROM (SELECT code FROM units ORDER BY code)").fetchone()[0],
            db.execute("SELECT group_concat(name || id_number, ',') FROM (SELECT name, coalesce(id_number, '') "
                       "AS id_number FROM people ORDER BY rowid)").fetchone()[0],
            db.execute("SELECT group_concat(number || description || status, ',') FROM "
                       "(SELECT * FROM tickets ORDER BY rowid)").fetchone()[0],
            db.execute("SELECT group_concat(id, ',') FROM (SELECT id FROM tickets ORDER BY rowid)").fetchone()[0],
            db.execute("SELECT group_concat(id || at, ',') FROM (SELECT * FROM ticket_events ORDER BY rowid)"
                       ).fetchone()[0],
            db.execute("SELECT group_concat(id || title, ',') FROM standard_answers").fetchone()[0]]


def test_same_seed_same_centre(built, tmp_path, monkeypatch):
    """Same seed, same rows, whether the tickets are generated in a forked process or in this one."""
    from frontdesk.demo import build
    from frontdesk.store.db import connect
    monkeypatch.setenv("FRONTDESK_NOW", NOW)
    monkeypatch.setenv("FRONTDESK_DEMO_FORK", "0")
    db, summary, _ = built
    again = connect(tmp_path / "again.db")
    summary2 = build(again, units=80, years=1, seed=11)
    assert summary2["tickets"] == summary["tickets"] > 100
    assert _fingerprint(again) == _fingerprint(db)
    other = connect(tmp_path / "other.db")
    build(other, units=80, years=1, seed=12)
    assert _fingerprint(other)[1] != _fingerprint(db)[1]


def test_passes_check_and_writes_one_audit_row(built):
    from frontdesk.store.check import check
    db, summary, _ = built
    result = check(db)
    assert result["ok"], result
    assert db.execute("SELECT count(*) FROM audit WHERE action = 'demo'").fetchone()[0] == 1
    assert db.execute("SELECT count(*) FROM units").fetchone()[0] == summary["units"] == 80
    assert summary["people"] >= 80


def test_staff_logins_work_with_the_demo_password(built):
    from frontdesk.store import settings, staff
    db, _, _ = built
    roles = {"admin": "admin", "zhuguan": "supervisor", "qiantai1": "receptionist", "qiantai2": "receptionist",
             "gongcheng1": "engineer", "gongcheng2": "engineer"}
    for username, role in roles.items():
        person = staff.authenticate(db, username, "demo1234")
        assert person["role"] == role
    assert settings.get(db, "centre_name") == "阳光花园物业服务中心"
    accounts = settings.get(db, "demo_accounts")
    assert {a["username"] for a in accounts} == set(roles)
    assert all(a["password_hint"] == "demo1234" for a in accounts)


def test_every_timeline_follows_the_state_machine(built):
    from frontdesk.core import states
    db, _, _ = built
    allowed = {(m.source, m.target) for m in states.MOVES}
    status = dict(db.execute("SELECT id, status FROM tickets").fetchall())
    received = dict(db.execute("SELECT id, received_at FROM tickets").fetchall())
    current: dict[str, str] = {}
    last_at: dict[str, str] = {}
    for tid, at, kind, src, dst in db.execute(
            "SELECT ticket_id, at, kind, from_status, to_status FROM ticket_events ORDER BY ticket_id, at, rowid"):
        if kind == "created":
            assert tid not in current and dst == "registered" and at == received[tid]
            current[tid] = "registered"
        elif kind == "moved":
            assert src == current[tid], (tid, src, current[tid])
            assert (src, dst) in allowed, (src, dst)
            current[tid] = dst
        assert at >= last_at.get(tid, ""), tid
        assert at <= NOW
        last_at[tid] = at
    assert current == status


def test_deadlines_follow_the_sla_rules(built):
    from frontdesk.core import sla
    from frontdesk.store import settings
    db, _, _ = built
    cal, rules = settings.calendar(db), settings.sla_rules(db)
    rows = db.execute("SELECT type, urgent, received_at, due_at, met_at FROM tickets").fetchall()
    late = 0
    for type_, urgent, received, due, met in rows:
        want = sla.due_at(type_, bool(urgent), dt.datetime.fromisoformat(received), cal, rules)
        assert due == want.isoformat()
        late += bool(met and met > due)
    on_time = sum(1 for r in rows if r[4] and r[4] <= r[3])
    assert on_time > 0.8 * len(rows)
    assert 0 < late < 0.2 * len(rows)


def test_some_open_tickets_are_overdue_now(built):
    from frontdesk.store import tickets
    db, _, _ = built
    overdue = tickets.list_tickets(db, overdue_only=True, now=dt.datetime.fromisoformat(NOW))
    assert overdue
    assert tickets.counts(db, now=dt.datetime.fromisoformat(NOW))["open"] > len(overdue) / 2


def test_repeat_of_follows_the_rule(built):
    db, _, _ = built
    rows = db.execute("SELECT t.type, t.unit_id, t.category, t.received_at, r.type, r.unit_id, r.category, "
                      "r.received_at, r.status FROM tickets t JOIN tickets r ON r.id = t.repeat_of").fetchall()
    assert rows, "some repeat complaints"
    for type_, unit, cat, at, r_type, r_unit, r_cat, r_at, r_status in rows:
        assert type_ == r_type == "complaint" and unit == r_unit and cat == r_cat and r_status != "cancelled"
        gap = dt.datetime.fromisoformat(at) - dt.datetime.fromisoformat(r_at)
        assert dt.timedelta(0) < gap <= dt.timedelta(days=30)
    missed = db.execute(
        "SELECT count(*) FROM tickets t WHERE t.type = 'complaint' AND t.repeat_of IS NULL AND EXISTS (SELECT 1 "
        "FROM tickets r WHERE r.type = 'complaint' AND r.unit_id = t.unit_id AND r.category = t.category "
        "AND r.status != 'cancelled' AND r.received_at < t.received_at "
        "AND r.received_at >= strftime('%Y-%m-%dT%H:%M:%S', t.received_at, '-30 days'))").fetchone()[0]
    assert missed == 0


def test_callbacks_carry_ratings(built):
    db, _, _ = built
    ratings = [json.loads(d)["rating"] for (d,) in db.execute(
        "SELECT data FROM ticket_events WHERE kind = 'callback' AND data LIKE '%\"reached\": true%'")]
    assert ratings and set(ratings) <= {"satisfied", "basic", "unsatisfied"}
    assert ratings.count("satisfied") > len(ratings) / 2
    closed_after_callback = db.execute(
        "SELECT count(*) FROM tickets WHERE status = 'closed' AND notified_at IS NOT NULL AND satisfaction IS NULL"
    ).fetchone()[0]
    assert closed_after_callback == 0


def test_people_have_valid_ids_and_phones(built):
    from frontdesk.core.ids import MOBILE_RE, valid_id_number
    db, _, _ = built
    ids = [r[0] for r in db.execute("SELECT id_number FROM people WHERE id_number IS NOT NULL")]
    assert ids and all(valid_id_number(i) for i in ids)
    assert len(set(ids)) == len(ids)
    phones = [r[0] for r in db.execute("SELECT phone FROM phones")]
    assert phones and all(MOBILE_RE.match(p) for p in phones)
    names = [r[0] for r in db.execute("SELECT name FROM people")]
    assert all(re.fullmatch(r"[\u4e00-\u9fff]{2,4}", n) for n in names)


def test_ticket_numbers_continue_after_the_demo(built, monkeypatch):
    from frontdesk.store import staff, tickets
    monkeypatch.setenv("FRONTDESK_NOW", NOW)
    db, _, _ = built
    today = db.execute("SELECT count(*) FROM tickets WHERE type = 'repair' AND received_at >= '2026-11-23'"
                       ).fetchone()[0]
    unit = db.execute("SELECT code FROM units WHERE handover_status != '未交房' LIMIT 1").fetchone()[0]
    desk = staff.get(db, "qiantai1")
    made = tickets.create(db, type="repair", category="水电", description="测试", actor=desk, unit=unit)
    assert made["number"] == f"BX-20261123-{today + 1:03d}"


def test_standard_answers_and_search(built):
    from frontdesk.store.search import find
    db, _, _ = built
    assert 15 <= db.execute("SELECT count(*) FROM standard_answers").fetchone()[0] <= 25
    name = db.execute("SELECT name FROM people LIMIT 1").fetchone()[0]
    assert any(r["label"] == name for r in find(db, name[:2], limit=50))
    code = db.execute("SELECT code FROM units LIMIT 1").fetchone()[0]
    assert any(r["label"] == code for r in find(db, code))


def test_categories_channels_and_texts_are_the_desk_vocabulary(built):
    from frontdesk.core.model import CHANNELS, DEFAULT_CATEGORIES
    from frontdesk.demo.texts import DESCRIPTIONS
    db, _, _ = built
    for type_, category, channel in db.execute("SELECT DISTINCT type, category, channel FROM tickets"):
        assert category in DEFAULT_CATEGORIES[type_] and channel in CHANNELS
    for type_, cats in DEFAULT_CATEGORIES.items():
        assert all(DESCRIPTIONS.get((type_, c)) for c in cats), type_
    kinds = {r[0] for r in db.execute("SELECT DISTINCT type FROM tickets")}
    assert kinds == set(DEFAULT_CATEGORIES)
    descriptions = db.execute("SELECT count(DISTINCT description) FROM tickets").fetchone()[0]
    assert descriptions > 150                                    # a good variety, not a handful of phrases


def test_ids_are_the_uuid4_of_the_seeded_generator():
    import random
    import uuid
    from frontdesk.demo.estate import Ids
    ids, rng = Ids(random.Random(5)), random.Random(5)
    for _ in range(200):
        assert ids() == str(uuid.UUID(int=rng.getrandbits(128), version=4))


def test_yearly_surveys_have_valid_forms(built):
    from frontdesk.core.survey import check_scores
    from frontdesk.store import surveys
    db, summary, _ = built
    years = [s["year"] for s in surveys.list_surveys(db)]
    assert years == [2026] or set(years) == {2025, 2026}
    rows = surveys.responses(db, 2026)
    assert rows and len(rows) == len({r["unit"] for r in rows})      # one form per unit
    for r in rows:
        assert check_scores(r["scores"]) == r["scores"]
    assert surveys.results(db, 2026)


def test_cancelling_leaves_no_half_fill(tmp_path, monkeypatch):
    from frontdesk.core.errors import Refused
    from frontdesk.demo import build
    from frontdesk.store.db import connect
    monkeypatch.setenv("FRONTDESK_NOW", NOW)
    db = connect(tmp_path / "c.db")
    with pytest.raises(Refused) as refused:
        build(db, units=50, years=1, seed=1, abort=lambda: True)
    assert refused.value.code == "cancelled"
    for table in ("units", "people", "tickets", "ticket_events", "standard_answers"):
        assert db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2          # FULL again
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_big_fill_rebuilds_the_indexes_and_restores_the_journal(tmp_path, monkeypatch):
    import frontdesk.demo as demo
    from frontdesk.store.check import check
    from frontdesk.store.db import connect
    monkeypatch.setenv("FRONTDESK_NOW", NOW)
    monkeypatch.setattr(demo, "BIG", 500)           # the benchmark centre's path, on a small centre
    db = connect(tmp_path / "big.db")
    before = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    demo.build(db, units=40, years=1, seed=2)
    after = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert before == after and "tickets_open" in after
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert check(db)["ok"]


def test_ownership_transfers_and_chasing_calls_are_on_the_timeline(tmp_path, monkeypatch):
    from frontdesk.demo import build
    from frontdesk.store.db import connect
    monkeypatch.setenv("FRONTDESK_NOW", NOW)
    db = connect(tmp_path / "t.db")
    build(db, units=200, years=1, seed=4)
    rows = db.execute("SELECT e.data, s.username, t.first_responder_id, t.met_at, e.at FROM ticket_events e "
                      "JOIN tickets t ON t.id = e.ticket_id JOIN staff s ON s.id = e.actor_id "
                      "WHERE e.kind = 'transferred'").fetchall()
    assert rows
    names = dict(db.execute("SELECT username, id FROM staff").fetchall())
    for data, actor, owner, met, at in rows:
        data = json.loads(data)
        assert actor == "zhuguan" and data["from"] != data["to"] and names[data["to"]] == owner
        assert met is None or at < met
    assert db.execute("SELECT count(*) FROM ticket_events WHERE kind = 'call'").fetchone()[0] > 0
