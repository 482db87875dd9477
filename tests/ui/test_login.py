"""The login dialog: success, a wrong password that never says which half, lock-out after five, demo accounts."""
import pytest
from PySide6.QtCore import Qt

from frontdesk.store import settings
from frontdesk.ui.login import LoginDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _dialog(qtbot, db, **kw):
    dialog = LoginDialog(db, **kw)
    qtbot.addWidget(dialog)
    return dialog


def test_right_password_logs_in(qtbot, centre):
    dialog = _dialog(qtbot, centre["db"])
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.username, "desk1")
    qtbot.keyClick(dialog.username, Qt.Key_Return)          # Enter after the name moves on, no miss counted
    assert dialog.result() != LoginDialog.Accepted and dialog.error.isHidden()
    assert dialog.focusWidget() is dialog.password
    qtbot.keyClicks(dialog.password, "secret12")
    qtbot.keyClick(dialog.password, Qt.Key_Return)
    assert dialog.result() == LoginDialog.Accepted
    assert dialog.user["username"] == "desk1" and dialog.user["role"] == "receptionist"


def test_wrong_password_and_unknown_user_read_the_same(qtbot, centre):
    dialog = _dialog(qtbot, centre["db"])
    dialog.username.setText("desk1")
    dialog.password.setText("nope-nope")
    assert not dialog.try_login()
    wrong_password = dialog.error.text()
    dialog.username.setText("nobody")
    dialog.password.setText("secret12")
    assert not dialog.try_login()
    assert dialog.error.text() == wrong_password == "Wrong user name or password."
    assert dialog.password.text() == "" and dialog.user is None
    assert not dialog.isHidden() or dialog.result() != LoginDialog.Accepted


def test_five_wrong_in_a_row_lock_the_account(qtbot, centre):
    dialog = _dialog(qtbot, centre["db"], username="desk1")
    for _ in range(5):
        dialog.password.setText("wrong-one")
        assert not dialog.try_login()
    assert "locked until" in dialog.error.text()
    dialog.password.setText("secret12")             # even the right password is refused while locked
    assert not dialog.try_login()
    assert "locked until" in dialog.error.text()
    assert dialog.user is None


def test_empty_user_name_is_asked_for(qtbot, centre):
    dialog = _dialog(qtbot, centre["db"])
    assert not dialog.try_login()
    assert dialog.error.text() == "Enter your user name."


def test_demo_accounts_are_listed_and_fill_the_name(qtbot, centre):
    db = centre["db"]
    assert _dialog(qtbot, db).demo.isHidden()
    settings.put(db, "demo_accounts", [{"username": "desk1", "role": "receptionist", "password_hint": "secret12"},
                                       {"username": "lead", "role": "supervisor", "password_hint": "secret12"}])
    dialog = _dialog(qtbot, db)
    assert dialog.demo.count() == 2 and not dialog.demo.isHidden()
    assert "desk1" in dialog.demo.item(0).text() and "secret12" in dialog.demo.item(0).text()
    dialog._pick_demo(dialog.demo.item(1))
    assert dialog.username.text() == "lead"
    dialog.password.setText("secret12")
    assert dialog.try_login() and dialog.user["role"] == "supervisor"
