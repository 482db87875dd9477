"""The board reads everything it shows from the covering partial index (issue 14 item 5): the unit's code is
tickets.unit_code (migration 013, kept by triggers, local to the terminal) and each card's timing is SQL built
from core's one definition (sla.OPEN_TIMINGS). On real temporary centres the board's rows and timings equal the
old definition (the units join and core's Python timing, as it was before) row by row."""
from __future__ import annotations

import datetime as dt
import itertools
import shutil

import pytest

from frontdesk.core import sla
from frontdesk.core.states import FINAL_STATES
from frontdesk.store import changes, tickets
from frontdesk.store.db import connect, iso
from tests.sql_trace import statements

NOW = dt.datetime(2026, 10, 6, 23, 59, 30)           # half a minute before midnight: deadlines either side of it
S = dt.timedelta(seconds=1)


def _old_timing(ticket, now):
    """Core's ticket_timing as it was before sla.OPEN_TIMINGS (the reference the new SQL and Python must equal)."""
    def at(v):
        return v if v is None or isinstance(v, dt.datetime) else dt.datetime.fromisoformat(v)
    if ticket["status"] == "cancelled":
        return "cancelled"
    now = now.replace(microsecond=0)
    if ticket["status"] not in FINAL_STATES:
        if ticket.get("met_at") is None:
            if at(ticket["due_at"]) < now:
                return "overdue"
        elif ticket.get("callback_due_at") is not None and at(ticket["callback_due_at"]) < now:
            return "callback_overdue"
    if ticket["status"] in FINAL_STATES and ticket.get("met_at") is None:
        closed, due = at(ticket.get("closed_at")), at(ticket["due_at"])
        return "met" if closed is not None and due is not None and closed <= due else "late"
    received, due, met = at(ticket["received_at"]), at(ticket["due_at"]), at(ticket.get("met_at"))
    if met is not None:
        return "met" if met <= due else "late"
    if now > due:
        return "overdue"
    span = (due - received).total_seconds()
    if span > 0 and (now - received).total_seconds() >= 0.75 * span:
        return "near_due"
    return "ok"


def _old_board(db, now):
    """The board as it was read before migration 013: the units join, every row's timing parsed in Python."""
    cols = ", ".join(f"t.{c}" for c in tickets.BOARD_COLUMNS)
    rows = db.execute(f"SELECT {cols}, u.code FROM tickets t LEFT JOIN units u ON u.id = t.unit_id "
                      "WHERE t.status NOT IN ('closed','cancelled') ORDER BY t.status, t.due_at, t.rowid").fetchall()
    names = dict(db.execute("SELECT id, username FROM staff").fetchall())
    out = []
    for r in rows:
        row = dict(zip(tickets.BOARD_COLUMNS, r))
        row["timing"] = _old_timing(row, now)
        row["unit"] = r[-1]
        row["building"] = str(int(r[-1].split("-")[0])) if r[-1] else None
        row["first_responder"] = names.get(row["first_responder_id"])
        row["handler"] = names.get(row["handler_id"])
        out.append(row)
    return out


def _shown(rows):
    """A board row as a card shows it (the keys the board gives: the old rows also carried received_at, met_at
    and unit_id, which only served to work out the timing, and the building and the staff's user names, which
    the page now works out from the unit's code and its own staff list)."""
    keep = (*tickets.BOARD_SHOWN, "unit", "timing")
    return [{k: r[k] for k in keep} for r in rows]


def _same(new, old):
    """Equal row by row; tickets sharing a state and a deadline may come in either order."""
    assert all(tickets.building_of(n["unit"]) == o["building"] for n, o in zip(
        sorted(new, key=lambda r: r["number"]), sorted(old, key=lambda r: r["number"]), strict=True))
    new, old = [dict(r) for r in new], _shown(old)          # the board gives exactly the keys a card reads
    def key(r):
        return (r["status"], r["due_at"], r["number"])
    assert sorted(new, key=key) == sorted(old, key=key)
    assert [(r["status"], r["due_at"]) for r in new] == [(r["status"], r["due_at"]) for r in old]


@pytest.fixture(scope="module")
def _boundaries_file(_templates, tmp_path_factory):
    """Open tickets on every edge: due a second before, at and after now (just before midnight) and the next
    day, met on time or late, callbacks due either side of now, near due at exactly three quarters of the
    span, escalated, urgent, without a unit; closed and cancelled ones too. Made once for the module on a copy
    of the small centre; each test gets its own copy (`boundaries`)."""
    path = tmp_path_factory.mktemp("boundaries") / "centre.db"
    shutil.copyfile(_templates["centre"], path)
    db = connect(path)
    _make_boundaries(db, _templates["made"]["desk"], _templates["made"]["lead"])
    if db.conn.in_transaction:
        db.conn.commit()
    db.close()
    return path


