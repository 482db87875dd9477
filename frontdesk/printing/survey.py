"""The satisfaction survey form 满意度调查表: the ten service-quality elements as 1–5 boxes, comments, per unit."""
from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer

from frontdesk.core.survey_elements import DEPARTMENTS, ELEMENTS, QUESTIONS
from frontdesk.core.templates import fill

from .base import escape, lines_block, styles, table, tick
from .fonts import FontInfo
from .text import paragraphs



def survey_form(values: dict, template: dict, font: FontInfo) -> list:
    """One form for one unit: intro, who (left out when values['anonymous']: the form then promises 保密 and
    means it), the ten elements with 5 4 3 2 1 boxes, the departments owners judge, comment lines, return note."""
    st = styles(font)
    anonymous = bool(values.get("anonymous"))
    title = fill(template.get("title") or "业主满意度调查表", values)
    box = Paragraph(tick(False, 13), st["cell_center"])
    rows = [["序号", "评价要素", "评价内容", "5", "4", "3", "2", "1"]]
    for n, (code, zh) in enumerate(ELEMENTS, 1):
        rows.append([str(n), zh, QUESTIONS[code]] + [box] * 5)
    widths = [12 * mm, 33 * mm, 70 * mm] + [11 * mm] * 5
    grid = table(rows, widths, font=font, center_cols=(0, 3, 4, 5, 6, 7),
                 row_heights=[None] + [7.6 * mm] * len(ELEMENTS))
    depts = [["", "部门", "您对该部门的总体评价", "5", "4", "3", "2", "1"]]
    depts += [[str(n), name, "", *([box] * 5)] for n, name in enumerate(DEPARTMENTS, 1)]
    dept_grid = table(depts, widths, font=font, center_cols=(0, 3, 4, 5, 6, 7),
                      row_heights=[None] + [7.2 * mm] * len(DEPARTMENTS))
    story = [Paragraph(escape(title), st["title"])]
    story += paragraphs(fill(template["body"], values), st)
    if anonymous:
        story.append(Paragraph("本表不记名，不填写姓名和房号；您的评价严格保密，仅用于改进服务。", st["body_indent"]))
    else:
        story += [Paragraph("您的评价仅用于改进服务。", st["body_indent"]),
                  Paragraph(escape(f"房号：{values.get('unit') or '＿＿＿＿＿＿'}　　业主：{values.get('owner_name') or '＿＿＿＿＿＿'}"
                                   f"　　物业类型：{values.get('property_type') or '＿＿＿＿'}"), st["body"])]
    story += [Spacer(1, 1 * mm), grid,
              Paragraph("5 = 非常满意　4 = 满意　3 = 一般　2 = 不满意　1 = 非常不满意", st["small"]),
              Spacer(1, 1.5 * mm), Paragraph("各部门服务评价", st["heading"]), dept_grid,
              Spacer(1, 2 * mm),
              KeepTogether([Paragraph("您对我们服务的意见和建议：", st["body"]),
                            lines_block(3, 170 * mm, gap=7.5 * mm, font=font)]),
              Spacer(1, 3 * mm)]
    if not anonymous:
        story.append(Paragraph("业主签名（可不填）：＿＿＿＿＿＿＿＿　　填表日期：＿＿＿＿年＿＿月＿＿日", st["right"]))
    else:
        story.append(Paragraph("填表日期：＿＿＿＿年＿＿月＿＿日", st["right"]))
    story += [Spacer(1, 1.5 * mm),
              Paragraph(escape(f"请于填写后交回{values.get('centre_name') or '服务中心'}前台或投入意见箱，"
                               f"谢谢您的支持！"), st["small"])]
    return story
