"""The command-line contract of docs/architecture.md, The command line for init, ticket, check and backup."""
import io
import json
import subprocess
import sys

import pytest

from frontdesk.cli import main
from frontdesk.store import people, units
from frontdesk.store.db import connect

KEYS = {"number", "type", "category", "channel", "urgent", "status", "unit", "person", "first_responder",
        "handler", "created_at", "due_at", "overdue", "repeat_of"}


def run(capsys, *args, stdin=None, monkeypatch=None):
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    try:
        code = main(list(args))
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def cli_centre(db_path, capsys, monkeypatch):
    code, out, err = run(capsys, "init", "--center", "阳光花园物业服务中心", "--admin", "boss", "--password-stdin",
                         stdin="s3cret-pass\n", monkeypatch=monkeypatch)
    assert code == 0, err
    db = connect(db_path)
    for code_, name, phone in (("3-2-1202", "张三丰", "13812345678"), ("3-2-1201", "李四", "13912340000")):
        u = units.add(db, code_)
        people.add(db, name, phones=[phone], unit_id=u["id"])
    db.close()
    return db_path


def test_init_hashes_the_password(cli_centre):
    raw = cli_centre.read_bytes() + (cli_centre.parent / "centre.db-wal").read_bytes() \
        if (cli_centre.parent / "centre.db-wal").exists() else cli_centre.read_bytes()
    assert b"s3cret-pass" not in raw
    db = connect(cli_centre)
    assert db.execute("SELECT password_hash FROM staff WHERE username='boss'").fetchone()[0].startswith("scrypt$")


def test_init_twice_is_refused(cli_centre, capsys, monkeypatch):
    code, _, err = run(capsys, "init", "--center", "X", "--admin", "y", "--password-stdin", stdin="abcdefg\n",
                       monkeypatch=monkeypatch)
    assert code == 1 and "already" in err


def test_new_prints_the_number_alone_and_backdates(cli_centre, capsys):
    code, out, _ = run(capsys, "ticket", "new", "--unit", "3-2-1202", "--type", "complaint", "--category", "收费",
                       "--text", "物业费多收", "--at", "2026-11-20 17:30")
    assert code == 0 and out == "TS-20261120-001\n"
    code, out, _ = run(capsys, "ticket", "show", "TS-20261120-001", "--json")
    t = json.loads(out)
    assert KEYS <= set(t)
    assert t["due_at"] == "2026-11-23T17:30:00" and t["created_at"] == "2026-11-20T17:30:00"
    assert t["first_responder"] == "boss" and t["person"] == "张三丰" and t["urgent"] is False


def test_repeat_complaint_and_overdue_in_json(cli_centre, capsys, monkeypatch):
    run(capsys, "ticket", "new", "--unit", "3-2-1202", "--type", "complaint", "--category", "收费", "--text", "a",
        "--at", "2026-11-02 09:00")
    code, out, _ = run(capsys, "ticket", "new", "--unit", "3栋2单元1202", "--type", "complaint", "--category", "收费",
                       "--text", "又多收了", "--at", "2026-11-20 10:00")
    number = out.strip()
    monkeypatch.setenv("FRONTDESK_NOW", "2026-11-24T09:00:00")
    code, out, _ = run(capsys, "ticket", "list", "--overdue", "--json")
    rows = json.loads(out)
    assert {r["number"] for r in rows} == {"TS-20261102-001", number}
    assert next(r for r in rows if r["number"] == number)["repeat_of"] == "TS-20261102-001"
    assert all(KEYS <= set(r) and r["overdue"] is True for r in rows)


@pytest.mark.parametrize("args, word", [
    (("--unit", "9-9-9", "--type", "repair", "--category", "水电"), "9-9-9"),
    (("--unit", "3-2-1202", "--type", "fix", "--category", "水电"), "repair, complaint"),
    (("--unit", "3-2-1202", "--type", "repair", "--category", "水"), "水电, 土建"),
    (("--unit", "3-2-1202", "--type", "repair", "--category", "水电", "--as", "ghost"), "boss"),
    (("--unit", "3-2-1202", "--type", "repair", "--category", "水电", "--channel", "fax"), "phone, visit"),
])
def test_unknown_values_are_refused_with_exit_1_listing_valid(cli_centre, capsys, args, word):
    code, out, err = run(capsys, "ticket", "new", "--text", "x", *args)
    assert code == 1 and out == "" and word in err
    db = connect(cli_centre)
    assert db.execute("SELECT count(*) FROM tickets").fetchone()[0] == 0


def test_bad_usage_exits_2(cli_centre, capsys):
    assert run(capsys, "ticket", "new", "--unit", "3-2-1202")[0] == 2
    assert run(capsys, "ticket", "new", "--unit", "3-2-1202", "--type", "repair", "--category", "水电", "--text", "x",
               "--at", "yesterday")[0] == 2
    assert run(capsys, "frobnicate")[0] == 2


