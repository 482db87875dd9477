"""The settings page (admin): centre details, staff, categories, SLA numbers, holidays with make-up workdays."""
import datetime as dt

import pytest
from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from frontdesk.store import reference, settings, staff
from frontdesk.ui.admin.staff_tab import StaffDialog
from frontdesk.ui.pages.settings import Page

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def page(qtbot, ctx):
    widget = Page(ctx)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_only_for_admins():
    assert Page.roles == ("admin",) and Page.key == "settings"


def test_centre_details_saved_and_name_required(page, ctx, qtbot):
    tab = page.centre
    tab.address.setText("阳光路1号")
    tab.lines.setPlainText("测试花园物业服务中心\n服务电话 12345678\n")
    with qtbot.waitSignal(ctx.changed):
        assert tab.save()
    assert settings.get(ctx.db, "centre_address") == "阳光路1号"
    assert settings.get(ctx.db, "letterhead_lines") == ["测试花园物业服务中心", "服务电话 12345678"]
    tab.name.clear()
    assert not tab.save() and tab.message.text() == "The centre needs a name."
    assert settings.get(ctx.db, "centre_name") == "测试花园物业服务中心"


def test_add_and_edit_staff(page, ctx, qtbot):
    dialog = StaffDialog(ctx, None, page)
    qtbot.addWidget(dialog)
    dialog.username.setText("desk2")
    dialog.display_name.setText("陈前台")
    dialog.password.setText("123")
    assert not dialog.save() and dialog.error.text() == "The password needs at least 6 characters."
    dialog.password.setText("secret34")
    assert dialog.save()
    page.staff.refresh()
    names = [page.staff.table.item(r, 0).text() for r in range(page.staff.table.rowCount())]
    assert "desk2" in names
    edit = StaffDialog(ctx, staff.get(ctx.db, "desk2"), page)
    qtbot.addWidget(edit)
    edit.role.setCurrentIndex(edit.role.findData("supervisor"))
    edit.active.setChecked(False)
    assert edit.save()
    changed = staff.get(ctx.db, "desk2")
    assert changed["role"] == "supervisor" and not changed["active"]


def test_last_admin_cannot_be_demoted(page, ctx, qtbot):
    edit = StaffDialog(ctx, staff.get(ctx.db, "admin"), page)
    qtbot.addWidget(edit)
    edit.role.setCurrentIndex(edit.role.findData("receptionist"))
    assert not edit.save() and edit.error.text() == "The centre must keep at least one active administrator."
    assert staff.get(ctx.db, "admin")["role"] == "admin"


def test_categories_added_and_removed(page, ctx):
    tab = page.categories
    tab.type_box.setCurrentIndex(tab.type_box.findData("repair"))
    tab.name.setText("燃气")
    tab.add()
    assert "燃气" in settings.categories(ctx.db)["repair"]
    row = [r["name"] for r in tab.rows].index("燃气")
    tab.list.setCurrentRow(row)
    assert tab.remove_button.isEnabled()
    tab.remove()
    assert "燃气" not in settings.categories(ctx.db)["repair"]
    tab.list.setCurrentRow(0)                              # built-in
    assert not tab.remove_button.isEnabled()


def test_sla_numbers_saved(page, ctx):
    number, unit = page.sla.editors["complaint"]
    number.setValue(2)
    unit.setCurrentIndex(unit.findData("working_days"))
    assert page.sla.save()
    assert settings.sla_rules(ctx.db)["complaint"] == {"working_days": 2}
    page.sla.defaults()
    assert page.sla.values()["complaint"] == {"working_days": 1}


def test_a_negative_deadline_is_refused_naming_the_rule(page, ctx, qtbot):
    """Issue 10 #23: −5 typed stays −5 and is refused, naming the rule; nothing is saved."""
    before = settings.sla_rules(ctx.db)
    number, _unit = page.sla.editors["repair"]
    number.clear()
    qtbot.keyClicks(number.lineEdit(), "-5")
    assert number.value() == -5
    assert page.sla.save() is False
    assert "Repair: respond within" in page.sla.message.text() and "-5" in page.sla.message.text()
    assert settings.sla_rules(ctx.db) == before


def test_changing_a_day_already_in_the_table_asks_first(page, ctx):
    """Issue 10 #23: 添加或修改 on 2026-01-01 does not silently rename 元旦."""
    tab = page.holidays
    page.tabs.setCurrentWidget(tab)
    tab.year.setValue(2026)
    tab.copy_button.click()
    before = reference.year_days(ctx.db, 2026)["days"]
    old = next(d for d in before if d["date"] == "2026-01-01")
    tab.date.setDate(QDate(2026, 1, 1))
    tab.kind.setCurrentIndex(tab.kind.findData("holiday"))
    tab.name.setText("新年")
    asked = []

    def answer(button):
        box = QApplication.activeModalWidget()
        asked.append(box.text())
        box.button(button).click()
    QTimer.singleShot(0, lambda: answer(QMessageBox.No))
    tab.add_day()
    assert asked and old["name"] in asked[0] and "新年" in asked[0]
    assert reference.year_days(ctx.db, 2026)["days"] == before
    QTimer.singleShot(0, lambda: answer(QMessageBox.Yes))
    tab.add_day()
    assert next(d for d in reference.year_days(ctx.db, 2026)["days"] if d["date"] == "2026-01-01")["name"] == "新年"


def test_holidays_official_then_copy_then_makeup_workday(page, ctx):
    tab = page.holidays
    page.tabs.setCurrentWidget(tab)
    tab.year.setValue(2026)
    assert "official table is in force" in tab.banner.text()
    assert tab.table.rowCount() == len(reference.year_days(ctx.db, 2026)["days"]) > 0
    assert not tab.remove_button.isEnabled()
    tab.copy_button.click()
    assert "own table is in force" in tab.banner.text() and not tab.copy_button.isEnabled()
    tab.date.setDate(QDate(2026, 3, 7))                    # a Saturday
    tab.kind.setCurrentIndex(tab.kind.findData("workday"))
    tab.name.setText("调休")
    tab.add_day()
    assert settings.calendar(ctx.db).is_workday(dt.date(2026, 3, 7))
    dates = [tab.table.item(r, 0).text() for r in range(tab.table.rowCount())]
    tab.table.selectRow(dates.index("2026-03-07"))
    tab.remove_day()
    assert not settings.calendar(ctx.db).is_workday(dt.date(2026, 3, 7))


def test_adding_to_an_official_year_asks_first(page, ctx):
    tab = page.holidays
    page.tabs.setCurrentWidget(tab)
    tab.year.setValue(2026)
    tab.date.setDate(QDate(2026, 3, 2))
    tab.kind.setCurrentIndex(tab.kind.findData("holiday"))

    def answer_no():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and "official" in box.text()
        box.button(QMessageBox.No).click()
    QTimer.singleShot(0, answer_no)
    tab.add_day()
    table = reference.year_days(ctx.db, 2026)
    assert table["source"] == "admin" and [d["date"] for d in table["days"]] == ["2026-03-02"]


def test_template_editor_is_a_tab_when_present(page):
    assert page.templates is not None
    assert page.tabs.tabText(page.tabs.indexOf(page.templates)) == "Templates"
    page.refresh()