@pytest.fixture
def boundaries(db_path, _boundaries_file):
    shutil.copyfile(_boundaries_file, db_path)
    database = connect(db_path)
    yield database
    database.close()


def _make_boundaries(db, desk, lead):
    made = []
    spans = (dt.timedelta(hours=24), dt.timedelta(minutes=40), dt.timedelta(0))
    dues = (-S, dt.timedelta(0), S, dt.timedelta(minutes=1), dt.timedelta(hours=10))
    cases = itertools.product(("registered", "dispatched", "in_progress", "done", "notified", "reopened", "closed",
                               "cancelled"), (None, -dt.timedelta(hours=1), S), dues, (None, -S, S), spans)
    for i, (status, met, due, callback, span) in enumerate(cases):
        if i % 3:                                               # a third of the product is plenty of edges
            continue
        unit = ("1-1-101", "2-1-301", None)[i % 5 % 3]
        t = tickets.create(db, type="repair", category="水电", description="x", actor=desk, unit=unit,
                           place="unit" if unit else "common", urgent=bool(i % 7 == 0), at=NOW - dt.timedelta(days=3))
        due_at = NOW + due
        db.execute("UPDATE tickets SET status = ?, received_at = ?, due_at = ?, met_at = ?, callback_due_at = ?, "
                   "closed_at = ? WHERE id = ?",
                   [status, iso(due_at - span), iso(due_at), iso(due_at + met) if met is not None else None,
                    iso(NOW + callback) if callback is not None else None,
                    iso(NOW) if status == "closed" else None, t["id"]])
        made.append(t["number"])
    for n in made[:40:4]:
        if tickets.raw(db, n)["status"] not in FINAL_STATES:
            tickets.escalate(db, n, lead, "督办")
    # exactly at three quarters of the span (near due from that second), and a second before it
    for before in (dt.timedelta(0), S):
        t = tickets.create(db, type="complaint", category="管理服务", description="y", actor=desk, unit="1-1-102",
                           at=NOW - dt.timedelta(days=1))
        db.execute("UPDATE tickets SET received_at = ?, due_at = ? WHERE id = ?",
                   [iso(NOW - dt.timedelta(hours=3) + before), iso(NOW + dt.timedelta(hours=1) + before), t["id"]])


@pytest.mark.parametrize("later", [dt.timedelta(0), dt.timedelta(microseconds=700_000), dt.timedelta(seconds=31),
                                   dt.timedelta(hours=2)])
def test_board_rows_and_timings_equal_the_old_definition(boundaries, later):
    db, now = boundaries, NOW + later                   # before midnight, at it, and the next morning
    new, old = tickets.board(db, now=now), _old_board(db, now)
    _same(new, old)
    timings = {r["timing"] for r in new}
    assert {"overdue", "ok", "met", "late", "callback_overdue"} <= timings, timings
    if not later:
        assert "near_due" in timings
    assert any(r["escalated"] for r in new) and any(r["unit"] is None for r in new)


def test_core_timing_equals_the_old_definition_on_every_row(boundaries):
    rows = [dict(r) for r in boundaries.query("SELECT * FROM tickets")]
    for now in (NOW, NOW + dt.timedelta(microseconds=1), NOW + dt.timedelta(minutes=1), NOW + dt.timedelta(days=1)):
        for r in rows:
            assert sla.ticket_timing(r, now) == _old_timing(r, now), (r["number"], now)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from frontdesk.demo import build
    db = connect(tmp_path_factory.mktemp("board") / "centre.db")
    build(db, units=80, years=1, seed=11)
    # a backlog as the benchmark makes one: recent closed tickets back in work
    db.execute("UPDATE tickets SET status = 'in_progress', met_at = NULL WHERE id IN (SELECT id FROM tickets "
               "WHERE status = 'closed' ORDER BY received_at DESC LIMIT 150)")
    yield db
    db.close()


def test_board_on_a_demo_centre_equals_the_old_definition(demo):
    from frontdesk.store.db import local_now
    now = local_now()
    for at in (now, now + dt.timedelta(hours=6), now + dt.timedelta(days=2)):
        new = tickets.board(demo, now=at)
        assert len(new) > 150
        _same(new, _old_board(demo, at))


