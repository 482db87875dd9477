"""Command-line safety: only init and demo create a database, non-UTF-8 bytes and an empty --as are refused
naming the field, --db after the command, role refusals in plain words; every refusal leaves the database as it was."""
import io
import subprocess
import sys

import pytest

from frontdesk.cli import main
from frontdesk.store import tickets


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
def small(centre, db_path):
    centre["db"].close()
    return db_path


COMMANDS = [
    ["ticket", "list"],
    ["ticket", "new", "--unit", "1-1-101", "--type", "repair", "--category", "水电", "--text", "漏水"],
    ["ticket", "show", "BX-20260101-001"],
    ["backup"],
    ["check"],
    ["export", "archive", "--format", "csv", "--out", "OUT/a.csv"],
    ["export", "daily-log", "--date", "2026-01-02", "--format", "csv", "--out", "OUT/d.csv"],
    ["report", "monthly", "--month", "2026-01", "--out", "OUT/m.pdf"],
    ["import", "owners", "OWNERS"],
    ["callback", "due"],
    ["survey", "results", "2025"],
    ["print", "notice", "--units", "all", "--out", "OUT/n.pdf"],
    ["shot", "--page", "answers", "--out", "OUT/x.png"],
]


@pytest.mark.parametrize("argv", COMMANDS, ids=lambda a: " ".join(a[:2]))
def test_a_mistyped_db_is_refused_naming_it_and_nothing_is_made(argv, tmp_path, capsys):
    missing = tmp_path / "typo" / "centre.db"
    (tmp_path / "out").mkdir()
    owners = tmp_path / "owners.csv"
    owners.write_text("房号,姓名\n1-1-101,张三\n", encoding="utf-8")
    argv = [a.replace("OUT", str(tmp_path / "out")).replace("OWNERS", str(owners)) for a in argv]
    code, _, err = run(capsys, "--db", str(missing), *argv)
    assert code == 1, err
    assert str(missing) in err and "no such database" in err
    assert not (tmp_path / "typo").exists()
    assert list((tmp_path / "out").iterdir()) == []


def test_a_refused_init_leaves_no_database_and_no_folder(tmp_path, capsys, monkeypatch):
    target = tmp_path / "new" / "deeper" / "centre.db"
    code, _, err = run(capsys, "--db", str(target), "init", "--center", "X", "--admin", "boss", "--password-stdin",
                       stdin="abc\n", monkeypatch=monkeypatch)
    assert code == 1 and "password" in err
    assert not (tmp_path / "new").exists()
    code, _, err = run(capsys, "--db", str(target), "init", "--center", "X", "--admin", "boss", "--password-stdin",
                       stdin="abcdefgh\n", monkeypatch=monkeypatch)
    assert code == 0 and target.is_file()


def test_db_is_accepted_after_the_command(small, capsys, monkeypatch):
    monkeypatch.delenv("FRONTDESK_DB")
    code, out, err = run(capsys, "ticket", "new", "--unit", "1-1-101", "--type", "repair", "--category", "水电",
                         "--text", "漏水", "--db", str(small))
    assert code == 0, err
    code, out, err = run(capsys, "ticket", "list", "--db", str(small))
    assert code == 0 and out.startswith("BX-")


@pytest.mark.parametrize("argv, field", [
    (["ticket", "new", "--unit", "1-1-101", "--type", "repair", "--category", "水电", "--text", "\udcc2\udcff"],
     "text"),
    (["ticket", "new", "--unit", "\udcff", "--type", "repair", "--category", "水电", "--text", "漏水"], "unit"),
    (["ticket", "move", "BX-20260101-001", "--to", "done", "--as", "ad\udcffmin"], "as"),
])
def test_bytes_that_are_not_utf8_are_refused_naming_the_field(small, capsys, digest, argv, field):
    before = digest(small)
    code, _, err = run(capsys, *argv)
    assert code == 1 and f"{field}: not UTF-8" in err and "Traceback" not in err
    assert digest(small) == before


def test_non_utf8_bytes_from_a_real_shell_are_refused(small, tmp_path):
    """The same through a real process, whose argv holds raw bytes."""
    done = subprocess.run([sys.executable.encode(), b"-m", b"frontdesk", b"ticket", b"new", b"--unit", b"1-1-101",
                           b"--type", b"repair", b"--category", "水电".encode(), b"--text", b"\xc2\xff"],
                          capture_output=True)
    assert done.returncode == 1 and b"text: not UTF-8" in done.stderr, done.stderr


