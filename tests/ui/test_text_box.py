"""Every many-line text box lets Tab move on: the 致业主函件 box (print centre → complaint reply) took Tab as a
tab character typed into the letter, so its 预览回复函 button could only be reached with the mouse."""
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QPushButton

import frontdesk

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def test_the_window_makes_its_text_boxes_in_one_place():
    ui = Path(frontdesk.__file__).parent / "ui"
    bare = [f"{p.relative_to(ui)}:{text[:m.start()].count(chr(10)) + 1}"
            for p in ui.rglob("*.py") if p.name != "text_box.py"
            for text in [p.read_text(encoding="utf-8")] for m in re.finditer(r"Q(?:Plain)?TextEdit\(", text)]
    assert bare == [], f"made without widgets.text_box (Tab would be typed into them): {bare}"


@pytest.mark.parametrize("make", ["handling", "notice"])
def test_tab_leaves_the_letter_text_and_reaches_the_buttons(qapp, qtbot, ctx, make):
    from frontdesk.ui.print_actions import HandlingDialog, NoticeDialog
    dialog = HandlingDialog("已向业主说明情况", "TS-20261204-001") if make == "handling" else NoticeDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    if make == "notice":                                   # the free text is asked for a free-text notice
        dialog.template.setCurrentIndex(dialog.template.findData("free-text"))
    box = dialog.edit if make == "handling" else dialog.text
    assert isinstance(box, QPlainTextEdit)
    before = box.toPlainText()
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    QTest.keyClick(box, Qt.Key_Tab)
    assert box.toPlainText() == before and "\t" not in box.toPlainText()
    assert QApplication.focusWidget() is not box
    if make == "handling":                                 # the next stop is the dialog's first button
        assert isinstance(QApplication.focusWidget(), QPushButton)
