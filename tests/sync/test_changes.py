"""The change counter kept by triggers, for any table a migration registers (store.changes)."""
import json
import sqlite3

import pytest

from frontdesk.store import changes


def test_a_registered_table_is_stamped_on_every_write(db):
    db.execute("CREATE TABLE gadgets (id TEXT PRIMARY KEY, name TEXT, version INTEGER NOT NULL DEFAULT 1, "
               "deleted_at TEXT)")
    db.execute("INSERT INTO gadgets (id, name) VALUES ('old', 'before registering')")
    changes.register_synced_table(db, "gadgets")
    assert "gadgets" in [t["name"] for t in changes.synced_tables(db)]
    me = changes.terminal_id(db)
    old = db.execute("SELECT change_seq, vv FROM gadgets WHERE id = 'old'").fetchone()
    assert old[0] and json.loads(old[1]) == {me: 1}
    c0 = changes.counter(db)
    db.execute("INSERT INTO gadgets (id, name) VALUES ('g1', 'x')")
    seq, vv = db.execute("SELECT change_seq, vv FROM gadgets WHERE id = 'g1'").fetchone()
    assert seq == c0 + 1 and json.loads(vv) == {me: 1}
    db.execute("UPDATE gadgets SET name = 'y' WHERE id = 'g1'")
    seq2, vv2 = db.execute("SELECT change_seq, vv FROM gadgets WHERE id = 'g1'").fetchone()
    assert seq2 > seq and json.loads(vv2) == {me: 2}
    changes.register_synced_table(db, "gadgets")                  # again: idempotent
    assert [t["name"] for t in changes.synced_tables(db)].count("gadgets") == 1


def test_an_append_only_table_stays_append_only(db):
    db.execute("CREATE TABLE logbook (id TEXT PRIMARY KEY, line TEXT)")
    db.execute("CREATE TRIGGER logbook_no_u BEFORE UPDATE ON logbook BEGIN SELECT RAISE(ABORT, 'append-only'); END")
    changes.register_synced_table(db, "logbook", append_only=True)
    db.execute("INSERT INTO logbook (id, line) VALUES ('l1', 'hello')")
    assert db.execute("SELECT change_seq FROM logbook").fetchone()[0] == changes.counter(db)
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("UPDATE logbook SET line = 'changed'")


def test_local_columns_do_not_count_as_changes(db):
    from frontdesk.store import staff
    staff.init_centre(db, centre="测试", admin="admin", password="secret12")
    before = changes.counter(db)
    db.execute("UPDATE staff SET failed_logins = 3")
    assert changes.counter(db) == before
