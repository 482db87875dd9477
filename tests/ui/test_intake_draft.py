"""The intake being typed survives a crash: kept as a draft as typed, offered back on the next start, and
gone once the ticket is saved (issue 13 §4)."""
import json

from frontdesk.ui.intake_draft import draft_path
from frontdesk.ui.pages.intake import Page


def test_typed_intake_is_kept_and_offered_back_then_cleared_by_saving(qtbot, desk_ctx, centre):
    page = Page(desk_ctx)
    qtbot.addWidget(page)
    page.unit.setEditText("1-1-101")
    page.description.setPlainText("厨房水管漏水，楼下天花板在滴水")
    page.contact.setText("13900001111")
    path = draft_path(desk_ctx)
    qtbot.waitUntil(path.exists, timeout=3000)
    kept = json.loads(path.read_text(encoding="utf-8"))
    assert kept["description"].startswith("厨房水管漏水") and kept["unit"] == "1-1-101"
    page.deleteLater()                         # the program "crashes": the page is gone, the file stays

    again = Page(desk_ctx)
    qtbot.addWidget(again)
    assert not again.draft.banner.isHidden()
    assert again.description.toPlainText() == ""
    again.draft.restore_button.click()
    assert again.description.toPlainText().startswith("厨房水管漏水")
    assert again.unit.currentText() == "1-1-101" and again.contact.text() == "13900001111"
    assert again.save() is not None
    assert not path.exists()                   # saved: no draft left


def test_discarding_the_draft_removes_it(qtbot, desk_ctx):
    page = Page(desk_ctx)
    qtbot.addWidget(page)
    page.description.setPlainText("门禁卡坏了")
    page.draft.save()
    path = draft_path(desk_ctx)
    assert path.exists()
    again = Page(desk_ctx)
    qtbot.addWidget(again)
    again.draft.discard_button.click()
    assert not path.exists() and again.draft.banner.isHidden()
