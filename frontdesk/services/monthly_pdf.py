"""The monthly analysis (月度分析报告) as a PDF: the judged measures against their targets, counts, hot
issues and twelve-month trends, with bar and line charts that carry their numbers.

It prints what core.reports.monthly_analysis returned and computes nothing of its own."""
from __future__ import annotations

from typing import Sequence
import math

from frontdesk.core.axis import nice_step
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


AXIS_FONT = 9               # axis numbers and month names readable on paper
#: Series told apart in black and white: (marker, dash pattern); colour comes on top.
STYLES = (("circle", None), ("square", [5, 2.5]), ("triangle", [1.2, 2]))


def nice_top(most: float, steps: int = 5) -> tuple[float, float]:
    """An axis top and step for values up to `most` (a little headroom): 0–17 % gets 0–20 %, not 0–100 %."""
    step = nice_step(max(most, 1) * 1.15 / steps)
    top = step * max(1, math.ceil(max(most, 1) * 1.15 / step))
    if most <= 100 < top:                      # a rate never goes past 100 %
        return 100, 20
    return top, step


def bar_chart(labels: list[str], values: list[float], font, *, title: str = "", height_mm: float = 62,
              fmt: str = "%d", width_mm: float = CHART_WIDTH_MM, color=None, top: float | None = None,
              target: tuple[str, float] | None = None):
    """A vertical bar chart with each bar's number above it; `top` fixes the scale (100 for percentages),
    else it fits the counts in whole-number steps; `target` (name, value) is drawn as a dashed line."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing, Line, String
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    d = Drawing(width_mm * mm, height_mm * mm, initialFontName=font.name)
    c = VerticalBarChart()
    c.x, c.y = 14 * mm, 12 * mm
    c.width, c.height = (width_mm - 18 - (20 if target else 0)) * mm, (height_mm - 22) * mm
    c.data = [values or [0]]
    c.categoryAxis.categoryNames = labels or [""]
    c.categoryAxis.labels.fontName = font.name
    c.categoryAxis.labels.fontSize = 8 if len(labels) > 8 else AXIS_FONT
    c.valueAxis.labels.fontName = font.name
    c.valueAxis.labels.fontSize = AXIS_FONT
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
    c.barLabels.fontSize = 8.5
    c.barLabels.nudge = 6
    d.add(c)
    if target:
        name, value = target
        y = c.y + c.height * min(value, top) / top
        d.add(Line(c.x, y, c.x + c.width, y, strokeColor=colors.black, strokeWidth=1, strokeDashArray=[4, 2]))
        d.add(String(c.x + c.width + 1.5 * mm, y - 3, name, fontName=font.name, fontSize=8))
    if title:
        d.add(String(width_mm * mm / 2, (height_mm - 5) * mm, title, fontName=font.bold, fontSize=10,
                     textAnchor="middle"))
    return d


def _marker(kind: str, x: float, y: float, color):
    from reportlab.graphics.shapes import Circle, Polygon, Rect
    r = 2.2
    if kind == "square":
        return Rect(x - r, y - r, 2 * r, 2 * r, fillColor=colors_white(), strokeColor=color, strokeWidth=1.1)
    if kind == "triangle":
        return Polygon([x - r - 0.4, y - r, x + r + 0.4, y - r, x, y + r + 0.6], fillColor=color, strokeColor=color)
    return Circle(x, y, r, fillColor=color, strokeColor=color)


def colors_white():
    from reportlab.lib import colors
    return colors.white


def line_chart(labels: list[str], series: list[tuple[str, list[float | None], object]], font, *, title: str = "",
               targets: Sequence[tuple[str, float, object]] = (), height_mm: float = 70, top: float | None = None):
    """A line chart of rates (0..1) over months drawn point by point: the axis scaled to the data and targets
    (`top` in percent fixes it), each series with its own marker and dash (told apart in black and white),
    each point's value placed where it collides with no other label (left out where none is free: the table
    under the charts has every number), a month without data left as a gap, target lines dashed, a legend."""
    from reportlab.graphics.shapes import Drawing, Line, PolyLine, String
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    width = CHART_WIDTH_MM * mm
    d = Drawing(width, height_mm * mm, initialFontName=font.name)     # no stray Helvetica in the PDF
    values_all = [v * 100 for _, vals, _ in series for v in vals if v is not None] + [t * 100 for _, t, _ in targets]
    if top is None:
        top, step = nice_top(max(values_all or [1]))
    else:
        step = top / 5
    x0, y0 = 16 * mm, 16 * mm
    w, h = width - 20 * mm - (TARGET_LABEL_MM * mm if targets else 0), (height_mm - 28) * mm
    n = max(len(labels), 1)

    def xy(i: int, v: float) -> tuple[float, float]:
        return x0 + (i + 0.5) * w / n, y0 + h * min(v * 100, top) / top

    grey = colors.Color(0.85, 0.85, 0.85)
    k = 0
    while k * step <= top + 1e-9:
        y = y0 + h * k * step / top
        d.add(Line(x0, y, x0 + w, y, strokeColor=grey if k else colors.black, strokeWidth=0.5))
        d.add(String(x0 - 2, y - 3, f"{k * step:g}%", fontName=font.name, fontSize=AXIS_FONT, textAnchor="end"))
        k += 1
    d.add(Line(x0, y0, x0, y0 + h, strokeColor=colors.black, strokeWidth=0.5))
    for i, label in enumerate(labels):
        d.add(String(x0 + (i + 0.5) * w / n, y0 - 10, label, fontName=font.name, fontSize=8.5, textAnchor="middle"))
    placed: list[tuple[float, float, float, float]] = []         # label boxes already drawn (x1, y1, x2, y2)
    from frontdesk.core.layout import spread
    names_at = spread([xy(0, value)[1] for _, value, _ in targets], 9, 4, height_mm * mm - 4)  # never overlapping
    for (name, value, color), at in zip(targets, names_at):
        y = xy(0, value)[1]
        d.add(Line(x0, y, x0 + w, y, strokeColor=color, strokeWidth=0.9, strokeDashArray=[3, 2]))
        d.add(String(x0 + w + 1.5 * mm, at - 3, name, fontName=font.name, fontSize=8, fillColor=color))  # beside
    points = [(xy(i, v), k) for k, (_, vals, _) in enumerate(series) for i, v in enumerate(vals) if v is not None]
    for (px, py), _k in points:                                   # labels never sit on a point either
        placed.append((px - 2.5, py - 2.5, px + 2.5, py + 2.5))
    size = 7.5
    for k, (_name, values, color) in enumerate(series):
        marker, dash = STYLES[k % len(STYLES)]
        run: list[float] = []
        for i, v in enumerate(values + [None]):
            if v is None:
                if len(run) >= 4:
                    d.add(PolyLine(run, strokeColor=color, strokeWidth=1.4, strokeDashArray=dash))
                run = []
                continue
            run += list(xy(i, v))
        for i, v in enumerate(values):
            if v is None:
                continue
            x, y = xy(i, v)
            d.add(_marker(marker, x, y, color))
            text = f"{v * 100:.0f}"
            half = len(text) * size * 0.3
            for dy in (4, -10.5, 11, -17.5):
                box = (x - half, y + dy - 1, x + half, y + dy + size - 1)
                if box[1] < y0 + 1 or box[3] > y0 + h + 10:
                    continue
                if all(box[2] < b[0] or box[0] > b[2] or box[3] < b[1] or box[1] > b[3] for b in placed):
                    placed.append(box)
                    d.add(String(x, y + dy, text, fontName=font.name, fontSize=size, fillColor=color,
                                 textAnchor="middle"))
                    break
    x = x0
    for k, (name, _, color) in enumerate(series):      # the legend under the chart: dash and marker as drawn
        marker, dash = STYLES[k % len(STYLES)]
        d.add(Line(x, 3.5 * mm, x + 10 * mm, 3.5 * mm, strokeColor=color, strokeWidth=1.4, strokeDashArray=dash))
        d.add(_marker(marker, x + 5 * mm, 3.5 * mm, color))
        d.add(String(x + 12 * mm, 2.5 * mm, name, fontName=font.name, fontSize=8.5))
        x += 62 * mm
    if title:
        d.add(String(width / 2, (height_mm - 5) * mm, title, fontName=font.bold, fontSize=10, textAnchor="middle"))
    return d


def _label(value) -> str:
    """A point's number on a line chart (nothing where a month has no data)."""
    return "" if value is None else f"{value:.0f}"