def test_board_statement_reads_the_covering_index_alone(demo):
    reads = [s for s in statements(demo.conn, lambda: tickets.board(demo)) if "FROM tickets" in s]
    assert len(reads) == 1, reads                         # one statement for the tickets (and one for staff names)
    plan = [r[3] for r in demo.execute("EXPLAIN QUERY PLAN " + reads[0]).fetchall()]
    assert plan == ["SCAN tickets USING COVERING INDEX tickets_open"], plan     # no units join, no temp B-tree


# ---- tickets.unit_code: kept by triggers, never sent ------------------------------------------------------

def _stamps(db, ticket_id):
    return db.execute("SELECT change_seq, vv, version FROM tickets WHERE id = ?", [ticket_id]).fetchone()


def test_unit_code_follows_the_ticket_and_the_unit_without_a_change_to_send(centre):
    db, desk = centre["db"], centre["desk"]
    a = tickets.create(db, type="repair", category="水电", description="x", actor=desk, unit="1-1-101")
    b = tickets.create(db, type="repair", category="水电", description="y", actor=desk, unit="1-1-101")
    common = tickets.create(db, type="repair", category="水电", description="z", actor=desk, place="common")
    def code(t):
        return db.execute("SELECT unit_code FROM tickets WHERE id = ?", [t["id"]]).fetchone()[0]
    assert (code(a), code(b), code(common)) == ("1-1-101", "1-1-101", None)
    assert tickets.board(db)[0]["unit"] in ("1-1-101", None)
    # a ticket moved to another unit (as a sync import or a settled conflict writes it)
    other = centre["units"]["2-1-301"][0]["id"]
    stamped = _stamps(db, a["id"])
    db.execute("UPDATE tickets SET unit_id = ? WHERE id = ?", [other, a["id"]])
    assert code(a) == "2-1-301"
    assert _stamps(db, a["id"])[0] > stamped[0]            # the move itself is a change (unit_id travels)
    db.execute("UPDATE tickets SET unit_id = NULL WHERE id = ?", [a["id"]])
    assert code(a) is None
    # the copy written by hand is put right
    db.execute("UPDATE tickets SET unit_code = 'nonsense' WHERE id = ?", [b["id"]])
    assert code(b) == "1-1-101"
    # a unit's code corrected: its tickets follow, and none of them becomes a change to send
    unit = centre["units"]["1-1-101"][0]["id"]
    before = _stamps(db, b["id"])
    db.execute("UPDATE units SET code = '1-1-109' WHERE id = ?", [unit])
    assert code(b) == "1-1-109"
    assert _stamps(db, b["id"]) == before
    assert {r["number"]: r["unit"] for r in tickets.board(db)}[b["number"]] == "1-1-109"


def test_unit_code_is_local_and_stays_local_when_tickets_register_again(db):
    tickets_meta = next(t for t in changes.synced_tables(db) if t["name"] == "tickets")
    assert tickets_meta["local_columns"] == ["unit_code"]
    assert "unit_code" not in changes.synced_columns(db, tickets_meta)
    changes.register_synced_table(db, "tickets")          # as a later migration adding a column does
    assert next(t for t in changes.synced_tables(db) if t["name"] == "tickets")["local_columns"] == ["unit_code"]


def test_every_column_of_a_synced_table_is_watched_or_local(db):
    """A column added to a synced table after its registration (without registering again) would change without
    being sent: the stamping trigger must watch every column that travels."""
    for t in changes.synced_tables(db):
        if t["append_only"]:
            continue
        sql = db.execute("SELECT sql FROM sqlite_master WHERE name = ?", [f"{t['name']}_sync_u"]).fetchone()[0]
        head = sql.split(" ON ")[0]
        if " OF " not in head:
            assert not t["local_columns"], t["name"]
            continue
        watched = {c.strip() for c in head.split(" OF ")[1].split(",")}
        assert watched == set(changes.synced_columns(db, t)) - {"vv"}, t["name"]