def test_whole_repair_loop_to_closed_with_rating(cli_centre, capsys):
    _, out, _ = run(capsys, "ticket", "new", "--unit", "3-2-1202", "--type", "repair", "--category", "水电",
                    "--text", "漏水", "--urgent")
    n = out.strip()
    for state in ("dispatched", "in_progress", "done", "verified", "notified"):
        assert run(capsys, "ticket", "move", n, "--to", state)[0] == 0
    code, _, err = run(capsys, "ticket", "move", n, "--to", "closed")
    assert code == 1 and "rating" in err
    assert run(capsys, "ticket", "move", n, "--to", "closed", "--rating", "satisfied")[0] == 0
    t = json.loads(run(capsys, "ticket", "show", n, "--json")[1])
    assert t["status"] == "closed" and t["satisfaction"] == "satisfied" and t["urgent"] is True
    assert [e["to_status"] for e in t["events"] if e["kind"] == "moved"] == [
        "dispatched", "in_progress", "done", "verified", "notified", "closed"]


def test_illegal_move_is_refused_and_changes_nothing(cli_centre, capsys):
    n = run(capsys, "ticket", "new", "--unit", "3-2-1202", "--type", "repair", "--category", "水电", "--text", "x")[1].strip()
    code, _, err = run(capsys, "ticket", "move", n, "--to", "verified")
    assert code == 1 and "registered" in err and "dispatched" in err
    code, _, err = run(capsys, "ticket", "move", n, "--to", "fixed")
    assert code == 1 and "closed" in err
    assert json.loads(run(capsys, "ticket", "show", n, "--json")[1])["status"] == "registered"


def test_dispatch_to_a_handler(cli_centre, capsys, db_path):
    from frontdesk.store import staff
    db = connect(db_path)
    staff.create(db, username="gong1", display_name="赵师傅", role="engineer", password=None, department="工程部")
    db.close()
    n = run(capsys, "ticket", "new", "--unit", "3-2-1202", "--type", "repair", "--category", "水电", "--text", "x")[1].strip()
    assert run(capsys, "ticket", "move", n, "--to", "dispatched", "--handler", "gong1")[0] == 0
    t = json.loads(run(capsys, "ticket", "show", n, "--json")[1])
    assert t["handler"] == "gong1" and t["first_responder"] == "boss"


def test_check_and_backup(cli_centre, capsys, tmp_path):
    code, out, _ = run(capsys, "check", "--json")
    assert code == 0 and json.loads(out)["ok"] is True
    for _ in range(3):
        assert run(capsys, "backup", "--to", str(tmp_path / "bk"), "--keep", "2")[0] == 0
    copies = sorted((tmp_path / "bk").glob("*.db"))
    assert len(copies) == 2
    con = connect(copies[-1], migrate=False)
    assert con.execute("SELECT count(*) FROM units").fetchone()[0] == 2


def test_check_finds_a_damaged_file(tmp_path, capsys, monkeypatch):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    monkeypatch.setenv("FRONTDESK_DB", str(bad))
    code, _, err = run(capsys, "check")
    assert code == 1 and err


def test_every_command_has_help():
    from frontdesk.cli import build_parser
    parser = build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    for name, p in sub.choices.items():
        assert p.description or p.format_help(), name
        helps = {a.help for a in sub._choices_actions}
        assert any(h for h in helps), name
        for action in p._actions:
            if action.option_strings and action.dest != "help":
                assert action.help, f"{name} {action.option_strings} has no help"


def test_version_and_module_entry_point():
    out = subprocess.run([sys.executable, "-m", "frontdesk", "--version"], capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout.startswith("frontdesk ")


def test_restore_brings_back_a_backup_and_keeps_the_current_file_aside(cli_centre, capsys, tmp_path):
    assert run(capsys, "backup", "--to", str(tmp_path / "bk"))[0] == 0
    copy = next((tmp_path / "bk").glob("*.db"))
    run(capsys, "ticket", "new", "--unit", "3-2-1202", "--type", "repair", "--category", "水电", "--text", "备份之后")
    code, out, err = run(capsys, "restore", str(copy))
    assert code == 0, err
    db = connect(cli_centre)
    assert db.execute("SELECT count(*) FROM tickets").fetchone()[0] == 0
    aside = list((cli_centre.parent / "backups").glob("before-restore-*.db"))
    assert aside and connect(aside[0], migrate=False).execute("SELECT count(*) FROM tickets").fetchone()[0] == 1


def test_restore_refuses_a_damaged_backup(cli_centre, capsys, tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not a database at all" * 100)
    code, _, err = run(capsys, "restore", str(bad))
    assert code == 1 and "bad.db" in err
    assert connect(cli_centre).execute("SELECT count(*) FROM units").fetchone()[0] == 2
