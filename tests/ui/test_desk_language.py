"""The desk pages follow a language switch: Chinese from desk_zh_CN.qm, back to English without it."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from frontdesk.ui.i18n import load_translators

from frontdesk.store import tickets
from frontdesk.ui.pages.board import Page as Board
from frontdesk.ui.pages.dashboard import Page as Dashboard
from frontdesk.ui.pages.intake import Page as Intake

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

QM = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "desk_zh_CN.qm"


def test_pages_switch_to_chinese_and_back(qtbot, desk_ctx, centre):
    tickets.create(centre["db"], type="repair", category="水电", description="漏水", actor=centre["desk"],
                   unit="1-1-101")
    board, dash, intake = Board(desk_ctx), Dashboard(desk_ctx), Intake(desk_ctx)
    for w in (board, dash, intake):
        qtbot.addWidget(w)
        w.show()
    assert board.headers["registered"].text().startswith("Registered")
    translators = load_translators("zh_CN")          # every area's .qm, as the program installs them
    assert any(t.filePath() == str(QM) for t in translators)
    for translator in translators:
        QCoreApplication.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: board.headers["registered"].text().startswith("已登记"))
        assert board.mine.text().startswith("我的首问")
        assert dash.tiles["overdue"].caption.text() == "已超时"
        assert dash.models["mine"].data(dash.models["mine"].index(0, 3)) == "已登记"
        assert intake.save_button.text().startswith("保存")
        board.request_move(board.models["registered"].card(0)["number"], "verified")
        assert board.last_message.text().startswith("工单不能从“已登记”转到“已复验”")   # a refusal in Chinese
        board.last_message.close()
        intake.unit.setEditText("1-1-109")
        intake.description.setPlainText("门锁坏了")
        intake.save()
        assert intake.error.text() == "房号：没有房号 1-1-109（附近的房号：1-1-101, 1-1-102）"
        assert intake.type_box.currentText() == "1 报修"
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: board.headers["registered"].text().startswith("Registered"))
    assert intake.type_box.currentText() == "1 Repair"