def test_bundles_carry_no_unit_code_and_the_other_terminal_fills_its_own(centre, tmp_path):
    from frontdesk.sync.apply import import_path
    from frontdesk.sync.export import export
    from tests.sync.conftest import join_new, shared_rows
    a, desk = centre["db"], centre["desk"]
    b = join_new(tmp_path, a, "b")
    import_path(a, export(b, tmp_path / "hello").path)
    t = tickets.create(a, type="repair", category="水电", description="x", actor=desk, unit="2-1-301")
    bundle = export(a, tmp_path / "f")
    header = next((bundle.path / "tables").glob("tickets.csv")).read_text(encoding="utf-8").splitlines()[0]
    assert "unit_code" not in header and "unit_id" in header
    import_path(b, tmp_path / "f")
    assert b.execute("SELECT unit_code FROM tickets WHERE id = ?", [t["id"]]).fetchone()[0] == "2-1-301"
    assert shared_rows(a) == shared_rows(b)
    assert [r["unit"] for r in tickets.board(b) if r["number"] == t["number"]] == ["2-1-301"]
    b.close()


def test_migration_013_fills_an_existing_centre_without_a_change_to_send(tmp_path):
    from frontdesk.store import migrations, people, staff, units
    path = tmp_path / "old.db"
    db = connect(path, migrate=False)
    migrations.upgrade(db, path, target=12)                # a centre as the program before 013 left it
    staff.init_centre(db, centre="旧中心", admin="admin", password="secret12")
    desk = staff.create(db, username="desk1", display_name="李前台", role="receptionist", password="secret12")
    for i in range(6):
        u = units.add(db, f"{i % 3 + 1}-1-{101 + i}")
        people.add(db, f"业主{i}", phones=[f"1380000{i:04d}"], unit_id=u["id"])
    made = [tickets.create(db, type="repair", category="水电", description="x", actor=desk,
                           unit=f"{i % 3 + 1}-1-{101 + i % 6}" if i % 4 else None, place="unit" if i % 4 else "common",
                           at=NOW - dt.timedelta(hours=i)) for i in range(24)]
    for i, t in enumerate(made):
        db.execute("UPDATE tickets SET status = ?, met_at = ? WHERE id = ?",
                   [("registered", "dispatched", "done", "closed")[i % 4], iso(NOW) if i % 4 == 2 else None, t["id"]])
    old = _old_board(db, NOW)
    stamps = db.execute("SELECT id, change_seq, vv FROM tickets ORDER BY id").fetchall()
    db.close()
    db = connect(path)                                     # as the program does at start
    assert migrations.current_version(db) == migrations.LATEST
    assert db.execute("SELECT count(*) FROM tickets WHERE unit_code IS NOT "
                      "(SELECT code FROM units WHERE id = tickets.unit_id)").fetchone()[0] == 0
    assert db.execute("SELECT count(unit_code) FROM tickets").fetchone()[0] == 18
    assert db.execute("SELECT id, change_seq, vv FROM tickets ORDER BY id").fetchall() == stamps
    assert len(old) == 18
    _same(tickets.board(db, now=NOW), old)
    db.close()


def test_both_forms_of_whole_seconds_agree(boundaries):
    """timing_sql reads times as whole seconds with unixepoch(), or strftime('%s') on SQLite before 3.38."""
    import sqlite3
    if sqlite3.sqlite_version_info < (3, 38):
        pytest.skip("no unixepoch() in this SQLite")
    differ = boundaries.execute("SELECT count(*) FROM tickets WHERE unixepoch(received_at) IS NOT "
                                "CAST(strftime('%s', received_at) AS INTEGER) OR unixepoch(due_at) IS NOT "
                                "CAST(strftime('%s', due_at) AS INTEGER)").fetchone()[0]
    assert differ == 0


def test_dashboard_lists_read_the_same_timing_and_unit(boundaries):
    from frontdesk.store import dashboard
    db = boundaries
    full = {r["number"]: r for r in db.query("SELECT t.*, u.code AS code FROM tickets t "
                                              "LEFT JOIN units u ON u.id = t.unit_id")}
    desk = db.execute("SELECT id FROM staff WHERE username = 'desk1'").fetchone()[0]
    for now in (NOW, NOW + dt.timedelta(seconds=31)):
        s = dashboard.summary(db, desk, now=now, limit=10_000)
        assert s["mine"] and s["overdue"] and s["callbacks"]
        for row in s["mine"] + s["overdue"] + s["callbacks"]:
            old = full[row["number"]]
            assert (row["timing"], row["unit"]) == (_old_timing(old, now), old["code"]), row["number"]
        for sql in statements(db.conn, lambda n=now: dashboard.summary(db, desk, now=n)):
            if "FROM tickets" in sql and "unit_code" in sql:
                plan = " ".join(r[3] for r in db.execute("EXPLAIN QUERY PLAN " + sql).fetchall())
                assert "INDEX tickets_open" in plan and "units" not in plan, plan       # no units join

