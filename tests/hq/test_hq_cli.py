"""frontdesk hq ... as a new user types it: init, centre add, merge twice, report, publish; refusals exit 1."""
import re

from frontdesk.cli import main


def test_the_commands_from_init_to_publish(hq_target, demo_centres, tmp_path, capsys):
    demo_centres = [c.copy(tmp_path / f"c{i}") for i, c in enumerate(demo_centres)]
    assert main(["hq", "init", "--into", hq_target]) == 0
    key = capsys.readouterr().out.strip()
    assert re.fullmatch(r"FDK1-[A-Z2-7-]+", key)
    for c in demo_centres:
        assert main(["hq", "centre", "add", "--into", hq_target, "--name", c.name,
                     "--key-file", str(c.key_file(tmp_path))]) == 0
    assert main(["hq", "centre", "add", "--into", hq_target, "--name", "again",
                 "--key-file", str(demo_centres[0].key_file(tmp_path))]) == 1
    bad = tmp_path / "bad.key"
    bad.write_text("not a key")
    assert main(["hq", "centre", "add", "--into", hq_target, "--name", "x", "--key-file", str(bad)]) == 1
    capsys.readouterr()
    folder = tmp_path / "bundles"
    for c in demo_centres:
        c.cli("sync", "export", "--to", str(folder), "--full")
    assert main(["hq", "merge", "--into", hq_target, str(folder)]) == 0
    assert "2 bundles merged" in capsys.readouterr().out
    assert main(["hq", "merge", "--into", hq_target, str(folder)]) == 0
    assert "0 bundles merged, 2 already merged; 0 of 0 rows applied" in capsys.readouterr().out
    assert main(["hq", "report", "--into", hq_target, "--month", "2026-10", "--out", str(tmp_path / "g.xlsx")]) == 0
    assert (tmp_path / "g.xlsx").is_file()
    assert main(["hq", "report", "--into", hq_target, "--month", "2026-13", "--out", str(tmp_path / "g.csv")]) == 2
    assert main(["hq", "report", "--into", hq_target, "--month", "2026-10", "--out", str(tmp_path / "g.txt")]) == 1
    capsys.readouterr()
    assert main(["hq", "publish", "--into", hq_target, "--to", str(tmp_path / "ref")]) == 0
    assert capsys.readouterr().out.strip().startswith(str(tmp_path / "ref"))
    assert main(["hq", "merge", "--into", hq_target, str(tmp_path / "nowhere")]) == 1
    assert "nowhere" in capsys.readouterr().err


def test_a_wrong_target_is_refused_with_exit_1(tmp_path, capsys):
    assert main(["hq", "merge", "--into", str(tmp_path / "none.db"), str(tmp_path)]) == 1
    assert "hq init" in capsys.readouterr().err
    assert main(["hq", "centre", "list", "--into", "postgresql://nobody@127.0.0.1:1/x"]) == 1
    assert "cannot connect" in capsys.readouterr().err
