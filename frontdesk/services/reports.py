"""Report outputs: the daily log as CSV, XLSX or PDF, and the monthly analysis PDF; every export audited.

Files are written to a temporary name beside the target and renamed when complete, so a failed or
cancelled export never leaves half a file."""
from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path
from typing import Callable

from frontdesk.core import reports as core
from frontdesk.core.text import shown, spreadsheet_cell

from .files import write_recorded     # every export: the file only with its audit row

FORMATS = ("csv", "xlsx", "pdf")
defuse = spreadsheet_cell      # every CSV cell the program writes: one rule (core.text)




# ---- the daily log ---------------------------------------------------------------------------

def daily_csv_bytes(log: list[dict]) -> bytes:
    """UTF-8 with a BOM (Excel then opens it as Chinese), Chinese headers, formula-looking cells defused."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([zh for _, zh, _ in core.DAILY_COLUMNS])
    for row in log:
        w.writerow([defuse(row[key]) for key, _, _ in core.DAILY_COLUMNS])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def daily_xlsx_bytes(log: list[dict], day: dt.date, centre: str = "") -> bytes:
    """One sheet: Chinese header row frozen, column widths, every cell a text cell (phones never become numbers,
    and text that looks like a formula stays text, so it needs no defusing quote as the CSV does)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    wb = Workbook()
    ws = wb.active
    ws.title = f"台账{day:%Y%m%d}"
    from frontdesk.core.spreadsheet import DATE_TIME, as_datetime, print_setup
    ws.append([zh for _, zh, _ in core.DAILY_COLUMNS])
    timed = {"time", "due", "done"}           # real dates with the year: a spreadsheet sorts and filters them
    for row in log:
        ws.append([as_datetime(row.get("at", {}).get(key)) if key in timed and row.get("at")
                   else shown(row[key]) if isinstance(row[key], str) else row[key]
                   for key, _, _ in core.DAILY_COLUMNS])
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDDDDD")
    for cell in ws[1]:
        cell.font, cell.fill = bold, fill
        cell.alignment = Alignment(horizontal="center", vertical="center")
    for i, (key, _, width) in enumerate(core.DAILY_COLUMNS, 1):
        letter = get_column_letter(i)
        ws.column_dimensions[letter].width = width * 1.9 if key == "description" else \
            max(width + 4, 17) if key in timed else width + 4
        for cell in ws[letter][1:]:
            if key in timed and isinstance(cell.value, dt.datetime):
                cell.number_format = DATE_TIME
                continue
            cell.number_format = "@"
            cell.data_type = "s"
            if key == "description":
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
    print_setup(ws, title=f"{centre + ' ' if centre else ''}来电来访登记台账 {day:%Y年%-m月%-d日}")
    wb.properties.title = f"来电来访登记台账 {day.isoformat()}"
    wb.properties.creator = centre or "frontdesk"
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def letterhead(db):
    """The centre's letterhead from settings (the same as on letters, logo included)."""
    from .printing import letterhead as printed_letterhead
    return printed_letterhead(db)


def font_of(db):
    from frontdesk.printing.fonts import register_cjk_font
    from frontdesk.store import settings
    return register_cjk_font(settings.get(db, "font_path") or None)


#: Column widths of the landscape daily log in mm (8-point cells); the description gets the rest.
PDF_WIDTHS_MM = {"number": 26, "time": 9, "channel": 11, "type": 9, "category": 13, "unit": 16, "person": 15,
                 "phone": 21, "first_responder": 12, "handler": 12, "status": 16, "due": 18, "done": 18,
                 "satisfaction": 13}


#: Headers too wide for their column break between words, never inside one (首问 / 责任人, not 首问责任 / 人).
PDF_HEADERS = {"first_responder": "首问\n责任人", "satisfaction": "满意度"}


