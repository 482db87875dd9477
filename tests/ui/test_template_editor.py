"""The template editor: an unknown placeholder is refused naming it; a good edit is kept and used; reset."""
import pytest

from frontdesk.services import printing as sp


@pytest.fixture
def editor(ctx, qtbot):
    from frontdesk.ui.template_editor import TemplateEditor
    w = TemplateEditor(ctx)
    qtbot.addWidget(w)
    return w


def test_unknown_placeholder_refused_and_named(editor, ctx):
    editor.kind.setCurrentIndex(editor.kind.findData("notice"))
    editor.name.setCurrentIndex(editor.name.findData("water-outage"))
    assert "{reason}" in editor.body.toPlainText()
    editor.body.setPlainText("尊敬的{owner_name}：{gas_time}停气。")
    assert editor.save() is False
    assert "{gas_time}" in editor.message.text()
    assert sp.template_for(ctx.db, "notice", "water-outage")["title"] == "停水通知"


def test_edit_kept_and_reset(editor, ctx):
    editor.kind.setCurrentIndex(editor.kind.findData("notice"))
    editor.name.setEditText("gas-outage")
    editor.title_edit.setText("停气通知")
    editor.body.setPlainText("因{reason}，{start}起暂停供气。")
    assert editor.save() is True
    assert sp.template_for(ctx.db, "notice", "gas-outage")["title"] == "停气通知"
    assert "gas-outage" in sp.template_names(ctx.db, "notice")
    editor.name.setCurrentIndex(editor.name.findData("gas-outage"))
    editor.reset()
    assert "gas-outage" not in sp.template_names(ctx.db, "notice")


def test_only_an_admin_saves(desk_ctx, qtbot):
    from frontdesk.ui.template_editor import TemplateEditor
    w = TemplateEditor(desk_ctx)
    qtbot.addWidget(w)
    assert w.save() is False and "admin" in w.message.text()


def test_shipped_templates_show_their_names_not_short_names(editor, ctx, qapp):
    """Issue 10 #35: 物业费催缴, not fee-reminder; editing it still edits fee-reminder."""
    from frontdesk.ui import i18n
    editor.kind.setCurrentIndex(editor.kind.findData("notice"))
    shown = [editor.name.itemText(i) for i in range(editor.name.count())]
    assert "Fee reminder" in shown and "fee-reminder" not in shown
    editor.name.setCurrentIndex(editor.name.findData("fee-reminder"))
    assert editor.short_name() == "fee-reminder"
    i18n.switch_language(qapp, "zh_CN")
    qapp.processEvents()
    try:
        assert "物业费催缴" in [editor.name.itemText(i) for i in range(editor.name.count())]
    finally:
        i18n.install(qapp, "en")
        qapp.processEvents()
