"""The sync commands as a new user types them: two terminals, a joined one, head office's reference data."""
import json

import pytest

from frontdesk.cli import main


@pytest.fixture
def term_a(tmp_path, monkeypatch, capsys):
    import io
    a = tmp_path / "a.db"
    monkeypatch.setattr("sys.stdin", io.StringIO("Secret-pass-123\n"))
    assert main(["--db", str(a), "init", "--center", "阳光花园", "--admin", "admin", "--password-stdin"]) == 0
    out = capsys.readouterr().out
    assert "FDK1-" in out                                  # the key, shown once at init
    assert main(["--db", str(a), "sync", "key", "--show"]) == 0
    key = capsys.readouterr().out
    assert key.startswith("FDK1-") and key.count("\n") == 1
    (tmp_path / "key.txt").write_text(key)
    return a


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_join_export_import_both_ways(term_a, tmp_path, capsys):
    a, b, share = term_a, tmp_path / "b.db", tmp_path / "share"
    code, out, _ = run(capsys, "--db", a, "sync", "export", "--to", tmp_path / "stick", "--full")
    full = out.strip().splitlines()[-1]
    code, out, err = run(capsys, "--db", b, "init", "--join", full, "--key-file", tmp_path / "key.txt")
    assert code == 0 and "terminal B" in out, err
    code, out, _ = run(capsys, "--db", b, "sync", "export", "--to", share)
    assert code == 0 and out.strip().endswith(out.strip().splitlines()[-1])
    code, out, _ = run(capsys, "--db", a, "sync", "import", "--from", share)
    assert code == 0 and "applied" in out
    code, out, _ = run(capsys, "--db", a, "sync", "import", "--from", share)
    assert code == 0 and "no new bundles" in out
    code, out, _ = run(capsys, "--db", a, "sync", "export", "--to", share)
    assert code == 0
    code, out, _ = run(capsys, "--db", a, "sync", "export", "--to", share)
    assert code == 0 and "nothing changed" in out
    code, out, _ = run(capsys, "--db", a, "sync", "conflicts", "--json")
    assert code == 0 and json.loads(out) == []
    code, out, _ = run(capsys, "--db", b, "sync", "status", "--json")
    assert json.loads(out)["terminal_letter"] == "B"


def test_join_refuses_a_wrong_key(term_a, tmp_path, capsys):
    from frontdesk.sync.bundle import make_key
    code, out, _ = run(capsys, "--db", term_a, "sync", "export", "--to", tmp_path / "stick", "--full")
    (tmp_path / "bad.txt").write_text(make_key())
    code, out, err = run(capsys, "--db", tmp_path / "b.db", "init", "--join", out.strip(),
                         "--key-file", tmp_path / "bad.txt")
    assert code == 1 and "manifest.sig" in err


def test_a_refused_import_exits_1_naming_the_file(term_a, tmp_path, capsys):
    code, out, _ = run(capsys, "--db", term_a, "sync", "export", "--to", tmp_path / "s", "--full")
    from pathlib import Path
    p = Path(out.strip())
    f = next((p / "tables").iterdir())
    f.write_bytes(f.read_bytes()[:-3])
    code, out, err = run(capsys, "--db", tmp_path / "b.db", "init", "--join", p, "--key-file", tmp_path / "key.txt")
    assert code == 1 and f.name in err and "truncated" in err


def test_reference_bundle_from_head_office(term_a, tmp_path, capsys):
    hq = tmp_path / "hq.db"
    code, out, _ = run(capsys, "hq", "init", "--into", hq)
    hq_key = [line for line in out.splitlines() if line.startswith("FDK1-")][0]
    (tmp_path / "hq.txt").write_text(hq_key)
    code, out, _ = run(capsys, "hq", "publish", "--into", hq, "--to", tmp_path / "ref")
    ref = out.strip().splitlines()[0]
    code, out, err = run(capsys, "--db", term_a, "sync", "import", "--from", ref)
    assert code == 1 and "trust-hq" in err                # not trusted yet
    from frontdesk.store.db import connect
    from frontdesk.store import reference, staff
    db = connect(term_a)
    reference.add_category(db, staff.get(db, "admin"), "repair", "门禁")      # a local addition
    db.close()
    assert run(capsys, "--db", term_a, "sync", "trust-hq", "--key-file", tmp_path / "hq.txt")[0] == 0
    code, out, err = run(capsys, "--db", term_a, "sync", "import", "--from", ref)
    assert code == 0 and "categories +" in out, err
    db = connect(term_a)
    assert db.execute("SELECT count(*) FROM holidays").fetchone()[0] > 0
    assert "门禁" in reference_categories(db)["repair"]
    db.close()
    code, out, _ = run(capsys, "--db", term_a, "sync", "import", "--from", ref)
    assert "skipped" in out


