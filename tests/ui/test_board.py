"""The board: columns per state, a refused move explained and changing nothing, moves by buttons and drop,
filters, and every column model passes the model tester."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QByteArray

from frontdesk.store import tickets
from frontdesk.ui.models.board_column import MIME
from frontdesk.ui.pages.board import Page

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def made(centre):
    db, desk = centre["db"], centre["desk"]
    a = tickets.create(db, type="repair", category="水电", description="漏水", actor=desk, unit="1-1-101")
    b = tickets.create(db, type="complaint", category="收费", description="收费不清", actor=centre["lead"],
                       unit="2-1-301")
    tickets.move(db, b["number"], "dispatched", centre["lead"], handler="eng1")
    return {"repair": a["number"], "complaint": b["number"]}


@pytest.fixture
def page(qtbot, desk_ctx, made):
    p = Page(desk_ctx)
    qtbot.addWidget(p)
    p.resize(1300, 700)
    p.show()
    return p


def test_cards_sit_in_their_state_columns(page, made):
    assert page.models["registered"].row_of(made["repair"]) == 0
    assert page.models["dispatched"].row_of(made["complaint"]) == 0
    card = page.models["dispatched"].card(0)
    names = page.delegate.names                     # what the card paints under its number
    assert names[card["handler_id"]] == "赵师傅" and names[card["first_responder_id"]] == "王主管"
    assert "(1)" in page.headers["registered"].text()


def test_refused_move_is_explained_and_changes_nothing(page, centre, made):
    before = tickets.get(centre["db"], made["repair"])
    page.request_move(made["repair"], "verified")          # as if dropped on 待复验's neighbour
    box = page.last_message
    assert box is not None and box.isVisible()
    assert "Registered" in box.text() and "Verified" in box.text()     # in words, not codes
    box.close()
    after = tickets.get(centre["db"], made["repair"])
    assert after["status"] == "registered" and after == before
    assert page.models["registered"].row_of(made["repair"]) == 0


def _drop(view, number: str) -> None:
    """A real drag-enter, drag-move and drop of a card on the middle of `view`'s viewport."""
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
    from PySide6.QtWidgets import QApplication
    data = QMimeData()
    data.setData(MIME, QByteArray(number.encode()))
    pos = QPointF(view.viewport().rect().center())
    actions = Qt.CopyAction | Qt.MoveAction
    for cls in (QDragEnterEvent, QDragMoveEvent):
        QApplication.sendEvent(view.viewport(), cls(pos.toPoint(), actions, data, Qt.LeftButton, Qt.NoModifier))
    QApplication.sendEvent(view.viewport(), QDropEvent(pos, actions, data, Qt.LeftButton, Qt.NoModifier))


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_drop_on_a_column_asks_for_that_move(qtbot, page, centre, made):
    _drop(page.views["in_progress"], made["complaint"])
    qtbot.waitUntil(lambda: tickets.get(centre["db"], made["complaint"])["status"] == "in_progress")
    qtbot.waitUntil(lambda: page.models["in_progress"].row_of(made["complaint"]) == 0)


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_refused_drop_is_explained_and_changes_nothing(qtbot, page, centre, made):
    _drop(page.views["notified"], made["repair"])          # a registered repair cannot be 'owner told'
    qtbot.waitUntil(lambda: page.last_message is not None)
    assert "Registered" in page.last_message.text() and "Owner told" in page.last_message.text()
    page.last_message.close()
    assert tickets.get(centre["db"], made["repair"])["status"] == "registered"


def test_buttons_offer_exactly_the_allowed_moves_and_dispatch_asks_for_a_handler(qtbot, page, desk_ctx, centre,
                                                                                 made):
    assert page.select_number(made["repair"])
    offered = [b.objectName().removeprefix("move_") for b in page.move_buttons]
    assert offered == tickets.allowed_moves(centre["db"], made["repair"], centre["desk"])
    next(b for b in page.move_buttons if b.objectName() == "move_dispatched").click()
    dialog = page.pending_dialog
    dialog.handler.setCurrentIndex(dialog.handler.findData("eng1"))
    dialog.accept()
    qtbot.waitUntil(lambda: page.models["dispatched"].row_of(made["repair"]) >= 0)
    assert tickets.get(centre["db"], made["repair"])["handler"] == "eng1"


def test_filters_mine_type_and_overdue(page, made):
    page.mine.setChecked(True)                              # desk1 first received only the repair
    assert page.models["registered"].rowCount() == 1 and page.models["dispatched"].rowCount() == 0
    page.mine.setChecked(False)
    page.type_box.setCurrentIndex(page.type_box.findData("complaint"))
    assert page.models["registered"].rowCount() == 0 and page.models["dispatched"].rowCount() == 1
    page.type_box.setCurrentIndex(0)
    page.overdue.setChecked(True)
    assert sum(m.rowCount() for m in page.models.values()) == 0


def test_building_filter_lists_the_open_tickets_buildings_and_keeps_only_theirs(page, made):
    box = page.building_box
    assert [box.itemData(i) for i in range(box.count())] == [None, "1", "2"]    # 1-1-101 and 2-1-301
    box.setCurrentIndex(box.findData("2"))
    assert page.models["registered"].rowCount() == 0 and page.models["dispatched"].row_of(made["complaint"]) == 0
    box.setCurrentIndex(box.findData("1"))
    assert page.models["registered"].row_of(made["repair"]) == 0 and page.models["dispatched"].rowCount() == 0


def test_column_models_pass_the_model_tester(qtmodeltester, page):
    for model in page.models.values():
        qtmodeltester.check(model)


def test_callback_from_the_board_closes_a_notified_ticket(qtbot, page, centre, made):
    db, lead = centre["db"], centre["lead"]
    for target in ("in_progress", "done", "notified"):
        tickets.move(db, made["complaint"], target, lead)
    page.refresh()
    assert page.select_number(made["complaint"])
    assert "callback" in [b.objectName() for b in page.move_buttons]
    dlg = page.callback_selected()
    dlg.rating.setCurrentIndex(dlg.rating.findData("basic"))
    dlg.accept()
    assert tickets.get(db, made["complaint"])["status"] == "closed"
    qtbot.waitUntil(lambda: all(m.row_of(made["complaint"]) < 0 for m in page.models.values()))
