"""The monthly analysis (月度分析报告) as a PDF: the judged measures against their targets, counts, hot
issues and twelve-month trends, with bar and line charts that carry their numbers.

It prints what core.reports.monthly_analysis returned and computes nothing of its own."""
from __future__ import annotations

from typing import Sequence
import math

from frontdesk.core.reports import DEFINITIONS, pct, pp, verdict

CHART_WIDTH_MM = 170
NO_INTAKE = "本月没有登记。"
TARGET_LABEL_MM = 22         # room right of a line chart for its target lines' names (never over the points)


def _month_zh(key: str) -> str:
    y, m = key.split("-")
    return f"{y}年{int(m)}月"


def _period_zh(start: str, end: str) -> str:
    """'2026-11-01', '2026-12-01' (exclusive) -> '2026年11月1日至2026年11月30日'."""
    import datetime as dt
    from frontdesk.printing.base import zh_date
    last = dt.date.fromisoformat(end[:10]) - dt.timedelta(days=1)
    return f"{zh_date(start)}至{zh_date(last)}"


def _short_month(key: str) -> str:
    y, m = key.split("-")
    return f"{y[2:]}.{m}"


def nice_step(raw: float) -> int:
    """The smallest of 1, 2, 5 × 10^k (at least 1) not below `raw`: axis ticks at 0, 200, 400 … not 196, 392."""
    k = 1
    while True:
        for m in (1, 2, 5):
            if m * k >= raw:
                return m * k
        k *= 10


