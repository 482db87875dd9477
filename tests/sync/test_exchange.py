"""Two terminals exchanging bundles: export, import, twice, older, conflicts settled, joining, numbers."""
import datetime as dt
import json
from pathlib import Path

import pytest

from frontdesk.core.errors import Refused
from frontdesk.store import changes, people, settings, staff, tickets, units
from frontdesk.sync import conflicts
from frontdesk.sync.apply import import_path
from frontdesk.sync.export import export

from .conftest import digest, shared_rows

D = dt.datetime


def ticket(c, db, **kw):
    desk = staff.get(db, "desk1")
    args = dict(type="repair", category="水电", description="厨房水管漏水", actor=desk, unit="1-1-101")
    args.update(kw)
    return tickets.create(db, **args)


def test_joined_terminal_has_everything_and_its_own_letter(pair, tmp_path):
    c, a, b = pair
    assert shared_rows(a) == shared_rows(b)
    assert a.execute("SELECT letter FROM terminals WHERE joined_at IS NOT NULL ORDER BY letter").fetchall() == [
        ("",), ("B",)]
    assert settings.get(b, "terminal_letter") == "B"
    assert changes.terminal_id(b) != changes.terminal_id(a)
    assert staff.authenticate(b, "desk1", "secret12")["username"] == "desk1"   # the hash travelled
    from frontdesk.store.search import find
    assert find(b, "张三丰")                                                   # search keys rebuilt


def test_same_day_numbers_never_clash_and_rows_meet(pair, tmp_path):
    c, a, b = pair
    na = [ticket(c, a, at=D(2026, 11, 20, 9 + i))["number"] for i in range(3)]
    nb = [ticket(c, b, at=D(2026, 11, 20, 9 + i))["number"] for i in range(3)]
    assert not set(na) & set(nb)
    assert nb[0] == "BX-20261120-B001"
    ea, eb = export(a, tmp_path / "f"), export(b, tmp_path / "f")
    assert ea.rows["tickets"] == 3 and eb.rows["tickets"] == 3
    assert [r.status for r in import_path(b, tmp_path / "f")] == ["applied"]      # its own is passed over
    assert [r.status for r in import_path(a, tmp_path / "f")] == ["applied"]
    assert shared_rows(a) == shared_rows(b)
    assert len(tickets.list_tickets(a)) == 6


def test_nothing_changed_writes_nothing(pair, tmp_path):
    c, a, b = pair
    ticket(c, a)
    assert export(a, tmp_path / "f").path is not None
    assert export(a, tmp_path / "f").path is None
    assert len(list((tmp_path / "f").iterdir())) == 1


def test_same_bundle_twice_and_older_bundle_change_nothing(pair, tmp_path):
    c, a, b = pair
    ticket(c, a)
    first = export(a, tmp_path / "f").path
    ticket(c, a, type="complaint", category="收费")
    second = export(a, tmp_path / "f").path
    assert import_bundle_status(b, second) == "applied"
    before = digest(b)
    assert import_bundle_status(b, second) == "skipped"
    out = import_path(b, first)
    assert out[0].status == "applied"            # it fills the gap it left (nothing is lost)
    after_gap = digest(b)
    assert import_path(b, first)[0].status == "skipped"
    assert import_path(b, tmp_path / "f") == []  # the folder: nothing new
    assert digest(b) == after_gap and before != after_gap
    assert shared_rows(a) == shared_rows(b)


def import_bundle_status(db, path):
    return import_path(db, path)[0].status


def test_older_bundle_is_skipped_with_a_word(pair, tmp_path):
    c, a, b = pair
    ticket(c, a)
    one = export(a, tmp_path / "f").path
    ticket(c, a)
    export(a, tmp_path / "f")
    import_path(b, tmp_path / "f")               # both, in order
    before = digest(b)
    out = import_path(b, one)[0]
    assert out.status == "skipped" and "already applied" in out.message
    assert digest(b) == before


def test_clock_back_between_two_exports(pair, tmp_path, monkeypatch):
    c, a, b = pair
    monkeypatch.setenv("FRONTDESK_NOW", "2026-11-20T10:00:00")
    t1 = ticket(c, a)
    export(a, tmp_path / "f")
    monkeypatch.setenv("FRONTDESK_NOW", "2026-11-19T10:00:00")
    import frontdesk.store.db as sdb
    real = sdb.now_utc
    monkeypatch.setattr(sdb, "now_utc", lambda: "2000-01-01T00:00:00.000000Z")   # far behind
    t2 = ticket(c, a)
    tickets.add_note(a, t1["number"], staff.get(a, "desk1"), "回电: 明天上门")
    monkeypatch.setattr(sdb, "now_utc", real)
    export(a, tmp_path / "f")
    import_path(b, tmp_path / "f")
    assert {t["number"] for t in tickets.list_tickets(b)} == {t1["number"], t2["number"]}
    assert shared_rows(a) == shared_rows(b)


