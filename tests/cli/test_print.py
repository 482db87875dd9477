"""frontdesk print KIND: exit codes, files written and recorded, masked nothing missing."""
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "printing"))
from pdfcheck import assert_all_embedded, page_count, pdf_text  # noqa: E402

from frontdesk.cli import main  # noqa: E402
from frontdesk.store import printed, tickets  # noqa: E402


@pytest.fixture
def numbers(centre):
    db = centre["db"]
    ts = tickets.create(db, type="complaint", category="收费", description="物业费账单金额与实际面积不符",
                        actor=centre["desk"], unit="2-1-301")
    return {"ts": ts["number"]}


def test_complaint_reply_with_handling_text(centre, numbers, tmp_path, capsys):
    out = tmp_path / "reply.pdf"
    rc = main(["print", "complaint-reply", "--ticket", numbers["ts"], "--text", "经核对，系面积录入错误，已更正账单。",
               "--out", str(out), "--as", "desk1"])
    assert rc == 0
    pdf = out.read_bytes()
    text = "".join(pdf_text(pdf, tmp_path).split())
    assert "欧阳娜娜" in text and "2栋1单元301室" in text and numbers["ts"] in text and "面积录入错误" in text
    assert_all_embedded(pdf, tmp_path)
    assert tickets.get(centre["db"], numbers["ts"])["handling_text"] == "经核对，系面积录入错误，已更正账单。"
    stdout = capsys.readouterr().out
    assert str(out) in stdout and "HF-" in stdout


def test_notice_merge_over_all_units(centre, tmp_path):
    out = tmp_path / "notice.pdf"
    rc = main(["print", "notice", "--units", "all", "--template", "power-outage", "--set", "start=11月25日 8:00",
               "--out", str(out)])
    assert rc == 0
    assert page_count(out.read_bytes()) == 3
    assert len(printed.recent(centre["db"])) == 3


def test_unknown_kind_is_bad_usage(centre, tmp_path):
    with pytest.raises(SystemExit) as exc:
        main(["print", "memo", "--out", str(tmp_path / "x.pdf")])
    assert exc.value.code == 2


def test_unknown_ticket_is_refused(centre, tmp_path, capsys):
    out = tmp_path / "x.pdf"
    assert main(["print", "work-order", "--ticket", "BX-20000101-001", "--out", str(out)]) == 1
    assert "BX-20000101-001" in capsys.readouterr().err
    assert not out.exists()


def test_missing_ticket_or_units_is_refused(centre, tmp_path):
    assert main(["print", "callback-letter", "--out", str(tmp_path / "a.pdf")]) == 1
    assert main(["print", "notice", "--out", str(tmp_path / "b.pdf")]) == 1
    assert main(["print", "inspection-sheet", "--template", "nope", "--out", str(tmp_path / "c.pdf")]) == 1


def test_unknown_placeholder_value_is_bad_usage(centre, tmp_path):
    assert main(["print", "notice", "--units", "all", "--set", "colour=red", "--out", str(tmp_path / "x.pdf")]) == 2


def test_bad_selection_out_and_public_with_units(centre, tmp_path, capsys):
    """A typo in --units, a missing --out folder, --public with --units: a message naming the field, no file."""
    out = tmp_path / "n.pdf"
    assert main(["print", "notice", "--units", "1-,abc", "--template", "water-outage", "--out", str(out)]) == 1
    assert "units: 'abc'" in capsys.readouterr().err
    assert main(["print", "notice", "--units", "1-", "--template", "water-outage",
                 "--out", str(tmp_path / "no" / "n.pdf")]) == 1
    assert "out:" in capsys.readouterr().err
    assert main(["print", "notice", "--units", "1-", "--public", "--template", "water-outage", "--out", str(out)]) == 2
    assert "--public" in capsys.readouterr().err
    assert not out.exists() and not list(tmp_path.rglob("*.part")) and printed.recent(centre["db"]) == []


def test_a_bad_out_keeps_the_handling_text_unchanged(centre, numbers, tmp_path):
    """The reply's handling text was saved on the ticket even though the PDF could not be written."""
    rc = main(["print", "complaint-reply", "--ticket", numbers["ts"], "--text", "新的处理情况",
               "--out", str(tmp_path / "no" / "r.pdf")])
    assert rc == 1
    assert tickets.get(centre["db"], numbers["ts"])["handling_text"] != "新的处理情况"


def test_help_names_every_kind():
    out = subprocess.run([sys.executable, "-m", "frontdesk", "print", "--help"], capture_output=True, text=True)
    assert out.returncode == 0
    for kind in ("complaint-reply", "callback-letter", "notice", "work-order", "inspection-sheet", "survey-form",
                 "--units", "--template", "--public"):
        assert kind in out.stdout
