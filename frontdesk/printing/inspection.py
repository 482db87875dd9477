"""The inspection sheet 巡检表 from an inspection template: the round's number as text and as a QR code (the desk
scans or types it to find the round), items × passes with tick boxes as tall as the text, counts (数量) and
readings (读数) with their allowed range, a key, remarks and signatures. Score sheets add weights and a total."""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from .base import escape, styles, table
from .fonts import FontInfo
from .work_order import QrCode

USABLE = 257 * mm          # landscape A4 less 2 × 20 mm
WEEKDAYS = "一二三四五六日"
BLANK = "＿＿＿＿＿＿"


class TickBoxes(Flowable):
    """Labelled boxes to tick (□ 正常 □ 异常), each box as tall as the text beside it."""

    def __init__(self, labels: tuple[str, ...], font: FontInfo, size: float = 10):
        super().__init__()
        self.labels, self.font, self.size = labels, font, size

    def _widths(self) -> list[float]:
        from reportlab.pdfbase.pdfmetrics import stringWidth
        return [self.size * 1.25 + stringWidth(t, self.font.name, self.size) for t in self.labels]

    def wrap(self, aw, ah):
        self.width = sum(self._widths()) + self.size * 0.9 * (len(self.labels) - 1)
        self.height = self.size * 1.2
        return self.width, self.height

    def draw(self):
        canv, s = self.canv, self.size
        canv.saveState()
        canv.setLineWidth(0.8)
        canv.setStrokeColor(colors.black)
        canv.setFont(self.font.name, s)
        x = 0.0
        for label, width in zip(self.labels, self._widths()):
            canv.rect(x, s * 0.05, s, s, stroke=1, fill=0)        # the box spans the text's full height
            canv.drawString(x + s * 1.25, s * 0.15, label)
            x += width + s * 0.9
        canv.restoreState()


def frequency_text(freq: dict) -> str:
    """每日, 每周一、四, 每月15日 (31: 月末), 每14天."""
    every = freq.get("every")
    if every == "weekly":
        return "每周" + "、".join(WEEKDAYS[d - 1] for d in freq.get("days", []))
    if every == "monthly":
        return "每月月末" if freq.get("day") == 31 else f"每月{freq.get('day')}日"
    if every == "days":
        return f"每{freq.get('n')}天"
    return "每日"


def _range(item: dict) -> str:
    """（允许 5–40 ℃） after the standard, unless the standard already says it; （应为 0 盏） for none allowed."""
    from frontdesk.core.inspections import range_note
    note = range_note(item)
    if not note:
        return ""
    if item.get("min") is None and item.get("max") == 0:
        return f"（应为 0 {item.get('unit') or ''}）".replace(" ）", "）")
    return f"（允许 {note}）"


def _cell(item: dict, font: FontInfo, st: dict, compact: bool):
    """What the inspector fills in for one item in one pass."""
    if item["judged"] == "count":
        return Paragraph(escape(f"数量 ＿＿＿ {item.get('unit') or ''}").strip(), st["cell"])
    if item["judged"] == "reading":
        return Paragraph(escape(f"读数 ＿＿＿ {item.get('unit') or ''}").strip(), st["cell"])
    return TickBoxes(("符合", "不符") if item.get("weight") else ("正常", "异常"), font, 9.5 if compact else 10.5)


