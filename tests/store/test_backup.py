"""Backups and restore (issue 13 §3, issue 10 §2–4, §17): checked copies, rotation, names that never collide,
a restore as strict as a start, a damaged database refused everywhere, both acts audited."""
import datetime as dt
import hashlib
import json
import sqlite3
import time

import pytest

from frontdesk.core.errors import Refused
from frontdesk.store import audit, backup, check, settings, tickets
from frontdesk.store.db import connect
from frontdesk.store.migrations import LATEST


def digest(path, *, skip=("audit", "sync_local")) -> str:
    """The content of every table but `skip` (the audit log and the sync counters move on), in a stable order."""
    db = connect(path, migrate=False)
    try:
        h = hashlib.sha256()
        for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
                                  "AND name NOT LIKE 'search_text%' ORDER BY name"):
            if name in skip:
                continue
            for row in db.execute(f"SELECT * FROM [{name}] ORDER BY 1"):
                h.update(repr((name, row)).encode())
        return h.hexdigest()
    finally:
        db.close()


def file_digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def new_ticket(db, actor, text="漏水"):
    return tickets.create(db, type="repair", category="水电", description=text, actor=actor, unit="1-1-101")


def corrupt(path, table: str | None = None):
    """Junk over the second half of the file, or over the pages of one table: page 1 (the schema) still opens,
    the tables do not check."""
    data = bytearray(path.read_bytes())
    if table:
        con = sqlite3.connect(path)
        pages = [r[0] for r in con.execute("SELECT pageno FROM dbstat WHERE name = ? AND pageno > 1", [table])]
        size = con.execute("PRAGMA page_size").fetchone()[0]
        con.close()
        for page in pages:
            start = (page - 1) * size
            data[start:start + size] = b"\xa5" * size
    else:
        half = len(data) // 2
        data[half:half + 8192] = b"\xa5" * 8192
    path.write_bytes(bytes(data))


@pytest.fixture
def busy(centre, db_path):
    """The centre with enough tickets to span many pages; the database closed and checkpointed."""
    db = centre["db"]
    for i in range(300):
        new_ticket(db, centre["admin"], f"第{i}次漏水，楼上渗水到厨房天花板" * 3)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return centre


def test_backup_is_checked_and_audited(centre, db_path):
    db = centre["db"]
    made = backup.backup(db, actor=centre["admin"])
    assert made.parent == db_path.parent / "backups" and made.suffix == ".db"
    assert not list(made.parent.glob("*.partial"))
    con = sqlite3.connect(f"file:{made}?mode=ro", uri=True)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"      # one self-contained file
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()
    row = audit.rows(db, action="backup")[0]
    assert row["actor"] == "admin" and json.loads(row["detail"])["path"] == str(made)


def test_the_backup_folder_is_a_setting(centre, tmp_path):
    db = centre["db"]
    usb = tmp_path / "usb" / "frontdesk"
    settings.put(db, "backup_folder", str(usb), actor=centre["admin"])
    assert backup.backup(db, actor=centre["admin"]).parent == usb
    assert backup.status(db)["folder"] == str(usb)


def test_restore_round_trip_digest_equal(centre, db_path, tmp_path):
    db = centre["db"]
    new_ticket(db, centre["admin"])
    before = digest(db_path)
    copy = backup.backup(db, tmp_path / "bk", actor=centre["admin"])
    new_ticket(db, centre["admin"], "备份之后")
    db.close()
    result = backup.restore(copy, db_path, actor=centre["admin"])
    assert digest(db_path) == before
    kept = result["kept_aside"]
    assert kept and connect(kept, migrate=False).execute("SELECT count(*) FROM tickets").fetchone()[0] == 2
    db = connect(db_path)
    row = audit.rows(db, action="restore")[0]
    assert row["actor"] == "admin" and json.loads(row["detail"])["kept_aside"] == kept


def test_restore_never_hands_out_a_sync_number_twice(centre, db_path, tmp_path):
    db = centre["db"]
    copy = backup.backup(db, tmp_path / "bk")
    for i in range(5):
        new_ticket(db, centre["admin"], f"之后{i}")
    live = db.execute("SELECT counter, next_seq FROM sync_local").fetchone()
    db.close()
    backup.restore(copy, db_path)
    db = connect(db_path)
    assert db.execute("SELECT counter, next_seq FROM sync_local").fetchone() >= live


def test_two_restores_in_one_second_keep_both_aside_copies(centre, db_path, tmp_path):
    db = centre["db"]
    copy = backup.backup(db, tmp_path / "bk", actor=centre["admin"])
    db.close()
    first = backup.restore(copy, db_path, actor=centre["admin"])["kept_aside"]
    second = backup.restore(copy, db_path, actor=centre["admin"])["kept_aside"]
    assert first != second
    assert len(list((db_path.parent / "backups").glob("before-restore-*.db"))) == 2


def _refused_restore(db_path, bad):
    before = file_digest(db_path)
    with pytest.raises(Refused) as caught:
        backup.restore(bad, db_path)
    assert file_digest(db_path) == before
    assert not (db_path.parent / "backups").exists() or not list((db_path.parent / "backups").glob("before-*"))
    return caught.value