def daily_pdf_bytes(db, log: list[dict], day: dt.date) -> bytes:
    """The daily log as a landscape table with the letterhead; a count per type under it."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer
    from frontdesk.printing.base import build_pdf, styles, table, zh_date
    font = font_of(db)
    st = styles(font)
    # Landscape A4 leaves 257 mm between the margins; the description takes what the others leave.
    fixed = sum(PDF_WIDTHS_MM.values())
    widths = [PDF_WIDTHS_MM.get(k, 257 - fixed) * mm for k, _, _ in core.DAILY_COLUMNS]
    rows = [[PDF_HEADERS.get(k, zh) for k, zh, _ in core.DAILY_COLUMNS]] + [
        [_pdf_cell(k, r[k]) for k, _, _ in core.DAILY_COLUMNS] for r in log]
    summary = core.daily_summary(log)
    counts = "，".join(f"{name} {n} 件" for name, n in summary["by_type"]) or "无"
    story = [Paragraph("来电来访登记台账", st["title"]),
             Paragraph(f"日期：{zh_date(day)}　　共 {summary['total']} 件（{counts}）", st["subtitle"]),
             Spacer(1, 2 * mm)]
    if log:
        story.append(table(_small_rows(rows, st), widths, font=font, extra_style=[
            ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2)]))
    else:
        story.append(Paragraph("当日没有登记。", st["body"]))
    story += [Spacer(1, 6 * mm), Paragraph("值班人（签字）：＿＿＿＿＿＿＿＿　　交班时间：＿＿＿＿时＿＿＿＿分　　"
                                           "接班人（签字）：＿＿＿＿＿＿＿＿　　主管审核：＿＿＿＿＿＿＿＿", st["body"])]
    from frontdesk.store.printed import PREFIX           # 日志 numbers of their own kind (RZ-), not a notice's
    return build_pdf(story, letterhead=letterhead(db), title="来电来访登记台账",
                     doc_number=f"{PREFIX['daily-log']}-{day:%Y%m%d}", landscape=True, font=font)


#: A register line on paper shows this much of a long description (the CSV and XLSX keep it whole).
PDF_DESCRIPTION_CHARS = 120


def _pdf_cell(key: str, value) -> str:
    """One cell of the paper register: a long description is cut with an ellipsis so a row stays short."""
    text = "" if value is None else str(value)
    if key == "description" and len(text) > PDF_DESCRIPTION_CHARS:
        return text[:PDF_DESCRIPTION_CHARS] + "……"
    return text


def _small_rows(rows: list[list[str]], st: dict) -> list[list]:
    """The daily log has 15 columns: its cells are Paragraphs one size smaller than a letter's."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph
    from frontdesk.printing.base import escape
    head = ParagraphStyle("log_head", parent=st["cell_header"], fontSize=8, leading=10.5)
    cell = ParagraphStyle("log_cell", parent=st["cell"], fontSize=8, leading=10.5)
    return [[Paragraph(escape(str(v)), head if i == 0 else cell) for v in row] for i, row in enumerate(rows)]


def export_daily_log(db, day: dt.date, fmt: str, out: str | Path, actor: dict | None,
                     report: Callable | None = None) -> dict:
    """Write the daily log of `day` in `fmt` to `out` and audit the export; returns path and row count."""
    from frontdesk.core.errors import Invalid
    if fmt not in FORMATS:
        raise Invalid("format", f"unknown format '{fmt}'", valid=FORMATS)
    from frontdesk.store import reports as store
    from frontdesk.store import settings
    from .files import check_out
    check_out(out)
    log = store.daily_log(db, day)
    if report:
        report(0.3, "")
    if fmt == "csv":
        data = daily_csv_bytes(log)
    elif fmt == "xlsx":
        data = daily_xlsx_bytes(log, day, settings.get(db, "centre_name") or "")
    else:
        data = daily_pdf_bytes(db, log, day)
    path = write_recorded(db, out, data, lambda p: _audit_export(db, actor, "daily-log", date=day.isoformat(),
                                                                  format=fmt, rows=len(log), path=p))
    return {"path": str(path), "rows": len(log), "format": fmt}


def _audit_export(db, actor, what: str, **detail) -> None:
    from frontdesk.store.audit import record
    from frontdesk.store.tx import writing
    with writing(db):
        record(db, actor, "export", "tickets", None, what=what, **detail)


# ---- the monthly analysis --------------------------------------------------------------------

def export_monthly(db, month: str, out: str | Path, actor: dict | None, report: Callable | None = None,
                   now: dt.datetime | None = None) -> dict:
    """Write the monthly analysis PDF of `month` to `out` and audit it; returns path and the figures."""
    from frontdesk.store import reports as store
    from .files import check_out
    from .monthly_pdf import monthly_pdf_bytes
    check_out(out)
    figures = store.monthly_analysis(db, month, now)
    if report:
        report(0.4, "")
    data = monthly_pdf_bytes(db, figures)
    path = write_recorded(db, out, data, lambda p: _audit_export(db, actor, "monthly-report", month=month, path=p))
    return {"path": str(path), "figures": figures}
