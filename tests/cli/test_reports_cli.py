"""frontdesk export daily-log, report monthly and survey, as docs/architecture.md, The command line says; the numbers are core's."""
from __future__ import annotations

import csv
import io
import json

import pytest

from frontdesk.cli import main


def run(capsys, *args):
    try:
        code = main(list(args))
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def cli_day(centre, db_path, capsys, monkeypatch):
    """Two intakes either side of midnight through the CLI itself, one whose text looks like a formula."""
    monkeypatch.setenv("FRONTDESK_NOW", "2026-11-20T09:00:00")
    centre["db"].close()
    a = run(capsys, "ticket", "new", "--unit", "1-1-101", "--type", "repair", "--category", "水电",
            "--text", "=SUM(A1:A9) 漏水", "--at", "2026-10-03 23:59")
    b = run(capsys, "ticket", "new", "--unit", "1-1-102", "--type", "complaint", "--category", "收费",
            "--text", "物业费", "--at", "2026-10-04 00:01")
    assert a[0] == 0 and b[0] == 0, (a, b)
    return {"path": db_path, "late": a[1].strip(), "early": b[1].strip()}


def test_export_daily_log_csv(cli_day, capsys, tmp_path):
    out = tmp_path / "d.csv"
    code, text, err = run(capsys, "--db", str(cli_day["path"]), "export", "daily-log", "--date", "2026-10-03",
                          "--format", "csv", "--out", str(out))
    assert code == 0, err
    assert "1 rows" in text
    rows = list(csv.reader(io.StringIO(out.read_text("utf-8-sig"))))
    assert rows[1][0] == cli_day["late"] and rows[1][8] == "'=SUM(A1:A9) 漏水"


@pytest.mark.parametrize("fmt", ["xlsx", "pdf"])
def test_export_daily_log_other_formats(cli_day, capsys, tmp_path, fmt):
    out = tmp_path / f"d.{fmt}"
    code, _, err = run(capsys, "export", "daily-log", "--date", "2026-10-04", "--format", fmt, "--out", str(out))
    assert code == 0, err
    assert out.stat().st_size > 1000


def test_bad_usage_exits_2(cli_day, capsys, tmp_path):
    assert run(capsys, "export", "daily-log", "--date", "2026-13-01", "--format", "csv",
               "--out", str(tmp_path / "x.csv"))[0] == 2
    assert run(capsys, "export", "daily-log", "--date", "2026-10-01", "--format", "doc",
               "--out", str(tmp_path / "x.doc"))[0] == 2
    assert run(capsys, "report", "monthly", "--month", "2026-1x", "--out", str(tmp_path / "m.pdf"))[0] == 2
    assert not list(tmp_path.glob("x.*")) and not list(tmp_path.glob("m.*"))



def test_years_out_of_range_are_bad_usage_not_a_traceback(cli_day, capsys, tmp_path):
    """--month 0001-01 and --date 9999-12-31 ended in ValueError / OverflowError tracebacks."""
    code, _, err = run(capsys, "report", "monthly", "--month", "0001-01", "--out", str(tmp_path / "m.pdf"))
    assert code == 2 and "--month" in err and "out of range" in err
    code, _, err = run(capsys, "report", "monthly", "--month", "9999-12", "--out", str(tmp_path / "m.pdf"))
    assert code == 2 and "Traceback" not in err
    code, _, err = run(capsys, "export", "daily-log", "--date", "9999-12-31", "--format", "csv",
                       "--out", str(tmp_path / "d.csv"))
    assert code == 2 and "--date" in err
    assert not list(tmp_path.glob("m.*")) and not list(tmp_path.glob("d.*"))


def test_report_monthly_prints_the_same_figures_as_core(cli_day, capsys, tmp_path):
    from frontdesk.store import reports
    from frontdesk.store.db import connect
    out = tmp_path / "m.pdf"
    code, text, err = run(capsys, "report", "monthly", "--month", "2026-10", "--out", str(out), "--json")
    assert code == 0, err
    printed = json.loads(text)
    db = connect(cli_day["path"])
    figures = json.loads(json.dumps(reports.monthly_analysis(db, "2026-10"), ensure_ascii=False, default=str))
    assert printed["timeliness"] == figures["timeliness"] and printed["intake"]["total"] == 2
    assert printed["late_repair"]["complaints"] == 1
    assert out.read_bytes().startswith(b"%PDF")
    code, text, _ = run(capsys, "report", "monthly", "--month", "2026-10", "--out", str(out))
    assert code == 0 and "intake 2" in text and "timely" in text