def test_restore_refuses_a_newer_schema_naming_why(centre, db_path, tmp_path):
    db = centre["db"]
    copy = backup.backup(db, tmp_path / "bk")
    newer = connect(copy, migrate=False)
    newer.execute("INSERT INTO schema_migrations VALUES (?, 'future', '2030-01-01')", [LATEST + 5])
    newer.close()
    db.close()
    exc = _refused_restore(db_path, copy)
    assert exc.code == "backup_unusable" and exc.data["failed"] == "schema" and "newer" in str(exc)


def test_restore_refuses_a_file_with_no_centre(centre, db_path, tmp_path):
    empty = tmp_path / "empty.db"
    connect(empty).close()                      # the schema, but no centre
    centre["db"].close()
    exc = _refused_restore(db_path, empty)
    assert exc.data["failed"] == "centre" and "no centre" in str(exc)


def test_restore_refuses_a_damaged_backup(busy, db_path, tmp_path):
    copy = backup.backup(busy["db"], tmp_path / "bk")
    busy["db"].close()
    corrupt(copy)
    exc = _refused_restore(db_path, copy)
    assert exc.data["failed"] in ("integrity", "open") and "another backup" in str(exc)


def test_a_damaged_database_is_reported_refused_for_writes_and_never_backed_up(busy, db_path, tmp_path):
    db = busy["db"]
    good = backup.backup(db, tmp_path / "bk", actor=busy["admin"])
    db.close()
    corrupt(db_path)
    result = check.check_file(db_path)
    assert not result["ok"] and result["failed"] == "integrity" and result["reason"]
    db = connect(db_path, migrate=False)
    with pytest.raises(Refused) as caught:
        new_ticket(db, busy["admin"], "坏了之后")
    assert caught.value.code == "db_known_damaged"
    with pytest.raises(Refused) as caught:
        for _ in range(3):
            backup.backup(db, tmp_path / "bk", keep=1)
    assert caught.value.code == "backup_damaged" and "restore" not in str(caught.value)
    assert [c["path"] for c in backup.copies(tmp_path / "bk")] == [good]
    assert not list((tmp_path / "bk").glob("*.partial"))
    db.close()
    backup.restore(good, db_path, actor=busy["admin"])
    assert check.known_damage(db_path) is None
    db = connect(db_path)
    new_ticket(db, busy["admin"], "恢复之后")
    assert list((db_path.parent / "backups").glob("damaged-*.db"))


def _fake(folder, kind, at, reason="daily"):
    name = f"{kind}-{at:%Y%m%d-%H%M%S}-000000" + (f"-{reason}" if kind == "frontdesk" else "") + ".db"
    (folder / name).write_bytes(b"x")


def test_rotation_keeps_7_daily_4_weekly_12_monthly(tmp_path):
    start = dt.datetime(2026, 12, 4, 9, 0)
    for day in range(400):                      # one copy a day, two on the newest day
        _fake(tmp_path, "frontdesk", start - dt.timedelta(days=day))
    _fake(tmp_path, "frontdesk", start + dt.timedelta(hours=8), "close")
    backup.rotate(tmp_path)
    kept = backup.copies(tmp_path)
    days = {c["at"].date() for c in kept}
    assert kept[0]["reason"] == "close"
    assert all((start - dt.timedelta(days=d)).date() in days for d in range(7))
    months = {(c["at"].year, c["at"].month) for c in kept}
    assert len(months) == 12
    assert len(kept) <= 1 + 7 + 4 + 12
    backup.rotate(tmp_path)                    # stable
    assert len(backup.copies(tmp_path)) == len(kept)


def test_kept_aside_copies_rotate_but_the_newest_stays(tmp_path):
    start = dt.datetime(2026, 12, 4, 9, 0)
    for day in range(0, 800, 20):
        _fake(tmp_path, "before-restore", start - dt.timedelta(days=day))
    backup.rotate(tmp_path, {"daily": 0, "weekly": 0, "monthly": 0})
    left = backup.copies(tmp_path, ("before-restore",))
    assert [c["at"] for c in left] == [start]


def test_status_warns_when_old_or_missing(centre, tmp_path):
    db = centre["db"]
    settings.put(db, "backup_folder", str(tmp_path / "nowhere"), actor=centre["admin"])
    assert backup.status(db)["warn"] and not backup.status(db)["present"]
    backup.backup(db)
    now = dt.datetime.now()
    assert not backup.status(db, now=now)["warn"]
    assert backup.status(db, now=now + dt.timedelta(days=3))["warn"]
    assert not backup.due_today(db, now=now)


def test_backup_to_a_file_and_keep_below_one_are_refused(centre, tmp_path):
    db = centre["db"]
    a_file = tmp_path / "file.txt"
    a_file.write_text("x")
    with pytest.raises(Refused) as caught:
        backup.backup(db, a_file)
    assert caught.value.code == "not_a_folder" and "file.txt" in str(caught.value)
    with pytest.raises(Refused):
        backup.backup(db, tmp_path / "bk", keep=-3)


def test_names_never_collide(centre, tmp_path):
    made = {backup.backup(centre["db"], tmp_path / "bk", keep=100) for _ in range(5)}
    assert len(made) == 5
    time.sleep(0)
