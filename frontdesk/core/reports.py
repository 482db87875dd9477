"""The supervisor's figures: the daily log (来电来访登记台账) and the monthly analysis (月度分析).

Plain rows in (dicts with ISO-8601 local times as text, as the store returns them), plain data out.
The GUI, the PDF and the command line all show what these functions return, so they agree."""
from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from typing import Iterable, Mapping

from .ids import mask_phone
from .model import CHANNEL_ZH, RATING_ZH, TYPE_ZH, TYPES
from .states import STATE_ZH

#: Targets the centre is judged on (docs/architecture.md, The product's numbers).
TARGETS = {"timeliness": 0.60, "timeliness_ytd": 0.80, "satisfaction": 0.85, "late_repair_complaints": 0.05}
#: How far back a late repair explains a complaint (the same window as a repeat complaint).
LATE_REPAIR_WINDOW = dt.timedelta(days=30)
TREND_MONTHS = 12
HOT_ISSUES = 10

#: The definitions printed in the report, so nobody has to guess how a figure was counted.
DEFINITIONS = {
    "timeliness": "及时完成率 = 本月到期的工单中按时完成的件数 ÷ 本月到期的工单总数。"
                  "“到期”指工单的完成时限落在本月内且在统计时已经到达；“按时完成”指达到时限节点"
                  "（报修为完工，投诉、咨询等为已告知业主）的时间不晚于时限。已撤销的工单不计；"
                  "回访不满意而重新处理的工单在再次完成前按未完成计（以统计时的工单记录为准）。",
    "repair_timeliness": "维修及时完成率 = 本月到期的报修工单中按时完成（完工不晚于时限）的件数 ÷ 本月到期的报修"
                         "工单总数（目标 60%；累计目标 80%）。投诉、咨询、建议、表扬不计入，按各自时限另列。",
    "timeliness_ytd": "累计及时完成率 = 本年 1 月至本月到期的工单中按时完成的件数 ÷ 同期到期的工单总数（目标 80%）；"
                      "环比为与截至上月的累计值相比。",
    "satisfaction": "回访满意率 = （满意 + 基本满意）÷ 本月接通的回访数（以回访评价记录的时间计；未接通不计）。",
    "repeat": "二次投诉：同一房屋、同一类别的投诉在此前 30 天内已登记过的投诉；占比以本月投诉总数为分母。",
    "late_repair": "维修不及时引起的投诉：投诉登记前 30 天内，同一房屋有报修工单在投诉登记时已超过完成时限"
                   "仍未完成（逾期），或已超时完成（延误）（以统计时的工单记录为准）。占比 = 这类投诉 ÷ 本月投诉总数。",
    "hot": "热点问题：本月登记量按“类型 + 类别”排名的前十位；关键词为该类描述中出现最多的常用词（括号内为次数）。",
    "change": "环比 = 本月数值 − 上月数值（比率以百分点计）。",
}

#: Everyday words the desk writes in descriptions; the hottest issues show which of them recur.
KEYWORDS = (
    "漏水", "渗水", "停水", "水压", "水管", "下水道", "堵塞", "马桶", "停电", "跳闸", "电梯", "困人", "噪音",
    "异味", "垃圾", "卫生", "绿化", "停车", "车位", "物业费", "收费", "门禁", "对讲", "监控", "路灯", "门窗",
    "墙面", "开裂", "外墙", "防水", "空调", "暖气", "燃气", "装修", "宠物", "快递", "保安", "态度", "网络",
    "消防", "蚊虫", "占用", "漏电", "门锁", "灯不亮",
)

