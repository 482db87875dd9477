"""The supervisor's figures: the daily log (来电来访登记台账) and the monthly analysis (月度分析).

Plain rows in (dicts with ISO-8601 local times as text, as the store returns them), plain data out.
The GUI, the PDF and the command line all show what these functions return, so they agree. What a month's
measure counts is defined once, as data (MEASURES): the store renders it to grouped SQL for the centre and
head office, and the row functions here apply the same conditions to rows (holds)."""
from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from typing import Callable, Iterable, Mapping, Sequence

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


# ---- what a month's measures count, defined once ---------------------------------------------

#: A condition on a row, as data. `holds` below applies it to rows (the row path: hand-made rows, tests), and
#: store.reports.measure_sql renders it to SQL for the centre's SQLite and head office's engines (the grouped
#: path the reports run), so both count the same thing. Forms:
#:   ("set", col) / ("unset", col)          the column has a value / is NULL
#:   ("=", col, "text") / ("!=", col, "text")   against a constant (rendered as a literal, so a partial index fits);
#:                                          ("=", col, ("outer", col)) the same value as the outer row's
#:   ("<" | "<=" | ">" | ">=", col, other)  ISO-8601 times compare as text; `other` is a column of the same row,
#:                                          ("outer", col) the row this is asked of inside an "exists",
#:                                          ("outer_minus", col, timedelta) that time less a span, or
#:                                          ("param", name) a value given at run time (None: no bound)
#:   ("and", cond, ...) / ("or", cond, ...)
#:   ("exists", table, cond)                some row of `table` meets `cond` (its "outer" is this row)
LIVE = ("and", ("unset", "deleted_at"), ("!=", "status", "cancelled"))     # a ticket the reports count


class Measure:
    """Rows of `table` that meet `where`, put in the month of their `month_of` time, counted per `keys` (n) and
    under each of `counts` (name -> condition). A month's figures are sums of these counts (figures_of)."""

    def __init__(self, name: str, table: str, month_of: str, where: tuple, keys: tuple[str, ...] = (),
                 counts: Mapping[str, tuple] | None = None):
        self.name, self.table, self.month_of, self.where = name, table, month_of, where
        self.keys, self.counts = keys, dict(counts or {})

    def __repr__(self) -> str:
        return f"Measure({self.name!r})"


#: Deadline met: the deadline's step (repair done, owner told) reached no later than the deadline.
MET_IN_TIME = ("and", ("set", "met_at"), ("<=", "met_at", "due_at"))
#: A repair that explains a complaint (DEFINITIONS["late_repair"]): same unit, received in the 30 days before the
#: complaint, its deadline come by then, and overdue at the complaint's time or done late.
LATE_REPAIR_BEFORE = ("and", ("=", "type", "repair"), LIVE, ("=", "unit_id", ("outer", "unit_id")),
                      (">=", "received_at", ("outer_minus", "received_at", LATE_REPAIR_WINDOW)),
                      ("<", "received_at", ("outer", "received_at")), ("<", "due_at", ("outer", "received_at")),
                      ("or", ("unset", "met_at"), (">", "met_at", "due_at")))

#: Intakes of the month per type; the complaints among them that repeat an earlier one (DEFINITIONS["repeat"]).
INTAKE = Measure("intake", "tickets", "received_at", LIVE, ("type",), {"repeats": ("set", "repeat_of")})
#: Deadlines falling in the month (and come by `now`) per type, and those met in time (DEFINITIONS["timeliness"]).
DEADLINES = Measure("deadlines", "tickets", "due_at", ("and", LIVE, ("<=", "due_at", ("param", "now"))), ("type",),
                    {"met": MET_IN_TIME})
#: Callbacks that reached the owner in the month, per rating (DEFINITIONS["satisfaction"]).
RATINGS = Measure("ratings", "ticket_events", "at", ("and", ("=", "kind", "moved"), ("set", "rating")), ("rating",))
#: Complaints of the month, and those a late repair explains (DEFINITIONS["late_repair"]).
LATE_REPAIR = Measure("late_repair", "tickets", "received_at", ("and", LIVE, ("=", "type", "complaint")), (),
                      {"caused": ("exists", "tickets", LATE_REPAIR_BEFORE)})
MEASURES = (INTAKE, DEADLINES, RATINGS, LATE_REPAIR)


