"""The global search box through the real widget: last four digits, pinyin initials, unit codes, keys."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from frontdesk.ui.search_box import GlobalSearch

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _box(qtbot, ctx, popup=False):
    box = GlobalSearch(ctx, popup=popup)
    qtbot.addWidget(box)
    box.show()
    box.focus_search()
    return box


def test_last_four_digits_find_the_person(qtbot, desk_ctx):
    box = _box(qtbot, desk_ctx)
    QTest.keyClicks(box.edit, "5678")
    qtbot.waitUntil(lambda: box.model.rowCount() > 0)
    labels = {box.model.result(i)["label"] for i in range(box.model.rowCount())}
    assert labels == {"张三丰", "欧阳娜娜"}      # 13812345678 and 13700005678, not 13900001111


def test_pinyin_initials_then_enter_emits_the_person_with_units(qtbot, desk_ctx):
    box = _box(qtbot, desk_ctx)
    QTest.keyClicks(box.edit, "zsf")
    qtbot.waitUntil(lambda: box.model.rowCount() > 0)
    with qtbot.waitSignal(box.chosen) as got:
        QTest.keyClick(box.edit, Qt.Key_Return)
    assert got.args[0]["kind"] == "person"
    assert got.args[0]["label"] == "张三丰"
    assert got.args[0]["units"] == ["1-1-101"]


def test_chinese_unit_code_and_arrow_keys(qtbot, desk_ctx):
    box = _box(qtbot, desk_ctx)
    box.edit.insert("1栋1单元")                     # as an input method commits it
    qtbot.waitUntil(lambda: box.model.rowCount() == 2)
    QTest.keyClick(box.edit, Qt.Key_Down)
    with qtbot.waitSignal(box.chosen) as got:
        QTest.keyClick(box.edit, Qt.Key_Enter)
    assert got.args[0] == {**got.args[0], "kind": "unit", "label": "1-1-102"}


def test_popup_escape_hides_results(qtbot, desk_ctx):
    box = _box(qtbot, desk_ctx, popup=True)
    QTest.keyClicks(box.edit, "zxm")
    box.search_now()
    assert box.view.isVisible() and box.model.result(0)["label"] == "曾小明"
    QTest.keyClick(box.edit, Qt.Key_Escape)
    assert not box.view.isVisible()


def test_results_model_passes_the_model_tester(qtbot, qtmodeltester, desk_ctx):
    box = _box(qtbot, desk_ctx)
    box.edit.setText("1-1-")
    box.search_now()
    assert box.model.rowCount() == 2
    qtmodeltester.check(box.model)


def test_ticket_numbers_are_found_with_their_state_in_words(qtbot, desk_ctx, centre):
    from frontdesk.store import tickets
    t = tickets.create(centre["db"], type="repair", category="水电", description="漏水", actor=centre["desk"],
                       unit="1-1-101")
    box = _box(qtbot, desk_ctx)
    QTest.keyClicks(box.edit, t["number"][:6])
    box.search_now()
    assert box.model.result(0)["key"] == t["number"]
    detail = box.model.data(box.model.index(0, 2))
    assert detail == "1-1-101 Water and electricity Registered"
