"""Starting the window: first-start set-up, login, the main window; font; the crash handler."""
import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QMessageBox

from frontdesk.core.errors import Refused
from frontdesk.store import staff
from frontdesk.store.db import connect
from frontdesk.ui import crash, i18n, theme
from frontdesk.ui.app import make_app, run
from frontdesk.ui.setup_dialog import SetupDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def restore_app(qapp, qsettings_tmp):
    """run() sets app-wide things (translators, stylesheet, excepthook): put them back afterwards."""
    hook, sheet, font = sys.excepthook, qapp.styleSheet(), qapp.font()
    yield qapp
    sys.excepthook = hook
    i18n.install(qapp, "en")
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)
    qapp.processEvents()


def _drive(app, steps):
    """Every 30 ms, run the first step whose window is up (a function of the active modal or top windows)."""
    done = []
    timer = QTimer()
    timer.setInterval(30)

    def tick():
        for step in steps:
            if step not in done and step():
                done.append(step)
                return
    timer.timeout.connect(tick)
    timer.start()
    return timer, done


def test_cjk_font_renders_chinese(restore_app):
    make_app()
    family = theme.cjk_family()
    assert family is not None
    assert QFontMetrics(restore_app.font()).inFontUcs4(ord("登"))
    assert 13 <= QFontMetrics(restore_app.font()).height() <= 24


def test_setup_dialog_creates_the_centre(qtbot, db):
    dialog = SetupDialog(db)
    qtbot.addWidget(dialog)
    dialog.centre.setText("阳光花园物业服务中心")
    dialog.password.setText("secret12")
    dialog.again.setText("secret13")
    assert not dialog.try_create() and dialog.error.text() == "The two passwords differ."
    dialog.password.setText("123")
    dialog.again.setText("123")
    assert not dialog.try_create() and dialog.error.text() == "The password needs at least 6 characters."
    assert not staff.is_initialised(db)
    dialog.password.setText("secret12")
    dialog.again.setText("secret12")
    assert dialog.try_create()
    assert staff.is_initialised(db) and dialog.user["role"] == "admin"
    assert staff.authenticate(db, "admin", "secret12")["username"] == "admin"


def test_run_first_start_then_login_then_window(restore_app, db_path):
    """An empty database: set-up dialog, login dialog, main window (closed here), exit code 0."""
    from frontdesk.ui.login import LoginDialog
    from frontdesk.ui.main_window import MainWindow
    seen = {}

    def setup():
        box = QApplication.activeModalWidget()
        if isinstance(box, SetupDialog):
            box.centre.setText("新建物业服务中心")
            box.password.setText("secret12")
            box.again.setText("secret12")
            return box.try_create()

    def login():
        box = QApplication.activeModalWidget()
        if isinstance(box, LoginDialog):
            seen["login_title"] = box.windowTitle()
            seen["login_name"] = box.username.text()
            box.password.setText("secret12")
            return box.try_login()

    def window():
        wins = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if wins:
            seen["nav"] = [wins[0].nav.item(i).text() for i in range(wins[0].nav.count())]
            wins[0].close()
            return True
    timer, done = _drive(restore_app, [setup, login, window])
    assert run(db_path) == 0
    timer.stop()
    assert len(done) == 3
    assert seen["login_title"] == "登录"                 # Chinese by default
    assert seen["login_name"] == "admin"                # the admin just created is filled in
    assert "设置" in seen["nav"]
    db = connect(db_path)
    assert staff.is_initialised(db)
    db.close()


def test_run_cancelled_login_exits(restore_app, centre, db_path):
    from frontdesk.ui.login import LoginDialog

    def cancel():
        box = QApplication.activeModalWidget()
        if isinstance(box, LoginDialog):
            box.reject()
            return True
    timer, done = _drive(restore_app, [cancel])
    assert run(db_path) == 0
    timer.stop()
    assert done


def test_crash_handler_logs_bugs_and_tells_refusals_plainly(restore_app, tmp_path):
    handler = crash.install(tmp_path)
    shown = []

    def close_box():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            shown.append((box.windowTitle(), box.text(), box.detailedText()))
            box.accept()
            return True
    timer, _ = _drive(restore_app, [close_box])
    try:
        raise ValueError("broken on purpose")
    except ValueError:
        handler(*sys.exc_info())
    timer2, _ = _drive(restore_app, [close_box])
    handler(Refused, Refused("locked", "the ticket is closed"), None)
    timer.stop()
    timer2.stop()
    log_text = (tmp_path / crash.LOG_NAME).read_text(encoding="utf-8")
    assert "broken on purpose" in log_text and "Traceback" in log_text
    assert "the ticket is closed" not in log_text
    assert shown[0][0] == "Unexpected error" and "broken on purpose" in shown[0][2]
    assert "Traceback" not in shown[0][2] and str(tmp_path / crash.LOG_NAME) in shown[0][1]   # says where the log is
    assert shown[1][1] == "Not possible: the ticket is closed" and shown[1][2] == ""   # detail kept