def _value(ref, row: Mapping, outer: Mapping | None, params: Mapping):
    if isinstance(ref, str):
        return row.get(ref)
    if ref[0] == "outer":
        return (outer or {}).get(ref[1])
    if ref[0] == "outer_minus":
        at = (outer or {}).get(ref[1])
        return None if at is None else (dt.datetime.fromisoformat(at) - ref[2]).isoformat()
    if ref[0] == "param":
        return params.get(ref[1])
    raise ValueError(ref)


def holds(cond: tuple, row: Mapping, *, outer: Mapping | None = None, params: Mapping | None = None,
          inner: Callable[[str, Mapping], Iterable[Mapping]] | None = None) -> bool:
    """Whether `row` meets `cond` (the forms above, as SQL counts them: a comparison with NULL fails).
    `inner(table, row)` gives the rows an "exists" looks through (they are checked against its condition)."""
    op, params = cond[0], params or {}
    if op == "and":
        return all(holds(c, row, outer=outer, params=params, inner=inner) for c in cond[1:])
    if op == "or":
        return any(holds(c, row, outer=outer, params=params, inner=inner) for c in cond[1:])
    if op == "set":
        return row.get(cond[1]) is not None
    if op == "unset":
        return row.get(cond[1]) is None
    if op == "exists":
        return any(holds(cond[2], r, outer=row, params=params) for r in (inner(cond[1], row) if inner else ()))
    left = row.get(cond[1])
    if op == "=" and isinstance(cond[2], tuple):       # a column of the outer row (same unit)
        right = _value(cond[2], row, outer, params)
        return left is not None and left == right
    if op == "=":
        return left == cond[2]
    if op == "!=":                                     # on columns that are never NULL (status, type)
        return left != cond[2]
    if isinstance(cond[2], tuple) and cond[2][0] == "param" and params.get(cond[2][1]) is None:
        return True                                    # no bound given
    right = _value(cond[2], row, outer, params)
    if left is None or right is None:
        return False
    return {"<": left < right, "<=": left <= right, ">": left > right, ">=": left >= right}[op]


#: A measure's tally: month -> key tuple -> {"n": rows, count name: rows meeting it}; `tallies` maps each
#: measure's name to its tally.


def tally_rows(measure: Measure, rows: Iterable[Mapping], params: Mapping | None = None,
               inner: Callable[[str, Mapping], Iterable[Mapping]] | None = None) -> dict:
    """The grouped counts of one measure from plain rows: month -> key tuple -> counts (what its grouped
    statement returns)."""
    out: dict = defaultdict(lambda: defaultdict(Counter))
    for r in rows:
        if not holds(measure.where, r, params=params, inner=inner):
            continue
        c = out[(r.get(measure.month_of) or "")[:7]][tuple(r.get(k) for k in measure.keys)]
        c["n"] += 1
        for name, cond in measure.counts.items():
            c[name] += holds(cond, r, params=params, inner=inner)
    return out


def tally_grouped(measure: Measure, rows: Iterable[Mapping]) -> dict:
    """The same counts from the rows of its grouped statement (month, the keys, n and each count)."""
    out: dict = defaultdict(lambda: defaultdict(Counter))
    for r in rows:
        c = out[r["month"]][tuple(r[k] for k in measure.keys)]
        for name in ("n", *measure.counts):
            c[name] += int(r[name] or 0)
    return out


def merge_tallies(tallies: Iterable[Mapping[str, Mapping]]) -> dict:
    """Several sets of tallies added up (head office's group: every centre's counts together)."""
    out: dict = {m.name: defaultdict(lambda: defaultdict(Counter)) for m in MEASURES}
    for t in tallies:
        for name, by_month in t.items():
            for month, by_key in by_month.items():
                for key, c in by_key.items():
                    out[name][month][key].update(c)
    return out


def _sum(tally: Mapping, months: Iterable[str] | None, key_at: int | None = None) -> dict[object, Counter]:
    """Counts summed over `months` (None: all), per key (the key tuple's element `key_at`; None: all together)."""
    out: dict[object, Counter] = defaultdict(Counter)
    for m in (tally if months is None else months):
        for key, c in (tally.get(m) or {}).items():
            out[key[key_at] if key_at is not None else None].update(c)
    return out


def _timeliness_of(per_type: Mapping[object, Counter], only: str | None = None) -> dict:
    counts = [(t, per_type[t]["n"], per_type[t]["met"]) for t in TYPES
              if (only is None or t == only) and t in per_type and per_type[t]["n"]]
    by_type = [{"type": t, "name": TYPE_ZH[t], "due": n, "met": m, "rate": rate(m, n)} for t, n, m in counts]
    due, met = sum(n for _, n, _ in counts), sum(m for _, _, m in counts)
    return {"by_type": by_type, "due": due, "met": met, "rate": rate(met, due)}


