"""Ctrl+Tab turns a tabbed page from wherever the focus is inside it: on 报表 the focus lands in the 登记台账
date field, which kept Ctrl+Tab, so 回访, 月度分析 and 满意度调查 could not be reached by keyboard."""
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

import frontdesk

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def test_every_tab_widget_of_the_window_is_made_in_one_place():
    ui = Path(frontdesk.__file__).parent / "ui"
    bare = [str(p.relative_to(ui)) for p in ui.rglob("*.py") if p.name != "tabs.py"
            and re.search(r"QTabWidget\(", p.read_text(encoding="utf-8"))]
    assert bare == [], f"made without widgets.tabs.tab_widget (Ctrl+Tab may be kept by a field): {bare}"


def test_ctrl_tab_from_the_date_field_turns_the_report_tabs(ctx, qtbot):
    from frontdesk.ui.pages.reports import ReportsPage
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    page.daily.date.setFocus()
    qtbot.waitUntil(page.daily.date.hasFocus)
    seen = []
    for _ in range(page.tabs.count()):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key_Tab, Qt.ControlModifier)
        seen.append(page.tabs.currentIndex())
    assert seen == [1, 2, 3, 0]                                 # every tab in turn, round to the first
    page.daily.date.setFocus()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key_Backtab, Qt.ControlModifier | Qt.ShiftModifier)
    assert page.tabs.currentIndex() == 3
    QTest.keyClick(QApplication.focusWidget(), Qt.Key_PageUp, Qt.ControlModifier)
    assert page.tabs.currentIndex() == 2
    qtbot.waitUntil(lambda: page.monthly.figures is not None, timeout=10000)   # its figures are made off the
    qtbot.waitUntil(lambda: not page.callbacks.busy(), timeout=10000)          # GUI thread: let them finish