def _measures_table(f: dict) -> list[list[str]]:
    """指标 | 本月 | 上月 | 环比 | 目标 | 结论."""
    t, s, late, rep = f["repair_timeliness"], f["satisfaction"], f["late_repair"], f["repeat"]
    ytd, every = f["repair_timeliness_ytd"], f["timeliness"]
    return [
        ["指标", "本月", "上月", "环比", "目标", "结论"],
        ["维修及时完成率", f"{pct(t['rate'])} ({t['met']}/{t['due']})", pct(t["previous"]),
         pp(t["change"]), f"≥ {pct(t['target'], 0)}", verdict(t["meets_target"])],
        ["累计维修及时完成率（本年）", f"{pct(ytd['rate'])} ({ytd['met']}/{ytd['due']})", pct(ytd["previous"]),
         pp(ytd["change"]), f"≥ {pct(ytd['target'], 0)}", verdict(ytd["meets_target"])],
        ["全部工单按时率（参考）", f"{pct(every['rate'])} ({every['met']}/{every['due']})", pct(every["previous"]),
         pp(every["change"]), "各自时限", "—"],
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
             table(_measures_table(f), [50 * mm, 40 * mm, 17 * mm, 25 * mm, 20 * mm, 18 * mm], font=font,
                   center_cols=(1, 2, 3, 4, 5))]
    t, target = f["timeliness"], f["repair_timeliness"]["target"]
    rows = [[r["name"], str(r["due"]), str(r["met"]), pct(r["rate"]),
             f"≥ {pct(target, 0)}" if r["type"] == "repair" else "各自时限",
             verdict(None if r["rate"] is None else r["rate"] >= target) if r["type"] == "repair" else "—"]
            for r in t["by_type"]]
    story += [Paragraph("二、分类型及时完成率", st["heading"]),
              Paragraph("60% 与 80% 的目标考核维修（报修）工单；投诉、咨询、建议、表扬按各自时限统计，不计入维修及时完成率。",
                        st["small"]),
              table([["类型", "本月到期", "按时完成", "按时率", "目标", "结论"]] + rows +
                    [["合计", str(t["due"]), str(t["met"]), pct(t["rate"]), "—", "—"]],
                    [30 * mm, 28 * mm, 28 * mm, 30 * mm, 24 * mm, 30 * mm], font=font, center_cols=range(6))]
    if t["by_type"]:
        story.append(bar_chart([r["name"] for r in t["by_type"]], [round(r["rate"] * 100, 1) for r in t["by_type"]],
                               font, title="分类型按时率（%）", fmt="%.1f", height_mm=58, top=100,
                               target=(f"维修目标 {pct(target, 0)}", target * 100)))
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
    inspections = completion_story(f.get("inspections"), font)
    story += inspections
    from .monthly_written import written_story                          # 分析与整改: what an office signs
    story += written_story(f, font, number="九" if inspections else "八")
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
    rates = line_chart(labels, [("维修及时完成率", [r["repair_timeliness"] for r in trend], blue),
                                ("回访满意率", [r["satisfaction"] for r in trend], green)],
                       font, title="维修及时完成率与回访满意率（%）", top=100,
                       targets=[(f"累计目标 {pct(f['targets']['timeliness_ytd'], 0)}",
                                 f["targets"]["timeliness_ytd"], blue),
                                (f"满意率目标 {pct(f['targets']['satisfaction'], 0)}", f["targets"]["satisfaction"],
                                 green)])
    late = line_chart(labels, [("维修不及时引起的投诉占比", [r["late_repair"] for r in trend], red),
                               ("二次投诉占比", [r["repeat"] for r in trend], colors.Color(0.6, 0.4, 0.1))],
                      font, title="投诉指标（%）", height_mm=62,
                      targets=[(f"上限 {pct(f['targets']['late_repair_complaints'], 0)}",
                                f["targets"]["late_repair_complaints"], red)])
    counts = bar_chart(labels, [r["intake"] for r in trend], font, title="每月登记量（件）", height_mm=55)
    rows = [["月份", "登记量", "投诉", "维修及时完成率", "回访满意率", "维修不及时投诉占比"]] + [
        [r["month"], str(r["intake"]), str(r["complaints"]), pct(r["repair_timeliness"]), pct(r["satisfaction"]),
         pct(r["late_repair"])] for r in trend]
    return [CondPageBreak(110 * mm), Paragraph("七、十二个月趋势", st["heading"]), rates, late, counts,
            table(rows, [24 * mm, 22 * mm, 22 * mm, 32 * mm, 32 * mm, 38 * mm], font=font, center_cols=range(6))]


def monthly_pdf_bytes(db, figures: dict) -> bytes:
    """The whole report, with the centre's letterhead (portrait A4)."""
    from frontdesk.printing.base import build_pdf
    from .reports import font_of, letterhead
    from frontdesk.core.reports import shift_month
    from frontdesk.store import reports as store
    from frontdesk.store.db import iso, local_now
    now = iso(local_now()) or ""
    figures = {**figures, "missed_repairs": store.missed_repairs(db, figures["month"], now),
               "last_year": store.month_only(db, shift_month(figures["month"], -12), now)}
    font = font_of(db)
    return build_pdf(monthly_story(figures, font), letterhead=letterhead(db), title="客服月度分析报告",
                     doc_number=f"YF-{figures['month'].replace('-', '')}", font=font)
