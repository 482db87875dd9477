"""Letters to one owner: the complaint reply 投诉处理回复函 and the callback letter 回访函 with its reply slip."""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, HRFlowable, KeepTogether, Paragraph, Spacer

from frontdesk.core.templates import fill

from .base import choices, escape, lines_block, styles, table
from .fonts import FontInfo
from .text import paragraphs

#: Three lines to write on when no handling text was kept on the ticket.
HANDWRITE = "\n".join(["＿" * 38] * 3)
WIDTH = 170 * mm          # A4 less 2 × 20 mm


def salutation(values: dict, st: dict) -> Paragraph:
    """尊敬的张三丰业主（1-1-101）："""
    name = (values.get("owner_name") or "").strip()
    unit = (values.get("unit") or "").strip()
    who = f"尊敬的{name}业主" if name else "尊敬的业主"
    if unit:
        who += f"（{unit}）"
    return Paragraph(escape(who + "："), st["body"])


def signature(values: dict, st: dict, *, seal: bool = True, people: bool = True) -> list:
    """Who signs, the seal line and the date, at the right; the handling staff's lines at the left."""
    out = [Spacer(1, 6 * mm)]
    if people:
        out.append(Paragraph("经办人：＿＿＿＿＿＿　　审核人：＿＿＿＿＿＿", st["body"]))
    out.append(Paragraph(escape(values.get("centre_name") or "物业服务中心") + ("（盖章）" if seal else ""),
                         st["signature"]))
    out.append(Paragraph(escape(values.get("date") or ""), st["signature"]))
    return [KeepTogether(out)]


def complaint_reply(values: dict, template: dict, font: FontInfo) -> list:
    """投诉处理回复函: salutation, the filled template (gist, what was found and done, apology, contact), seal."""
    st = styles(font)
    if not (values.get("handling") or "").strip():
        values = {**values, "handling": HANDWRITE}
    title = fill(template.get("title") or "投诉处理回复函", values)
    story = [Paragraph(escape(title), st["title"]), salutation(values, st),
             Paragraph("您好！", st["body_indent"])]
    story += paragraphs(fill(template["body"], values), st)
    story.append(Paragraph("特此函复。", st["body_indent"]))
    return story + signature(values, st)


def reply_slip(values: dict, st: dict, font: FontInfo) -> list:
    """The tear-off 回执: ticket, unit, owner; rating boxes; comment lines; signature and date."""
    rating = choices(("满意", "基本满意", "不满意"), None, 10, "　　　")
    rows = [["受理编号", values.get("ticket_number") or "", "房号", values.get("unit") or ""],
            ["业主", values.get("owner_name") or "", "联系电话", ""],
            ["服务评价", Paragraph(rating, st["cell"]), "", ""]]
    t = table(rows, [25 * mm, 60 * mm, 25 * mm, 60 * mm], header=False, font=font,
              extra_style=[("SPAN", (1, 2), (3, 2))])
    return [
        Spacer(1, 5 * mm),
        Paragraph("（请沿虚线剪下）", st["small"]),
        HRFlowable(width="100%", thickness=0.8, dash=(4, 3), color=colors.black, spaceBefore=1, spaceAfter=4 * mm),
        Paragraph("回访回执", st["heading"]),
        t,
        Spacer(1, 3 * mm),
        Paragraph("您的意见和建议：", st["body"]),
        lines_block(3, WIDTH, gap=8 * mm, font=font),
        Spacer(1, 4 * mm),
        Paragraph("业主签名：＿＿＿＿＿＿＿＿　　日期：＿＿＿＿年＿＿月＿＿日", st["right"]),
    ]


def callback_letter(values: dict, template: dict, font: FontInfo) -> list:
    """回访函 for an owner who could not be reached by phone, with the tear-off reply slip."""
    st = styles(font)
    title = fill(template.get("title") or "回访函", values)
    story = [Paragraph(escape(title), st["title"]), salutation(values, st),
             Paragraph("您好！", st["body_indent"])]
    story += paragraphs(fill(template["body"], values), st)
    story += signature(values, st, seal=False, people=False)
    slip = reply_slip(values, st, font)
    return story + [CondPageBreak(95 * mm), KeepTogether(slip)]
