"""The main window: navigation by role, lazy pages, shortcuts, status counts, lock and unlock, remembered layout."""
import datetime

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel

from frontdesk.store import settings, tickets
from frontdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def window(qtbot, ctx):
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.idle.stop()


def test_navigation_follows_design_order_and_role(window, ctx, centre):
    keys = window.visible_keys()
    order = ["dashboard", "intake", "board", "archive", "inspections", "print", "reports", "answers", "sync",
             "settings", "audit"]
    assert keys == [k for k in order if k in window.modules]
    assert "answers" in keys and "settings" in keys
    assert [window.nav.item(i).text() for i in range(window.nav.count())][-2:] == ["Settings", "Audit log"]
    ctx.set_user(centre["desk"])                          # a receptionist: no settings, no audit log
    assert "settings" not in window.visible_keys() and "audit" not in window.visible_keys()
    assert "sync" not in window.visible_keys()
    assert all(window.nav.item(i).data(Qt.UserRole) != "settings" for i in range(window.nav.count()))
    assert window.show_page("settings") is None


def test_pages_are_created_lazily_and_once(window):
    created = set(window.pages)
    assert len(created) == 1                               # only the page in front
    page = window.show_page("answers")
    assert page is window.stack.currentWidget() and window.current_key() == "answers"
    assert window.show_page("answers") is page
    assert "settings" not in window.pages or "settings" in created


def test_ctrl_number_switches_pages(window, qtbot):
    row = window.visible_keys().index("answers")
    qtbot.keyClick(window, Qt.Key_1 + row, Qt.ControlModifier)
    assert window.current_key() == "answers"
    qtbot.keyClick(window, Qt.Key_1, Qt.ControlModifier)
    assert window.current_key() == window.visible_keys()[0]


def test_ctrl_n_opens_intake_when_it_exists(window, qtbot):
    assert "intake" in window.modules
    window.show_page("answers")
    qtbot.keyClick(window, Qt.Key_N, Qt.ControlModifier)
    assert window.current_key() == "intake"
    intake = window.pages["intake"]
    if hasattr(intake, "description"):
        intake.description.setPlainText("上一个来电")
        qtbot.keyClick(window, Qt.Key_N, Qt.ControlModifier)      # again, on the page: a fresh form
        assert intake.description.toPlainText() == ""


def test_status_bar_shows_user_and_counts(window, ctx, centre):
    assert "管理员" in window.status_user.text() and "Administrator" in window.status_user.text()
    assert window.status_counts.text().split() == ["Open:", "0", "Overdue:", "0"]
    tickets.create(ctx.db, type="repair", category="水电", description="厨房漏水", actor=centre["desk"],
                   unit="1-1-101", at=datetime.datetime(2020, 1, 1, 9, 0))
    ctx.notify(tables={"tickets"})
    assert window.status_counts.text().split() == ["Open:", "1", "Overdue:", "1"]
    assert window.status_counts.property("overdue") == "true"


def test_search_choice_is_routed(window, ctx, qtbot, centre):
    unit, person = centre["units"]["1-1-101"]
    with qtbot.waitSignal(ctx.open_unit) as opened_unit:
        window.route_choice({"kind": "unit", "id": unit["id"], "key": "1-1-101", "label": "1-1-101"})
    assert opened_unit.args == ["1-1-101"]
    with qtbot.waitSignal(ctx.open_person) as opened_person:
        window.route_choice({"kind": "person", "id": person["id"], "key": "张三丰", "label": "张三丰"})
    assert opened_person.args == [person["id"]]
    if "archive" in window.modules:
        assert window.current_key() == "archive"


def test_lock_with_ctrl_l_then_wrong_and_right_password(window, qtbot, ctx):
    qtbot.keyClick(window, Qt.Key_L, Qt.ControlModifier)
    assert window.locked and window.lock_screen.isVisible()
    assert not window.centralWidget().isEnabled()
    assert window.lock_screen.geometry() == window.rect()
    current = window.current_key()
    qtbot.keyClick(window, Qt.Key_1, Qt.ControlModifier)          # shortcuts do nothing while locked
    assert window.current_key() == current
    qtbot.keyClicks(window.lock_screen.password, "wrong-pass")
    qtbot.keyClick(window.lock_screen.password, Qt.Key_Return)
    assert window.locked and window.lock_screen.error.text() == "Wrong password."
    qtbot.keyClicks(window.lock_screen.password, "secret12")
    qtbot.keyClick(window.lock_screen.password, Qt.Key_Return)
    assert not window.locked and not window.lock_screen.isVisible()
    assert window.centralWidget().isEnabled()
    assert ctx.user["username"] == "admin"


def test_idle_locks_the_window(window, qtbot):
    window.idle.minutes = 0.0001                   # 6 ms
    window.idle.clock.restart()
    qtbot.waitUntil(lambda: window.idle.idle_ms() > 10)
    window.idle.check()
    assert window.locked


def test_lock_hides_other_windows_until_unlocked(window, qtbot):
    other = QLabel("工单")
    qtbot.addWidget(other)
    other.show()
    window.lock()
    assert not other.isVisible()
    window.lock_screen.password.setText("secret12")
    assert window.lock_screen.try_unlock()
    assert other.isVisible()


