"""`frontdesk check | backup | restore` as a user meets them: which check failed, no traceback, clear refusals."""
import os
import subprocess
import sys

import pytest

from frontdesk.store import staff, tickets
from frontdesk.store.db import connect
from tests.store.test_backup import corrupt, file_digest


def cli(*args, env_db):
    out = subprocess.run([sys.executable, "-m", "frontdesk", *args], capture_output=True, text=True,
                         env={**os.environ, "FRONTDESK_DB": str(env_db)})
    assert "Traceback" not in out.stderr, out.stderr
    return out


@pytest.fixture
def damaged(centre, db_path):
    db = centre["db"]
    for i in range(300):
        tickets.create(db, type="repair", category="水电", description=f"第{i}次漏水" * 20, actor=centre["admin"],
                       unit="1-1-101")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    good = cli("backup", env_db=db_path)
    assert good.returncode == 0, good.stderr
    corrupt(db_path)
    return db_path


def test_check_names_the_failed_check_and_writes_are_then_refused(damaged):
    out = cli("check", env_db=damaged)
    assert out.returncode == 1 and "integrity: FAILED" in out.stdout and "integrity check failed" in out.stderr
    before = file_digest(damaged)
    out = cli("ticket", "new", "--unit", "1-1-101", "--type", "repair", "--category", "水电", "--text", "x",
              env_db=damaged)
    assert out.returncode == 1 and "damaged" in out.stderr and file_digest(damaged) == before


def test_a_damaged_backup_is_refused_without_advising_a_restore(damaged):
    backups = sorted((damaged.parent / "backups").glob("*.db"))
    out = cli("backup", "--keep", "1", env_db=damaged)
    assert out.returncode == 1 and "damaged" in out.stderr and "restore" not in out.stderr.lower()
    assert sorted((damaged.parent / "backups").glob("*.db")) == backups


def test_restore_from_the_command_line_after_damage(damaged):
    good = next((damaged.parent / "backups").glob("frontdesk-*.db"))
    out = cli("restore", str(good), env_db=damaged)
    assert out.returncode == 0, out.stderr
    assert "kept aside" in out.stdout
    assert cli("check", env_db=damaged).returncode == 0
    db = connect(damaged)
    assert db.execute("SELECT count(*) FROM tickets").fetchone()[0] == 300
    assert db.execute("SELECT count(*) FROM audit WHERE action = 'restore'").fetchone()[0] == 1


def test_keep_below_one_is_a_usage_error_and_to_a_file_is_refused(centre, db_path, tmp_path):
    centre["db"].close()
    out = cli("backup", "--keep", "-3", env_db=db_path)
    assert out.returncode == 2 and "--keep" in out.stderr
    a_file = tmp_path / "notes.txt"
    a_file.write_text("x")
    out = cli("backup", "--to", str(a_file), env_db=db_path)
    assert out.returncode == 1 and "notes.txt" in out.stderr and "not a folder" in out.stderr
    assert "Errno" not in out.stderr


def test_a_receptionist_may_not_restore(centre, db_path, tmp_path):
    db = centre["db"]
    from frontdesk.store.backup import backup
    copy = backup(db, tmp_path / "bk")
    db.close()
    before = file_digest(db_path)
    out = cli("restore", str(copy), "--as", "desk1", env_db=db_path)
    assert out.returncode == 1 and "only an admin" in out.stderr
    assert file_digest(db_path) == before
    assert staff.get(connect(db_path), "desk1")["role"] == "receptionist"


@pytest.mark.parametrize("table", ["settings", "staff", "tickets", "units"])
def test_a_damaged_table_met_in_any_command_is_said_never_a_traceback(centre, db_path, table, capsys):
    """Damage found by a plain query in the middle of a command (not by the check at open) ended in an SQLite
    traceback: `backup` read the settings table first. Every such error is now the damaged-database refusal, and
    the file is marked so that later writes are refused too."""
    from frontdesk.cli import main
    centre["db"].execute("PRAGMA wal_checkpoint(TRUNCATE)")
    centre["db"].close()
    corrupt(db_path, table)
    for argv in (["backup"], ["ticket", "list"], ["settings", "show"],
                 ["ticket", "new", "--place", "common", "--type", "repair", "--category", "水电", "--text", "漏水"]):
        code = main(["--db", str(db_path), *argv])
        err = capsys.readouterr().err
        assert code in (0, 1), (argv, err)
        assert "Traceback" not in err and "sqlite3." not in err, (argv, err)
        if code == 1:
            assert "damaged" in err and "centre.db" in err, (argv, err)


def test_restore_is_refused_while_a_window_is_open_on_the_database(centre, db_path, tmp_path, qtbot):
    """`frontdesk restore` put another backup under a running window (it went on with a user and a centre no
    longer there); with the window's single-instance server listening (the real one) it is refused by name."""
    from frontdesk.store.backup import backup
    from frontdesk.ui.single import SingleInstance
    db = centre["db"]
    copy = backup(db, tmp_path / "bk")
    db.close()
    before = file_digest(db_path)
    window = SingleInstance(db_path)
    assert window.claim()
    try:
        proc = subprocess.Popen([sys.executable, "-m", "frontdesk", "restore", str(copy)], text=True,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                env={**os.environ, "FRONTDESK_DB": str(db_path)})
        qtbot.waitUntil(lambda: proc.poll() is not None, timeout=30000)    # the window's loop answers meanwhile
        err = proc.stderr.read()
        assert proc.returncode == 1 and "a window is open on this database" in err and "Traceback" not in err
        assert file_digest(db_path) == before
    finally:
        window.release()
    out = cli("restore", str(copy), env_db=db_path)                       # the window closed: it goes ahead
    assert out.returncode == 0, out.stderr
