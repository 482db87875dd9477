"""Notices 通知 and reminders (fee 催缴, handover 收房): one per unit by mail merge (one PDF, a page each, a
delivery receipt under the reminders), or one lobby poster (公告) for the notice board."""
from __future__ import annotations

from typing import Callable, Sequence

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, HRFlowable, KeepTogether, PageBreak, Paragraph, Spacer, Table

from frontdesk.core.templates import fill

from .base import HEADER_HEIGHT, MARGIN, choices, escape, section, styles, table
from .fonts import FontInfo
from .letters import salutation, signature
from .text import paragraphs

PUBLIC_VALUES = {"owner_name": "各位业主、住户", "unit": "本小区各单元"}
#: Templates that speak to one unit about its own affairs (arrears, keys): a delivery receipt goes with them,
#: and they are never posted in the lobby (what they say is not true for everyone, nor anyone else's business).
PRIVATE = {"fee-reminder": "a fee reminder names one unit's arrears", "handover-reminder":
           "a handover reminder is about one unit's keys and papers"}
FRAME_HEIGHT = 297 * mm - (MARGIN + HEADER_HEIGHT - 6 * mm) - MARGIN - 12 - 8 * mm   # frame padding, slack
WIDTH = 170 * mm


def closing(title: str) -> str:
    """The closing that agrees with the title: a letter (…函) 特此函告, a notice 特此通知."""
    return "特此函告。" if title.rstrip().endswith("函") else "特此通知。"


class Cancelled(Exception):
    """The merge was cancelled: nothing is written."""


def notice(values: dict, template: dict, font: FontInfo, *, public: bool = False) -> list:
    """One notice: title, to whom (this unit's owner, or everyone), the filled body, 特此通知, centre and date."""
    st = styles(font)
    if public:
        values = {**values, **PUBLIC_VALUES}
    title = fill(template.get("title") or "通知", values)
    story = [Paragraph(escape(title), st["title"])]
    story.append(Paragraph("各位业主、住户：", st["body"]) if public else salutation(values, st))
    story += paragraphs(fill(template["body"], values), st)
    story.append(Paragraph(closing(title), st["body_indent"]))
    story += signature(values, st, seal=True, people=False)
    if not public and template.get("name") in PRIVATE:
        story += receipt(values, st, font)
    return story


def receipt(values: dict, st: dict, font: FontInfo) -> list:
    """送达回执: the tear-off slip the owner (or who received it) signs, kept by the centre as proof of delivery."""
    ways = choices(("当面签收", "留置送达（门缝、信箱）", "邮寄"), None, 10, "　　")
    rows = [["文书编号", values.get("doc_number") or "", "房号", values.get("unit") or ""],
            ["业主", values.get("owner_name") or "", "签收人（与业主关系）", ""],
            ["送达方式", Paragraph(ways, st["cell"]), "", ""],
            ["签收日期", "＿＿＿＿年＿＿月＿＿日", "送达人", ""]]
    t = table(rows, [25 * mm, 55 * mm, 40 * mm, 50 * mm], header=False, font=font,
              row_heights=[8 * mm, 8 * mm, 8 * mm, 9 * mm], extra_style=[("SPAN", (1, 2), (3, 2))])
    from reportlab.lib import colors
    slip = [Paragraph("（请沿虚线剪下，签收后由服务中心留存）", st["small"]),
            HRFlowable(width="100%", thickness=0.8, dash=(4, 3), color=colors.black, spaceBefore=1,
                       spaceAfter=3 * mm),
            Paragraph("送达回执", st["heading"]), t]
    return [Spacer(1, 4 * mm), CondPageBreak(60 * mm), KeepTogether(slip)]


def refuse_public(template: dict) -> None:
    """The public (lobby) form of a one-unit letter is refused, saying why."""
    from frontdesk.core.errors import Refused
    why = PRIVATE.get(template.get("name") or "")
    if why:
        raise Refused("not_public", f"{why}: it is printed per unit (--units) with a delivery receipt, never "
                      "posted publicly", template=template.get("name"))


