"""Refusals are said in the window's language on every page: one describe() for all, detail kept for unknowns."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from frontdesk.core.errors import Invalid, NotFound, Refused
from frontdesk.ui.widgets import refusals

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

QM = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "desk_zh_CN.qm"


@pytest.fixture
def chinese(qapp):
    """The Chinese translations (desk's and every other area's, as the program installs them) for one test."""
    from frontdesk.ui.i18n import load_translators
    translators = load_translators("zh_CN")
    assert any(t.filePath() == str(QM) for t in translators)
    for translator in translators:
        QCoreApplication.installTranslator(translator)
    yield
    for translator in translators:
        QCoreApplication.removeTranslator(translator)


def test_template_editor_says_unknown_placeholder_in_chinese(ctx, qtbot, chinese):
    from frontdesk.ui.template_editor import TemplateEditor
    editor = TemplateEditor(ctx)
    qtbot.addWidget(editor)
    editor.kind.setCurrentIndex(editor.kind.findData("notice"))
    editor.name.setCurrentIndex(editor.name.findData("water-outage"))
    editor.body.setPlainText("尊敬的{owner_name}：{gas_time}停气。")
    assert editor.save() is False
    text = editor.message.text()
    assert text.startswith("正文：未知的占位符 {gas_time}（可用：") and "{owner_name}" in text
    assert "unknown" not in text


def test_only_admin_refusal_in_chinese(desk_ctx, qtbot, chinese):
    from frontdesk.ui.template_editor import TemplateEditor
    editor = TemplateEditor(desk_ctx)
    qtbot.addWidget(editor)
    assert editor.save() is False
    assert editor.message.text() == "只有管理员可以这样做。"


def test_shared_codes_not_found_and_fallback(chinese):
    assert refusals.describe(Refused("no_units", "no units are selected")).startswith("没有选中任何房屋")
    assert refusals.describe(NotFound("ticket", "T-9")) == "没有工单“T-9”。"
    assert refusals.describe(Refused("unreadable", "a.csv: the file is empty")) == "无法读取文件（a.csv: the file is empty）。"
    assert refusals.describe(Refused("brand_new", "something odd")) == "无法执行：something odd"
    assert refusals.describe(Invalid("name", "required")) == "名称：必填"
    assert refusals.describe(Invalid("zzz", "bad")) == "输入不被接受：zzz: bad"
    assert refusals.describe(OSError("disk full")) == "disk full"


def test_english_keeps_english():
    assert refusals.describe(NotFound("ticket", "T-9")) == "There is no ticket T-9."
    assert refusals.describe(Refused("brand_new", "something odd")) == "Not possible: something odd"


def test_one_lookup_serves_every_label_table(chinese):
    from frontdesk.ui import labels
    assert labels.name_of("Refusals", refusals.FIELDS, "body") == "正文"
    assert labels.name_of("Refusals", refusals.FIELDS, "gizmo") == "gizmo"      # unknown code as it is
    assert labels.relation(None) == "" and labels.handover("其他状态") == "其他状态"
    assert labels.role_label(None) == "" and labels.role_label("nobody") == "nobody"


def _not_found_whats() -> set[str]:
    """Every `what` the program raises NotFound with: the literal ones found in its source, and one template
    per kind for NotFound(f"{kind} template")."""
    import re

    import frontdesk
    from frontdesk.core.templates import KINDS
    found = set()
    for path in Path(frontdesk.__file__).parent.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        found |= set(re.findall(r'NotFound\("([^"]+)"', text))
        if 'NotFound(f"{kind} template"' in text:
            found |= {f"{kind} template" for kind in KINDS}
    return found


def test_every_missing_record_the_program_names_is_said_in_chinese(chinese):
    """A sheet number not found on the 巡检 page said '没有inspection round“X”。': each thing NotFound names is in
    the window's words."""
    whats = _not_found_whats()
    assert {"inspection round", "ticket", "notice template", "inspection template"} <= whats
    for what in sorted(whats):
        said = refusals.describe(NotFound(what, "X-1"))
        assert said.startswith("没有") and said.endswith("“X-1”。"), said
        assert not re.search(r"[A-Za-z]", said.replace("X-1", "")), f"{what!r} is said as {said!r}"
