"""The repair work order 维修派工单: number as a QR code, contact and phone (unmasked: the technician calls),
description, appointment, materials-and-labour table, the owner's signature and satisfaction boxes."""
from __future__ import annotations

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Group, Rect
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from .base import escape, styles, table
from .fonts import FontInfo

BOX = "□"
GREY = colors.Color(0.93, 0.93, 0.93)


class QrCode(Flowable):
    """A QR code of `text` from reportlab's own QrCodeWidget, drawn as filled squares (no font involved: a
    Drawing would reference Helvetica, which is not embedded)."""

    def __init__(self, text: str, size: float = 22 * mm):
        super().__init__()
        self.text, self.size = text, size
        self.width = self.height = size

    def wrap(self, aw, ah):
        return self.size, self.size

    def draw(self):
        widget = QrCodeWidget(self.text)
        x0, y0, x1, y1 = widget.getBounds()
        scale = self.size / max(x1 - x0, y1 - y0)
        canv = self.canv
        canv.saveState()
        canv.setFillColor(colors.black)
        stack = [widget.draw()]
        while stack:
            node = stack.pop()
            if isinstance(node, Group):
                stack.extend(node.contents)
            elif isinstance(node, Rect) and node.fillColor is not None and node.fillColor != colors.white:
                canv.rect((node.x - x0) * scale, (node.y - y0) * scale, node.width * scale, node.height * scale,
                          stroke=0, fill=1)
        canv.restoreState()


def work_order(v: dict, font: FontInfo) -> list:
    """The story of one work order from the ticket's values (already formatted text)."""
    st = styles(font)
    title = Table([[Paragraph("维修派工单", st["title"]), QrCode(v["ticket_number"])],
                   ["", Paragraph(escape(v["ticket_number"]), st["cell_center"])]],
                  colWidths=[140 * mm, 30 * mm])
    title.setStyle(TableStyle([("SPAN", (0, 0), (0, 1)), ("VALIGN", (0, 0), (0, 1), "MIDDLE"),
                               ("ALIGN", (1, 0), (1, 0), "CENTER"), ("FONT", (0, 0), (-1, -1), font.name, 10),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    urgent = "紧急" if v.get("urgent") else "一般"
    info = [
        ["工单号", v["ticket_number"], "受理时间", v.get("received") or ""],
        ["类别", v.get("category") or "", "紧急程度", urgent],
        ["房号", v.get("unit") or "（公共区域）", "报修位置", v.get("place") or ""],
        ["联系人", v.get("contact_name") or "", "联系电话", v.get("contact_phone") or ""],
        ["预约时间", v.get("appointment") or "＿＿月＿＿日＿＿时", "派工给", v.get("handler") or ""],
        ["受理人", v.get("first_responder") or "", "要求完成", v.get("due") or ""],
        ["问题描述", Paragraph(escape(v.get("description") or ""), st["cell"]), "", ""],
    ]
    w = [22 * mm, 63 * mm, 22 * mm, 63 * mm]
    t_info = table(info, w, header=False, font=font,
                   extra_style=[("SPAN", (1, 6), (3, 6)), ("BACKGROUND", (0, 0), (0, -1), GREY),
                                ("BACKGROUND", (2, 0), (2, -2), GREY)])
    materials = [["序号", "材料 / 工时", "规格", "数量", "单价（元）", "金额（元）"]]
    materials += [[str(i), "", "", "", "", ""] for i in range(1, 5)]
    materials.append(["合计", "", "", "", "", ""])
    t_mat = table(materials, [12 * mm, 60 * mm, 28 * mm, 18 * mm, 26 * mm, 26 * mm], font=font,
                  center_cols=(0,), row_heights=[None] + [7 * mm] * 5, extra_style=[("SPAN", (0, 5), (4, 5))])
    done = [["到场时间", "＿＿月＿＿日＿＿时＿＿分", "完成时间", "＿＿月＿＿日＿＿时＿＿分"],
            ["维修结果", Paragraph(f"{BOX} 已修复　{BOX} 部分修复　{BOX} 需再次上门　{BOX} 无法修复（原因见备注）",
                                st["cell"]), "", ""],
            ["备注", "", "", ""]]
    t_done = table(done, w, header=False, font=font, row_heights=[7 * mm, 7 * mm, 12 * mm],
                   extra_style=[("SPAN", (1, 1), (3, 1)), ("SPAN", (1, 2), (3, 2))])
    rating = f"{BOX} 满意　　{BOX} 基本满意　　{BOX} 不满意"
    sign = [["业主评价", Paragraph(rating, st["cell"]), "业主签名", ""],
            ["维修人员", "", "复验人", ""]]
    t_sign = table(sign, w, header=False, font=font, row_heights=[11 * mm, 11 * mm])
    return [title, Spacer(1, 2 * mm), t_info, Paragraph("维修记录", st["heading"]), t_done,
            Paragraph("材料及工时", st["heading"]), t_mat,
            KeepTogether([Paragraph("业主确认", st["heading"]), t_sign]), Spacer(1, 2 * mm),
            Paragraph("本单载有业主联系电话，仅供维修联系使用，不得外传；完工后请将本单交回客服前台。", st["small"])]