def sheet(data: dict, font: FontInfo, *, date: str = "", number: str = "", place: str = "",
          period: str = "") -> list:
    """The story of one sheet (landscape); `data` is a checked inspection template. With a round `number` the
    sheet carries it as text and as a QR code."""
    st = styles(font)
    passes = int(data.get("times", data.get("rounds", 1)))
    scored = data.get("kind") == "quality"
    compact = passes > 2
    places = data.get("places") or [data.get("place") or ""]
    where = place or ("、".join(places) if places and "{building}" not in places[0] else "")
    head = [f"巡检地点：{where or BLANK}", f"频次：{frequency_text(data.get('frequency') or {})}",
            f"日期：{date or '＿＿＿＿年＿＿月＿＿日'}"]
    if period:
        head.append(f"周期：{period}")
    head += [f"{f}：{BLANK}" for f in data.get("fields") or []]
    if not scored:
        head.append(f"天气：{BLANK[:4]}")
    gap = "&nbsp;" * 6
    header_par = Paragraph(gap.join(escape(h) for h in head), st["body"])
    title = Paragraph(escape(data["title"]), ParagraphStyle("sheet_title", parent=st["title"], spaceAfter=2))
    if number:
        code = Paragraph(escape("巡检单号") + "<br/>" + escape(number), st["cell_center"])
        top = Table([[title, QrCode(number, 18 * mm)], [header_par, code]],
                    colWidths=[USABLE - 44 * mm, 44 * mm])
        top.setStyle(TableStyle([("SPAN", (1, 0), (1, 0)), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                 ("ALIGN", (1, 0), (1, -1), "CENTER"), ("FONT", (0, 0), (-1, -1), font.name, 10),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                 ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
        story = [top]
    else:
        story = [title, header_par]
    fixed = [10 * mm, 40 * mm, 56 * mm] if compact else [12 * mm, 46 * mm, 74 * mm]
    if scored:
        fixed.append(14 * mm)
    remarks = 34 * mm
    per_pass = (USABLE - sum(fixed) - remarks) / passes
    pass_head = ["检查结果"] if passes == 1 else [f"第{r}次  ＿＿:＿＿" for r in range(1, passes + 1)]
    header = ["序号", "巡检项目", "标准 / 要求"] + (["分值"] if scored else []) + pass_head + ["备注"]
    rows = [header]
    for n, item in enumerate(data["items"], 1):
        std = (item.get("standard") or "") + _range(item)
        row = [str(n), item["name"], std] + ([f"{item['weight']:g}"] if scored else [])
        rows.append(row + [_cell(item, font, st, compact) for _ in range(passes)] + [""])
    pad = 4 if len(data["items"]) <= 9 else 3          # a one-line row is about 7.5 mm; two lines grow it
    grid = table(rows, fixed + [per_pass] * passes + [remarks], font=font, center_cols=(0, 3) if scored else (0,),
                 extra_style=[("TOPPADDING", (0, 1), (-1, -1), pad), ("BOTTOMPADDING", (0, 1), (-1, -1), pad)])
    judged = any(i["judged"] != "normal_abnormal" for i in data["items"])
    story += [Spacer(1, 1.5 * mm), grid, Spacer(1, 1.5 * mm), _key(st, scored, judged)]
    if scored:
        story.append(Paragraph("合计得分：＿＿＿＿ / 100（符合得该项分值，不符合不得分）", st["body"]))
    signs = Paragraph(("评分人" if scored else "巡检人") + "：＿＿＿＿＿＿＿＿　　巡检时间：＿＿月＿＿日 ＿＿:＿＿　　"
                      "复核人（主管）：＿＿＿＿＿＿＿＿　　前台录入：＿＿＿＿＿＿", st["body"])
    note = Table([["异常情况及处理：", ""]], colWidths=[34 * mm, USABLE - 34 * mm], rowHeights=[8 * mm])
    note.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), font.name, 11), ("LINEBELOW", (1, 0), (1, 0), 0.5, colors.grey),
                              ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (0, 0), 0)]))
    story.append(KeepTogether([note, Spacer(1, 2 * mm), signs]))
    return story


def _key(st: dict, scored: bool, values: bool) -> Paragraph:
    """The key, in body type: how to mark, what counts as abnormal, what the desk does with it."""
    ok, bad = ("符合", "不符") if scored else ("正常", "异常")
    text = f"填写说明：检查合格在“{ok}”框内打 √；发现问题在“{bad}”框内打 √，并在备注栏写明位置和情况。"
    if values:
        text += "“数量”栏填写实际清点的数量，“读数”栏填写仪表读数；超出括号内的允许范围即为异常。"
    text += "交回前台后录入系统，异常项目生成报修工单（来源：巡查）。"
    return Paragraph(text, st["body"])


def completion_story(data: dict | None, font: FontInfo, *, heading: str = "八、巡检完成情况") -> list:
    """The monthly analysis's inspection part: done / due per sheet, the missed rounds named, the score per area."""
    from reportlab.platypus import CondPageBreak
    if not data or not data.get("due"):
        return []
    st = styles(font)
    rows = [["巡检表", "应检", "已检", "漏检", "完成率"]]
    for t in data["templates"]:
        rows.append([t["title"], str(t["due"]), str(t["done"]), str(t["missed"]), _pct(t["rate"])])
    rows.append(["合计", str(data["due"]), str(data["done"]), str(data["missed"]), _pct(data["rate"])])
    story = [CondPageBreak(70 * mm), Paragraph(heading, st["heading"]),
             Paragraph(f"本月应检 {data['due']} 次，已检 {data['done']} 次，完成率 {_pct(data['rate'])}；"
                       f"漏检 {data['missed']} 次。", st["body"]),
             table(rows, [62 * mm, 24 * mm, 24 * mm, 24 * mm, 30 * mm], font=font, center_cols=(1, 2, 3, 4))]
    missed = data.get("missed_rounds") or []
    if missed:
        names = "；".join(f"{int(m['due_on'][5:7])}月{int(m['due_on'][8:])}日 {m['title']}（{m['place']}）"
                         for m in missed[:60])
        story.append(Paragraph(escape("漏检：" + names + ("等" if len(missed) > 60 else "") + "。"), st["small"]))
    scores = data.get("scores") or {}
    areas = [(a, v) for a, v in (scores.get("areas") or {}).items() if any(x is not None for x in v)]
    if areas:
        rows = [["服务质量评分", *[f"{int(m[5:])}月" for m in scores["months"]], "变化"]]
        for area, values in areas:
            change = (f"{values[-1] - values[-2]:+.1f}" if None not in values[-2:] else "—")
            rows.append([area, *[f"{v:g}" if v is not None else "—" for v in values], change])
        story += [Spacer(1, 2 * mm), table(rows, [40 * mm] + [30 * mm] * (len(scores["months"]) + 1), font=font,
                                           center_cols=tuple(range(1, len(scores["months"]) + 2)))]
    return story


def _pct(rate) -> str:
    return "—" if rate is None else f"{rate:.1f}%"
