"""services.reports: the daily log as CSV, XLSX and PDF read back; the monthly PDF read back, fonts embedded."""
from __future__ import annotations

import csv
import datetime as dt
import io
import subprocess

import pytest

from frontdesk.core.reports import pct
from frontdesk.services import reports as out
from frontdesk.store import audit, reports, tickets

D = dt.datetime
FORMULA = "=HYPERLINK(\"http://x\",\"点我\")"


@pytest.fixture
def day(centre, monkeypatch):
    """An intake at 23:59 on 10-03 with formula-looking text, one at 00:01 on 10-04, one at 10:00 on 10-04."""
    monkeypatch.setenv("FRONTDESK_NOW", "2026-10-20T12:00:00")
    db, a = centre["db"], centre["admin"]
    late = tickets.create(db, type="repair", category="水电", description=FORMULA, actor=a, unit="1-1-101",
                          at=D(2026, 10, 3, 23, 59))["number"]
    early = tickets.create(db, type="inquiry", category="停车", description="-5 号车位 @物业", actor=a,
                           unit="1-1-102", at=D(2026, 10, 4, 0, 1), close_now=True)["number"]
    more = tickets.create(db, type="complaint", category="收费", description="+物业费多收", actor=a,
                          unit="2-1-301", at=D(2026, 10, 4, 10, 0))["number"]
    return {"db": db, "actor": a, "late": late, "early": early, "more": more}


def _pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def _assert_fonts_embedded(path) -> None:
    lines = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    assert lines, "no fonts"
    for line in lines:
        assert line.split()[-5] == "yes", line


def test_defuse_only_formula_starts():
    assert out.defuse("=1+1") == "'=1+1" and out.defuse("+86") == "'+86" and out.defuse("-5") == "'-5"
    assert out.defuse("@x") == "'@x" and out.defuse("a=b") == "a=b" and out.defuse(None) == ""


def test_daily_csv_has_bom_own_day_and_defused_cells(day, tmp_path):
    path = tmp_path / "log.csv"
    res = out.export_daily_log(day["db"], dt.date(2026, 10, 3), "csv", path, day["actor"])
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and res["rows"] == 1
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0][:3] == ["编号", "时间", "方式"]
    assert [r[0] for r in rows[1:]] == [day["late"]]
    assert rows[1][1] == "23:59" and rows[1][8] == "'" + FORMULA and rows[1][7] == "138****5678"
    out.export_daily_log(day["db"], dt.date(2026, 10, 4), "csv", path, day["actor"])
    rows = list(csv.reader(io.StringIO(path.read_text("utf-8-sig"))))
    assert [r[0] for r in rows[1:]] == [day["early"], day["more"]]
    assert rows[1][8] == "'-5 号车位 @物业" and rows[2][8] == "'+物业费多收"
    assert not any(cell.startswith(("=", "+", "-", "@")) for r in rows for cell in r)
    assert not list(tmp_path.glob(".*.part"))


def test_daily_xlsx_reads_back_with_chinese_headers_frozen_and_text_cells(day, tmp_path):
    from openpyxl import load_workbook
    path = tmp_path / "log.xlsx"
    out.export_daily_log(day["db"], dt.date(2026, 10, 4), "xlsx", path, day["actor"])
    ws = load_workbook(path).active
    assert [c.value for c in ws[1]][:4] == ["编号", "时间", "方式", "类型"]
    assert ws.freeze_panes == "A2"
    assert ws.max_row == 3 and ws["A2"].value == day["early"] and ws["A3"].value == day["more"]
    assert ws["H2"].value == "139****1111" and ws["H2"].data_type == "s"
    assert ws["I3"].value == "+物业费多收" and ws["I3"].data_type == "s"
    out.export_daily_log(day["db"], dt.date(2026, 10, 3), "xlsx", path, day["actor"])
    ws = load_workbook(path).active
    assert ws["I2"].value == FORMULA and ws["I2"].data_type == "s"          # text, never a formula
    assert ws.column_dimensions["I"].width > ws.column_dimensions["B"].width


def test_daily_pdf_is_landscape_with_letterhead_and_embedded_font(day, tmp_path):
    from pypdf import PdfReader
    path = tmp_path / "log.pdf"
    out.export_daily_log(day["db"], dt.date(2026, 10, 4), "pdf", path, day["actor"])
    page = PdfReader(path).pages[0]
    assert float(page.mediabox.width) > float(page.mediabox.height)
    text = _pdf_text(path)
    assert "来电来访登记台账" in text and "测试花园物业服务中心" in text and "2026年10月4日" in text
    assert day["early"] in text and day["more"] in text and day["late"] not in text
    assert "共 2 件" in text
    assert "值班人（签字）" in text and "接班人（签字）" in text and "编号：RZ-20261004" in text   # its own kind
    _assert_fonts_embedded(path)