def test_conflict_kept_listed_and_settled_both_ways(pair, tmp_path):
    c, a, b = pair
    pid = c["units"]["1-1-101"][1]["id"]
    lead_a, lead_b = staff.get(a, "lead"), staff.get(b, "lead")
    people.update(a, pid, actor=lead_a, notes="A: 白天不在家")
    people.update(b, pid, actor=lead_b, notes="B: 只接短信")
    export(a, tmp_path / "f")
    export(b, tmp_path / "f")
    import_path(a, tmp_path / "f")
    r = import_path(b, tmp_path / "f")[0]
    assert r.conflicts == 1
    assert people.get(a, pid)["notes"] == "A: 白天不在家"      # ours stays
    assert people.get(b, pid)["notes"] == "B: 只接短信"
    [ca] = conflicts.waiting(a)
    assert ca["table"] == "people" and ca["differ"] == ["notes"] and ca["theirs"]["notes"] == "B: 只接短信"
    with pytest.raises(Refused) as e:
        conflicts.settle(a, ca["id"], "theirs", staff.get(a, "desk1"))
    assert e.value.code == "forbidden"
    conflicts.settle(a, ca["id"], "theirs", lead_a)
    assert people.get(a, pid)["notes"] == "B: 只接短信"
    assert conflicts.waiting(a) == []
    assert a.execute("SELECT count(*) FROM audit WHERE action = 'sync_settle'").fetchone()[0] == 1
    export(a, tmp_path / "f")
    import_path(b, tmp_path / "f")
    assert conflicts.waiting(b) == []                          # superseded by A's decision
    assert shared_rows(a) == shared_rows(b)
    assert b.execute("SELECT count(*) FROM audit WHERE action = 'sync_settle'").fetchone()[0] == 1


def test_settle_by_edit(pair, tmp_path):
    c, a, b = pair
    uid = c["units"]["1-1-102"][0]["id"]
    units.update(a, "1-1-102", actor=c["admin"], notes="A")
    units.update(b, "1-1-102", actor=staff.get(b, "admin"), notes="B")
    export(b, tmp_path / "f")
    import_path(a, tmp_path / "f")
    [ca] = conflicts.waiting(a)
    conflicts.settle(a, ca["id"], "edit", c["admin"], {"notes": "A+B"})
    export(a, tmp_path / "f")
    import_path(b, tmp_path / "f")
    assert b.execute("SELECT notes FROM units WHERE id = ?", [uid]).fetchone()[0] == "A+B"
    assert shared_rows(a) == shared_rows(b)


def test_deletion_travels_as_a_mark(pair, tmp_path):
    c, a, b = pair
    t = ticket(c, a)
    export(a, tmp_path / "f")
    import_path(b, tmp_path / "f")
    a.execute("UPDATE tickets SET deleted_at = '2026-11-20T00:00:00Z', version = version + 1 WHERE number = ?",
              [t["number"]])
    export(a, tmp_path / "f")
    import_path(b, tmp_path / "f")
    assert b.execute("SELECT deleted_at FROM tickets WHERE number = ?", [t["number"]]).fetchone()[0]
    assert shared_rows(a) == shared_rows(b)


def test_key_shown_to_admin_only_and_never_in_a_bundle(pair, tmp_path):
    from frontdesk.sync.identity import key_text
    c, a, b = pair
    with pytest.raises(Refused):
        key_text(a, c["desk"])
    key = key_text(a, c["admin"])
    p = export(a, tmp_path / "f", full=True).path
    for f in p.rglob("*"):
        if f.is_file():
            data = f.read_bytes()
            assert key.encode() not in data and bytes(changes.local(a)["centre_key"]) not in data
            assert b"secret12" not in data


def test_password_hashes_travel(pair, tmp_path):
    c, a, b = pair
    staff.update(a, "desk1", actor=c["admin"], password="NewPass-2026")
    export(a, tmp_path / "f")
    import_path(b, tmp_path / "f")
    assert staff.authenticate(b, "desk1", "NewPass-2026")["username"] == "desk1"
    with pytest.raises(Refused):
        staff.authenticate(b, "desk1", "secret12")


