"""--out names the format it gets: a PDF is not written into letter.txt, a CSV not into audit.txt (bad usage, exit
2, nothing written); a name without a suffix is left as given."""
import pytest

from frontdesk.cli import main


@pytest.mark.parametrize("argv", [
    ["print", "notice", "--units", "all", "--template", "water-outage"],
    ["print", "inspection-sheet", "--template", "fire-safety"],
    ["inspection", "sheet", "--template", "fire-safety", "--place", "消防控制室及各楼层"],
    ["report", "monthly", "--month", "2026-11"],
    ["audit"],
])
def test_an_out_name_of_another_format_is_bad_usage(centre, db_path, tmp_path, capsys, digest, argv):
    centre["db"].close()
    before = digest(db_path)
    out = tmp_path / ("what.pdf" if argv == ["audit"] else "what.txt")
    code = main(["--db", str(db_path), *argv, "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 2 and "--out" in err and out.name in err, err
    assert not out.exists() and digest(db_path) == before


def test_a_name_without_suffix_is_kept_and_one_page_is_one_page(centre, db_path, tmp_path, capsys):
    centre["db"].close()
    out = tmp_path / "fire-round"
    assert main(["--db", str(db_path), "print", "inspection-sheet", "--template", "fire-safety", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert out.read_bytes().startswith(b"%PDF") and printed.rstrip().endswith("\t1 page")


def test_audit_of_an_unknown_user_is_refused_naming_the_users(centre, db_path, capsys):
    centre["db"].close()
    assert main(["--db", str(db_path), "audit", "--who", "ghost"]) == 1
    err = capsys.readouterr().err
    assert "ghost" in err and "desk1" in err
    assert main(["--db", str(db_path), "audit", "--who", "desk1"]) == 0



def test_audit_of_an_act_the_log_never_held_says_which_it_holds(centre, db_path, capsys):
    centre["db"].close()
    assert main(["--db", str(db_path), "audit", "--action", "bogus", "--json"]) == 0
    out, err = capsys.readouterr()
    assert out.strip() == "[]" and "bogus" in err and "create" in err   # the small centre's log: its staff made
    assert main(["--db", str(db_path), "audit", "--action", "create"]) == 0
    out, err = capsys.readouterr()
    assert out.strip() and not err
