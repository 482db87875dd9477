"""The command line covers the desk (issue 11 #8): every action the ticket window offers has a command that
calls the same store function, and the new commands do what the window does."""
from __future__ import annotations

import json
import shlex

import pytest
from PySide6.QtWidgets import QPushButton

from frontdesk.cli import build_parser
from frontdesk.store import tickets
from tests.cli.test_ticket_cli import run

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _parses(line: str) -> None:
    """The command's usage line, with sample values, is accepted by the real parser."""
    sample = {"NUMBER": "BX-20261006-001", "STATE": "closed", "USER": "desk1", "TEXT": "x", "R": "satisfied",
              "KIND": "work-order", "FILE.pdf": "/tmp/x.pdf"}
    words = [w for w in shlex.split(line.split(" | ")[0].replace("[", "").replace("]", ""))]
    build_parser().parse_args([sample.get(w, w) for w in words])


def test_every_ticket_window_action_has_a_command(qtbot, ctx, centre):
    from frontdesk.ui import ticket_window
    n = tickets.create(centre["db"], type="complaint", category="管理服务", description="态度不好", actor=centre["desk"],
                       unit="1-1-101")["number"]
    win = ticket_window.open_ticket(ctx, n)             # as the admin: every button of the window
    qtbot.addWidget(win)
    panel = getattr(win, "attachments", None)
    buttons = [b for b in win.findChildren(QPushButton) if panel is None or not panel.isAncestorOf(b)]
    names = {b.objectName() for b in buttons}
    assert names, "the window has buttons"
    for name in names:
        key = next((k for k in ticket_window.COMMANDS if name == k or (k.endswith("_") and name.startswith(k))),
                   None)
        assert key is not None, f"the window's button {name!r} has no command"
    for line in ticket_window.COMMANDS.values():
        _parses(line)
    if panel is not None:                               # photos and scans: the panel's own command
        _parses("ticket attach NUMBER FILE.pdf")


@pytest.fixture
def cli_centre(centre, monkeypatch):
    monkeypatch.setenv("FRONTDESK_NOW", "2026-10-06T10:00:00")
    return centre


def test_note_call_handling_escalate_transfer(cli_centre, capsys):
    db = cli_centre["db"]
    n = tickets.create(db, type="complaint", category="管理服务", description="态度不好", actor=cli_centre["desk"],
                       unit="1-1-101")["number"]
    assert run(capsys, "ticket", "note", n, "--text", "已联系业主", "--as", "desk1")[0] == 0
    assert run(capsys, "ticket", "note", n, "--call", "--text", "业主明天在家", "--as", "desk1")[0] == 0
    assert run(capsys, "ticket", "handling", n, "--text", "已向员工了解情况并致歉", "--as", "desk1")[0] == 0
    code, _, err = run(capsys, "ticket", "escalate", n, "--note", "今天下班前答复", "--as", "desk1")
    assert code == 1 and "supervisor" in err                       # a receptionist does not escalate
    assert run(capsys, "ticket", "escalate", n, "--note", "今天下班前答复", "--as", "lead")[0] == 0
    assert run(capsys, "ticket", "transfer", n, "--to", "lead", "--reason", "休假", "--as", "lead")[0] == 0
    t = json.loads(run(capsys, "ticket", "show", n, "--json")[1])
    kinds = [e["kind"] for e in t["events"]]
    assert kinds == ["created", "note", "call", "handling", "escalated", "transferred"]
    assert t["handling_text"] == "已向员工了解情况并致歉" and t["escalated"] and t["first_responder"] == "lead"


def test_new_with_phone_place_detail_and_closed_on_the_spot(cli_centre, capsys):
    code, out, _ = run(capsys, "ticket", "new", "--place", "common", "--place-detail", "3栋电梯厅", "--type", "inquiry",
                       "--category", "其他", "--text", "电梯年检时间", "--phone", "13912345678", "--close",
                       "--answer", "本周五上午年检", "--as", "desk1")
    assert code == 0
    t = json.loads(run(capsys, "ticket", "show", out.strip(), "--json")[1])
    assert t["status"] == "closed" and t["place_detail"] == "3栋电梯厅" and t["contact_phone"] == "139****5678"
    assert t["events"][-1]["note"] == "本周五上午年检"
    code, _, err = run(capsys, "ticket", "new", "--unit", "1-1-101", "--type", "repair", "--category", "水电",
                       "--text", "漏水", "--close", "--as", "desk1")
    assert code == 1 and "repair loop" in err
    code, _, err = run(capsys, "ticket", "new", "--unit", "1-1-101", "--type", "repair", "--category", "水电",
                       "--text", "漏水", "--phone", "12345", "--as", "desk1")
    assert code == 1 and "contact_phone" in err


@pytest.mark.parametrize("at, code, words", [
    ("2026-02-30 09:00", 2, "no such date"),
    ("", 2, "is not"),
    ("0001-01-01 09:00", 1, "before 2000-01-01"),
    ("1900-05-01 09:00", 1, "before"),
    ("2099-01-01 09:00", 1, "in the future"),
])
def test_at_is_bounded_and_a_missing_date_is_named(cli_centre, capsys, at, code, words):
    db = cli_centre["db"]
    before = db.execute("SELECT count(*) FROM tickets").fetchone()[0]
    got, _, err = run(capsys, "ticket", "new", "--unit", "1-1-101", "--type", "repair", "--category", "水电",
                      "--text", "漏水", "--at", at)
    assert got == code and words in err
    assert db.execute("SELECT count(*) FROM tickets").fetchone()[0] == before


def test_callback_and_survey_have_modules_of_their_own():
    import frontdesk.commands.callbacks as cb
    import frontdesk.commands.survey as sv
    parser = build_parser()
    assert parser.parse_args(["callback", "due"]).func is cb.callback_due
    assert parser.parse_args(["survey", "results", "2026"]).func is sv.survey_results


def test_one_limit_for_every_ticket_text(cli_centre, capsys):
    """Issue 10 #12: a move's note is held to the same limit as the text (store/tickets.TEXT_MAX)."""
    db = cli_centre["db"]
    n = tickets.create(db, type="repair", category="水电", description="漏水", actor=cli_centre["desk"],
                       unit="1-1-101")["number"]
    for args in (("move", n, "--to", "dispatched", "--note"), ("note", n, "--text"), ("handling", n, "--text")):
        code, _, err = run(capsys, "ticket", *args, "字" * (tickets.TEXT_MAX + 1), "--as", "desk1")
        assert code == 1 and "at most" in err and "characters" in err, args
    assert tickets.get(db, n)["status"] == "registered" and len(tickets.events(db, tickets.get(db, n)["id"])) == 1
