"""Start-up safety (issue 13 §4–6): a damaged file leads to the recovery window, a second start hands over to
the first window, `frontdesk ring` opens the intake for the caller; no traceback reaches the user."""
import os
import subprocess
import sys
import time

import pytest
from PySide6.QtWidgets import QApplication

from frontdesk import instance
from frontdesk.store import backup, check, tickets
from frontdesk.store.db import connect
from frontdesk.ui import ring, single
from frontdesk.ui.app import run
from frontdesk.ui.login import LoginDialog
from frontdesk.ui.recovery import RecoveryDialog
from tests.store.test_backup import corrupt
from tests.ui.test_app import _drive, restore_app  # noqa: F401 - the fixture

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _cli(*args, db_path):
    return subprocess.Popen([sys.executable, "-m", "frontdesk", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "FRONTDESK_DB": str(db_path), "QT_QPA_PLATFORM": "offscreen"})


def _finish(qtbot, proc, timeout=30_000):
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=timeout)
    out, err = proc.communicate()
    assert "Traceback" not in err, err
    return proc.returncode, out, err


def test_a_damaged_database_at_start_opens_the_recovery_window(restore_app, centre, db_path):
    db = centre["db"]
    for i in range(300):
        tickets.create(db, type="repair", category="水电", description=f"第{i}次漏水" * 20, actor=centre["admin"],
                       unit="1-1-101")
    good = backup.backup(db, reason="daily")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    corrupt(db_path, "people")                 # what the start checks before the login
    seen = {}

    def recovery():
        box = QApplication.activeModalWidget()
        if isinstance(box, RecoveryDialog):
            seen["text"] = box.body.text() + "\n" + box.offer.text()
            box.restore_button.click()
            return True

    def info():
        box = QApplication.activeModalWidget()
        if isinstance(box, LoginDialog):
            box.reject()
            return True
    timer, done = _drive(restore_app, [recovery, info])
    assert run(db_path) == 0
    timer.stop()
    assert len(done) == 2
    assert str(db_path) in seen["text"] and "完整性" in seen["text"]          # Chinese by default
    assert f"{backup.inspect(good)['at']:%Y-%m-%d %H:%M}" in seen["text"] and "缺失" in seen["text"]
    assert check.check_file(db_path)["ok"]
    aside = list((db_path.parent / "backups").glob("damaged-*.db"))
    assert aside, "the damaged file is kept aside"
    assert connect(db_path).execute("SELECT count(*) FROM tickets").fetchone()[0] == 300


def test_a_second_start_hands_over_to_the_first(qtbot, qapp, centre, db_path):
    centre["db"].close()
    first = single.SingleInstance(db_path)
    assert first.claim()
    try:
        got = []
        first.message.connect(got.append)
        code, _, _ = _finish(qtbot, _cli(db_path=db_path))
        qtbot.waitUntil(lambda: bool(got), timeout=5000)
        assert code == 0 and got[0]["cmd"] == "raise"
        assert not single.SingleInstance(db_path).claim()      # the lock is held: no second login
    finally:
        first.release()
    assert instance.send(db_path, {"cmd": "raise"}) is None


def test_ring_without_a_window_prints_who_it_is(centre, db_path):
    centre["db"].close()
    out = subprocess.run([sys.executable, "-m", "frontdesk", "ring", "+86 138 1234 5678"], capture_output=True,
                         text=True, env={**os.environ, "FRONTDESK_DB": str(db_path)})
    assert out.returncode == 0 and "张三丰" in out.stdout and "1-1-101" in out.stdout
    out = subprocess.run([sys.executable, "-m", "frontdesk", "ring", "13500000000"], capture_output=True,
                         text=True, env={**os.environ, "FRONTDESK_DB": str(db_path)})
    assert out.returncode == 0 and "not in the archive" in out.stdout
    out = subprocess.run([sys.executable, "-m", "frontdesk", "ring", "abc"], capture_output=True,
                         text=True, env={**os.environ, "FRONTDESK_DB": str(db_path)})
    assert out.returncode == 1 and "phone" in out.stderr


def test_ring_with_the_window_running_opens_the_intake(qtbot, ctx, db_path, centre):
    from frontdesk.ui.main_window import MainWindow
    t = tickets.create(centre["db"], type="repair", category="水电", description="漏水", actor=centre["admin"],
                       unit="1-1-101")
    window = MainWindow(ctx, remember=False)
    qtbot.addWidget(window)
    window.show()
    holder = single.SingleInstance(db_path)
    assert holder.claim()
    holder.message.connect(lambda m: ring.handle(window, m))
    try:
        code, out, _ = _finish(qtbot, _cli("ring", "13812345678", db_path=db_path))
        assert code == 0 and "running window" in out
        qtbot.waitUntil(lambda: window.current_key() == "intake", timeout=5000)
        page = window.pages["intake"]
        qtbot.waitUntil(lambda: page.person is not None, timeout=5000)
        assert page.person["label"] == "张三丰" and page.unit.currentText() == "1-1-101"
        assert t["number"] in window.statusBar().currentMessage()
        code, _, _ = _finish(qtbot, _cli("ring", "13500000000", db_path=db_path))
        qtbot.waitUntil(lambda: page.contact.text() == "13500000000", timeout=5000)
        assert page.person is None
    finally:
        holder.release()
        window.idle.stop()
    time.sleep(0)


def test_damage_beyond_the_core_tables_is_found_once_the_window_is_up(centre, db_path):
    """The start checks the core tables (fast); the whole file is quick-checked off the GUI thread after."""
    from frontdesk.ui.autobackup import _after_start
    db = centre["db"]
    for i in range(300):
        tickets.create(db, type="repair", category="水电", description=f"第{i}次漏水" * 20, actor=centre["admin"],
                       unit="1-1-101")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    corrupt(db_path, "tickets")
    assert check.startup_problem(db_path) is None
    result = _after_start(None, lambda: False, lambda *a: None, str(db_path), True)
    assert result["problem"]["failed"] == "integrity"
    assert check.known_damage(db_path)                  # writes refused; the next start opens the recovery
    assert check.startup_problem(db_path)["failed"] == "integrity"
