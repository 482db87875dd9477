"""The window's tab widget: Ctrl+Tab / Ctrl+Shift+Tab (and Ctrl+PgDown / Ctrl+PgUp) turn its pages from
wherever the focus is inside it. A plain QTabWidget only sees them when its focus widget passes them on, and a
date field (报表 → 登记台账, where the focus lands) keeps them: the other report tabs were out of the keyboard's
reach. tests/ui/test_tabs_keys.py holds it."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTabWidget, QWidget


def tab_widget(parent: QWidget | None = None) -> QTabWidget:
    tabs = QTabWidget(parent)
    for keys, step in (("Ctrl+Tab", 1), ("Ctrl+PgDown", 1), ("Ctrl+Shift+Tab", -1), ("Ctrl+Backtab", -1),
                       ("Ctrl+PgUp", -1)):
        shortcut = QShortcut(QKeySequence(keys), tabs)
        shortcut.setContext(Qt.WidgetWithChildrenShortcut)
        shortcut.activated.connect(lambda step=step: _turn(tabs, step))
    return tabs


def _turn(tabs: QTabWidget, step: int) -> None:
    n = tabs.count()
    for k in range(1, n):                                   # the next enabled page, round the end
        i = (tabs.currentIndex() + step * k) % n
        if tabs.isTabEnabled(i) and tabs.isTabVisible(i):
            tabs.setCurrentIndex(i)
            return