def bar_chart(labels: list[str], values: list[float], font, *, title: str = "", height_mm: float = 62,
              fmt: str = "%d", width_mm: float = CHART_WIDTH_MM, color=None, top: float | None = None):
    """A vertical bar chart with each bar's number above it; `top` fixes the scale (100 for percentages),
    else it fits the counts in whole-number steps."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    d = Drawing(width_mm * mm, height_mm * mm, initialFontName=font.name)
    c = VerticalBarChart()
    c.x, c.y = 12 * mm, 12 * mm
    c.width, c.height = (width_mm - 16) * mm, (height_mm - 22) * mm
    c.data = [values or [0]]
    c.categoryAxis.categoryNames = labels or [""]
    c.categoryAxis.labels.fontName = font.name
    c.categoryAxis.labels.fontSize = 7.5 if len(labels) > 8 else 8.5
    c.valueAxis.labels.fontName = font.name
    c.valueAxis.labels.fontSize = 7
    c.valueAxis.valueMin = 0
    if top is None:
        most = max(values or [0])
        step = nice_step(most * 1.2 / 5)                   # counts: round whole steps, never 0.2 of a ticket
        c.valueAxis.valueStep = step
        top = step * max(1, math.ceil(most * 1.2 / step))
    else:
        c.valueAxis.valueStep = top / 5
    c.valueAxis.valueMax = top
    c.valueAxis.visibleGrid = True
    c.valueAxis.gridStrokeColor = colors.Color(0.85, 0.85, 0.85)
    c.bars[0].fillColor = color or colors.Color(0.25, 0.45, 0.7)
    c.barLabelFormat = fmt
    c.barLabels.fontName = font.name
    c.barLabels.fontSize = 7.5
    c.barLabels.nudge = 6
    d.add(c)
    if title:
        d.add(String(width_mm * mm / 2, (height_mm - 5) * mm, title, fontName=font.bold, fontSize=10,
                     textAnchor="middle"))
    return d


def line_chart(labels: list[str], series: list[tuple[str, list[float | None], object]], font, *, title: str = "",
               targets: Sequence[tuple[str, float, object]] = (), height_mm: float = 70, top: float = 100):
    """A line chart of rates (0..1) over months drawn point by point: each point labelled with its value in
    percent, a month without data left as a gap, target lines dashed, a legend under it."""
    from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, String
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    width = CHART_WIDTH_MM * mm
    d = Drawing(width, height_mm * mm, initialFontName=font.name)     # no stray Helvetica in the PDF
    x0, y0 = 14 * mm, 16 * mm
    w, h = width - 18 * mm - (TARGET_LABEL_MM * mm if targets else 0), (height_mm - 28) * mm
    n = max(len(labels), 1)

    def xy(i: int, v: float) -> tuple[float, float]:
        return x0 + (i + 0.5) * w / n, y0 + h * min(v * 100, top) / top

    grey = colors.Color(0.85, 0.85, 0.85)
    for k in range(0, 6):
        y = y0 + h * k / 5
        d.add(Line(x0, y, x0 + w, y, strokeColor=grey if k else colors.black, strokeWidth=0.5))
        d.add(String(x0 - 2, y - 2.5, f"{top * k / 5:.0f}%", fontName=font.name, fontSize=7, textAnchor="end"))
    d.add(Line(x0, y0, x0, y0 + h, strokeColor=colors.black, strokeWidth=0.5))
    for i, label in enumerate(labels):
        d.add(String(x0 + (i + 0.5) * w / n, y0 - 9, label, fontName=font.name, fontSize=7.5, textAnchor="middle"))
    for name, value, color in targets:
        y = xy(0, value)[1]
        d.add(Line(x0, y, x0 + w, y, strokeColor=color, strokeWidth=0.8, strokeDashArray=[3, 2]))
        d.add(String(x0 + w + 1.5 * mm, y - 2, name, fontName=font.name, fontSize=6.5, fillColor=color))  # beside
    for k, (_name, values, color) in enumerate(series):
        run: list[float] = []
        for i, v in enumerate(values + [None]):
            if v is None:
                if len(run) >= 4:
                    d.add(PolyLine(run, strokeColor=color, strokeWidth=1.4))
                run = []
                continue
            x, y = xy(i, v)
            run += [x, y]
            d.add(Circle(x, y, 1.6, fillColor=color, strokeColor=color))
            others = [o for j, (_, vals, _) in enumerate(series) if j != k and i < len(vals)
                      for o in (vals[i],) if o is not None]
            dy = 4 if all(v >= o for o in others) else -9     # the upper line labels above, the lower below
            if y + dy < y0 + 1:                               # never under the axis, among the month names
                dy = 4
            d.add(String(x, y + dy, f"{v * 100:.0f}", fontName=font.name, fontSize=6.5, fillColor=color,
                         textAnchor="middle"))
    x = x0
    for name, _, color in series:                       # the legend under the chart
        d.add(Line(x, 3.5 * mm, x + 8 * mm, 3.5 * mm, strokeColor=color, strokeWidth=1.6))
        d.add(String(x + 10 * mm, 2.5 * mm, name, fontName=font.name, fontSize=8))
        x += 50 * mm
    if title:
        d.add(String(width / 2, (height_mm - 5) * mm, title, fontName=font.bold, fontSize=10, textAnchor="middle"))
    return d


def _label(value) -> str:
    """A point's number on a line chart (nothing where a month has no data)."""
    return "" if value is None else f"{value:.0f}"


def _measures_table(f: dict) -> list[list[str]]:
    """指标 | 本月 | 上月 | 环比 | 目标 | 结论."""
    t, s, late, rep = f["timeliness"], f["satisfaction"], f["late_repair"], f["repeat"]
    ytd = f["timeliness_ytd"]
    return [
        ["指标", "本月", "上月", "环比", "目标", "结论"],
        ["及时完成率（全部工单）", f"{pct(t['rate'])} ({t['met']}/{t['due']})", pct(t["previous"]),
         pp(t["change"]), f"≥ {pct(t['target'], 0)}", verdict(t["meets_target"])],
        ["累计及时完成率（本年）", f"{pct(ytd['rate'])} ({ytd['met']}/{ytd['due']})", pct(ytd["previous"]),
         pp(ytd["change"]), f"≥ {pct(ytd['target'], 0)}", verdict(ytd["meets_target"])],
        ["回访满意率", f"{pct(s['rate'])} ({s['satisfied'] + s['basic']}/{s['reached']})", pct(s["previous"]),
         pp(s["change"]), f"≥ {pct(s['target'], 0)}", verdict(s["meets_target"])],
        ["维修不及时投诉占比", f"{pct(late['share'])} ({late['caused']}/{late['complaints']})",
         pct(late["previous"]), pp(late["change"]), f"≤ {pct(late['target'], 0)}", verdict(late["meets_target"])],
        ["二次投诉占比", f"{pct(rep['share'])} ({rep['repeats']}/{rep['complaints']})", pct(rep["previous"]),
         pp(rep["change"]), "—", "—"],
        ["登记总量", f"{f['intake']['total']} 件", f"{f['intake']['previous_total']} 件",
         f"{f['intake']['total'] - f['intake']['previous_total']:+d} 件", "—", "—"],
    ]