def _poster_styles(font: FontInfo, size: float) -> dict:
    """Poster type: a large title; the body at `size` points, readable from a few metres."""
    base = dict(fontName=font.name, wordWrap="CJK")
    return {"title": ParagraphStyle("poster_title", **base, fontSize=40, leading=52, alignment=TA_CENTER,
                                    spaceAfter=8 * mm).clone("poster_title", fontName=font.bold),
            "to": ParagraphStyle("poster_to", **base, fontSize=size, leading=size * 1.6, spaceAfter=size * 0.4),
            "body": ParagraphStyle("poster_body", **base, fontSize=size, leading=size * 1.6,
                                   firstLineIndent=size * 2, spaceAfter=size * 0.5),
            "sign": ParagraphStyle("poster_sign", **base, fontSize=size * 0.8, leading=size * 1.25,
                                   alignment=TA_RIGHT),
            "foot": ParagraphStyle("poster_foot", **base, fontSize=13, leading=20),
            "hotline": ParagraphStyle("poster_hotline", **base, fontSize=22, leading=30, alignment=TA_CENTER)
            .clone("poster_hotline", fontName=font.bold)}


def poster(values: dict, template: dict, font: FontInfo) -> list:
    """A lobby notice (公告) as a poster: title in 40 points, the body as large as fits the page (14 to 26 points),
    the page filled, then the posting and take-down dates and the centre's hotline at the foot."""
    values = {**values, **PUBLIC_VALUES}
    title = fill(template.get("title") or "通知", values)
    text = fill(template["body"], values)
    blocks = [b.strip() for b in text.replace("\r\n", "\n").split("\n\n") if b.strip()]
    hotline = values.get("centre_phone") or ""
    take_down = values.get("take_down") or "＿＿＿＿年＿＿月＿＿日"
    for size in (26, 24, 22, 20, 18, 16, 14):
        ps = _poster_styles(font, size)
        body = [Paragraph(escape(title), ps["title"]), Paragraph("各位业主、住户：", ps["to"])]
        body += [Paragraph(escape(b), ps["body"]) for b in blocks]
        body += [Paragraph(closing(title), ps["body"]), Spacer(1, size * 0.6),
                 Paragraph(escape(values.get("centre_name") or "物业服务中心"), ps["sign"]),
                 Paragraph(escape(values.get("date") or ""), ps["sign"])]
        foot = Table([[Paragraph(escape(f"张贴日期：{values.get('date') or ''}　　撤除日期：{take_down}"),
                                 ps["foot"])],
                      [Paragraph(escape(f"服务热线：{hotline}" if hotline else "服务热线：＿＿＿＿＿＿"),
                                 ps["hotline"])]], colWidths=[WIDTH])
        foot.setStyle([("LINEABOVE", (0, 0), (-1, 0), 1.2, "black"), ("FONT", (0, 0), (-1, -1), font.name, 12)])
        used = sum(f.wrap(WIDTH, FRAME_HEIGHT)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in body)
        foot_h = foot.wrap(WIDTH, FRAME_HEIGHT)[1]
        if used + foot_h <= FRAME_HEIGHT or size == 14:
            break
    return body + [FillTo(foot_h + 2 * mm), foot]


class FillTo(Flowable):
    """Empty space down to `reserve` above the frame's foot: the poster's foot sits at the bottom of the page."""

    def __init__(self, reserve: float):
        super().__init__()
        self.reserve = reserve

    def wrap(self, aw, ah):
        self.width, self.height = aw, max(ah - self.reserve, 0)
        return self.width, self.height

    def draw(self):
        pass


class _Progress(section):
    """A section start that also reports progress and honours cancel while the PDF is laid out."""

    def __init__(self, doc_number: str, index: int, total: int, abort: Callable[[], bool] | None,
                 report: Callable[[float, str], None] | None):
        super().__init__(doc_number)
        self.index, self.total, self.abort, self.report = index, total, abort, report

    def draw(self):
        if self.abort and self.abort():
            raise Cancelled()
        if self.report and (self.index % 25 == 0 or self.index == self.total - 1):
            self.report(0.1 + 0.85 * self.index / max(self.total, 1), f"{self.index + 1}/{self.total}")
        super().draw()


def merge(recipients: Sequence[dict], template: dict, base_values: dict, doc_numbers: Sequence[str],
          font: FontInfo, *, abort=None, report=None) -> list:
    """The story of a mail merge: one section (own number, own page count) per recipient's values."""
    story: list = []
    total = len(recipients)
    for i, (person, number) in enumerate(zip(recipients, doc_numbers)):
        if abort and i % 50 == 0 and abort():
            raise Cancelled()
        if i:
            story.append(PageBreak())
        story.append(_Progress(number, i, total, abort, report))
        story += notice({**base_values, **person, "doc_number": number}, template, font)
    if report:
        report(0.1, f"0/{total}")
    return story


def spacer() -> Spacer:
    return Spacer(1, 4 * mm)
