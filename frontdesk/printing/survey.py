"""The satisfaction survey form 满意度调查表: the ten service-quality elements as 1–5 boxes, comments, per unit."""
from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer

from frontdesk.core.survey_elements import ELEMENTS, QUESTIONS
from frontdesk.core.templates import fill

from .base import escape, lines_block, styles, table, tick
from .fonts import FontInfo
from .text import paragraphs



def survey_form(values: dict, template: dict, font: FontInfo) -> list:
    """One form for one unit: intro, who, the ten elements with 5 4 3 2 1 boxes, comment lines, return note."""
    st = styles(font)
    title = fill(template.get("title") or "业主满意度调查表", values)
    who = (f"房号：{values.get('unit') or '＿＿＿＿＿＿'}　　业主：{values.get('owner_name') or '＿＿＿＿＿＿'}"
           f"　　物业类型：{values.get('property_type') or '＿＿＿＿'}")
    rows = [["序号", "评价要素", "评价内容", "5", "4", "3", "2", "1"]]
    box = Paragraph(tick(False, 13), st["cell_center"])
    for n, (code, zh) in enumerate(ELEMENTS, 1):
        rows.append([str(n), zh, QUESTIONS[code]] + [box] * 5)
    grid = table(rows, [12 * mm, 25 * mm, 78 * mm] + [11 * mm] * 5, font=font, center_cols=(0, 3, 4, 5, 6, 7),
                 row_heights=[None] + [8.5 * mm] * len(ELEMENTS),
                 extra_style=[("FONT", (3, 1), (-1, -1), font.name, 15, 17)])
    story = [Paragraph(escape(title), st["title"])]
    story += paragraphs(fill(template["body"], values), st)
    story += [Paragraph(escape(who), st["body"]), Spacer(1, 1 * mm), grid,
              Paragraph("5 = 非常满意　4 = 满意　3 = 一般　2 = 不满意　1 = 非常不满意", st["small"]),
              Spacer(1, 2 * mm),
              KeepTogether([Paragraph("您对我们服务的意见和建议：", st["body"]),
                            lines_block(3, 170 * mm, gap=8 * mm, font=font)]),
              Spacer(1, 4 * mm),
              Paragraph("业主签名（可不填）：＿＿＿＿＿＿＿＿　　填表日期：＿＿＿＿年＿＿月＿＿日", st["right"]),
              Spacer(1, 2 * mm),
              Paragraph(escape(f"请于填写后交回{values.get('centre_name') or '服务中心'}前台或投入意见箱，"
                               f"谢谢您的支持！"), st["small"])]
    return story