def test_failed_logins_stay_local(pair, tmp_path):
    c, a, b = pair
    with pytest.raises(Refused):
        staff.authenticate(a, "desk1", "wrong")
    p = export(a, tmp_path / "f").path
    assert "failed_logins" not in json.dumps(json.loads((p / "manifest.json").read_text())["tables"])


def test_attached_files_travel_once_by_their_sha256(pair, tmp_path):
    from frontdesk.store import attachments
    c, a, b = pair
    t = ticket(c, a)
    photo = tmp_path / "leak.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    row = attachments.attach(a, photo, actor=c["desk"], ticket=t["number"])
    p = export(a, tmp_path / "f").path
    files = list((p / "files").iterdir())
    assert [f.name for f in files] == [row["sha256"]]
    r = import_path(b, p)[0]
    assert r.files == 1
    assert attachments.path_for(b, row["sha256"]).read_bytes() == photo.read_bytes()
    tickets.add_note(a, t["number"], c["desk"], "again")
    p2 = export(a, tmp_path / "f").path
    assert not (p2 / "files").exists()                 # not sent twice
    import_path(b, p2)
    assert shared_rows(a) == shared_rows(b)


def test_a_big_bundle_leaves_the_change_counter_working(pair, tmp_path, monkeypatch):
    import frontdesk.sync.apply as apply_mod
    monkeypatch.setattr(apply_mod, "BIG", 1)           # every bundle counts as big here
    c, a, b = pair
    ticket(c, a)
    import_path(b, export(a, tmp_path / "f").path)
    triggers = {r[0] for r in b.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert {"tickets_sync_i", "tickets_sync_u", "ticket_events_sync_i"} <= triggers
    before = changes.counter(b)
    ticket(c, b)
    assert changes.counter(b) > before
    assert export(b, tmp_path / "g").rows["tickets"] == 1


def test_a_restored_terminal_goes_on_as_a_new_one_and_gets_back_what_it_sent(pair, tmp_path):
    from frontdesk.store import backup
    from frontdesk.store.db import connect
    c, a, b = pair
    b_path = Path(b.execute("PRAGMA database_list").fetchone()[2])
    admin_b = staff.get(b, "admin")
    share = tmp_path / "share"
    first = ticket(c, b)
    export(b, share)
    copy = backup.backup(b, tmp_path / "bk", actor=admin_b)
    later = ticket(c, b)                                   # made after the backup, sent, then lost by the restore
    export(b, share)
    import_path(a, share)
    old_id = changes.terminal_id(b)
    b.close()
    backup.restore(copy, b_path, actor=admin_b, target=tmp_path / "aside")
    b2 = connect(b_path)
    try:
        import_path(b2, share)
        assert changes.terminal_id(b2) != old_id and settings.get(b2, "terminal_letter") == "C"
        numbers = {t["number"] for t in tickets.list_tickets(b2)}
        assert {first["number"], later["number"]} <= numbers
        fresh = ticket(c, b2)
        assert "-C" in fresh["number"]
        import_path(a, export(b2, share).path)
        import_path(b2, export(a, share).path)
        assert shared_rows(a) == shared_rows(b2)
    finally:
        b2.close()


def test_a_clash_in_the_middle_of_a_batch_keeps_the_rows_around_it(pair, tmp_path):
    """A unit code both terminals added (a UNIQUE clash) among others: the rows before and after it come in from
    the one batch, the clashing one is kept as a conflict, nothing twice (the batch runs without a savepoint)."""
    c, a, b = pair
    for i in range(1, 6):
        units.add(b, f"8-1-{100 + i}")
    units.add(a, "8-1-103")                                  # the third of B's five, added on A too
    sent = export(b, tmp_path / "out").path
    got = import_path(a, sent)[0]
    assert got.status == "applied" and got.new.get("units") == 4 and got.conflicts == 1
    codes = [r[0] for r in a.execute("SELECT code FROM units WHERE code LIKE '8-1-%' ORDER BY code")]
    assert codes == [f"8-1-{100 + i}" for i in range(1, 6)]
    clash = a.execute("SELECT row_key FROM sync_conflicts WHERE table_name = 'units' AND settled_at IS NULL")
    assert [r[0] for r in clash] == [units.get(b, "8-1-103")["id"]]
    before = digest(a)
    assert import_path(a, sent)[0].status == "skipped" and digest(a) == before
