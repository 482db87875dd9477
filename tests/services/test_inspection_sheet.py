"""A round's printed sheet: its number as text and as a QR code, counts labelled 数量, readings 读数 with their
range, the lift's number field, a key, one landscape page with the font embedded."""
import datetime as dt
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "printing"))
from pdfcheck import assert_all_embedded, page_count, pdf_text  # noqa: E402

from frontdesk.services.inspection_sheet import prepare_round_sheet, print_round_sheet  # noqa: E402
from frontdesk.store import inspections, printed  # noqa: E402


@pytest.fixture
def c(centre, monkeypatch):
    monkeypatch.setenv("FRONTDESK_NOW", "2026-12-04T09:00:00")
    return centre


def test_the_lift_sheet_carries_the_round_number_the_lift_field_and_readings_with_ranges(c, tmp_path):
    p = prepare_round_sheet(c["db"], c["desk"], "elevator", "2栋电梯", day=dt.date(2026, 12, 4))
    r = inspections.open_round(c["db"], c["desk"], "elevator", "2栋电梯", day=dt.date(2026, 12, 4))
    text = pdf_text(p.pdf, tmp_path)
    assert r["number"] in text and "2栋电梯" in text and "电梯编号" in text
    assert "读数" in text and "mm" in text and "2026年12月4日" in text
    assert "填写说明" in text and "正常" in text and "异常" in text
    assert page_count(p.pdf) == 1
    assert_all_embedded(p.pdf, tmp_path)


def test_counts_print_as_counts_and_every_shipped_sheet_fits_one_page(c, tmp_path):
    p = prepare_round_sheet(c["db"], c["desk"], "public-lighting", "楼道、大堂、道路、地下车库")
    text = pdf_text(p.pdf, tmp_path)
    assert "数量" in text and "读数 " not in text.replace("“读数”", "")
    for tpl in inspections.templates(c["db"]):
        sheet = prepare_round_sheet(c["db"], c["desk"], tpl["name"], tpl["places"][0])
        assert page_count(sheet.pdf) == 1, tpl["title"]


def test_a_score_sheet_prints_weights_and_a_total(c, tmp_path):
    text = pdf_text(prepare_round_sheet(c["db"], c["desk"], "quality-greening", "全小区").pdf, tmp_path)
    assert "分值" in text and "合计得分" in text and "/ 100" in text and "符合" in text


def test_printing_plans_the_round_once_and_records_the_document(c, tmp_path):
    out = tmp_path / "sheet.pdf"
    a = print_round_sheet(c["db"], c["desk"], "water-supply", "生活水泵房", out)
    b = prepare_round_sheet(c["db"], c["desk"], "water-supply", "生活水泵房")
    assert a.docs[0]["detail"]["round"] == b.docs[0]["detail"]["round"]
    assert c["db"].execute("SELECT count(*) FROM inspection_rounds").fetchone()[0] == 1
    assert out.is_file() and printed.recent(c["db"])[0]["doc_number"] == a.doc_number


@pytest.mark.skipif(not shutil.which("zbarimg"), reason="zbarimg (zbar-tools) not installed")
def test_the_qr_code_reads_back_as_the_round_number(c, tmp_path):
    p = prepare_round_sheet(c["db"], c["desk"], "fire-safety", "消防控制室及各楼层")
    (tmp_path / "s.pdf").write_bytes(p.pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "200", "-singlefile", str(tmp_path / "s.pdf"), str(tmp_path / "s")],
                   check=True)
    out = subprocess.run(["zbarimg", "-q", "--raw", str(tmp_path / "s.png")], capture_output=True, text=True)
    assert out.stdout.strip() == p.docs[0]["detail"]["round"]


def test_the_monthly_analysis_and_its_pdf_carry_the_months_completion(c, tmp_path):
    from frontdesk.services.reports import export_monthly
    from frontdesk.store import inspections as store
    ok = [{"item": i["name"], "result": "normal", "reading": (i["min"] + i["max"]) / 2 if i["min"] is not None
           and i["max"] is not None else 1} for i in store.template(c["db"], "water-supply")["items"]]
    for day in (2, 3, 4):
        store.record(c["db"], c["desk"], template_name="water-supply", place="生活水泵房", results_in=ok,
                     at=dt.datetime(2026, 11, day, 9))
    out = export_monthly(c["db"], "2026-11", tmp_path / "m.pdf", c["desk"])
    figures = out["figures"]["inspections"]
    water = [t for t in figures["templates"] if t["title"] == "二次供水设施巡检表"][0]
    assert figures["done"] == water["done"] == 3 and water["due"] == 30 and water["missed"] == 27
    text = pdf_text((tmp_path / "m.pdf").read_bytes(), tmp_path)
    assert "巡检完成情况" in text and "二次供水设施巡检表" in text and "11月1日 二次供水设施巡检表" in text
