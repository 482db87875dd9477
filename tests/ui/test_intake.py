"""Intake by keyboard alone, the repeat-complaint warning, a refused save that keeps the text, an inquiry
closed on the spot with a standard answer."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from frontdesk.store import tickets
from frontdesk.ui.pages.intake import Page
from desk_keys import type_text

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def page(qtbot, desk_ctx):
    p = Page(desk_ctx)
    qtbot.addWidget(p)
    p.resize(1200, 760)
    p.show()
    p.activateWindow()
    qtbot.waitActive(p)
    p.start_new()
    return p


def focused():
    return QApplication.focusWidget()


def test_intake_by_keyboard_alone(qtbot, page, centre):
    assert focused() is page.search.edit                      # the cursor starts in the caller search
    QTest.keyClicks(focused(), "zsf")
    qtbot.waitUntil(lambda: page.search.model.rowCount() > 0)
    QTest.keyClick(focused(), Qt.Key_Return)                  # 张三丰, who holds one unit
    assert page.unit.currentText() == "1-1-101"
    assert focused() is page.type_box                         # straight on to the type
    for _ in range(3):                                        # category, channel, urgency
        QTest.keyClick(focused(), Qt.Key_Tab)
    assert focused() is page.urgent
    QTest.keyClick(focused(), Qt.Key_Space)                   # an emergency
    assert "00:30" in page.deadline.text() or "30" in page.deadline.text()
    QTest.keyClick(focused(), Qt.Key_Tab)                     # place: in the unit
    QTest.keyClick(focused(), Qt.Key_Tab)
    type_text(focused(), "厨房")
    QTest.keyClick(focused(), Qt.Key_Tab)
    type_text(focused(), "水管爆裂，楼下渗水")
    QTest.keyClick(focused(), Qt.Key_Tab)
    type_text(focused(), "now")
    QTest.keyClick(focused(), Qt.Key_Return, Qt.ControlModifier)
    assert page.last_number and page.last_number.startswith("BX-")
    assert page.saved.text() == page.last_number
    t = tickets.get(centre["db"], page.last_number)
    assert (t["unit"], t["person"], t["category"], t["urgent"]) == ("1-1-101", "张三丰", "水电", True)
    assert t["description"] == "水管爆裂，楼下渗水" and t["place_detail"] == "厨房"
    assert t["first_responder"] == "desk1" and t["preferred_time"] == "now"
    assert page.description.toPlainText() == "" and focused() is page.search.edit   # ready for the next call


def test_deadline_follows_type_and_urgency(page):
    page.type_box.setCurrentIndex(page.type_box.findData("repair"))
    ordinary = page.deadline.text()
    page.urgent.setChecked(True)
    assert page.deadline.text() != ordinary
    page.type_box.setCurrentIndex(page.type_box.findData("complaint"))
    assert not page.urgent.isChecked() and not page.urgent.isEnabled()


def test_repeat_complaint_warns_with_a_link(qtbot, page, centre):
    earlier = tickets.create(centre["db"], type="complaint", category="管理服务", description="保安态度差",
                             actor=centre["desk"], unit="1-1-101",
                             at=dt.datetime.now().replace(microsecond=0) - dt.timedelta(days=3))
    QTest.keyClicks(page.search.edit, "1-1-101")
    qtbot.waitUntil(lambda: page.search.model.rowCount() > 0)
    QTest.keyClick(focused(), Qt.Key_Return)
    QTest.keyClick(focused(), Qt.Key_Down)                    # repair → complaint
    assert page.type_box.currentData() == "complaint"
    QTest.keyClick(focused(), Qt.Key_Tab)
    assert not page.repeat_label.isVisible()                  # 设施设备: not a repeat
    QTest.keyClick(focused(), Qt.Key_Down)                    # 管理服务
    assert page.repeat_label.isVisible()
    assert earlier["number"] in page.repeat_label.text()
    page.repeat_label.linkActivated.emit(earlier["number"])
    from frontdesk.ui.ticket_window import _OPEN
    assert earlier["number"] in _OPEN
    _OPEN[earlier["number"]].close()


def test_refused_save_keeps_everything_and_points_at_the_field(qtbot, page, centre):
    before = centre["db"].execute("SELECT count(*) FROM tickets").fetchone()[0]
    page.description.setFocus()
    type_text(page.description, "楼道灯不亮")
    type_text(page.preferred, "tomorrow")
    QTest.keyClick(focused(), Qt.Key_S, Qt.ControlModifier)   # no unit, but 'in the unit'
    assert centre["db"].execute("SELECT count(*) FROM tickets").fetchone()[0] == before
    assert page.error.isVisible() and "unit" in page.error.text()
    assert focused() is page.unit.lineEdit() or focused() is page.unit
    assert "c62828" in page.unit.styleSheet()
    assert page.description.toPlainText() == "楼道灯不亮" and page.preferred.text() == "tomorrow"
    page.place.setCurrentIndex(page.place.findData("common"))    # a common area needs no unit
    page.save()
    assert page.last_number and page.unit.styleSheet() == "" and not page.error.isVisible()


def test_inquiry_answered_and_closed_on_the_spot(qtbot, qtmodeltester, page, centre):
    from frontdesk.store import answers
    answers.save_answer(centre["db"], centre["admin"], title="停车位月租", body="地面车位每月150元，地下300元。",
                        category="停车", hot=True)
    page.type_box.setCurrentIndex(page.type_box.findData("inquiry"))
    page.category.setCurrentIndex(page.category.findData("停车"))
    page.place.setCurrentIndex(page.place.findData("common"))
    assert page.answers.isVisible() and page.answers.model.rowCount() == 1
    qtmodeltester.check(page.answers.model)
    type_text(page.description, "问停车费")
    page.answers.use_button.click()
    assert page.close_now.isChecked() and "150" in page.answer.toPlainText()
    ticket = page.save()
    assert ticket["status"] == "closed" and ticket["number"].startswith("ZX-")
    notes = [e["note"] for e in tickets.events(centre["db"], ticket["id"])]
    assert any("150" in n for n in notes)


def test_unknown_unit_typed_in_the_search_is_refused_at_the_unit(qtbot, page, centre):
    QTest.keyClicks(page.search.edit, "1-1-109")
    page.search.search_now()
    assert page.search.model.rowCount() == 0
    QTest.keyClick(focused(), Qt.Key_Return)                  # nothing found: on to the unit, code taken along
    assert page.unit.currentText() == "1-1-109"
    type_text(page.description, "门锁坏了")
    QTest.keyClick(focused(), Qt.Key_Return, Qt.ControlModifier)
    assert page.last_number is None
    assert "1-1-109" in page.error.text() and "1-1-101" in page.error.text()   # the nearby units are named
    assert page.unit.currentText() == "1-1-109" and page.description.toPlainText() == "门锁坏了"


def test_digits_pick_type_category_and_channel(qtbot, page, centre):
    page.type_box.setFocus()
    QTest.keyClick(focused(), Qt.Key_2)                       # 2 投诉 / Complaint
    assert page.type_box.currentData() == "complaint"
    QTest.keyClick(focused(), Qt.Key_Tab)
    QTest.keyClick(focused(), Qt.Key_3)                       # 3 收费
    assert page.category.currentData() == "收费"
    QTest.keyClick(focused(), Qt.Key_Tab)
    QTest.keyClick(focused(), Qt.Key_3)                       # 3 微信
    assert page.channel.currentData() == "wechat"


def test_ctrl_enter_in_the_description_saves_rather_than_breaking_the_line(qtbot, page, centre):
    page.place.setCurrentIndex(page.place.findData("common"))
    type_text(page.description, "大堂灯坏了")
    assert focused() is page.description
    QTest.keyClick(focused(), Qt.Key_Return, Qt.ControlModifier)
    assert page.last_number is not None
    assert tickets.get(centre["db"], page.last_number)["description"] == "大堂灯坏了"


def test_a_caller_with_two_units_picks_the_unit_by_keyboard(qtbot, page, centre):
    from frontdesk.store.db import sync_columns
    db = centre["db"]
    person = centre["units"]["1-1-101"][1]
    second = centre["units"]["2-1-301"][0]
    db["occupancies"].insert({**sync_columns(db), "person_id": person["id"], "unit_id": second["id"],
                              "relation": "owner"})
    QTest.keyClicks(page.search.edit, "zsf")
    page.search.search_now()
    QTest.keyClick(focused(), Qt.Key_Return)
    assert page.unit.count() == 2 and page.unit.view().isVisible()   # the choice is offered at once
    QTest.keyClick(focused(), Qt.Key_Down)                    # in the open list
    QTest.keyClick(focused(), Qt.Key_Return)
    assert page.unit.currentText() == "2-1-301" and not page.unit.view().isVisible()
    page.place.setCurrentIndex(page.place.findData("unit"))
    type_text(page.description, "空调漏水")
    ticket = page.save()
    assert ticket["unit"] == "2-1-301" and ticket["person"] == "张三丰"


def test_alt_i_applies_a_standard_answer_and_alt_u_goes_to_the_unit(qtbot, page, centre):
    """Issue 10 #28: 采用此答复 and 房号 no longer share Alt+U; both work from the keyboard."""
    from frontdesk.store import answers
    answers.save_answer(centre["db"], centre["admin"], title="停车位月租", body="地面车位每月150元，地下300元。",
                        category="停车", hot=True)
    page.type_box.setCurrentIndex(page.type_box.findData("inquiry"))
    page.category.setCurrentIndex(page.category.findData("停车"))
    page.place.setCurrentIndex(page.place.findData("common"))
    assert page.answers.isVisible()
    page.description.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_I, Qt.AltModifier)
    qtbot.waitUntil(lambda: "150" in page.answer.toPlainText(), timeout=2000)   # a mnemonic animates its click
    page.place.setCurrentIndex(page.place.findData("unit"))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_U, Qt.AltModifier)
    assert QApplication.focusWidget() in (page.unit, page.unit.lineEdit())