#: The keywords that make sense for each default category (no 卫生 or 消防 under 门窗); a category not listed
#: shows the keywords that recur in at least two of its descriptions.
CATEGORY_KEYWORDS = {
    "水电": ("漏水", "渗水", "停水", "水压", "水管", "下水道", "堵塞", "马桶", "停电", "跳闸", "漏电", "灯不亮"),
    "土建": ("墙面", "开裂", "外墙", "防水", "渗水", "漏水"),
    "门窗": ("门窗", "门锁", "开裂", "渗水", "漏水"),
    "电梯": ("电梯", "困人", "噪音"),
    "空调": ("空调", "暖气", "噪音", "漏水"),
    "装修": ("装修", "噪音", "垃圾", "占用", "开裂"),
    "家电": ("空调", "跳闸", "漏电", "燃气", "网络"),
    "公共设施": ("路灯", "灯不亮", "门禁", "对讲", "监控", "电梯", "消防", "绿化"),
    "设施设备": ("电梯", "困人", "门禁", "对讲", "监控", "路灯", "灯不亮", "消防", "漏水", "停水", "停电"),
    "管理服务": ("卫生", "垃圾", "绿化", "停车", "保安", "态度", "噪音", "宠物", "快递", "占用", "蚊虫", "异味"),
    "收费": ("物业费", "收费", "停车", "车位"),
    "突发事件": ("停水", "停电", "困人", "漏水", "燃气", "消防"),
    "停车": ("停车", "车位", "占用"),
    "环境": ("卫生", "垃圾", "绿化", "蚊虫", "异味", "噪音"),
    "安全": ("保安", "消防", "监控", "门禁"),
}

#: The daily log's columns: (key, Chinese header, width in characters for XLSX and the PDF).
DAILY_COLUMNS: tuple[tuple[str, str, int], ...] = (
    ("number", "编号", 17), ("time", "时间", 6), ("channel", "方式", 5), ("type", "类型", 5),
    ("category", "类别", 8), ("unit", "房号", 9), ("person", "联系人", 8), ("phone", "电话", 13),
    ("description", "内容", 30), ("first_responder", "首问责任人", 8), ("handler", "处理人", 8),
    ("status", "状态", 8), ("due", "时限", 12), ("done", "完成", 12), ("satisfaction", "满意度", 7),
)


# ---- periods ---------------------------------------------------------------------------------

def parse_month(text: str) -> tuple[int, int]:
    """'2026-10' -> (2026, 10); raises ValueError on anything else."""
    year, month = text.strip().split("-")
    y, m = int(year), int(month)
    if len(year) != 4 or not 1 <= m <= 12:
        raise ValueError(text)
    return y, m


