"""The standard-answers page: hot first, search, copy, read-only for receptionists, add through the dialog."""
import pytest
from PySide6.QtGui import QGuiApplication

from frontdesk.store import answers
from frontdesk.ui.answer_dialog import AnswerDialog
from frontdesk.ui.pages.answers import Page

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def filled(ctx, centre):
    admin = centre["admin"]
    answers.save_answer(ctx.db, admin, title="装修申请", body="提前三天到服务中心办理装修手续。", category="装修")
    answers.save_answer(ctx.db, admin, title="物业费缴纳", body="可在服务中心或微信缴纳。", tags=["收费"],
                        category="收费", hot=True)
    return ctx


def _page(qtbot, ctx):
    page = Page(ctx)
    qtbot.addWidget(page)
    page.show()
    return page


def test_hot_first_and_marked(qtbot, filled):
    page = _page(qtbot, filled)
    assert page.list.count() == 2
    assert page.list.item(0).text() == "★ 物业费缴纳" and page.list.item(0).font().bold()
    assert page.list.item(1).text() == "装修申请"
    assert page.heading.text() == "物业费缴纳" and "微信" in page.body.toPlainText()


def test_search_and_category_filter(qtbot, filled):
    page = _page(qtbot, filled)
    page.search.setText("三天")
    page.refresh()                              # what the debounce timer does
    assert [page.list.item(i).text() for i in range(page.list.count())] == ["装修申请"]
    page.search.clear()
    page.category.setCurrentIndex(page.category.findData("收费"))
    assert page.list.count() == 1 and page.current_answer()["title"] == "物业费缴纳"


def test_copy_puts_the_text_on_the_clipboard(qtbot, filled):
    page = _page(qtbot, filled)
    page.list.setCurrentRow(1)
    page.copy_button.click()
    assert QGuiApplication.clipboard().text() == "提前三天到服务中心办理装修手续。"


def test_receptionist_reads_only(qtbot, filled, centre):
    filled.set_user(centre["desk"])
    page = _page(qtbot, filled)
    assert page.copy_button.isVisible()
    assert not page.new_button.isVisible() and not page.edit_button.isVisible()
    assert not page.delete_button.isVisible()
    filled.set_user(centre["lead"])
    assert page.new_button.isVisible() and page.edit_button.isEnabled()


def test_add_through_the_dialog_and_refused_save_keeps_typing(qtbot, filled):
    page = _page(qtbot, filled)
    dialog = AnswerDialog(filled, None, page)
    qtbot.addWidget(dialog)
    dialog.title.setText("停车收费")
    assert not dialog.save()                     # no body yet
    assert dialog.error.text() == "The answer text is required." and dialog.title.text() == "停车收费"
    dialog.body.setPlainText("地面车位每月150元。")
    dialog.tags.setText("停车，收费")
    assert dialog.save()
    assert dialog.saved["tags"] == ["停车", "收费"]
    filled.notify(tables={"standard_answers"})
    assert page.list.count() == 3


def test_use_in_intake_without_intake_copies(qtbot, filled):
    page = _page(qtbot, filled)
    with qtbot.waitSignal(filled.show_page) as shown:
        page.use_button.click()
    assert shown.args == ["intake"]
    assert QGuiApplication.clipboard().text() == "可在服务中心或微信缴纳。"


def test_use_in_intake_fills_the_intake_page(qtbot, filled):
    from frontdesk.ui.main_window import MainWindow
    window = MainWindow(filled, remember=False)
    qtbot.addWidget(window)
    window.show()
    assert "intake" in window.modules
    page = window.show_page("answers")
    page.list.setCurrentRow(0)
    page.use_button.click()
    assert window.current_key() == "intake"
    intake = window.pages["intake"]
    assert intake.answer.toPlainText() == "可在服务中心或微信缴纳。"
    assert intake.type_box.currentData() == "inquiry"
    window.idle.stop()


def test_arrow_keys_in_the_search_box_move_through_answers(qtbot, filled):
    from PySide6.QtCore import Qt
    page = _page(qtbot, filled)
    assert page.list.currentRow() == 0
    qtbot.keyClick(page.search, Qt.Key_Down)
    assert page.list.currentRow() == 1 and page.heading.text() == "装修申请"
    qtbot.keyClick(page.search, Qt.Key_Down)
    assert page.list.currentRow() == 1                   # stays on the last
    qtbot.keyClick(page.search, Qt.Key_Up)
    assert page.list.currentRow() == 0