def _satisfaction_of(per_rating: Mapping[object, Counter]) -> dict:
    def n(k: str) -> int:
        return per_rating[k]["n"] if k in per_rating else 0
    reached = n("satisfied") + n("basic") + n("unsatisfied")
    return {"reached": reached, "satisfied": n("satisfied"), "basic": n("basic"), "unsatisfied": n("unsatisfied"),
            "rate": rate(n("satisfied") + n("basic"), reached)}


def figures_of(month: str, tallies: Mapping[str, Mapping], late_numbers: list | None = None) -> dict:
    """The four judged measures of one month from the tallies (what month_figures returns from rows)."""
    def of(name: str, key_at: int | None = 0) -> dict[object, Counter]:
        return _sum(tallies.get(name) or {}, [month], key_at)
    intake, deadlines = of("intake"), of("deadlines")
    complaints = intake["complaint"] if "complaint" in intake else Counter()
    late = of("late_repair", None).get(None, Counter())
    return {"month": month, "intake": sum(c["n"] for c in intake.values()), "complaints": complaints["n"],
            "timeliness": _timeliness_of(deadlines), "satisfaction": _satisfaction_of(of("ratings")),
            "repair_timeliness": _timeliness_of(deadlines, only="repair"),
            "repeat": {"complaints": complaints["n"], "repeats": complaints["repeats"],
                       "share": rate(complaints["repeats"], complaints["n"])},
            "late_repair": {"complaints": late["n"], "caused": late["caused"], "share": rate(late["caused"], late["n"]),
                            "numbers": list(late_numbers or [])}}


#: What the row path takes as given of its rows: the store's row queries (store.reports.monthly_inputs) select
#: ratings from the 'moved' events, complaints and repairs by type, so hand-made rows may leave those out.
_GIVEN = {"ratings": {"kind": "moved"}, "complaints": {"type": "complaint"}, "repairs": {"type": "repair"}}


def _given(kind: str, rows: Iterable[Mapping]) -> list[Mapping]:
    return [{**_GIVEN[kind], **r} for r in rows]


def timeliness(deadlines: Iterable[Mapping], now: str | None = None) -> dict:
    """Timely completion per type over tickets whose deadline fell in the period (see DEFINITIONS, DEADLINES)."""
    return _timeliness_of(_sum(tally_rows(DEADLINES, deadlines, {"now": now}), None, 0))


def satisfaction(ratings: Iterable[Mapping]) -> dict:
    """Callback satisfaction: (satisfied + basic) / reached callbacks; each row has a `rating` (see RATINGS)."""
    return _satisfaction_of(_sum(tally_rows(RATINGS, _given("ratings", ratings)), None, 0))


def repairs_by_unit(repairs: Iterable[Mapping]) -> dict[str, list[Mapping]]:
    """Repairs (not cancelled) grouped by unit, for late_repair_complaints."""
    by_unit: dict[str, list[Mapping]] = defaultdict(list)
    for r in repairs:
        if r.get("unit_id") and r.get("status") != "cancelled":
            by_unit[r["unit_id"]].append(r)
    return by_unit


def _repairs_of(by_unit: Mapping[str, list[Mapping]]) -> Callable[[str, Mapping], Iterable[Mapping]]:
    """The rows an "exists" of LATE_REPAIR looks through: the complaint's unit's repairs."""
    return lambda _table, c: _given("repairs", by_unit.get(c.get("unit_id") or "", ()))


def late_repair_complaints(complaints: Iterable[Mapping], repairs: Iterable[Mapping] = (),
                           by_unit: Mapping[str, list[Mapping]] | None = None) -> dict:
    """Complaints whose unit had a late or overdue repair in the 30 days before (see DEFINITIONS, LATE_REPAIR)."""
    by_unit = repairs_by_unit(repairs) if by_unit is None else by_unit
    inner, caused = _repairs_of(by_unit), LATE_REPAIR.counts["caused"]
    total, numbers = 0, []
    for c in _given("complaints", complaints):
        total += 1
        if holds(caused, c, inner=inner):
            numbers.append(c.get("number"))
    return {"complaints": total, "caused": len(numbers), "share": rate(len(numbers), total), "numbers": numbers}


def repeat_complaints(complaints: Iterable[Mapping]) -> dict:
    rows = list(complaints)
    repeats = sum(1 for c in rows if holds(INTAKE.counts["repeats"], c))
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