def reference_categories(db):
    from frontdesk.store import settings
    return settings.categories(db)


def test_key_show_needs_an_admin(term_a, tmp_path, capsys):
    from frontdesk.store import staff
    from frontdesk.store.db import connect
    db = connect(term_a)
    staff.create(db, username="desk1", display_name="李前台", role="receptionist", password="Secret-pass-123")
    db.close()
    code, out, err = run(capsys, "--db", term_a, "sync", "key", "--show", "--as", "desk1")
    assert code == 1 and "FDK1" not in out + err


def test_conflict_on_a_ticket_settled_by_the_command_line(term_a, tmp_path, capsys):
    a, b, share = term_a, tmp_path / "b.db", tmp_path / "share"
    code, out, _ = run(capsys, "--db", a, "sync", "export", "--to", tmp_path / "stick", "--full")
    run(capsys, "--db", b, "init", "--join", out.strip(), "--key-file", tmp_path / "key.txt")
    (tmp_path / "owners.csv").write_text("房号,业主姓名,手机号\n1-1-101,张三,13812345678\n", encoding="utf-8")
    assert run(capsys, "--db", a, "import", "owners", tmp_path / "owners.csv")[0] == 0
    code, number, _ = run(capsys, "--db", a, "ticket", "new", "--unit", "1-1-101", "--type", "repair",
                          "--category", "水电", "--text", "漏水")
    number = number.strip()
    run(capsys, "--db", a, "sync", "export", "--to", share)
    run(capsys, "--db", b, "sync", "import", "--from", share)
    assert run(capsys, "--db", b, "ticket", "move", number, "--to", "dispatched", "--handler", "admin")[0] == 0
    assert run(capsys, "--db", a, "ticket", "move", number, "--to", "cancelled", "--note", "重复")[0] == 0
    run(capsys, "--db", a, "sync", "export", "--to", share)
    run(capsys, "--db", b, "sync", "export", "--to", share)
    code, out, _ = run(capsys, "--db", a, "sync", "import", "--from", share)
    assert "1 conflicts" in out
    code, out, _ = run(capsys, "--db", a, "sync", "conflicts")
    assert number in out and "status: ours 'cancelled' / theirs 'dispatched'" in out
    [c] = json.loads(run(capsys, "--db", a, "sync", "conflicts", "--json")[1])
    code, out, err = run(capsys, "--db", a, "sync", "settle", c["id"], "--keep", "ours")
    assert code == 0 and number in out, err
    run(capsys, "--db", a, "sync", "export", "--to", share)
    run(capsys, "--db", b, "sync", "import", "--from", share)
    assert json.loads(run(capsys, "--db", b, "sync", "conflicts", "--json")[1]) == []
    code, out, _ = run(capsys, "--db", b, "ticket", "show", number, "--json")
    assert json.loads(out)["status"] == "cancelled"