def test_daily_pdf_cuts_a_long_description_so_the_row_stays_on_the_first_page(centre, tmp_path, monkeypatch):
    """A 600-character complaint pushed its row to page 2 (page 1 left blank); paper shows its start, CSV all."""
    from pypdf import PdfReader
    monkeypatch.setenv("FRONTDESK_NOW", "2026-10-20T12:00:00")
    db, a = centre["db"], centre["admin"]
    long = ("业主反映楼上装修噪音严重Decoration Rules第3条，" * 30)[:600]
    number = tickets.create(db, type="complaint", category="管理服务", description=long, actor=a, unit="1-1-101",
                            at=D(2026, 10, 5, 9, 0))["number"]
    path = tmp_path / "log.pdf"
    out.export_daily_log(db, dt.date(2026, 10, 5), "pdf", path, a)
    assert len(PdfReader(path).pages) == 1
    assert number in _pdf_text(path) and "……" in _pdf_text(path)
    out.export_daily_log(db, dt.date(2026, 10, 5), "csv", tmp_path / "log.csv", a)
    assert long in (tmp_path / "log.csv").read_text("utf-8-sig")


def test_every_export_is_audited(day, tmp_path):
    out.export_daily_log(day["db"], dt.date(2026, 10, 4), "csv", tmp_path / "a.csv", day["actor"])
    row = audit.rows(day["db"], action="export")[0]
    assert '"daily-log"' in row["detail"] and '"2026-10-04"' in row["detail"] and row["actor"] == "admin"


def test_unknown_format_is_refused(day, tmp_path):
    from frontdesk.core.errors import Invalid
    with pytest.raises(Invalid):
        out.export_daily_log(day["db"], dt.date(2026, 10, 4), "doc", tmp_path / "a.doc", day["actor"])
    assert not (tmp_path / "a.doc").exists()


def test_monthly_pdf_prints_the_core_figures(day, tmp_path, monkeypatch):
    db, a = day["db"], day["actor"]
    tickets.move(db, day["late"], "in_progress", a, at=D(2026, 10, 4, 8, 0))
    tickets.move(db, day["late"], "done", a, at=D(2026, 10, 4, 10, 0))       # in time (due 10-04 23:59)
    monkeypatch.setenv("FRONTDESK_NOW", "2026-11-20T12:00:00")
    path = tmp_path / "m.pdf"
    res = out.export_monthly(db, "2026-10", path, a)
    figures = reports.monthly_analysis(db, "2026-10")
    assert figures["timeliness"] == res["figures"]["timeliness"]
    text = _pdf_text(path)
    t = figures["timeliness"]
    assert "2026年10月客服月度分析报告" in text and "统计期间：2026年10月1日至2026年10月31日" in text
    assert f"{pct(t['rate'])} ({t['met']}/{t['due']})" in text
    assert "及时完成率 = 本月到期的工单中按时完成的件数" in text            # the definition is printed
    assert "十二个月趋势" in text and "热点问题" in text and "维修不及时引起的投诉" in text
    assert "≥ 60%" in text and "≥ 85%" in text and "≤ 5%" in text and "≥ 80%" in text
    assert "累计及时完成率" in text
    _assert_fonts_embedded(path)
    assert '"monthly-report"' in audit.rows(db, action="export")[0]["detail"]


def test_chart_scales_are_percent_or_whole_counts(font_info):
    """A percent chart of zeros ran 0..1 (ticks 0.2, 0.4); counts went up in fifths of a ticket."""
    from frontdesk.services.monthly_pdf import bar_chart
    rates = bar_chart(["报修", "投诉"], [0.0, 0.0], font_info, fmt="%.1f", top=100).contents[0]
    assert rates.valueAxis.valueMax == 100
    counts = bar_chart(["1栋", "2栋"], [0, 3], font_info).contents[0]
    assert counts.valueAxis.valueStep == int(counts.valueAxis.valueStep) >= 1
    assert counts.valueAxis.valueMax >= 3
    empty = bar_chart(["1栋"], [0], font_info).contents[0]
    assert empty.valueAxis.valueStep == 1
    big = bar_chart(["报修", "咨询"], [816, 686], font_info).contents[0]
    assert big.valueAxis.valueStep == 200 and big.valueAxis.valueMax == 1000     # not ticks at 196, 392 …
    from frontdesk.services.monthly_pdf import nice_step
    assert [nice_step(x) for x in (0, 0.3, 1, 1.2, 3, 26.4, 196)] == [1, 1, 1, 2, 5, 50, 200]


