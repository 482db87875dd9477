"""Issue 10 #28: no Alt+letter is shared within a page (with the window's own header), on every page and tab,
in both languages, so every labelled field and button can be reached by keyboard."""
import re

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QStackedWidget, QTabBar, QTabWidget

from frontdesk.ui import i18n
from frontdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def in_scope(w, root) -> bool:
    """Shown now or may be shown on this view (hidden until needed counts): not on a stack's other page."""
    while w is not None and w is not root:
        parent = w.parentWidget()
        if isinstance(parent, QStackedWidget) and parent.currentWidget() is not w:
            return False
        w = parent
    return True


def mnemonics(root, window) -> dict:
    """{letter: [texts]} for what `root` shows or may show: buttons, labels with a buddy, group boxes, tabs."""
    found: dict = {}

    def add(text, where):
        m = MNEMONIC.search(text.replace("&&", ""))
        if m:
            found.setdefault(m.group(1).lower(), []).append(where + ":" + text)

    for w in root.findChildren(QAbstractButton) + ([root] if isinstance(root, QAbstractButton) else []):
        if in_scope(w, root):
            add(w.text(), type(w).__name__)
    for w in root.findChildren(QLabel):
        if in_scope(w, root) and w.buddy() is not None and in_scope(w.buddy(), root):
            add(w.text(), "QLabel")
    for w in root.findChildren(QGroupBox):
        if in_scope(w, root) and w.isCheckable():
            add(w.title(), "QGroupBox")
    for bar in root.findChildren(QTabBar):
        if in_scope(bar, root):
            for i in range(bar.count()):
                add(bar.tabText(i), "tab")
    return found


def clashes(window, page) -> list:
    found = mnemonics(page, window)
    for letter, texts in mnemonics(window.header, window).items():
        found.setdefault(letter, []).extend(texts)
    return [(k, v) for k, v in found.items() if len(v) > 1]


def every_view(page):
    """The page as shown, then with each tab of each tab widget in front."""
    yield "page"
    for tabs in page.findChildren(QTabWidget):
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            yield f"{tabs.objectName() or 'tabs'}[{i}]"


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_no_mnemonic_shared_within_a_page(ctx, qtbot, qapp, lang):
    i18n.install(qapp, lang)
    try:
        window = MainWindow(ctx, remember=False)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        problems = []
        for key in window.visible_keys():
            page = window.show_page(key)
            qapp.processEvents()
            for view in every_view(page):
                qapp.processEvents()
                for letter, texts in clashes(window, page):
                    problems.append(f"{key} {view}: Alt+{letter.upper()} {texts}")
        window.idle.stop()
        print("\n".join(problems))
        assert problems == []
    finally:
        i18n.install(qapp, "en")