def test_survey_commands(cli_day, capsys):
    assert run(capsys, "survey", "create", "2026")[0] == 0
    assert run(capsys, "survey", "create", "2026")[0] == 1                       # refused: exists
    code, text, _ = run(capsys, "survey", "enter", "2026", "--unit", "1-1-101", "--scores", "5555544444")
    assert code == 0 and "1-1-101" in text
    code, _, err = run(capsys, "survey", "enter", "2026", "--unit", "1-1-102", "--scores", "555554444")
    assert code == 1 and "scores" in err
    code, text, _ = run(capsys, "survey", "results", "2026", "--json")
    res = json.loads(text)
    assert res["overall"]["responses"] == 1 and res["overall"]["index"] == pytest.approx(87.5)
    assert res["overall"]["satisfied_share"] == 1.0


def test_survey_results_csv(cli_day, capsys, tmp_path):
    run(capsys, "survey", "create", "2026")
    run(capsys, "survey", "enter", "2026", "--unit", "1-1-101", "--scores", "3333333333")
    out = tmp_path / "s.csv"
    code, text, _ = run(capsys, "survey", "results", "2026", "--out", str(out))
    assert code == 0 and "index 50.0" in text and "可靠性\tmean 3.00\tindex 50.0" in text
    rows = list(csv.reader(io.StringIO(out.read_text("utf-8-sig"))))
    assert rows[0] == ["项目", "2026年", "2025年"] and ["满意度指数", "50.0", "—"] in rows


def test_every_command_has_help(capsys):
    for args, option in ((("export", "daily-log", "--help"), "--format"), (("report", "monthly", "--help"), "--month"),
                         (("survey", "enter", "--help"), "--scores"), (("survey", "results", "--help"), "--json")):
        code, text, _ = run(capsys, *args)
        assert code == 0 and option in text, args


def test_callback_commands(cli_day, capsys):
    n = cli_day["late"]
    for to in ("dispatched", "done", "verified", "notified"):
        assert run(capsys, "ticket", "move", n, "--to", to)[0] == 0
    code, text, _ = run(capsys, "callback", "due", "--json")
    assert code == 0 and [t["number"] for t in json.loads(text)] == [n]
    assert run(capsys, "callback", "record", n, "--not-reached", "--rating", "basic")[0] == 2
    for _ in range(2):
        assert run(capsys, "callback", "record", n, "--not-reached")[0] == 0
    code, text, _ = run(capsys, "callback", "record", n, "--not-reached")
    assert code == 0 and "tries 3" in text and "callback letter" in text
    code, text, _ = run(capsys, "callback", "record", n, "--reached", "--rating", "unsatisfied", "--comment", "没修好")
    assert code == 0 and f"{n} reopened" in text
    code, _, err = run(capsys, "callback", "record", n, "--reached", "--rating", "satisfied")
    assert code == 1 and "reopened" in err


def test_an_unwritable_target_is_refused_with_its_name(cli_day, capsys, tmp_path):
    target = tmp_path / "blocked"
    target.write_text("a file, not a folder")
    code, _, err = run(capsys, "export", "daily-log", "--date", "2026-10-03", "--format", "csv",
                       "--out", str(target / "d.csv"))
    assert code == 1 and "out:" in err and "blocked: not a folder" in err
    code, _, err = run(capsys, "report", "monthly", "--month", "2026-10", "--out", str(tmp_path / "no" / "m.pdf"))
    assert code == 1 and "no such folder" in err and not (tmp_path / "no").exists()


@pytest.mark.parametrize("fmt,name", [("csv", "log.xlsx"), ("csv", "log.pdf"), ("pdf", "log.csv"), ("xlsx", "log")])
def test_an_out_file_naming_another_format_is_bad_usage(cli_day, capsys, tmp_path, fmt, name):
    """`export daily-log --format csv --out log.xlsx` wrote CSV text into a file Excel then refused to open; the
    archive export already refused an xlsx without .xlsx: one rule for both, nothing written."""
    for what in (["daily-log", "--date", "2026-10-03"], ["archive"]):
        if what == ["archive"] and fmt == "pdf":
            continue                                       # the archive has no pdf
        code, _, err = run(capsys, "export", *what, "--format", fmt, "--out", str(tmp_path / name))
        assert code == 2 and name in err and "Traceback" not in err, (what, err)
    assert not list(tmp_path.glob("log*"))
    code, _, err = run(capsys, "export", "daily-log", "--date", "2026-10-03", "--format", "csv",
                       "--out", str(tmp_path / "log.txt"))            # a name with no format's suffix: as given
    assert code == 0, err
