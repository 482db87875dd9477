"""Issue 10 #20: the receptionist doing a callback sees the number to dial — an audited reveal for that ticket
(purpose callback), not a blanket unmasking; other roles and other tickets stay masked."""
import json

import pytest

from frontdesk.core.errors import Refused
from frontdesk.store import people, tickets
from frontdesk.ui.ticket_dialogs import CallbackDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _audit(db):
    return [(r[0], json.loads(r[1] or "{}")) for r in db.execute(
        "SELECT action, detail FROM audit WHERE action = 'view_phone' ORDER BY at").fetchall()]


def _told(centre, phone="13812345678"):
    """A repair done and the owner told: waiting for the callback, with a call-back number."""
    db, desk = centre["db"], centre["desk"]
    t = tickets.create(db, type="repair", category="水电", description="厨房漏水", actor=desk, unit="1-1-101",
                       contact_phone=phone)
    for step, extra in (("dispatched", {"handler": centre["admin"]["username"]}), ("in_progress", {}),
                        ("done", {}), ("verified", {}), ("notified", {})):
        tickets.move(db, t["number"], step, actor=centre["admin"], **extra)
    return t["number"]


@pytest.fixture
def told(centre):
    return _told(centre)


def test_callback_dialog_shows_the_number_and_audits_it(desk_ctx, qtbot, told):
    dialog = CallbackDialog(desk_ctx, told)
    qtbot.addWidget(dialog)
    assert dialog.call.value.text() == "13812345678"
    assert _audit(desk_ctx.db)[-1][1] == {"number": told, "purpose": "callback"}
    assert tickets.get(desk_ctx.db, told)["contact_phone"] != "13812345678"      # still masked elsewhere


def test_callbacks_tab_reveals_on_request_only(desk_ctx, qtbot, told):
    from frontdesk.ui.reports.callbacks import CallbacksTab
    tab = CallbacksTab(desk_ctx)
    qtbot.addWidget(tab)
    tab.refresh()
    qtbot.waitUntil(lambda: tab.loaded_rows is not None and not tab.busy(), timeout=10000)
    assert "13812345678" not in tab.call.value.text() and _audit(desk_ctx.db) == []
    tab.call.button.click()
    assert tab.call.value.text() == "13812345678" and len(_audit(desk_ctx.db)) == 1


def test_reveal_for_callback_is_for_one_waiting_ticket_and_the_desk(centre, told):
    db = centre["db"]
    engineer = {**centre["admin"], "role": "engineer"}
    with pytest.raises(Refused) as exc:
        people.reveal_for_callback(db, told, actor=engineer)
    assert exc.value.code == "role"
    fresh = tickets.create(db, type="repair", category="水电", description="门锁坏了", actor=centre["desk"],
                           unit="1-1-101", contact_phone="13900001111")
    with pytest.raises(Refused) as exc:
        people.reveal_for_callback(db, fresh["number"], actor=centre["desk"])
    assert exc.value.code == "not_due"
    assert db.execute("SELECT count(*) FROM audit WHERE action = 'view_phone'").fetchone()[0] == 0


def test_after_a_save_the_list_keeps_its_place_and_asks_the_next_rating(desk_ctx, qtbot, centre):
    """Issue 10 #35: no jump to row 1, no rating carried over to the next owner."""
    from frontdesk.ui.reports.callbacks import CallbacksTab
    for phone in ("13800000001", "13800000002", "13800000003"):
        _told(centre, phone)
    tab = CallbacksTab(desk_ctx)
    qtbot.addWidget(tab)
    tab.refresh()
    qtbot.waitUntil(lambda: tab.loaded_rows == 3 and not tab.busy(), timeout=10000)
    tab.view.selectRow(1)
    after = tab.model.rows[2]["number"]
    tab.rating_buttons["basic"].setChecked(True)
    assert tab.save(reached=True) is not None
    qtbot.waitUntil(lambda: tab.loaded_rows == 2 and not tab.busy(), timeout=10000)
    assert tab.current()["number"] == after and tab.view.currentIndex().row() == 1
    assert tab.rating() is None


def test_callback_script_in_the_window_language(desk_ctx, qtbot, qapp):
    """Issue 10 #25: the script in English in the English window; the Chinese one is what is spoken."""
    from frontdesk.ui import i18n
    from frontdesk.ui.reports.callbacks import CallbacksTab
    tab = CallbacksTab(desk_ctx)
    qtbot.addWidget(tab)
    row = {"person": "张三丰", "type_code": "repair", "created_at": "2026-10-05T09:00:00", "unit": "1-1-101",
           "description": "卫生间漏水"}
    text = tab.script_text(row, "测试花园物业服务中心", "王主管")
    assert text.startswith("Hello, am I speaking with 张三丰?") and "October 5" in text and "repair" in text
    i18n.switch_language(qapp, "zh_CN")
    try:
        text = tab.script_text(row, "测试花园物业服务中心", "王主管")
        assert "张三丰" in text and "10月5日" in text and "卫生间漏水" in text and "测试花园物业服务中心客服王主管" in text
        assert "满意、基本满意，还是不满意" in text and "报修" in text
    finally:
        i18n.install(qapp, "en")
        qapp.processEvents()
