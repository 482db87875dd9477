"""Migrations: from an empty file, from every earlier schema version, a backup first, a newer file refused."""
import sqlite3

import pytest

from frontdesk.store import migrations
from frontdesk.store.db import DatabaseTooNew, connect


def tables(path):
    con = sqlite3.connect(path)
    try:
        return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'index')")}
    finally:
        con.close()


def test_empty_file_gets_the_latest_schema(tmp_path):
    db = connect(tmp_path / "c.db")
    assert migrations.current_version(db) == migrations.LATEST
    versions = [r[0] for r in db.execute("SELECT version FROM schema_migrations ORDER BY version")]
    assert versions == [s[0] for s in migrations.STEPS]
    assert {"tickets", "audit", "ticket_events", "search_keys", "tickets_open"} <= tables(tmp_path / "c.db")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


@pytest.mark.parametrize("start", [s[0] for s in migrations.STEPS])
def test_upgrade_from_every_earlier_version(tmp_path, start):
    path = tmp_path / "old.db"
    db = connect(path, migrate=False)
    migrations.upgrade(db, path, target=start)
    assert migrations.current_version(db) == start
    db.close()
    db = connect(path)                     # as the program does at start
    assert migrations.current_version(db) == migrations.LATEST
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert tables(path) == tables_of_fresh(tmp_path)
    backups = list((tmp_path / "backups").glob("*.db"))
    assert bool(backups) == (start < migrations.LATEST)


def tables_of_fresh(tmp_path):
    fresh = tmp_path / "fresh.db"
    connect(fresh).close()
    return tables(fresh)


def test_a_newer_database_is_refused(tmp_path):
    path = tmp_path / "c.db"
    db = connect(path)
    db.execute("INSERT INTO schema_migrations VALUES (?, 'from the future', '2099-01-01')", [migrations.LATEST + 1])
    db.close()
    with pytest.raises(DatabaseTooNew) as err:
        connect(path)
    assert "newer" in str(err.value)


def test_a_failing_migration_leaves_the_database_as_it_was(tmp_path, monkeypatch):
    path = tmp_path / "c.db"
    db = connect(path)
    before = migrations.current_version(db)

    def boom(database):
        database.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(migrations, "STEPS", migrations.STEPS + [(before + 1, "boom", boom)])
    monkeypatch.setattr(migrations, "LATEST", before + 1)
    with pytest.raises(RuntimeError):
        migrations.upgrade(db, path)
    assert migrations.current_version(db) == before
    assert "half_done" not in db.table_names()


def test_a_lower_step_missing_below_the_highest_is_still_applied(tmp_path):
    """Steps written side by side land in any order of numbers: a database that recorded 1, 2, 4, 6 and 12 but
    not 5 or 7 gets them at its next start (they were skipped while only versions above the highest ran)."""
    from frontdesk.store import migrations
    from frontdesk.store.db import connect
    db = connect(tmp_path / "c.db", migrate=False)
    early = [v for v, _, _ in migrations.STEPS][:2]
    for version, name, apply in migrations.STEPS:
        if version in early:
            apply(db)
            db.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                       "applied_at TEXT NOT NULL)")
            db.execute("INSERT INTO schema_migrations VALUES (?, ?, 'x')", [version, name])
    last = migrations.STEPS[-1]
    last[2](db)
    db.execute("INSERT INTO schema_migrations VALUES (?, ?, 'x')", [last[0], last[1]])
    done = migrations.upgrade(db, None, backup_first=False)
    assert done == [v for v, _, _ in migrations.STEPS if v not in early and v != last[0]]
    assert {r[0] for r in db.execute("SELECT version FROM schema_migrations")} == {v for v, _, _ in migrations.STEPS}