def tallies_of_rows(intake: Iterable[Mapping], deadlines: Iterable[Mapping], ratings: Iterable[Mapping],
                    repairs: Iterable[Mapping] | Mapping[str, list[Mapping]], now: str | None = None) -> dict:
    """Every measure's tally from plain rows (the row path; store.reports.monthly_tallies runs the grouped
    statements that give the same)."""
    intake = list(intake)
    by_unit = repairs if isinstance(repairs, Mapping) else repairs_by_unit(repairs)
    complaints = [r for r in intake if r.get("type") == "complaint"]
    return {"intake": tally_rows(INTAKE, intake), "deadlines": tally_rows(DEADLINES, deadlines, {"now": now}),
            "ratings": tally_rows(RATINGS, _given("ratings", ratings)),
            "late_repair": tally_rows(LATE_REPAIR, complaints, inner=_repairs_of(by_unit))}


def month_figures(month: str, intake: list[Mapping], deadlines: list[Mapping], ratings: list[Mapping],
                  repairs: list[Mapping] | Mapping[str, list[Mapping]], now: str | None = None) -> dict:
    """The four judged measures of one month from that month's rows (intake by received_at, etc.);
    `repairs` is a list of repairs or repairs_by_unit() of them."""
    by_unit = repairs if isinstance(repairs, Mapping) else repairs_by_unit(repairs)
    tallies = tallies_of_rows(intake, deadlines, ratings, by_unit, now)
    return figures_of(month, tallies, _late_numbers(month, intake, by_unit))


def _late_numbers(month: str, intake: Iterable[Mapping], by_unit: Mapping[str, list[Mapping]]) -> list:
    """The numbers of the month's complaints a late repair explains, in the order of the rows."""
    return late_repair_complaints([r for r in intake if r.get("type") == "complaint"
                                   and (r.get("received_at") or "")[:7] == month], by_unit=by_unit)["numbers"]


def monthly_analysis(month: str, inputs: Mapping, now: str | None = None) -> dict:
    """The monthly analysis from plain rows: `inputs` is what store.reports.monthly_inputs returns: intake
    (twelve months, slim), month (this month's rows with category, channel, building, description), deadlines,
    ratings and repairs. The reports themselves run the grouped path (analysis over store.reports'
    monthly_tallies); this row path is its reference and counts with the same definitions."""
    by_unit = repairs_by_unit(inputs["repairs"])
    tallies = tallies_of_rows(inputs["intake"], inputs["deadlines"], inputs["ratings"], by_unit, now)
    rows = list(inputs["month"]) if "month" in inputs else [
        r for r in inputs["intake"] if r["received_at"][:7] == month]
    return analysis(month, tallies, rows, _late_numbers(month, inputs["intake"], by_unit))


def analysis(month: str, tallies: Mapping[str, Mapping], rows: Sequence[Mapping], late_numbers: list) -> dict:
    """The monthly analysis: counts of this month's `rows`, the judged measures against their targets with the
    change on last month, the hot issues, and the twelve-month trends, from the measures' tallies (twelve
    months of each; see MEASURES) and the numbers of this month's complaints a late repair explains."""
    months = trend_months(month)
    figures = {m: figures_of(m, tallies, late_numbers if m == month else None) for m in months}
    this, last = figures[month], figures[months[-2]]
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
        "timeliness_ytd": _year_to_date(month, months, tallies.get("deadlines") or {}),
        # the 60 % / 80 % targets are the repairs' (维修及时完成率); other types run on their own clocks
        "repair_timeliness": {**this["repair_timeliness"], **_judged(
            this["repair_timeliness"]["rate"], last["repair_timeliness"]["rate"], "timeliness", higher=True)},
        "repair_timeliness_ytd": _year_to_date(month, months, tallies.get("deadlines") or {}, only="repair"),
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


def _year_to_date(month: str, months: list[str], deadlines: Mapping, only: str | None = None) -> dict:
    """Cumulative timeliness from January to `month` (target 80%), beside the same span up to last month;
    `only` a type (repairs for the 80 % target)."""
    year = month[:4]
    span = [m for m in months if m[:4] == year]
    this = _timeliness_of(_sum(deadlines, span, 0), only)
    before = _timeliness_of(_sum(deadlines, span[:-1], 0), only) if len(span) > 1 else None
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
    if value is None:
        return "—"
    shown = round(value * 100, 1)
    return "持平" if shown == 0 else f"{shown:+.1f}个百分点"   # never '-0.0' for a tiny drop


def verdict(meets: bool | None) -> str:
    return "无数据" if meets is None else ("达标" if meets else "未达标")