def month_key(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def shift_month(key: str, delta: int) -> str:
    """The month `delta` months from `key` ('2026-01', -1 -> '2025-12')."""
    y, m = parse_month(key)
    n = y * 12 + (m - 1) + delta
    return month_key(n // 12, n % 12 + 1)


def month_bounds(key: str) -> tuple[str, str]:
    """The month as a half-open range of local ISO-8601 times: ('2026-10-01T00:00:00', '2026-11-01T00:00:00')."""
    return f"{key}-01T00:00:00", f"{shift_month(key, 1)}-01T00:00:00"


def trend_months(key: str, n: int = TREND_MONTHS) -> list[str]:
    """The n months ending with `key`, oldest first."""
    return [shift_month(key, d) for d in range(-(n - 1), 1)]


def day_bounds(day: dt.date) -> tuple[str, str]:
    """A day as a half-open range of local ISO-8601 times (an intake at 23:59 and one at 00:01 differ)."""
    return f"{day.isoformat()}T00:00:00", f"{(day + dt.timedelta(days=1)).isoformat()}T00:00:00"


# ---- the daily log ---------------------------------------------------------------------------

def _hhmm(text: str | None) -> str:
    return text[11:16] if text else ""


def _short(text: str | None) -> str:
    """'2026-10-05T14:30:00' -> '10-05 14:30' (a log cell)."""
    return f"{text[5:10]} {text[11:16]}" if text else ""


def daily_log(rows: Iterable[Mapping], day: dt.date) -> list[dict]:
    """One display row per intake registered on `day` (rows from other days are dropped), phones masked."""
    start, end = day_bounds(day)
    out = []
    for r in sorted(rows, key=lambda r: (r["received_at"], r["number"])):
        if not start <= r["received_at"] < end:
            continue
        out.append({
            "number": r["number"], "time": _hhmm(r["received_at"]),
            "channel": CHANNEL_ZH.get(r["channel"], r["channel"]), "type": TYPE_ZH.get(r["type"], r["type"]),
            "category": r["category"], "unit": r.get("unit") or "公共区域",
            "person": r.get("person") or "", "phone": mask_phone(r.get("contact_phone")),
            "description": r.get("description") or "",
            "first_responder": r.get("first_responder_name") or r.get("first_responder") or "",
            "handler": r.get("handler_name") or r.get("department") or "",
            "status": STATE_ZH.get(r["status"], r["status"]),
            "due": _short(r.get("due_at")), "done": _short(r.get("done_at") or r.get("closed_at")),
            "satisfaction": RATING_ZH.get(r.get("satisfaction") or "", ""),
            "codes": {"channel": r["channel"], "type": r["type"], "status": r["status"],
                      "satisfaction": r.get("satisfaction")},   # for a window in another language
            "at": {"time": r["received_at"], "due": r.get("due_at"),       # the whole times, for a spreadsheet
                   "done": r.get("done_at") or r.get("closed_at")},
        })
    return out


def daily_summary(log: list[dict]) -> dict:
    """Counts under the daily log: total and per type (Chinese names, in the usual order)."""
    per = Counter(r["type"] for r in log)
    return {"total": len(log), "by_type": [(TYPE_ZH[t], per[TYPE_ZH[t]]) for t in TYPES if per[TYPE_ZH[t]]]}


# ---- the monthly figures ---------------------------------------------------------------------

def rate(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


def change(now: float | None, before: float | None) -> float | None:
    return None if now is None or before is None else now - before


def timeliness(deadlines: Iterable[Mapping], now: str | None = None) -> dict:
    """Timely completion per type over tickets whose deadline fell in the period (see DEFINITIONS)."""
    due: Counter[str] = Counter()
    met: Counter[str] = Counter()
    for r in deadlines:
        if r.get("status") == "cancelled" or (now and r["due_at"] > now):
            continue
        due[r["type"]] += 1
        if r.get("met_at") and r["met_at"] <= r["due_at"]:
            met[r["type"]] += 1
    by_type = [{"type": t, "name": TYPE_ZH[t], "due": due[t], "met": met[t], "rate": rate(met[t], due[t])}
               for t in TYPES if due[t]]
    total_due, total_met = sum(due.values()), sum(met.values())
    return {"by_type": by_type, "due": total_due, "met": total_met, "rate": rate(total_met, total_due)}


def satisfaction(ratings: Iterable[Mapping]) -> dict:
    """Callback satisfaction: (satisfied + basic) / reached callbacks; each row has a `rating`."""
    n = Counter(r["rating"] for r in ratings if r.get("rating"))
    reached = n["satisfied"] + n["basic"] + n["unsatisfied"]
    return {"reached": reached, "satisfied": n["satisfied"], "basic": n["basic"], "unsatisfied": n["unsatisfied"],
            "rate": rate(n["satisfied"] + n["basic"], reached)}


def repairs_by_unit(repairs: Iterable[Mapping]) -> dict[str, list[Mapping]]:
    """Repairs (not cancelled) grouped by unit, for late_repair_complaints."""
    by_unit: dict[str, list[Mapping]] = defaultdict(list)
    for r in repairs:
        if r.get("unit_id") and r.get("status") != "cancelled":
            by_unit[r["unit_id"]].append(r)
    return by_unit


def late_repair_complaints(complaints: Iterable[Mapping], repairs: Iterable[Mapping] = (),
                           by_unit: Mapping[str, list[Mapping]] | None = None) -> dict:
    """Complaints whose unit had a late or overdue repair in the 30 days before (see DEFINITIONS)."""
    by_unit = repairs_by_unit(repairs) if by_unit is None else by_unit
    total, caused, numbers = 0, 0, []
    for c in complaints:
        total += 1
        if _late_repair_before(c, by_unit.get(c.get("unit_id") or "", ())):
            caused += 1
            numbers.append(c.get("number"))
    return {"complaints": total, "caused": caused, "share": rate(caused, total), "numbers": numbers}


def _late_repair_before(complaint: Mapping, repairs: Iterable[Mapping]) -> bool:
    at = complaint["received_at"]
    since = (dt.datetime.fromisoformat(at) - LATE_REPAIR_WINDOW).isoformat()
    for r in repairs:
        if not since <= r["received_at"] < at or r["due_at"] >= at:
            continue                       # outside the window, or its deadline had not yet come
        if r.get("met_at") is None or r["met_at"] > r["due_at"]:
            return True                    # overdue at the complaint's time, or done late
    return False


def repeat_complaints(complaints: Iterable[Mapping]) -> dict:
    rows = list(complaints)
    repeats = sum(1 for c in rows if c.get("repeat_of"))
    return {"complaints": len(rows), "repeats": repeats, "share": rate(repeats, len(rows))}


def counts_by(rows: Iterable[Mapping], *keys: str) -> list[tuple]:
    """(key values..., count), the largest first, ties in key order."""
    n = Counter(tuple(r.get(k) for k in keys) for r in rows)
    return [(*k, c) for k, c in sorted(n.items(), key=lambda kv: (-kv[1], [str(x) for x in kv[0]]))]


def hot_issues(rows: Iterable[Mapping], limit: int = HOT_ISSUES) -> list[dict]:
    """The most frequent (type, category) of the month, each with its commonest keywords."""
    groups: dict[tuple, list[str]] = defaultdict(list)
    for r in rows:
        groups[(r["type"], r["category"])].append(r.get("description") or "")
    ranked = sorted(groups.items(), key=lambda kv: (-len(kv[1]), TYPES.index(kv[0][0]), kv[0][1]))[:limit]
    out = []
    for i, ((type_, category), texts) in enumerate(ranked, 1):
        allowed = CATEGORY_KEYWORDS.get(category)
        words = Counter(w for t in texts for w in (allowed or KEYWORDS) if w in t)
        if allowed is None:
            words = Counter({w: n for w, n in words.items() if n >= 2})
        out.append({"rank": i, "type": type_, "type_name": TYPE_ZH[type_], "category": category,
                    "count": len(texts), "keywords": words.most_common(3)})
    return out


def _month_of(text: str) -> str:
    return text[:7]


def _bucket(rows: Iterable[Mapping], field: str) -> dict[str, list[Mapping]]:
    out: dict[str, list[Mapping]] = defaultdict(list)
    for r in rows:
        out[_month_of(r[field])].append(r)
    return out


def month_figures(month: str, intake: list[Mapping], deadlines: list[Mapping], ratings: list[Mapping],
                  repairs: list[Mapping] | Mapping[str, list[Mapping]], now: str | None = None) -> dict:
    """The four judged measures of one month from that month's rows (intake by received_at, etc.);
    `repairs` is a list of repairs or repairs_by_unit() of them."""
    complaints = [r for r in intake if r["type"] == "complaint"]
    by_unit = repairs if isinstance(repairs, Mapping) else repairs_by_unit(repairs)
    return {"month": month, "intake": len(intake), "complaints": len(complaints),
            "timeliness": timeliness(deadlines, now), "satisfaction": satisfaction(ratings),
            "repair_timeliness": timeliness([r for r in deadlines if r["type"] == "repair"], now),
            "repeat": repeat_complaints(complaints), "late_repair": late_repair_complaints(complaints, by_unit=by_unit)}


def monthly_analysis(month: str, inputs: Mapping, now: str | None = None) -> dict:
    """The monthly analysis: counts, the judged measures against their targets with the change on last
    month, the hot issues, and twelve-month trends. `inputs` is what store.reports.monthly_inputs returns:
    intake (twelve months, slim), month (this month's rows with category, channel, building, description),
    deadlines, ratings and repairs."""
    months = trend_months(month)
    intake, deadlines = _bucket(inputs["intake"], "received_at"), _bucket(inputs["deadlines"], "due_at")
    ratings = _bucket(inputs["ratings"], "at")
    by_unit = repairs_by_unit(inputs["repairs"])
    figures = {m: month_figures(m, intake.get(m, []), deadlines.get(m, []), ratings.get(m, []), by_unit, now)
               for m in months}
    this, last = figures[month], figures[months[-2]]
    rows = list(inputs["month"]) if "month" in inputs else intake.get(month, [])
    return {
        "month": month, "period": month_bounds(month),
        "intake": {
            "total": len(rows),
            "by_type": [(t, TYPE_ZH[t], n) for t, n in counts_by(rows, "type")],
            "by_category": [(t, TYPE_ZH[t], c, n) for t, c, n in counts_by(rows, "type", "category")],
            "by_channel": [(c, CHANNEL_ZH.get(c, c), n) for c, n in counts_by(rows, "channel")],
            "by_building": [(b, n) for b, n in counts_by(rows, "building")],
            "previous_total": last["intake"],
        },
        "timeliness_ytd": _year_to_date(month, months, deadlines, now),
        # the 60 % / 80 % targets are the repairs' (维修及时完成率); other types run on their own clocks
        "repair_timeliness": {**this["repair_timeliness"], **_judged(
            this["repair_timeliness"]["rate"], last["repair_timeliness"]["rate"], "timeliness", higher=True)},
        "repair_timeliness_ytd": _year_to_date(month, months, deadlines, now, only="repair"),
        "timeliness": {**this["timeliness"], **_judged(this["timeliness"]["rate"], last["timeliness"]["rate"],
                                                       "timeliness", higher=True)},
        "satisfaction": {**this["satisfaction"], **_judged(this["satisfaction"]["rate"],
                                                           last["satisfaction"]["rate"], "satisfaction", higher=True)},
        "repeat": {**this["repeat"], "previous": last["repeat"]["share"],
                   "change": change(this["repeat"]["share"], last["repeat"]["share"])},
        "late_repair": {**this["late_repair"], **_judged(this["late_repair"]["share"], last["late_repair"]["share"],
                                                         "late_repair_complaints", higher=False)},
        "hot_issues": hot_issues(rows),
        "trend": [{"month": m, "intake": f["intake"], "complaints": f["complaints"],
                   "timeliness": f["timeliness"]["rate"], "satisfaction": f["satisfaction"]["rate"],
                   "late_repair": f["late_repair"]["share"], "repeat": f["repeat"]["share"],
                   "repair_timeliness": f["repair_timeliness"]["rate"]}
                  for m, f in figures.items()],
        "targets": dict(TARGETS), "definitions": dict(DEFINITIONS),
    }


def _year_to_date(month: str, months: list[str], deadlines: Mapping[str, list], now: str | None,
                  only: str | None = None) -> dict:
    """Cumulative timeliness from January to `month` (target 80%), beside the same span up to last month;
    `only` a type (repairs for the 80 % target)."""
    year = month[:4]
    span = [m for m in months if m[:4] == year]

    def rows(ms):
        return [r for m in ms for r in deadlines.get(m, []) if only is None or r["type"] == only]
    this = timeliness(rows(span), now)
    before = timeliness(rows(span[:-1]), now) if len(span) > 1 else None
    return {**this, "from": span[0], **_judged(this["rate"], before["rate"] if before else None, "timeliness_ytd",
                                             higher=True)}


def _judged(value: float | None, previous: float | None, target_key: str, *, higher: bool) -> dict:
    target = TARGETS[target_key]
    met = None if value is None else (value >= target if higher else value <= target)
    return {"target": target, "meets_target": met, "previous": previous, "change": change(value, previous)}


# ---- words for the figures (the PDF and the CLI print these) ---------------------------------

def pct(value: float | None, digits: int = 1) -> str:
    return "—" if value is None else f"{value * 100:.{digits}f}%"


def pp(value: float | None) -> str:
    """A change of a rate in percentage points, signed: '+2.5个百分点'."""
    return "—" if value is None else f"{value * 100:+.1f}个百分点"


def verdict(meets: bool | None) -> str:
    return "无数据" if meets is None else ("达标" if meets else "未达标")
