"""The survey's results for head office, as a CSV or a PDF: elements, overall and the breakdowns, beside last
year's."""
from __future__ import annotations

import csv
import io
from pathlib import Path

from frontdesk.core.reports import pct
from frontdesk.core.text import defusing


def _n(value, digits: int = 2) -> str:
    return "—" if value is None else f"{value:.{digits}f}"       # as pct(None): one mark for "no figure"


def results_csv_bytes(res: dict) -> bytes:
    """UTF-8 with a BOM; one section after another, each with its own header row."""
    buf = io.StringIO()
    w = defusing(csv.writer(buf, lineterminator="\r\n"))
    year, last = res["year"], res["last_year"]
    o, p = res["overall"], res["last"]
    w.writerow(["项目", f"{year}年", f"{last}年"])
    w.writerow(["有效答卷", o["responses"], p["responses"]])
    w.writerow(["平均分", _n(o["mean"]), _n(p["mean"])])
    w.writerow(["满意度指数", _n(o["index"], 1), _n(p["index"], 1)])
    w.writerow(["满意率", pct(o["satisfied_share"]), pct(p["satisfied_share"])])
    w.writerow([])
    w.writerow(["要素", f"{year}年平均分", f"{year}年指数", f"{last}年平均分", f"{last}年指数"])
    for e in res["elements"]:
        w.writerow([e["name"], _n(e["mean"]), _n(e["index"], 1), _n(e["last_mean"]), _n(e["last_index"], 1)])
    for title, key, fmt in (("物业类型", "by_property_type", str), ("楼栋", "by_building", lambda b: f"{b}栋")):
        w.writerow([])
        w.writerow([title, f"{year}年答卷", f"{year}年指数", f"{year}年满意率", f"{last}年答卷", f"{last}年指数",
                    f"{last}年满意率"])
        for r in res[key]:
            w.writerow([fmt(r["key"]), r["responses"], _n(r["index"], 1), pct(r["satisfied_share"]),
                        r["last_responses"], _n(r["last_index"], 1), pct(r["last_satisfied_share"])])
    w.writerow([])
    for text in res["definitions"].values():
        w.writerow([text])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def grouped_bars(labels: list[str], series: list[tuple[str, list[float | None]]], font, *, title: str,
                 height_mm: float = 70):
    """Bars side by side per label (this year beside last year), each with its number, and a legend."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing, Rect, String
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    palette = (colors.Color(0.25, 0.45, 0.7), colors.Color(0.7, 0.72, 0.76))
    width = 170 * mm
    d = Drawing(width, height_mm * mm, initialFontName=font.name)
    c = VerticalBarChart()
    c.x, c.y, c.width, c.height = 12 * mm, 14 * mm, width - 16 * mm, (height_mm - 26) * mm
    c.data = [[v or 0 for v in values] for _, values in series]
    c.categoryAxis.categoryNames = labels
    for axis in (c.categoryAxis.labels, c.valueAxis.labels):
        axis.fontName, axis.fontSize = font.name, 7.5
    c.valueAxis.valueMin, c.valueAxis.valueMax, c.valueAxis.valueStep = 0, 100, 20
    c.barLabelFormat = "%.1f"
    c.barLabels.fontName, c.barLabels.fontSize, c.barLabels.nudge = font.name, 6.5, 5
    for i in range(len(series)):
        c.bars[i].fillColor = palette[i % len(palette)]
    d.add(c)
    x = c.x
    for i, (name, _) in enumerate(series):
        d.add(Rect(x, 2.5 * mm, 6 * mm, 3 * mm, fillColor=palette[i % len(palette)], strokeColor=None))
        d.add(String(x + 8 * mm, 2.7 * mm, name, fontName=font.name, fontSize=8))
        x += 40 * mm
    d.add(String(width / 2, (height_mm - 5) * mm, title, fontName=font.bold, fontSize=10, textAnchor="middle"))
    return d


def results_pdf_bytes(db, res: dict) -> bytes:
    """The results as a report: the overall index and satisfied share, each element and the breakdowns,
    this year beside last year, with a chart of the element indexes."""
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Paragraph, Spacer
    from frontdesk.printing.base import build_pdf, escape, styles, table
    from .reports import font_of, letterhead
    font = font_of(db)
    st = styles(font)
    year, last = res["year"], res["last_year"]
    o, p = res["overall"], res["last"]
    story = [Paragraph(f"{year}年度业主满意度调查结果", st["title"]),
             table([["项目", f"{year}年", f"{last}年"],
                    ["有效答卷", str(o["responses"]), str(p["responses"])],
                    ["平均分（1–5）", _n(o["mean"]), _n(p["mean"])],
                    ["满意度指数（0–100）", _n(o["index"], 1), _n(p["index"], 1)],
                    ["满意率", pct(o["satisfied_share"]), pct(p["satisfied_share"])]],
                   [60 * mm, 50 * mm, 50 * mm], font=font, center_cols=(1, 2)),
             Spacer(1, 3 * mm),
             grouped_bars([e["name"] for e in res["elements"]],
                          [(f"{year}年", [e["index"] for e in res["elements"]]),
                           (f"{last}年", [e["last_index"] for e in res["elements"]])],
                          font, title="各要素满意度指数"),
             table([["要素", f"{year}年平均分", f"{year}年指数", f"{last}年平均分", f"{last}年指数"]] +
                   [[e["name"], _n(e["mean"]), _n(e["index"], 1), _n(e["last_mean"]), _n(e["last_index"], 1)]
                    for e in res["elements"]], [40 * mm, 30 * mm, 30 * mm, 30 * mm, 30 * mm], font=font,
                   center_cols=range(1, 5))]
    for title, key, fmt in (("按物业类型", "by_property_type", str), ("按楼栋", "by_building", lambda b: f"{b}栋")):
        story += [KeepTogether([Paragraph(title, st["heading"]),
                  table([[title[1:], f"{year}年答卷", f"{year}年指数", f"{year}年满意率", f"{last}年答卷",
                          f"{last}年指数", f"{last}年满意率"]] +
                        [[fmt(r["key"]), str(r["responses"]), _n(r["index"], 1), pct(r["satisfied_share"]),
                          str(r["last_responses"]), _n(r["last_index"], 1), pct(r["last_satisfied_share"])]
                         for r in res[key]], [28 * mm] + [23.5 * mm] * 6, font=font, center_cols=range(1, 7))])]
    story += [Paragraph("统计口径", st["heading"])] + [Paragraph(escape(t), st["small"])
                                                      for t in res["definitions"].values()]
    return build_pdf(story, letterhead=letterhead(db), title="满意度调查结果", doc_number=f"MY-{year}", font=font)


def export_results(db, year: int, out: str | Path, actor: dict | None) -> dict:
    """Write the year's results (CSV, or a PDF when `out` ends in .pdf) and audit the export."""
    from frontdesk.store import surveys
    from .files import write_recorded
    from .reports import _audit_export
    res = surveys.results(db, year)
    fmt = "pdf" if str(out).lower().endswith(".pdf") else "csv"
    data = results_pdf_bytes(db, res) if fmt == "pdf" else results_csv_bytes(res)
    path = write_recorded(db, out, data, lambda p: _audit_export(db, actor, "survey-results", year=year,
                                                                  format=fmt, path=p))
    return {"path": str(path), "responses": res["overall"]["responses"], "format": fmt}
