"""One language-change mechanism (ui.i18n.Retranslating): every widget re-translates, none once closed."""
import pathlib
import re

import pytest
from PySide6.QtCore import QEvent

import frontdesk
from frontdesk.services import printing as sp
from frontdesk.store import tickets
from frontdesk.ui import i18n

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def english_after(qapp):
    qapp.sendPostedEvents(None, QEvent.DeferredDelete)
    yield
    if i18n.current(qapp) != "en":
        i18n.install(qapp, "en")
        qapp.processEvents()


def test_no_widget_writes_its_own_language_change_handler():
    """The handler lives once, in ui/i18n.py; pages mix in Retranslating instead of copying it."""
    ui = pathlib.Path(frontdesk.__file__).parent / "ui"
    copies = [str(p.relative_to(ui)) for p in ui.rglob("*.py")
              if p.name != "i18n.py" and re.search(r"QEvent\.LanguageChange", p.read_text(encoding="utf-8"))]
    assert copies == []


def test_switch_after_a_preview_was_closed_touches_nothing_closed(ctx, centre, qtbot, qapp, english_after):
    """Issue 10 #22: a preview closed earlier (its pages released) no longer breaks a language switch."""
    from frontdesk.ui.print_preview import PreviewDialog
    number = tickets.create(centre["db"], type="complaint", category="设施设备", description="电梯按钮失灵",
                            actor=centre["desk"], unit="1-1-102")["number"]
    dialog = PreviewDialog(ctx, sp.prepare(ctx.db, "complaint-reply", ticket=number))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reject()                          # closed, not deleted: pages released
    assert len(dialog.pages) == 0
    i18n.switch_language(qapp, "zh_CN")
    qapp.processEvents()                     # an exception in changeEvent would fail the test (pytest-qt)
    assert dialog.close_button.text() == "Close"          # untouched while closed
    i18n.switch_language(qapp, "en")
    qapp.processEvents()


def test_hidden_window_retranslates_when_shown_again(ctx, qtbot, qapp, english_after):
    from frontdesk.ui.login import LoginDialog
    login = LoginDialog(ctx.db)
    qtbot.addWidget(login)
    login.show()
    login.hide()
    i18n.switch_language(qapp, "zh_CN")
    qapp.processEvents()
    assert login.windowTitle() == "Log in"             # hidden: left alone
    login.show()
    assert login.windowTitle() == "登录"


def test_one_labels_module():
    """Issue 11 #7: code names live in ui/labels.py alone (no ui/widgets/labels.py, no ui/archive/words.py)."""
    ui = pathlib.Path(frontdesk.__file__).parent / "ui"
    assert not (ui / "widgets" / "labels.py").exists() and not (ui / "archive" / "words.py").exists()
    from frontdesk.ui import labels
    assert labels.type_("repair") == "Repair" and labels.role_label("admin") == "Administrator"
    assert labels.property_type("住宅") == "Residential"


def test_english_window_names_built_in_categories_and_tags_and_drops_old_messages(ctx, qtbot, qapp, english_after):
    """Issue 10 #25: built-in categories and tags in the window's language; no "已保存。" left after a switch."""
    from frontdesk.ui import labels
    from frontdesk.ui.pages.settings import Page
    assert labels.category("水电") == "Water and electricity" and labels.category("燃气") == "燃气"
    assert labels.tags(["独居老人", "爱养猫"]) == "Elderly, living alone, 爱养猫"
    page = Page(ctx)
    qtbot.addWidget(page)
    page.show()
    i18n.switch_language(qapp, "zh_CN")
    qapp.processEvents()
    assert labels.category("水电") == "水电" and labels.tags(["独居老人", "VIP"]) == "独居老人、VIP"
    assert page.centre.save() and page.centre.message.text() == "已保存。"
    page.centre.set_language("en")
    qapp.processEvents()
    assert page.centre.message.text() == ""


def test_combo_boxes_fit_their_words_after_a_switch(ctx, qtbot, qapp, english_after):
    """Issue 10 #25: a combo sized to 户内 widens for "In the unit" (no "In the uni")."""
    from frontdesk.ui.main_window import MainWindow
    i18n.switch_language(qapp, "zh_CN")
    window = MainWindow(ctx, remember=False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    place = window.show_page("intake").place
    qapp.processEvents()
    i18n.switch_language(qapp, "en")
    qapp.processEvents()
    assert place.currentText() == "In the unit"
    assert place.sizeHint().width() >= place.fontMetrics().horizontalAdvance("In the unit") + 20
    window.idle.stop()


def test_print_centre_choices_follow_a_switch(ctx, qtbot, qapp, english_after):
    """Issue 10 #25: no 标准 or 住宅 left in the English print centre after a switch."""
    from frontdesk.ui.pages.print_centre import Page
    i18n.switch_language(qapp, "zh_CN")
    page = Page(ctx)
    qtbot.addWidget(page)
    page.show()
    page.kind.setCurrentIndex(page.kind.findData("notice"))
    page.template.setCurrentIndex(page.template.findData("water-outage"))
    i18n.switch_language(qapp, "en")
    qapp.processEvents()
    templates = [page.template.itemText(i) for i in range(page.template.count())]
    assert "Water outage" in templates and page.template.currentData() == "water-outage"
    assert [page.property_type.itemText(i) for i in range(page.property_type.count())][1] == "Residential"