def test_line_chart_labels_stay_off_the_axis_and_the_points(font_info):
    """A 0% point's label went under the axis among the month names; target names sat on the last point."""
    from reportlab.graphics.shapes import String
    from reportlab.lib import colors
    from frontdesk.services.monthly_pdf import line_chart
    d = line_chart(["26.10", "26.11"], [("及时完成率", [0.0, 0.0], colors.blue), ("满意率", [None, 0.8], colors.green)],
                   font_info, targets=[("满意率目标 85%", 0.85, colors.green)])
    strings = [s for s in d.contents if isinstance(s, String)]
    month_y = next(s.y for s in strings if s.text == "26.11")
    zero_labels = [s for s in strings if s.text == "0"]
    assert zero_labels and all(s.y > month_y + 8 for s in zero_labels)
    target = next(s for s in strings if s.text.startswith("满意率目标"))
    last_point_x = max(s.x for s in strings if s.text == "80")
    assert target.x > last_point_x + 5


def test_monthly_pdf_of_an_empty_month(centre, tmp_path):
    path = tmp_path / "empty.pdf"
    out.export_monthly(centre["db"], "2020-01", path, centre["admin"])
    text = _pdf_text(path)
    assert "2020年1月客服月度分析报告" in text and "无数据" in text
    assert "本月没有登记。" in text and "按渠道" not in text and "常见关键词" not in text     # no empty charts


def test_survey_results_pdf_reads_back(centre, tmp_path):
    from frontdesk.services.survey_export import export_results
    from frontdesk.store import surveys
    db, a = centre["db"], centre["admin"]
    surveys.create(db, 2025, a)
    surveys.create(db, 2026, a)
    surveys.enter_response(db, 2025, "1-1-101", "3333333333", a)
    surveys.enter_response(db, 2026, "1-1-101", "5555555555", a)
    surveys.enter_response(db, 2026, "2-1-301", "4444444444", a)
    path = tmp_path / "s.pdf"
    res = export_results(db, 2026, path, a)
    assert res["format"] == "pdf" and res["responses"] == 2
    text = _pdf_text(path)
    assert "2026年度业主满意度调查结果" in text and "可靠性" in text and "各要素满意度指数" in text
    assert "87.5" in text and "50.0" in text                 # 2026 index (5 and 4 → 87.5), 2025 index
    assert "按物业类型" in text and "按楼栋" in text
    _assert_fonts_embedded(path)
    assert '"survey-results"' in audit.rows(db, action="export")[0]["detail"]


@pytest.fixture(scope="module")
def font_info():
    from frontdesk.printing.fonts import register_cjk_font
    return register_cjk_font()


def test_survey_csv_marks_a_missing_figure_with_a_dash(centre, tmp_path):
    """A building with no form last year had an empty index beside a '—' share in the same row."""
    from frontdesk.services.survey_export import export_results
    from frontdesk.store import surveys
    db, a = centre["db"], centre["admin"]
    surveys.create(db, 2025, a)
    surveys.create(db, 2026, a)
    surveys.enter_response(db, 2025, "1-1-101", "3333333333", a)
    surveys.enter_response(db, 2026, "2-1-301", "4444444444", a)
    export_results(db, 2026, tmp_path / "s.csv", a)
    rows = list(csv.reader(io.StringIO((tmp_path / "s.csv").read_text("utf-8-sig"))))
    building2 = next(r for r in rows if r and r[0] == "2栋")
    assert building2[4:] == ["0", "—", "—"]


def test_daily_log_xlsx_prints_and_keeps_real_dates(tmp_path):
    """Landscape, fitted to the page width, the header row on every page, the date in the page header; times
    as dates with the year (a spreadsheet sorts them), phones still text."""
    import datetime as dt
    from io import BytesIO

    from openpyxl import load_workbook

    from frontdesk.core import reports as core
    from frontdesk.services.reports import daily_xlsx_bytes
    day = dt.date(2026, 11, 23)
    rows = [{"number": "BX-20261123-001", "received_at": "2026-11-23T09:05:00", "channel": "phone", "type": "repair",
             "category": "水电", "unit": "1-1-101", "person": "张三", "contact_phone": "13812345678",
             "description": "漏水", "status": "done", "due_at": "2026-11-24T09:05:00",
             "done_at": "2026-11-23T15:00:00", "first_responder": "desk1"}]
    wb = load_workbook(BytesIO(daily_xlsx_bytes(core.daily_log(rows, day), day, "测试中心")))
    ws = wb.active
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 1
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.print_title_rows == "$1:$1"
    assert "2026年11月23日" in ws.oddHeader.center.text
    cols = [c.value for c in ws[1]]
    assert ws.cell(2, cols.index("时间") + 1).value == dt.datetime(2026, 11, 23, 9, 5)
    assert ws.cell(2, cols.index("时限") + 1).value == dt.datetime(2026, 11, 24, 9, 5)
    assert ws.cell(2, cols.index("时间") + 1).number_format == "yyyy-mm-dd hh:mm"
    assert ws.cell(2, cols.index("电话") + 1).data_type == "s"
