"""The group report as CSV, XLSX or a Chinese PDF with charts; it prints what figures.build returned.

The PDF reuses the centre's printing (letterhead, tables, embedded CJK font) and the monthly analysis's
charts; files are written whole or not at all (services.files.write_atomic)."""
from __future__ import annotations

import csv
import io
from pathlib import Path

from frontdesk.core.errors import Invalid
from frontdesk.core.reports import pct, verdict

from .figures import COLUMNS, JUDGED, cell

FORMATS = ("pdf", "csv", "xlsx")
CHART_BARS = 25              # more centres than this: the charts show the first 25 by rank


def rows_of(report: dict) -> list[dict]:
    """The ranked centres, then the group's line."""
    return [c["row"] for c in report["centres"]] + [report["group"]["row"]]


def csv_bytes(report: dict) -> bytes:
    """UTF-8 with a BOM (Excel opens it as Chinese), Chinese headers, the values as printed."""
    from frontdesk.services.reports import defuse
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([zh for _, zh, _ in COLUMNS])
    for row in rows_of(report):
        w.writerow([defuse(row[key]) if kind == "text" else ("" if row.get(key) is None and key == "rank"
                    else cell(kind, row.get(key))) for key, _, kind in COLUMNS])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def xlsx_bytes(report: dict, office: str) -> bytes:
    """One sheet: rates as percentages with a number format (they stay numbers to sort and chart by)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    from frontdesk.core.text import shown
    wb = Workbook()
    ws = wb.active
    ws.title = f"集团月报{report['month']}"
    ws.append([zh for _, zh, _ in COLUMNS])
    for row in rows_of(report):
        values = []
        for key, _, kind in COLUMNS:
            v = row.get(key)
            if kind == "verdict":
                v = None if v is None else ("达标" if v else "未达标")
            values.append(shown(v) if isinstance(v, str) else v)      # a control character never breaks the sheet
        ws.append(values)
    for i, (key, zh, kind) in enumerate(COLUMNS, 1):
        letter = get_column_letter(i)
        ws.column_dimensions[letter].width = max(8, len(zh) * 2 + 2) if key != "centre" else 24
        for c in ws[letter][1:]:
            c.number_format = {"pct": "0.0%", "pp": "+0.0%;-0.0%;0.0%", "index": "0.0"}.get(kind, "General")
    for c in ws[1]:
        c.font, c.fill = Font(bold=True), PatternFill("solid", fgColor="DDDDDD")
    for c in ws[ws.max_row]:
        c.font = Font(bold=True)
    ws.freeze_panes = "C2"
    from frontdesk.core.spreadsheet import print_setup
    print_setup(ws, title=f"{office} 集团客服月度对比 {report['month']}")      # A4 landscape, header row on each page
    wb.properties.title = f"集团客服月度对比 {report['month']}"
    wb.properties.creator = office
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _judged_table(report: dict) -> list[list[str]]:
    head = ["排名", "服务中心", "登记", "维修当月及时率", "维修累计及时率", "回访满意率", "二次投诉", "维修不及时投诉", "满意度指数",
            "达标"]
    rows = [head]
    for r in rows_of(report):
        rows.append([str(r["rank"] or ""), r["centre"], str(r["intake"]),
                     *(f"{pct(r[k])} {'✓' if r[k + '_met'] else ('×' if r[k + '_met'] is False else '')}".strip()
                       for k in ("timeliness", "timeliness_ytd", "satisfaction")),
                     f"{r['repeats']}（{pct(r['repeat_share'])}）",
                     f"{pct(r['late_repair'])} {'✓' if r['late_repair_met'] else ('×' if r['late_repair_met'] is False else '')}".strip(),
                     cell("index", r["survey_index"]), f"{r['targets_met']}/4"])
    return rows


def _change_table(report: dict) -> list[list[str]]:
    head = ["服务中心", "登记", "维修当月及时率", "维修累计及时率", "回访满意率", "二次投诉占比", "维修不及时投诉占比"]
    rows = [head]
    for r in rows_of(report):
        rows.append([r["centre"], cell("signed", r["intake_change"]),
                     *(cell("pp", r[f"{k}_change"]) for k in ("timeliness", "timeliness_ytd", "satisfaction")),
                     cell("pp", r["repeat_change"]), cell("pp", r["late_repair_change"])])
    return rows


def _type_table(report: dict) -> list[list[str]]:
    from frontdesk.core.model import TYPE_ZH, TYPES
    rows = [["服务中心", "合计", *(TYPE_ZH[t] for t in TYPES)]]
    for r in rows_of(report):
        rows.append([r["centre"], str(r["intake"]), *(str(r[f"intake_{t}"]) for t in TYPES)])
    return rows


def story(report: dict, font) -> list:
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import CondPageBreak, Paragraph, Spacer
    from frontdesk.printing.base import escape, styles, table
    from frontdesk.services.monthly_pdf import _month_zh, bar_chart
    st = styles(font)
    month, centres, group = report["month"], report["centres"], report["group"]["row"]
    met = {key: sum(1 for c in centres if c["row"][f"{key}_met"]) for key, _, _ in JUDGED}
    out = [Paragraph(f"{_month_zh(month)}集团客服月度对比报告", st["title"]),
           Paragraph(f"服务中心 {len(centres)} 个；集团登记 {group['intake']} 件（环比 {cell('signed', group['intake_change'])} 件）",
                     st["subtitle"]),
           Paragraph("一、集团指标与目标", st["heading"]),
           table([["指标", "集团", "目标", "结论", "达标中心数"]] + [
               [name, pct(group[key]), ("≤ " if key == "late_repair" else "≥ ") + pct(report["targets"][t], 0),
                verdict(group[f"{key}_met"]), f"{met[key]} / {len(centres)}"] for key, name, t in JUDGED],
               [70 * mm, 35 * mm, 30 * mm, 30 * mm, 35 * mm], font=font, center_cols=(1, 2, 3, 4)),
           Paragraph("二、各中心指标与排名（✓ 达标，× 未达标）", st["heading"]),
           table(_judged_table(report), [13 * mm, 44 * mm, 14 * mm, 27 * mm, 27 * mm, 27 * mm, 27 * mm, 28 * mm,
                                         21 * mm, 13 * mm], font=font, center_cols=(0, *range(2, 10)))]
    shown = centres[:CHART_BARS]
    more = f"（前 {CHART_BARS} 名）" if len(centres) > CHART_BARS else ""
    labels = [c["name"].removesuffix("服务中心")[:8] for c in shown]
    blue, green = colors.Color(0.25, 0.45, 0.7), colors.Color(0.3, 0.6, 0.4)

    def percent(key):
        return [round((c["row"][key] or 0) * 100, 1) for c in shown]
    out += [CondPageBreak(120 * mm), Paragraph("三、对比图" + more, st["heading"]),
            bar_chart(labels, percent("timeliness"), font, title="当月维修及时完成率（%，目标 60%）", fmt="%.1f",
                      top=100, width_mm=257, height_mm=60),
            bar_chart(labels, percent("satisfaction"), font, title="回访满意率（%，目标 85%）", fmt="%.1f", top=100,
                      width_mm=257, height_mm=60, color=green),
            bar_chart(labels, [c["row"]["intake"] for c in shown], font, title="本月登记量（件）", width_mm=257,
                      height_mm=60, color=blue),
            CondPageBreak(80 * mm), Paragraph("四、各中心登记量（按类型）", st["heading"]),
            table(_type_table(report), [70 * mm] + [25 * mm] * 6, font=font, center_cols=range(1, 7)),
            CondPageBreak(80 * mm), Paragraph("五、环比变化（比率以百分点计）", st["heading"]),
            table(_change_table(report), [70 * mm] + [30 * mm] * 6, font=font, center_cols=range(1, 7)),
            CondPageBreak(60 * mm), Paragraph("附：统计口径（与各服务中心月度分析报告相同）", st["heading"])]
    out += [Paragraph(escape(t), st["small"]) for k, t in report["definitions"].items() if k != "hot"]
    return out + [Spacer(1, 4 * mm)]


def pdf_bytes(report: dict, office: str) -> bytes:
    from frontdesk.printing.base import Letterhead, build_pdf
    from frontdesk.printing.fonts import register_cjk_font
    font = register_cjk_font(None)
    return build_pdf(story(report, font), letterhead=Letterhead(centre_name=office), title="集团客服月度对比报告",
                     doc_number=f"JT-{report['month'].replace('-', '')}", landscape=True, font=font)


def write_report(hq, month: str, out: str | Path, now: str | None = None) -> dict:
    """Compute the group report of `month` and write it to `out` (.pdf, .csv or .xlsx)."""
    from frontdesk.services.files import check_out, write_atomic
    from .centres import head_office
    from .report import group_report
    path = check_out(out)
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise Invalid("out", f"{path.name}: the file must end in .pdf, .csv or .xlsx", valid=FORMATS)
    report = group_report(hq, month, now)
    office = head_office(hq)["name"]
    data = {"csv": csv_bytes, "xlsx": lambda r: xlsx_bytes(r, office), "pdf": lambda r: pdf_bytes(r, office)}[fmt](report)
    return {"path": str(write_atomic(path, data)), "report": report, "format": fmt}