def test_unlock_as_another_user_changes_role(window, ctx, centre, qtbot):
    window.lock()
    window._unlocked(centre["desk"])        # what "switch user" does after its login dialog
    assert ctx.user["username"] == "desk1"
    assert "settings" not in window.visible_keys()
    assert "李前台" in window.status_user.text()


def test_layout_is_remembered(qtbot, ctx, qsettings_tmp):
    first = MainWindow(ctx)
    qtbot.addWidget(first)
    first.resize(760, 520)
    first.show()
    page = first.show_page("answers")
    page.splitter.setSizes([300, 700])
    sizes = page.splitter.sizes()
    geometry = first.size()
    saved = first.saveGeometry()
    first.close()
    assert QSettings().value("window/geometry") == saved
    assert QSettings().value("window/page") == "answers"
    second = MainWindow(ctx)
    qtbot.addWidget(second)
    assert second.current_key() == "answers"
    assert list(second.pages) == ["answers"]            # the remembered page is the only one created
    assert second.size().height() == geometry.height() != 768   # the offscreen screen clamps the width
    second.show()
    assert second.pages["answers"].splitter.sizes() == sizes
    second.idle.stop()


def test_f5_refreshes_the_current_page(window, ctx, centre):
    from frontdesk.store import answers
    page = window.show_page("answers")
    answers.save_answer(ctx.db, centre["admin"], title="停车", body="每月150元")    # no notify
    assert page.list.count() == 0
    window.refresh_current()
    assert page.list.count() == 1


def test_ctrl_f_focuses_the_global_search(window, qtbot):
    assert window.search is not None
    window.show_page("answers")
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key_F, Qt.ControlModifier)
    assert window.focusWidget() is window.search.edit


def test_switch_user_from_the_lock_screen(window, ctx, qtbot):
    from PySide6.QtCore import QTimer

    from frontdesk.ui.login import LoginDialog
    window.lock()

    def log_in_as_desk1():
        box = QApplication.activeModalWidget()
        assert isinstance(box, LoginDialog)
        box.username.setText("desk1")
        box.password.setText("secret12")
        box.try_login()
    QTimer.singleShot(0, log_in_as_desk1)
    window.lock_screen.switch_button.click()
    assert not window.locked and ctx.user["username"] == "desk1"
    assert "settings" not in window.visible_keys()


def test_state_helpers_remember_splitters_and_columns(qtbot, qsettings_tmp):
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QSplitter, QTableView, QVBoxLayout, QWidget

    from frontdesk.ui.state import restore_state, save_state

    def build():
        page = QWidget()
        split = QSplitter(page)
        split.setObjectName("demoSplitter")
        split.addWidget(QLabel("a"))
        table = QTableView()
        table.setObjectName("demoTable")
        table.setModel(QStandardItemModel(2, 3, table))
        split.addWidget(table)
        QVBoxLayout(page).addWidget(split)
        qtbot.addWidget(page)
        page.resize(600, 300)
        page.show()
        return page, split, table
    page, split, table = build()
    split.setSizes([120, 480])
    table.horizontalHeader().resizeSection(1, 222)
    assert save_state(page) == 3                  # the splitter and the table's two headers
    again, split2, table2 = build()
    assert restore_state(again) == 3
    assert table2.horizontalHeader().sectionSize(1) == 222
    assert split2.sizes() == split.sizes()


def test_idle_minutes_follow_the_setting(window, ctx, centre):
    assert window.idle.minutes == 10
    settings.put(ctx.db, "idle_lock_minutes", 3, actor=centre["admin"])
    ctx.notify(tables={"settings"})
    assert window.idle.minutes == 3


def test_another_user_starts_clean(window, ctx, centre, qtbot):
    """Issue 10 #31: nothing of the previous user stays on screen, and a reveal ends with its user."""
    person_id = ctx.db.execute("select id from people limit 1").fetchone()[0]
    window.search.edit.setText("王")
    archive = window.show_page("archive")
    archive.show_person(person_id)
    archive.person_view.reveal()
    assert archive.person_view.revealed == {"id", "phone"}
    intake = window.show_page("intake")
    intake.last_number = "BX-20260101-001"
    window.lock()
    window._unlocked(centre["desk"])        # what "switch user" does after its login dialog
    assert window.search.text() == ""
    fresh = window.show_page("archive")
    assert fresh is not archive and fresh.person_view.person is None and not fresh.person_view.revealed
    assert window.show_page("intake").last_number is None
    window._unlocked(centre["desk"])        # the same user again: nothing is rebuilt
    assert window.show_page("archive") is fresh


def test_ctrl_number_puts_the_keyboard_in_the_page(window, qtbot):
    """After the login the focus sits in the search box; Ctrl+7 showed 报表 but left it there, so the page's keys
    (Ctrl+Tab between its tabs) did nothing until the receptionist tabbed her way in."""
    window.activateWindow()
    window.search.focus_search()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    outside = QApplication.focusWidget()
    row = window.visible_keys().index("reports")
    qtbot.keyClick(outside, Qt.Key_1 + row, Qt.ControlModifier)
    page = window.stack.currentWidget()
    assert window.current_key() == "reports"
    qtbot.waitUntil(lambda: page.isAncestorOf(QApplication.focusWidget()))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab, Qt.ControlModifier)
    assert page.tabs.currentIndex() == 1                     # the page's own keys work at once
    qtbot.waitUntil(lambda: not page.callbacks.busy(), timeout=10000)
