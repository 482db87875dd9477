"""A whole repair loop through the window: intake by keyboard alone → dispatch → in progress → done →
verified → notified → the callback closes it; an unsatisfied callback reopens."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desk_keys import type_text
from frontdesk.store import tickets
from frontdesk.ui.pages.intake import Page as Intake
from frontdesk.ui.ticket_window import open_ticket

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def intake(qtbot, desk_ctx):
    page = Intake(desk_ctx)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    page.activateWindow()
    qtbot.waitActive(page)          # (in a fixture: the offscreen window is exposed before the test runs)
    return page


def intake_by_keyboard(qtbot, page) -> str:
    page.start_new()
    assert QApplication.focusWidget() is page.search.edit, (QApplication.activeWindow(), page.isActiveWindow())
    QTest.keyClicks(QApplication.focusWidget(), "1111")        # last four digits of 曾小明's phone
    qtbot.waitUntil(lambda: page.search.model.rowCount() > 0)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key_Return)
    assert page.unit.currentText() == "1-1-102"
    QTest.keyClick(QApplication.focusWidget(), Qt.Key_Tab)     # category
    QTest.keyClick(QApplication.focusWidget(), Qt.Key_Down)    # 水电 → 土建
    page.description.setFocus()
    type_text(QApplication.focusWidget(), "卫生间墙面开裂")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key_Return, Qt.ControlModifier)
    assert page.last_number
    return page.last_number


def step(qtbot, win, target):
    button = win.move_button(target)
    assert button is not None, f"{target} not offered: {[b.objectName() for b in win.move_buttons]}"
    button.click()


def test_whole_repair_loop(qtbot, intake, desk_ctx, centre):
    db = centre["db"]
    number = intake_by_keyboard(qtbot, intake)
    t = tickets.get(db, number)
    assert (t["status"], t["category"], t["person"]) == ("registered", "土建", "曾小明")
    win = open_ticket(desk_ctx, number)
    qtbot.addWidget(win)
    step(qtbot, win, "dispatched")
    win.pending_dialog.handler.setCurrentIndex(win.pending_dialog.handler.findData("eng1"))
    win.pending_dialog.accept()
    assert tickets.get(db, number)["handler"] == "eng1"
    for target in ("in_progress", "done", "verified", "notified"):
        step(qtbot, win, target)
        assert tickets.get(db, number)["status"] == target
        assert win.move_button(target) is None            # what is offered follows the state
    assert not win.callback_button.isHidden()
    win.callback_button.click()
    dlg = win.pending_dialog
    assert dlg.reached.isChecked()
    dlg.rating.setCurrentIndex(dlg.rating.findData("satisfied"))
    dlg.comment.setPlainText("师傅很及时")
    dlg.accept()
    t = tickets.get(db, number)
    assert t["status"] == "closed" and t["satisfaction"] == "satisfied"
    assert win.move_button("closed") is None
    kinds = [e["kind"] for e in tickets.events(db, t["id"])]
    assert kinds.count("moved") == 6 and "callback" in kinds


def test_unsatisfied_callback_reopens(qtbot, desk_ctx, centre):
    db, desk = centre["db"], centre["desk"]
    t = tickets.create(db, type="complaint", category="收费", description="物业费算错", actor=desk, unit="1-1-101")
    for target in ("dispatched", "in_progress", "done", "notified"):
        tickets.move(db, t["number"], target, desk)
    win = open_ticket(desk_ctx, t["number"])
    qtbot.addWidget(win)
    win.request_move("closed")                       # closing asks for the callback
    dlg = win.pending_dialog
    dlg.rating.setCurrentIndex(dlg.rating.findData("unsatisfied"))
    dlg.accept()
    assert tickets.get(db, t["number"])["status"] == "reopened"
    assert win.move_button("dispatched") is not None
