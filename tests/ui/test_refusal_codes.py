"""Every refusal code of the one table (core/errors.MESSAGES) raised and said three ways: by the command line
(English from the code), by the English window and by the Chinese window. Each names its field (or what it is
about) once, fills every placeholder, and the Chinese has no English words left."""
from __future__ import annotations

import re

import pytest

from frontdesk.core.errors import MESSAGES, Invalid, Refused
from frontdesk.ui import i18n
from frontdesk.ui.widgets import refusals

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

MOVE = {"source": "registered", "target": "verified", "role": "receptionist", "type": "repair",
        "number": "BX-20261006-001"}
#: code -> (the field it is refused on, or None for a refusal of an action; its data)
CASES = {
    "unknown_state": (None, {**MOVE, "target": "flying", "valid": ["registered", "closed"]}),
    "same_state": (None, MOVE),
    "not_allowed": (None, {**MOVE, "allowed": ["dispatched", "in_progress"]}),
    "role": (None, {**MOVE, "roles": ["supervisor", "admin"]}),
    "not_your_ticket": (None, {**MOVE, "role": "engineer"}),
    "repair_loop_required": (None, MOVE),
    "verify_required": (None, MOVE),
    "rating_required": (None, MOVE),
    "unsatisfied_reopens": (None, MOVE),
    "satisfied_closes": (None, MOVE),
    "reopen_needs_unsatisfied": (None, MOVE),
    "cancel_not_owner": (None, MOVE),
    "note_required": ("note", {**MOVE, "target": "cancelled"}),
    "takes_no_handler": ("handler", MOVE),
    "takes_no_rating": ("rating", MOVE),
    "not_due": (None, MOVE),
    "final": (None, {**MOVE, "source": "closed"}),
    "same_owner": (None, {"to": "desk1", "number": "TS-20261006-001"}),
    "required": ("text", {}),
    "empty_note": ("note", {}),
    "too_long": ("text", {"max": 4000}),
    "control_char": ("text", {"char": "U+001B", "at": 3}),
    "unknown_value": ("channel", {"value": "fax", "valid": ["phone", "visit"]}),
    "no_unit": ("unit", {"value": "9-9-999"}),
    "no_unit_near": ("unit", {"value": "1-1-109", "nearby": ["1-1-101", "1-1-102"]}),
    "unit_needed": ("unit", {}),
    "not_a_phone": ("contact_phone", {"value": "12345"}),
    "caller_elsewhere": ("person", {"value": "张三丰", "unit": "2-1-301"}),
    "future": ("at", {"value": "2099-01-01 09:00"}),
    "too_early": ("at", {"value": "1900-01-01 09:00", "floor": "2000-01-01"}),
    "no_such_date": ("at", {"value": "2026-02-30"}),
    "bad_time": ("at", {"value": "yesterday"}),
    "cannot_handle": ("handler", {"value": "nobody"}),
    "not_desk": ("to", {"value": "eng1"}),
    "not_reached_rating": ("rating", {}),
    "escalate_note": ("note", {}),
    "transfer_reason": ("reason", {}),
}
#: What a refusal of an action names, when it has no field: the state, the role or the ticket concerned.
SUBJECT = {"en": ("Registered", "Verified", "Supervisor", "BX-", "TS-", "Closed", "flying", "repair", "Repair",
                  "callback", "supervisor", "first responder", "note"),
           "zh": ("已登记", "已复验", "主管", "BX-", "TS-", "已回访关闭", "flying", "报修", "回访", "首问", "原因")}
FIELD = {"en": {"note": "Note", "handler": "Handler", "rating": "Rating", "text": "Description", "channel": "Channel",
                "unit": "Unit", "contact_phone": "Call-back number", "person": "Caller", "at": "Time", "to": "To",
                "reason": "Reason"},
         "zh": {"note": "备注", "handler": "处理人", "rating": "评价", "text": "内容", "channel": "渠道", "unit": "房号",
                "contact_phone": "回电号码", "person": "来电人", "at": "时间", "to": "至", "reason": "原因"}}