def test_an_empty_as_is_refused(small, capsys, digest):
    before = digest(small)
    code, _, err = run(capsys, "ticket", "new", "--unit", "1-1-101", "--type", "repair", "--category", "水电",
                       "--text", "漏水", "--as", "")
    assert code == 1 and "as: empty user name" in err
    assert digest(small) == before


def test_a_role_refusal_reads_well_and_says_who_may(centre, capsys, digest, db_path):
    db = centre["db"]
    t = tickets.create(db, type="repair", category="水电", description="漏水", actor=centre["desk"], unit="1-1-101")
    number = t["number"]
    db.close()
    before = digest(db_path)
    code, _, err = run(capsys, "ticket", "move", number, "--to", "dispatched", "--handler", "eng1", "--as", "eng1")
    assert code == 1
    assert "a engineer" not in err and "receptionist" in err and "may move" in err   # who may act (rules words it)
    assert digest(db_path) == before


def test_stored_control_characters_never_reach_the_terminal_raw(centre, capsys, db_path):
    db = centre["db"]
    t = tickets.create(db, type="repair", category="水电", description="漏水", actor=centre["desk"], unit="1-1-101")
    db.execute("UPDATE tickets SET description = ? WHERE id = ?", ["漏水\x1b[2J\x07", t["id"]])   # as older versions kept
    db.close()
    code, out, err = run(capsys, "ticket", "show", t["number"])
    assert code == 0 and "\x1b" not in out and "\x07" not in out and "漏水\ufffd[2J\ufffd" in out
    code, _, err = run(capsys, "ticket", "new", "--unit", "1-1-101", "--type", "repair", "--category", "水电",
                       "--text", "a\x1b[31m")
    assert code == 1 and "text: holds U+001B" in err and "\x1b" not in err


@pytest.mark.parametrize("argv", [
    ["export", "archive", "--format", "csv", "--out", "DB"],
    ["export", "daily-log", "--date", "2026-01-02", "--format", "csv", "--out", "DB-wal"],
    ["print", "notice", "--units", "all", "--title", "停水", "--text", "明日停水", "--out", "DB"],
    ["import", "owners", "DB"],
], ids=["export over the db", "export over its -wal", "print over the db", "import the db"])
def test_the_live_database_is_never_read_or_written_as_a_file(small, capsys, digest, argv):
    """Reading it would drop SQLite's locks in this process; writing it would replace the register."""
    (small.parent / "centre.db-wal").touch()
    before = digest(small)
    code, _, err = run(capsys, *[a.replace("DB", str(small)) for a in argv])
    assert code == 1 and "is the centre's own database" in err, err
    assert ("out: " in err) != (argv[0] == "import")
    assert digest(small) == before


def test_a_folder_or_an_empty_name_as_db_is_refused(tmp_path, capsys):
    code, _, err = run(capsys, "--db", str(tmp_path), "ticket", "list")
    assert code == 1 and "is a folder, not a database file" in err
    code, _, err = run(capsys, "--db", "", "ticket", "list")
    assert code == 1 and "db: empty file name" in err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("argv", COMMANDS, ids=lambda a: " ".join(a[:2]))
def test_an_empty_file_as_db_is_refused_and_stays_empty(argv, tmp_path, capsys):
    """A zero-byte file (touched by hand, a failed copy) is no centre: opening it made an empty schema in it."""
    empty = tmp_path / "centre.db"
    empty.write_bytes(b"")
    (tmp_path / "out").mkdir()
    owners = tmp_path / "owners.csv"
    owners.write_text("房号,姓名\n1-1-101,张三\n", encoding="utf-8")
    argv = [a.replace("OUT", str(tmp_path / "out")).replace("OWNERS", str(owners)) for a in argv]
    code, _, err = run(capsys, "--db", str(empty), *argv)
    assert code == 1 and "is an empty file, not a centre's database" in err, err
    assert empty.stat().st_size == 0 and not list(tmp_path.glob("centre.db-*"))
    assert list((tmp_path / "out").iterdir()) == []


def test_init_makes_a_centre_in_an_empty_file(tmp_path, capsys, monkeypatch):
    empty = tmp_path / "centre.db"
    empty.write_bytes(b"")
    code, _, err = run(capsys, "--db", str(empty), "init", "--center", "X", "--admin", "boss", "--password-stdin",
                       stdin="abcdefgh\n", monkeypatch=monkeypatch)
    assert code == 0, err
    code, out, err = run(capsys, "--db", str(empty), "check")
    assert code == 0 and out.rstrip().endswith("ok"), err
