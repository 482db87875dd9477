"""The monthly report's written analysis (综合分析与整改), the part an office signs: the targets missed with
their tickets, this month beside the same month last year, room for 问题与整改措施, and the prepared-by /
reviewed-by / approved-by lines. Prints what it is given; computes nothing but the side-by-side rows."""
from __future__ import annotations

from frontdesk.core.reports import pct, verdict

MAX_NUMBERS = 30


def _missed(f: dict) -> list[tuple[str, str, list[str]]]:
    """(measure, what it was against its target, the tickets behind it) for each target missed this month."""
    out = []
    t, ytd, s, late = f["repair_timeliness"], f["repair_timeliness_ytd"], f["satisfaction"], f["late_repair"]
    missed = [r["number"] for r in f.get("missed_repairs") or []]
    if t["meets_target"] is False:
        out.append(("维修及时完成率", f"{pct(t['rate'])}，低于目标 {pct(t['target'], 0)}", missed))
    if ytd["meets_target"] is False:
        out.append(("累计维修及时完成率", f"{pct(ytd['rate'])}，低于目标 {pct(ytd['target'], 0)}",
                    [] if t["meets_target"] is False else missed))
    if s["meets_target"] is False:
        out.append(("回访满意率", f"{pct(s['rate'])}，低于目标 {pct(s['target'], 0)}（不满意 {s['unsatisfied']} 件）", []))
    if late["meets_target"] is False:
        out.append(("维修不及时引起的投诉占比", f"{pct(late['share'])}，高于上限 {pct(late['target'], 0)}",
                    list(late.get("numbers") or [])))
    return out


def _year_on_year(f: dict) -> list[list[str]]:
    """指标 | 本月 | 去年同月."""
    last = f.get("last_year") or {}
    lt = (last.get("repair_timeliness") or {}).get("rate")
    ls = (last.get("satisfaction") or {}).get("rate")
    ll = (last.get("late_repair") or {}).get("share")
    return [["指标", "本月", "去年同月"],
            ["登记总量", f"{f['intake']['total']} 件", f"{last.get('intake', 0)} 件"],
            ["投诉", f"{f['late_repair']['complaints']} 件", f"{last.get('complaints', 0)} 件"],
            ["维修及时完成率", pct(f["repair_timeliness"]["rate"]), pct(lt)],
            ["回访满意率", pct(f["satisfaction"]["rate"]), pct(ls)],
            ["维修不及时引起的投诉占比", pct(f["late_repair"]["share"]), pct(ll)]]


def written_story(f: dict, font, *, number: str = "八") -> list:
    """The flowables of the written analysis (starts on a fresh page when little room is left)."""
    from reportlab.lib.units import mm
    from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer

    from frontdesk.printing.base import escape, lines_block, styles, table
    st = styles(font)
    story = [CondPageBreak(120 * mm), Paragraph(f"{number}、综合分析与整改", st["heading"]),
             Paragraph("（一）未达标指标", st["body"])]
    missed = _missed(f)
    if not missed:
        story.append(Paragraph("本月各项考核指标均达到目标。", st["body_indent"]))
    for name, what, numbers in missed:
        line = f"<b>▲ {escape(name)}：{escape(what)}，{verdict(False)}。</b>"
        story.append(Paragraph(line, st["body_indent"]))
        if numbers:
            shown = "、".join(numbers[:MAX_NUMBERS]) + (f" 等 {len(numbers)} 件" if len(numbers) > MAX_NUMBERS
                                                        else f"（{len(numbers)} 件）")
            story.append(Paragraph(escape("涉及工单：" + shown), st["small"]))
    last_month = (f.get("last_year") or {}).get("month") or ""
    story += [Paragraph(f"（二）与去年同月（{last_month[:4]}年{int(last_month[5:7]) if last_month else ''}月）对比",
                        st["body"]),
              table(_year_on_year(f), [70 * mm, 50 * mm, 50 * mm], font=font, center_cols=(1, 2)),
              Spacer(1, 2 * mm),
              KeepTogether([Paragraph("（三）问题与整改措施", st["body"]),
                            lines_block(7, 170 * mm, gap=8.5 * mm, font=font)]),
              Spacer(1, 6 * mm),
              KeepTogether([table([["编制：＿＿＿＿＿＿", "审核：＿＿＿＿＿＿", "批准：＿＿＿＿＿＿"],
                                   ["日期：＿＿＿＿年＿＿月＿＿日", "日期：＿＿＿＿年＿＿月＿＿日",
                                    "日期：＿＿＿＿年＿＿月＿＿日"]],
                                  [57 * mm, 57 * mm, 56 * mm], header=False, font=font,
                                  extra_style=[("GRID", (0, 0), (-1, -1), 0, (1, 1, 1)),
                                               ("TOPPADDING", (0, 0), (-1, -1), 5)])])]
    return story
