"""Issue 10 items of the desk's own code: Enter saves a note once (#27), the board's digit keys do what their
labels say (#30), the last number fades when the next call is typed (#32), an engineer's own work (#18, #19),
and the polish of #35 (names in the history, escalated cards marked, 处理情况 saved with feedback and history)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from frontdesk.core.errors import Refused
from frontdesk.store import dashboard, tickets
from frontdesk.ui.ticket_window import open_ticket

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def number(centre):
    return tickets.create(centre["db"], type="repair", category="水电", description="厨房漏水", actor=centre["desk"],
                          unit="1-1-101")["number"]


def test_enter_in_the_note_saves_it_once_and_nothing_else_fires(qtbot, desk_ctx, centre, number):
    win = open_ticket(desk_ctx, number)
    qtbot.addWidget(win)
    before = len(tickets.events(centre["db"], win.ticket["id"]))
    win.note.setFocus()
    win.note.setText("业主下午在家")            # (QTest types ASCII only)
    qtbot.keyClick(win.note, Qt.Key_Return)
    events = tickets.events(centre["db"], win.ticket["id"])
    assert len(events) == before + 1 and events[-1]["note"] == "业主下午在家"
    assert win.last_message is None and win.pending_dialog is None      # no "note is empty", no dialog


def test_handling_saved_says_so_and_goes_on_the_timeline(qtbot, desk_ctx, centre, number):
    win = open_ticket(desk_ctx, number)
    qtbot.addWidget(win)
    win.handling.setFocus()
    win.handling.setText("更换三通阀")
    qtbot.keyClick(win.handling, Qt.Key_Return)
    assert win.handling_saved.isVisibleTo(win) and win.handling_saved.text() == "Saved."
    events = tickets.events(centre["db"], win.ticket["id"])
    assert [e["kind"] for e in events][-1] == "handling" and events[-1]["note"] == "更换三通阀"
    assert win.last_message is None
    win.save_handling()                                     # unchanged: no second event
    assert len(tickets.events(centre["db"], win.ticket["id"])) == len(events)


def test_history_names_people_not_login_ids(qtbot, desk_ctx, centre, number):
    tickets.move(centre["db"], number, "dispatched", centre["desk"], handler="eng1")
    win = open_ticket(desk_ctx, number)
    qtbot.addWidget(win)
    texts = win.events.column_texts(1) + win.events.column_texts(2)
    assert any("赵师傅" in t for t in texts) and not any("eng1" in t for t in texts)


def test_board_digits_press_the_move_buttons_their_labels_show(qtbot, desk_ctx, centre, number):
    from frontdesk.ui.pages.board import Page
    board = Page(desk_ctx)
    qtbot.addWidget(board)
    board.show()
    board.refresh()
    assert board.select_number(number)
    first = board.move_buttons[0]
    assert first.text().startswith("&1 ") and "1–9" in board.selected_label.text() or board.selected
    view = board.views["registered"]
    view.setFocus()
    qtbot.keyClick(view, Qt.Key_1)
    assert board.pending_dialog is not None and board.pending_dialog.isVisible()    # 1 = dispatch: its dialog
    board.pending_dialog.reject()
    qtbot.keyClick(view, Qt.Key_9)                          # no ninth button: nothing happens
    assert tickets.get(centre["db"], number)["status"] == "registered"


def test_escalated_cards_are_marked(qtbot, ctx, centre, number):
    tickets.escalate(centre["db"], number, centre["lead"], "今天修好")
    rows = {r["number"]: r for r in tickets.board(centre["db"])}
    assert rows[number]["escalated"] == 1 and tickets.building_of(rows[number]["unit"]) == "1"


def test_the_last_number_fades_when_the_next_call_is_typed(qtbot, desk_ctx, centre):
    from frontdesk.ui.pages.intake import FADED_STYLE, SAVED_STYLE, Page
    page = Page(desk_ctx)
    qtbot.addWidget(page)
    page.show()
    page.unit.setEditText("1-1-102")
    page.description.setPlainText("灯不亮")
    t = page.save()
    assert t and page.saved.text() == t["number"] and page.saved.styleSheet() == SAVED_STYLE
    qtbot.keyClicks(page.search.edit, "zsf")              # the next caller is being looked up
    assert page.saved.styleSheet() == FADED_STYLE and page.saved_hint.text() == "Previous ticket"


def test_an_engineer_acts_on_their_own_tickets_and_sees_them_first(centre, number):
    db, eng, desk = centre["db"], centre["eng"], centre["desk"]
    other = tickets.create(db, type="complaint", category="收费", description="物业费", actor=desk,
                           unit="1-1-102")["number"]
    tickets.move(db, other, "dispatched", desk)                       # to the department, nobody named
    with pytest.raises(Refused) as err:
        tickets.move(db, other, "in_progress", eng)
    assert err.value.code == "not_your_ticket"
    with pytest.raises(Refused):
        tickets.add_note(db, other, eng, "看一下")
    assert tickets.allowed_moves(db, other, eng) == []
    tickets.move(db, number, "dispatched", desk, handler="eng1")
    assert tickets.allowed_moves(db, number, eng) == ["in_progress", "done"]
    tickets.move(db, number, "in_progress", eng)
    mine = dashboard.summary(db, eng["id"], role="engineer")
    assert [t["number"] for t in mine["mine"]] == [number] and mine["counts"]["mine"] == 1
    assert mine["mine_is"] == "handler"
    assert [t["number"] for t in dashboard.summary(db, desk["id"], role="receptionist")["mine"]] == sorted(
        [number, other], key=lambda n: tickets.get(db, n)["due_at"])


def test_ticket_writes_say_what_they_changed_and_the_window_refreshes_from_it(qtbot, desk_ctx, centre, number):
    """Issue 11 #6: a write returns what it changed; ui/writes tells the pages exactly that."""
    db = centre["db"]
    t = tickets.move(db, number, "dispatched", centre["desk"])
    assert t == tickets.get(db, number)                      # still the ticket, as every caller had it
    assert t.changed == {"tables": {"tickets", "ticket_events", "audit"}, "ids": {t["id"]}, "numbers": {number}}
    for write in (lambda: tickets.add_note(db, number, centre["desk"], "x"),
                  lambda: tickets.set_handling_text(db, number, centre["desk"], "y"),
                  lambda: tickets.escalate(db, number, centre["lead"], "z"),
                  lambda: tickets.create(db, type="inquiry", category="停车", description="车位", actor=centre["desk"],
                                         unit="1-1-102")):
        assert "tickets" in write().changed["tables"]
    from frontdesk.ui import ticket_actions
    with qtbot.waitSignal(desk_ctx.changed) as got:
        ticket_actions.request_move(_Parent(), desk_ctx, number, "in_progress")
    assert got.args[0] == {"tables": {"tickets", "ticket_events", "audit"}, "ids": {t["id"]}, "numbers": {number}}