def test_a_conflict_shows_phones_masked(term_a, tmp_path, capsys):
    """A conflict on a ticket lists its rows; the caller's phone is masked in the listing and in --json."""
    a, b, share = term_a, tmp_path / "b.db", tmp_path / "share"
    code, out, _ = run(capsys, "--db", a, "sync", "export", "--to", tmp_path / "stick", "--full")
    run(capsys, "--db", b, "init", "--join", out.strip(), "--key-file", tmp_path / "key.txt")
    (tmp_path / "owners.csv").write_text("房号,业主姓名,手机号\n1-1-101,张三,13812345678\n", encoding="utf-8")
    assert run(capsys, "--db", a, "import", "owners", tmp_path / "owners.csv")[0] == 0
    number = run(capsys, "--db", a, "ticket", "new", "--unit", "1-1-101", "--type", "repair",
                 "--category", "水电", "--text", "漏水")[1].strip()
    run(capsys, "--db", a, "sync", "export", "--to", share)
    run(capsys, "--db", b, "sync", "import", "--from", share)
    assert run(capsys, "--db", b, "ticket", "move", number, "--to", "dispatched", "--handler", "admin")[0] == 0
    assert run(capsys, "--db", a, "ticket", "move", number, "--to", "cancelled", "--note", "重复")[0] == 0
    run(capsys, "--db", a, "sync", "export", "--to", share)
    run(capsys, "--db", b, "sync", "export", "--to", share)
    run(capsys, "--db", a, "sync", "import", "--from", share)
    code, text, _ = run(capsys, "--db", a, "sync", "conflicts")
    code, js, _ = run(capsys, "--db", a, "sync", "conflicts", "--json")
    [c] = json.loads(js)
    assert "13812345678" not in text + js
    assert c["ours"]["contact_phone"] == "138****5678" == c["theirs"]["contact_phone"]
    code, out, err = run(capsys, "--db", a, "sync", "settle", c["id"], "--keep", "theirs")
    assert code == 0, err
    import sqlite3
    assert sqlite3.connect(a).execute("SELECT contact_phone FROM tickets WHERE number = ?",
                                      [number]).fetchone()[0] == "13812345678"


def test_settling_by_editing_refuses_a_value_neither_side_had(term_a, tmp_path, capsys):
    """--keep edit --set status=bogus wrote a state that does not exist into the ticket (and on to every terminal);
    a free-text field takes new words through the text rule; nothing is written when refused."""
    import hashlib
    import sqlite3
    a, b, share = term_a, tmp_path / "b.db", tmp_path / "share"
    code, out, _ = run(capsys, "--db", a, "sync", "export", "--to", tmp_path / "stick", "--full")
    run(capsys, "--db", b, "init", "--join", out.strip(), "--key-file", tmp_path / "key.txt")
    (tmp_path / "owners.csv").write_text("房号,业主姓名\n1-1-101,张三\n", encoding="utf-8")
    run(capsys, "--db", a, "import", "owners", tmp_path / "owners.csv")
    number = run(capsys, "--db", a, "ticket", "new", "--unit", "1-1-101", "--type", "repair",
                 "--category", "水电", "--text", "漏水")[1].strip()
    run(capsys, "--db", a, "sync", "export", "--to", share)
    run(capsys, "--db", b, "sync", "import", "--from", share)
    run(capsys, "--db", b, "ticket", "move", number, "--to", "dispatched", "--handler", "admin")
    run(capsys, "--db", a, "ticket", "move", number, "--to", "cancelled", "--note", "重复")
    run(capsys, "--db", b, "sync", "export", "--to", share)
    run(capsys, "--db", a, "sync", "import", "--from", share)
    [c] = json.loads(run(capsys, "--db", a, "sync", "conflicts", "--json")[1])

    def digest():
        return hashlib.sha256("\n".join(sqlite3.connect(a).iterdump()).encode()).hexdigest()
    before = digest()
    for bad in ("status=bogus", "description=a\x1b[2J"):
        code, out, err = run(capsys, "--db", a, "sync", "settle", c["id"], "--keep", "edit", "--set", bad)
        assert code == 1 and bad.split("=")[0] in err, err
    assert digest() == before
    code, out, err = run(capsys, "--db", a, "sync", "settle", c["id"], "--keep", "edit", "--set", "status=dispatched",
                         "--set", "description=厨房漏水（已核实）")
    assert code == 0, err
    row = sqlite3.connect(a).execute("SELECT status, description, handler_id IS NULL FROM tickets WHERE number = ?",
                                     [number]).fetchone()
    assert row[:2] == ("dispatched", "厨房漏水（已核实）")