def _raise(code: str) -> Refused:
    field, data = CASES[code]
    if field is None:
        return Refused(code, **data)
    return Invalid(field, reason=code, **data)


def test_every_code_has_a_case():
    assert set(CASES) == set(MESSAGES)


@pytest.fixture
def both(qapp):
    def say(lang: str) -> dict[str, str]:
        i18n.install(qapp, lang)
        try:
            return {code: refusals.describe(_raise(code)) for code in MESSAGES}
        finally:
            i18n.install(qapp, "en")
    return say


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_code_is_said_naming_its_field(both, lang):
    said = both("zh_CN" if lang == "zh" else "en")
    for code, text in said.items():
        field, _data = CASES[code]
        assert "{" not in text and "%1" not in text, (code, text)
        names = (FIELD[lang][field],) if field else SUBJECT[lang]
        assert any(n in text for n in names), (lang, code, text)
        if field:
            label = FIELD[lang][field]
            assert text.count(label) >= 1 and not text.startswith(label + label), (code, text)
        if lang == "zh":
            english = re.findall(r"[A-Za-z]{3,}", text)
            allowed = {"YYYY", "flying", "nobody", "yesterday", "fax", "phone", "visit", "desk", "eng"}
            assert set(english) <= allowed, (code, text)


def test_the_command_line_says_it_from_the_same_table():
    for code in MESSAGES:
        text = str(_raise(code))
        field, _data = CASES[code]
        assert "{" not in text, (code, text)
        if field and isinstance(_raise(code), Invalid):
            assert text.startswith(f"{field}: "), (code, text)


def test_a_refused_move_in_the_chinese_window_has_no_english(both):
    zh = both("zh_CN")
    assert zh["not_allowed"] == "工单不能从“已登记”转到“已复验”（“已登记”可转到：已派单、处理中）。"
    assert zh["not_a_phone"].startswith("回电号码：“12345”既不是手机号")


@pytest.mark.parametrize("lang, label", [("en", "Phone"), ("zh_CN", "电话")])
def test_a_form_names_the_refused_field_once(qapp, qtbot, ctx, centre, lang, label):
    """Issue 10 #24: '电话：电话：…' no more — the archive's person form shows describe()'s words as they are."""
    from frontdesk.store import people
    from frontdesk.ui.archive.dialogs import PersonDialog
    pid = centre["units"]["1-1-101"][1]["id"]
    i18n.install(qapp, lang)
    try:
        dlg = PersonDialog(ctx, people.get(ctx.db, pid))
        qtbot.addWidget(dlg)
        dlg.fields["phones"].setText("12345")
        dlg._try_save()
        text = dlg.error.text()
    finally:
        i18n.install(qapp, "en")
    assert text.count(label) == 1 and "12345" in text, text
    if lang == "zh_CN":
        assert not re.findall(r"[A-Za-z]{3,}", text), text


def test_the_wizards_rejects_file_speaks_the_windows_language(qapp, qtbot, ctx, tmp_path):
    """Issue 10 #24: the import rejects file's reason column is in the window's language (the command line's
    stays English)."""
    import csv

    from frontdesk.ui.archive.import_wizard import ImportWizard
    path = tmp_path / "owners.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([["房号", "姓名", "手机"], ["8-1-801", "韩梅梅", "13600000001"],
                                  ["8-1-802", "李雷", "12345"]])
    i18n.install(qapp, "zh_CN")
    try:
        wiz = ImportWizard(ctx)
        qtbot.addWidget(wiz)
        wiz.file_page.path.setText(str(path))
        wiz.next()
        wiz.next()
        run = wiz.run_page
        run.run(dry_run=False)
        qtbot.waitUntil(lambda: run.result is not None, timeout=20000)
    finally:
        i18n.install(qapp, "en")
    rows = list(csv.reader((tmp_path / "owners.rejects.csv").read_text("utf-8-sig").splitlines()))
    assert rows[0][-1] == "原因" and rows[1][:2] == ["8-1-802", "李雷"]
    assert "12345" in rows[1][-1] and "3" in rows[1][-1] and not re.findall(r"[A-Za-z]{3,}", rows[1][-1]), rows[1]
