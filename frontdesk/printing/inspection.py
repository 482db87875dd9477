"""The inspection sheet 巡检表 from an inspection template: items × rounds grid, marks, readings, remarks, signatures."""
from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer

from .base import escape, lines_block, styles, table
from .fonts import FontInfo

USABLE = 257 * mm          # landscape A4 less 2 × 20 mm


def sheet(data: dict, font: FontInfo, *, date: str = "") -> list:
    """The story of one sheet (landscape); `data` is a validated inspection template."""
    st = styles(font)
    rounds = int(data.get("rounds", 4))
    head = (f"巡检地点：{data.get('place') or '＿＿＿＿＿＿'}　　频次：{data.get('frequency') or '＿＿'}"
            f"　　日期：{date or '＿＿＿＿年＿＿月＿＿日'}　　天气：＿＿＿＿")
    fixed = [12 * mm, 46 * mm, 70 * mm]
    remarks = 36 * mm
    per_round = (USABLE - sum(fixed) - remarks) / rounds
    header = ["序号", "巡检项目", "标准 / 要求"] + [f"第{r}次\n＿＿:＿＿" for r in range(1, rounds + 1)] + ["备注"]
    row_h = 8 * mm if len(data["items"]) <= 10 else 7 * mm
    rows = [header]
    for n, item in enumerate(data["items"], 1):
        std = item.get("standard") or ""
        reading = item.get("reading")
        cell = f"读数：＿＿＿{reading}" if reading else ""
        rows.append([str(n), item["name"], std] + [cell] * rounds + [""])
    grid = table(rows, fixed + [per_round] * rounds + [remarks], font=font, center_cols=(0,),
                 row_heights=[None] + [row_h] * len(data["items"]),
                 extra_style=[("FONTSIZE", (3, 1), (-2, -1), 9)])
    legend = "记录方法：正常打“√”，异常打“×”并在备注中写明情况，异常已当场处理的打“○”；有读数的项目填写实测值。发现异常请及时报修。"
    signs = Paragraph("巡检人：＿＿＿＿＿＿＿＿　　　复核人（主管）：＿＿＿＿＿＿＿＿　　　"
                      "交接班人：＿＿＿＿＿＿＿＿", st["body"])
    return [Paragraph(escape(data["title"]), st["title"]), Paragraph(escape(head), st["body"]), Spacer(1, 2 * mm),
            grid, Spacer(1, 2 * mm), Paragraph(escape(legend), st["small"]),
            KeepTogether([Paragraph("异常情况及处理：", st["body"]), lines_block(2, USABLE, gap=7 * mm, font=font),
                          Spacer(1, 3 * mm), signs])]