class _Parent:
    """Where ticket_actions keeps its last message and dialog (a page or window in the program)."""
    last_message = None
    pending_dialog = None


def test_the_boards_mine_is_an_engineers_dispatched_work(qtbot, centre, db_path, qsettings_tmp, number):
    from frontdesk.ui.context import AppContext
    from frontdesk.ui.pages.board import Page
    tickets.move(centre["db"], number, "dispatched", centre["desk"], handler="eng1")
    ctx = AppContext(db_path)
    ctx.set_user(centre["eng"])
    try:
        board = Page(ctx)
        qtbot.addWidget(board)
        board.show()
        board.refresh()
        board.mine.setChecked(True)
        assert [c["number"] for m in board.models.values() for c in m._cards] == [number]
        board.close()
    finally:
        ctx.close()


def test_an_engineer_does_not_change_or_export_the_archive(centre, db_path, tmp_path, qapp):
    """Issue 10 #18: edit, merge, import and export of the archive are the desk's, refused in the store."""
    from frontdesk.store import archive, importer, people, units
    from frontdesk.ui.widgets.refusals import describe
    from tests.store.test_backup import digest
    db, eng = centre["db"], centre["eng"]
    (tmp_path / "o.csv").write_text("房号,姓名\n1-1-101,张三丰\n", encoding="utf-8")
    pid = centre["units"]["1-1-101"][1]["id"]
    other = centre["units"]["1-1-102"][1]["id"]
    before = digest(db_path)
    for call in (lambda: people.update(db, pid, actor=eng, notes="x"),
                 lambda: people.merge(db, pid, other, actor=eng),
                 lambda: units.update(db, "1-1-101", actor=eng, notes="x"),
                 lambda: units.add(db, "9-9-909", actor=eng),
                 lambda: importer.import_owners(db, tmp_path / "o.csv", actor=eng),
                 lambda: archive.export_archive(db, tmp_path / "a.csv", "csv", actor=eng)):
        with pytest.raises(Refused) as err:
            call()
        assert err.value.code == "role" and "archive" in describe(err.value)
    assert digest(db_path) == before and not (tmp_path / "a.csv").exists()
    people.update(db, pid, actor=centre["desk"], notes="上午在家")            # the desk still may


def test_the_store_checks_what_the_intake_stores(centre, db_path):
    """Issue 11 #5: a caller from another unit and a call-back number that is no phone are refused by the store
    itself, naming the field, and nothing is stored."""
    from frontdesk.core.errors import Invalid
    from tests.store.test_backup import digest
    db, desk = centre["db"], centre["desk"]
    elsewhere = centre["units"]["2-1-301"][1]["id"]
    before = digest(db_path)
    with pytest.raises(Invalid) as err:
        tickets.create(db, type="repair", category="水电", description="漏水", actor=desk, unit="1-1-101",
                       person_id=elsewhere)
    assert err.value.field == "person" and err.value.reason == "caller_elsewhere" and "欧阳娜娜" in str(err.value)
    with pytest.raises(Invalid) as err:
        tickets.create(db, type="repair", category="水电", description="漏水", actor=desk, unit="1-1-101",
                       contact_phone="not a phone")
    assert err.value.field == "contact_phone" and err.value.reason == "not_a_phone"
    assert digest(db_path) == before
    t = tickets.create(db, type="repair", category="水电", description="漏水", actor=desk, unit="1-1-101",
                       contact_phone="139 1234 5678")
    assert t["contact_phone"] == "139****5678"
    assert tickets.unit_by_code(db, "1栋1单元101") == {"id": centre["units"]["1-1-101"][0]["id"], "code": "1-1-101",
                                                    "building": "1"}
