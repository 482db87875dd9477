"""The repair work order 维修派工单: number as a QR code, an urgent order marked 紧急 with its deadline, contact and
phone (unmasked: the technician calls), dispatch and appointment times, what is known of the visit on a reprint,
free or paid service with the owner's confirmation of the charge, materials, signatures with their dates; in two
parts (工程联 / 业主联) when the centre wants them."""
from __future__ import annotations

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Group, Rect
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from .base import choices, escape, styles, table
from .fonts import FontInfo

GREY = colors.Color(0.93, 0.93, 0.93)
WHEN = "＿＿月＿＿日＿＿时＿＿分"
DATE = "＿＿＿＿年＿＿月＿＿日"
RESULTS = ("已修复", "部分修复", "需再次上门", "无法修复（原因见备注）")
RATINGS = {"satisfied": "满意", "basic": "基本满意", "unsatisfied": "不满意"}
PARTS = ("第一联　工程联（维修人员完工后交回客服前台）", "第二联　业主联（业主留存）")
MATERIAL_ROWS = 6


class QrCode(Flowable):
    """A QR code of `text` from reportlab's own QrCodeWidget, drawn as filled squares (no font involved: a
    Drawing would reference Helvetica, which is not embedded)."""

    def __init__(self, text: str, size: float = 20 * mm):
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