def monthly_story(f: dict, font) -> list:
    """The report's flowables, in order."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer
    from frontdesk.printing.base import escape, styles, table
    st = styles(font)
    month, (start, end) = f["month"], f["period"]
    story = [Paragraph(f"{_month_zh(month)}客服月度分析报告", st["title"]),
             Paragraph(f"统计期间：{_period_zh(start, end)}", st["subtitle"]),
             Paragraph("一、主要指标与目标", st["heading"]),
             table(_measures_table(f), [44 * mm, 46 * mm, 17 * mm, 28 * mm, 16 * mm, 19 * mm], font=font,
                   center_cols=(1, 2, 3, 4, 5))]
    t = f["timeliness"]
    story += [Paragraph("二、分类型及时完成率", st["heading"]),
              table([["类型", "本月到期", "按时完成", "及时完成率", "目标", "结论"]] +
                    [[r["name"], str(r["due"]), str(r["met"]), pct(r["rate"]), pct(t["target"], 0),
                      verdict(None if r["rate"] is None else r["rate"] >= t["target"])] for r in t["by_type"]] +
                    [["合计", str(t["due"]), str(t["met"]), pct(t["rate"]), pct(t["target"], 0),
                      verdict(t["meets_target"])]],
                    [30 * mm, 28 * mm, 28 * mm, 30 * mm, 24 * mm, 30 * mm], font=font, center_cols=range(6))]
    if t["by_type"]:
        story.append(bar_chart([r["name"] for r in t["by_type"]], [round(r["rate"] * 100, 1) for r in t["by_type"]],
                               font, title="分类型及时完成率（%）", fmt="%.1f", height_mm=55, top=100))
    s = f["satisfaction"]
    story += [KeepTogether([Paragraph("三、回访满意度", st["heading"]),
              table([["接通回访", "满意", "基本满意", "不满意", "满意率"],
                     [str(s["reached"]), str(s["satisfied"]), str(s["basic"]), str(s["unsatisfied"]), pct(s["rate"])]],
                    [34 * mm] * 5, font=font, center_cols=range(5))])]
    intake = f["intake"]
    story += [CondPageBreak(90 * mm), Paragraph("四、登记量分析", st["heading"])]
    if not intake["total"]:                      # no empty charts and header-only tables for a quiet month
        story.append(Paragraph(NO_INTAKE, st["body"]))
    else:
        story += [bar_chart([n for _, n, _ in intake["by_type"]], [c for _, _, c in intake["by_type"]], font,
                            title=f"按类型（共 {intake['total']} 件）", height_mm=55),
                  bar_chart([n for _, n, _ in intake["by_channel"]], [c for _, _, c in intake["by_channel"]], font,
                            title="按渠道", height_mm=55, color=colors.Color(0.3, 0.6, 0.4)),
                  bar_chart([f"{b}栋" if b is not None else "公共" for b, _ in intake["by_building"][:15]],
                            [c for _, c in intake["by_building"][:15]], font, height_mm=55,
                            title="按楼栋" + ("（前 15 栋）" if len(intake["by_building"]) > 15 else ""),
                            color=colors.Color(0.55, 0.45, 0.7)),
                  Paragraph("按类别：", st["body"]),
                  table([["类型", "类别", "件数", "占比"]] +
                        [[name, cat, str(n), pct(n / intake["total"] if intake["total"] else None)]
                         for _, name, cat, n in intake["by_category"]],
                        [35 * mm, 50 * mm, 30 * mm, 30 * mm], font=font, center_cols=(0, 2, 3))]
    late, rep = f["late_repair"], f["repeat"]
    story += [Paragraph("五、投诉分析", st["heading"]),
              Paragraph(f"本月投诉 {late['complaints']} 件，其中二次投诉 {rep['repeats']} 件（{pct(rep['share'])}），"
                        f"维修不及时引起的投诉 {late['caused']} 件（{pct(late['share'])}，目标 ≤ "
                        f"{pct(late['target'], 0)}，{verdict(late['meets_target'])}）。", st["body"])]
    if late["numbers"]:
        story.append(Paragraph("维修不及时引起的投诉：" + escape("、".join(late["numbers"][:40]))
                               + (" 等" if len(late["numbers"]) > 40 else ""), st["small"]))
    if not f["hot_issues"]:
        story += [Paragraph("六、热点问题（前十位）", st["heading"]), Paragraph(NO_INTAKE, st["body"])]
    else:
        story += [KeepTogether([Paragraph("六、热点问题（前十位）", st["heading"]),
                  table([["排名", "类型", "类别", "件数", "常见关键词"]] +
                        [[str(h["rank"]), h["type_name"], h["category"], str(h["count"]),
                          "、".join(f"{w}（{n}）" for w, n in h["keywords"]) or "—"] for h in f["hot_issues"]],
                        [16 * mm, 24 * mm, 32 * mm, 20 * mm, 78 * mm], font=font, center_cols=(0, 1, 3))])]
    story += _trend_story(f, font, st)
    from frontdesk.printing.inspection import completion_story        # 八、巡检完成情况 (issue 12)
    story += completion_story(f.get("inspections"), font)
    story += [CondPageBreak(60 * mm), Paragraph("附：统计口径", st["heading"])]
    story += [Paragraph(escape(text), st["small"]) for text in DEFINITIONS.values()]
    story += [Paragraph("已撤销的登记不计入以上各项。", st["small"]), Spacer(1, 4 * mm)]
    return story


def _trend_story(f: dict, font, st) -> list:
    """Twelve months: rates against their targets, intake per month, and the numbers in a table."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import CondPageBreak, Paragraph
    from frontdesk.printing.base import table
    trend = f["trend"]
    labels = [_short_month(r["month"]) for r in trend]
    blue, green, red = colors.Color(0.2, 0.4, 0.75), colors.Color(0.2, 0.6, 0.3), colors.Color(0.8, 0.25, 0.2)
    rates = line_chart(labels, [("及时完成率", [r["timeliness"] for r in trend], blue),
                                ("回访满意率", [r["satisfaction"] for r in trend], green)],
                       font, title="及时完成率与回访满意率（%）",
                       targets=[("及时率目标 60%", f["targets"]["timeliness"], blue),
                                ("满意率目标 85%", f["targets"]["satisfaction"], green)])
    late = line_chart(labels, [("维修不及时引起的投诉占比", [r["late_repair"] for r in trend], red),
                               ("二次投诉占比", [r["repeat"] for r in trend], colors.Color(0.6, 0.4, 0.1))],
                      font, title="投诉指标（%）", height_mm=60,
                      targets=[("上限 5%", f["targets"]["late_repair_complaints"], red)])
    counts = bar_chart(labels, [r["intake"] for r in trend], font, title="每月登记量（件）", height_mm=55)
    rows = [["月份", "登记量", "投诉", "及时完成率", "回访满意率", "维修不及时投诉占比"]] + [
        [r["month"], str(r["intake"]), str(r["complaints"]), pct(r["timeliness"]), pct(r["satisfaction"]),
         pct(r["late_repair"])] for r in trend]
    return [CondPageBreak(110 * mm), Paragraph("七、十二个月趋势", st["heading"]), rates, late, counts,
            table(rows, [24 * mm, 22 * mm, 22 * mm, 32 * mm, 32 * mm, 38 * mm], font=font, center_cols=range(6))]


def monthly_pdf_bytes(db, figures: dict) -> bytes:
    """The whole report, with the centre's letterhead (portrait A4)."""
    from frontdesk.printing.base import build_pdf
    from .reports import font_of, letterhead
    font = font_of(db)
    return build_pdf(monthly_story(figures, font), letterhead=letterhead(db), title="客服月度分析报告",
                     doc_number=f"YF-{figures['month'].replace('-', '')}", font=font)
