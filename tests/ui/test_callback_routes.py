"""One callback, five routes: the ticket window, the board, the callbacks tab, `frontdesk callback record` and
`frontdesk ticket move --to closed|reopened --rating` all leave the same events, audit rows and columns on the
same kind of ticket (store.tickets.record_callback is the one function)."""
from __future__ import annotations

import datetime as dt

import pytest

from frontdesk.cli import main
from frontdesk.store import tickets

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
D = dt.datetime
ROUTES = ("window", "board", "tab", "cli_record", "cli_move")


@pytest.fixture
def told(centre, monkeypatch):
    """One repair per route, each done, verified and its owner told, all at the same times."""
    monkeypatch.setenv("FRONTDESK_NOW", "2026-10-06T10:00:00")
    db, desk = centre["db"], centre["desk"]
    out = {}
    for route in ROUTES:
        n = tickets.create(db, type="repair", category="水电", description="卫生间漏水", actor=desk,
                           unit="1-1-101", at=D(2026, 10, 5, 9, 0))["number"]
        for to, hour in (("dispatched", 10), ("done", 12), ("verified", 13), ("notified", 14)):
            tickets.move(db, n, to, desk, at=D(2026, 10, 5, hour, 0))
        out[route] = n
    return out


def _after_told(db, number: str) -> tuple:
    """What the callback left: events after the owner was told, the audit actions, the ticket's columns."""
    t = tickets.get(db, number)
    events = tickets.events(db, t["id"])
    told_at = max(i for i, e in enumerate(events) if e["to_status"] == "notified")
    evs = [(e["at"], e["kind"], e["from_status"], e["to_status"], e["note"], e["actor"], e["data"])
           for e in events[told_at + 1:]]
    acts = [r[0] for r in db.execute("SELECT action FROM audit WHERE record_id = ? AND action != 'view_phone' "
                                     "ORDER BY rowid", [t["id"]])]   # the dialogs show the number to dial
    cols = {k: t[k] for k in ("status", "satisfaction", "callback_attempts", "met_at", "closed_at", "timing")}
    return evs, acts[5:], cols          # the first five: created and the four moves to notified


def _fill(dialog, reached: bool, rating: str | None, comment: str) -> None:
    dialog.reached.setChecked(reached)
    if reached:
        dialog.rating.setCurrentIndex(dialog.rating.findData(rating))
    dialog.comment.setPlainText(comment)
    dialog.accept()


def _run_routes(desk_ctx, qtbot, told, reached: bool, rating: str | None, comment: str, routes) -> None:
    from frontdesk.ui.pages.board import Page as Board
    from frontdesk.ui.pages.reports import Page as Reports
    from frontdesk.ui.ticket_window import open_ticket
    if "window" in routes:
        win = open_ticket(desk_ctx, told["window"])
        qtbot.addWidget(win)
        _fill(win.callback(), reached, rating, comment)
    if "board" in routes:
        board = Board(desk_ctx)
        qtbot.addWidget(board)
        board.show()
        board.refresh()
        assert board.select_number(told["board"])
        _fill(board.callback_selected(), reached, rating, comment)
    if "tab" in routes:
        page = Reports(desk_ctx)
        qtbot.addWidget(page)
        page.show()
        cb = page.callbacks
        page.tabs.setCurrentWidget(cb)
        qtbot.waitUntil(lambda: cb.loaded_rows is not None and not cb.busy(), timeout=10000)
        cb.view.selectRow([r["number"] for r in cb.model.rows].index(told["tab"]))
        if reached:
            cb.rating_buttons[rating].setChecked(True)
        cb.comment.setText(comment)
        assert cb.save(reached=reached) is not None
        qtbot.waitUntil(lambda: not cb.busy(), timeout=10000)
    if "cli_record" in routes:
        args = ["callback", "record", told["cli_record"], "--comment", comment, "--as", "desk1"]
        args += ["--reached", "--rating", rating] if reached else ["--not-reached"]
        assert main(args) == 0
    if "cli_move" in routes:
        target = "reopened" if rating == "unsatisfied" else "closed"
        assert main(["ticket", "move", told["cli_move"], "--to", target, "--rating", rating, "--note", comment,
                     "--as", "desk1"]) == 0


@pytest.mark.parametrize("rating", ["satisfied", "basic", "unsatisfied"])
def test_every_route_leaves_the_same_callback(desk_ctx, qtbot, told, rating, capsys):
    _run_routes(desk_ctx, qtbot, told, True, rating, "还在滴水" if rating == "unsatisfied" else "很好", ROUTES)
    db = desk_ctx.db
    results = {route: _after_told(db, told[route]) for route in ROUTES}
    first = results["window"]
    kinds = [e[1] for e in first[0]]
    if rating == "unsatisfied":
        assert kinds == ["callback", "moved", "note"] and first[2]["status"] == "reopened"
        assert "首问责任人李前台" in first[0][2][4] and "还在滴水" in first[0][2][4]
    else:
        assert kinds == ["callback", "moved"] and first[2]["status"] == "closed"
    assert first[0][0][6] == {"reached": True, "rating": rating}
    for route, res in results.items():
        assert res == first, route


def test_a_missed_callback_is_the_same_try_on_every_route(desk_ctx, qtbot, told, capsys):
    routes = ("window", "board", "tab", "cli_record")
    _run_routes(desk_ctx, qtbot, told, False, None, "无人接听", routes)
    results = {route: _after_told(desk_ctx.db, told[route]) for route in routes}
    first = results["window"]
    assert [e[1] for e in first[0]] == ["callback"] and first[0][0][6] == {"reached": False, "attempt": 1}
    assert first[2]["callback_attempts"] == 1 and first[2]["status"] == "notified"
    for route, res in results.items():
        assert res == first, route


def test_a_rating_on_a_move_that_is_no_callback_is_refused(told, centre, capsys):
    """10.10: --rating (like --handler) only where the move takes one; nothing changes."""
    db = centre["db"]
    n = tickets.create(db, type="repair", category="水电", description="灯不亮", actor=centre["desk"],
                       unit="1-1-102")["number"]
    before = tickets.get(db, n)
    assert main(["ticket", "move", n, "--to", "dispatched", "--rating", "unsatisfied", "--as", "desk1"]) == 1
    assert "rating" in capsys.readouterr().err
    assert main(["ticket", "move", n, "--to", "in_progress", "--handler", "eng1", "--as", "desk1"]) == 1
    assert "handler" in capsys.readouterr().err
    assert tickets.get(db, n) == before


def test_a_rating_that_contradicts_the_move_is_refused_and_changes_nothing(told, centre, capsys):
    """closed with 'unsatisfied', or reopened with 'satisfied': the callback's outcome is the rating's."""
    db = centre["db"]
    n = told["cli_move"]
    before = tickets.get(db, n), len(tickets.events(db, tickets.get(db, n)["id"]))
    assert main(["ticket", "move", n, "--to", "closed", "--rating", "unsatisfied", "--as", "desk1"]) == 1
    assert "reopen" in capsys.readouterr().err
    assert main(["ticket", "move", n, "--to", "reopened", "--rating", "satisfied", "--as", "lead"]) == 1
    assert "closes" in capsys.readouterr().err
    assert (tickets.get(db, n), len(tickets.events(db, tickets.get(db, n)["id"]))) == before