def _head(v: dict, st: dict, font: FontInfo, part: str) -> Table:
    """Title with the QR code; an urgent order's 紧急 boxed and large, its deadline beside it."""
    title = [Paragraph("维修派工单", st["title"])]
    if part:
        title.append(Paragraph(escape(part), st["center"]))
    left: list = [title]
    widths = [140 * mm]
    style = [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("FONT", (0, 0), (-1, -1), font.name, 10),
             ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]
    if v.get("urgent"):
        urgent = Table([["紧急"]], colWidths=[26 * mm], rowHeights=[14 * mm])
        urgent.setStyle(TableStyle([("FONT", (0, 0), (0, 0), font.bold, 24, 26), ("BOX", (0, 0), (0, 0), 2.5,
                                    colors.black), ("ALIGN", (0, 0), (0, 0), "CENTER"),
                                    ("VALIGN", (0, 0), (0, 0), "MIDDLE")]))
        minutes = v.get("urgent_minutes") or 30
        deadline = Paragraph(escape(f"须于受理后 {minutes} 分钟内到场\n最迟 {v.get('due') or '＿＿：＿＿'}"),
                             st["heading"])
        left = [urgent, deadline, title]
        widths = [30 * mm, 62 * mm, 48 * mm]
    qr = Table([[QrCode(v["ticket_number"])], [Paragraph(escape(v["ticket_number"]), st["cell_center"])]],
               colWidths=[30 * mm])
    qr.setStyle(TableStyle([("ALIGN", (0, 0), (-1, -1), "CENTER"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                            ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("FONT", (0, 0), (-1, -1), font.name, 10)]))
    head = Table([left + [qr]], colWidths=widths + [30 * mm])
    head.setStyle(TableStyle(style))
    return head


def _one(v: dict, font: FontInfo, part: str = "") -> list:
    st = styles(font)
    w = [22 * mm, 63 * mm, 22 * mm, 63 * mm]
    info = [
        ["工单号", v["ticket_number"], "受理时间", v.get("received") or ""],
        ["类别", v.get("category") or "", "紧急程度", "紧急" if v.get("urgent") else "一般"],
        ["房号", v.get("unit") or "（公共区域）", "报修位置", v.get("place") or ""],
        ["联系人", v.get("contact_name") or "", "联系电话", v.get("contact_phone") or ""],
        ["派工时间", v.get("dispatched") or WHEN, "派工给", v.get("handler") or ""],
        ["预约上门", v.get("appointment") or "业主未预约（上门前请先电话联系）", "要求完成", v.get("due") or ""],
        ["受理人", v.get("first_responder") or "", "复验人", v.get("verifier") or ""],
        ["问题描述", Paragraph(escape(v.get("description") or ""), st["cell"]), "", ""],
    ]
    t_info = table(info, w, header=False, font=font,
                   extra_style=[("SPAN", (1, 7), (3, 7)), ("BACKGROUND", (0, 0), (0, -1), GREY),
                                ("BACKGROUND", (2, 0), (2, -2), GREY)])
    result = Paragraph(choices(RESULTS, v.get("result"), 10, "　"), st["cell"])
    paid = Paragraph(choices(("无偿服务（公共部位、保修期内）", "有偿服务（按公示收费标准）"), None, 10, "　"), st["cell"])
    done = [["到场时间", v.get("arrived") or WHEN, "完成时间", v.get("finished") or WHEN],
            ["维修结果", result, "", ""],
            ["服务性质", paid, "", ""],
            ["收费金额", "人民币＿＿＿＿＿＿元", "业主确认", "签名＿＿＿＿＿　日期＿＿月＿＿日"],
            ["备注", "", "", ""]]
    t_done = table(done, w, header=False, font=font, row_heights=[7 * mm, 7.5 * mm, 7.5 * mm, 8 * mm, 10 * mm],
                   extra_style=[("SPAN", (1, 1), (3, 1)), ("SPAN", (1, 2), (3, 2)), ("SPAN", (1, 4), (3, 4)),
                                ("BACKGROUND", (0, 0), (0, -1), GREY), ("BACKGROUND", (2, 0), (2, 0), GREY),
                                ("BACKGROUND", (2, 3), (2, 3), GREY)])
    materials = [["序号", "材料 / 工时", "规格", "数量", "单价（元）", "金额（元）"]]
    materials += [[str(i), "", "", "", "", ""] for i in range(1, MATERIAL_ROWS + 1)]
    materials.append(["合计", "", "", "", "", ""])
    t_mat = table(materials, [12 * mm, 60 * mm, 28 * mm, 18 * mm, 26 * mm, 26 * mm], font=font, center_cols=(0,),
                  row_heights=[None] + [6 * mm] * (MATERIAL_ROWS + 1),
                  extra_style=[("SPAN", (0, MATERIAL_ROWS + 1), (4, MATERIAL_ROWS + 1))])
    rating = Paragraph(choices(("满意", "基本满意", "不满意"), RATINGS.get(v.get("rating") or ""), 10, "　"),
                       st["cell"])                       # one line in its 63 mm cell ("不满" / "意" wrapped)
    sign = [["业主评价", rating, "业主签名", "＿＿＿＿＿　日期＿＿月＿＿日"],
            ["维修人员", "＿＿＿＿＿　日期＿＿月＿＿日", "复验签名", "＿＿＿＿＿　日期＿＿月＿＿日"]]
    t_sign = table(sign, w, header=False, font=font, row_heights=[9 * mm, 9 * mm],
                   extra_style=[("BACKGROUND", (0, 0), (0, -1), GREY), ("BACKGROUND", (2, 0), (2, -1), GREY)])
    note = ("本单载有业主联系电话，仅供维修联系使用，不得外传；完工后请将本单交回客服前台。" if "业主联" not in part
            else "如对维修质量或收费有疑问，请致电服务热线" + escape(v.get("centre_phone") or "") + "。")
    return [_head(v, st, font, part), Spacer(1, 1 * mm), t_info, Paragraph("维修记录", st["heading"]), t_done,
            Paragraph("材料及工时", st["heading"]), t_mat,
            KeepTogether([Paragraph("确认签字", st["heading"]), t_sign]), Spacer(1, 1.5 * mm),
            Paragraph(note, st["small"])]


def work_order(v: dict, font: FontInfo) -> list:
    """The story of one work order from the ticket's values (already formatted text); two parts when
    v['parts'] is true (the centre's setting work_order_parts)."""
    if not v.get("parts"):
        return _one(v, font)
    return _one(v, font, PARTS[0]) + [PageBreak()] + _one(v, font, PARTS[1])
