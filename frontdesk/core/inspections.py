"""Inspections 巡检 as rules: what a template says, when its rounds fall due, how a returned sheet is checked,
what counts as a finding, how a score sheet is scored. Plain data in, plain data out: no Qt, no SQL.

A round is one place in one period (a day, a month, an N-day stretch): it is due on one day and may still be
done late until its period's last day; after that it is missed."""
from __future__ import annotations

import calendar as _cal
import datetime as dt
import json
import math
from dataclasses import dataclass

from .errors import Invalid
from .text import accept

KINDS = ("equipment", "quality")
#: How an item is judged: ticked normal/abnormal, a count (extinguishers present, lamps out), or a reading.
JUDGED = ("normal_abnormal", "count", "reading")
#: The service-quality areas a score sheet belongs to (物业服务巡检评分表).
AREAS = ("秩序", "保洁", "绿化", "设施")
EVERY = ("daily", "weekly", "monthly", "days")
#: On a public holiday a round is kept, skipped, or moved to the next working day.
HOLIDAY_RULES = ("keep", "skip", "next_workday")
RESULTS = ("normal", "abnormal")
#: Round states on a given day.
STATES = ("upcoming", "due", "late", "done", "missed")
BUILDING = "{building}"
_OLD_FREQUENCY = {"每日": {"every": "daily"}, "每班": {"every": "daily"}, "每周": {"every": "weekly", "days": [1]},
                  "每月": {"every": "monthly", "day": 1}}


# ---- templates -------------------------------------------------------------------------------------

def parse_template(body: str | dict) -> dict:
    """A template (JSON text or dict) checked and completed with its defaults; refusals name the field.

    Older sheets (a `place` string, `frequency` as 每日/每周, `rounds`, an item's `reading` unit) still load."""
    if isinstance(body, str):
        try:
            data = json.loads(body)
        except ValueError as exc:
            raise Invalid("body", f"not valid JSON: {exc}") from None
    else:
        data = dict(body)
    if not isinstance(data, dict) or not str(data.get("title", "")).strip():
        raise Invalid("title", "an inspection template needs a title")
    kind = data.get("kind", "equipment")
    if kind not in KINDS:
        raise Invalid("kind", f"unknown kind '{kind}'", valid=KINDS)
    area = data.get("area") or ("设施" if kind == "equipment" else None)
    if kind == "quality" and area not in AREAS:
        raise Invalid("area", f"a score sheet belongs to an area, not '{area}'", valid=AREAS)
    places = data.get("places")
    if places is None:
        places = [data["place"]] if str(data.get("place") or "").strip() else []
    if isinstance(places, str):
        places = [places]
    places = [str(p).strip() for p in places if str(p).strip()]
    if not places:
        raise Invalid("places", "name at least one place (a building, the pump room, {building}栋电梯 for each building)")
    times = data.get("times", data.get("rounds", 1))
    if not isinstance(times, int) or isinstance(times, bool) or not 1 <= times <= 12:
        raise Invalid("times", "passes per sheet is a whole number from 1 to 12")
    items = _items(data.get("items"), kind)
    fields = [str(f).strip() for f in data.get("fields") or [] if str(f).strip()]
    return {"title": str(data["title"]).strip(), "kind": kind, "area": area, "places": places,
            "frequency": frequency_of(data.get("frequency")), "times": times, "fields": fields,
            "category": str(data.get("category") or "公共设施"), "items": items}


def _number(field: str, value, item: str):
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise Invalid(field, f"item '{item}': {field} must be a number, not '{value}'", item=item)
    return value


def _items(items, kind: str) -> list[dict]:
    if not isinstance(items, list) or not items:
        raise Invalid("items", "an inspection template needs at least one item")
    out, seen = [], set()
    for n, raw in enumerate(items, 1):
        if not isinstance(raw, dict) or not str(raw.get("name", "")).strip():
            raise Invalid("items", f"item {n} has no name", line=n)
        name = str(raw["name"]).strip()
        if name in seen:
            raise Invalid("items", f"item '{name}' appears twice", line=n, item=name)
        seen.add(name)
        judged = raw.get("judged") or ("reading" if raw.get("reading") else "normal_abnormal")
        if judged not in JUDGED:
            raise Invalid("judged", f"item '{name}': unknown way of judging '{judged}'", valid=JUDGED, line=n)
        unit = str(raw.get("unit") or raw.get("reading") or "").strip()
        lo, hi = _number("min", raw.get("min"), name), _number("max", raw.get("max"), name)
        if judged == "normal_abnormal":
            lo = hi = None
            unit = ""
        elif lo is not None and hi is not None and lo > hi:
            raise Invalid("min", f"item '{name}': min {lo} is above max {hi}", line=n, item=name)
        weight = _number("weight", raw.get("weight"), name)
        if kind == "quality" and (weight is None or weight <= 0):
            raise Invalid("weight", f"item '{name}': a score sheet's item needs a weight above 0", line=n, item=name)
        out.append({"name": name, "standard": str(raw.get("standard") or ""), "judged": judged, "unit": unit,
                    "min": lo, "max": hi, "weight": weight if kind == "quality" else None})
    return out


def frequency_of(value) -> dict:
    """A frequency as {every, days, day, n, start, holidays}; refusals name what is wrong."""
    if value is None or value == "":
        value = {"every": "daily"}
    if isinstance(value, str):
        if value not in _OLD_FREQUENCY and value not in EVERY:
            raise Invalid("frequency", f"unknown frequency '{value}'", valid=EVERY)
        value = _OLD_FREQUENCY.get(value, {"every": value})
    if not isinstance(value, dict):
        raise Invalid("frequency", "a frequency is an object like {\"every\": \"weekly\", \"days\": [1, 4]}")
    every = value.get("every")
    if every not in EVERY:
        raise Invalid("frequency", f"unknown frequency '{every}'", valid=EVERY)
    holidays = value.get("holidays", "keep")
    if holidays not in HOLIDAY_RULES:
        raise Invalid("holidays", f"unknown holiday rule '{holidays}'", valid=HOLIDAY_RULES)
    out = {"every": every, "holidays": holidays}
    if every == "weekly":
        days = value.get("days") or []
        if not days or not all(isinstance(d, int) and 1 <= d <= 7 for d in days):
            raise Invalid("days", "weekly rounds name their weekdays, 1 (Monday) to 7 (Sunday)")
        out["days"] = sorted(set(days))
    elif every == "monthly":
        day = value.get("day", 1)
        if not isinstance(day, int) or not 1 <= day <= 31:
            raise Invalid("day", "a monthly round falls on day 1 to 31 (31: the month's last day)")
        out["day"] = day
    elif every == "days":
        n = value.get("n")
        if not isinstance(n, int) or not 1 <= n <= 366:
            raise Invalid("n", "every N days: N is a whole number from 1 to 366")
        try:
            start = dt.date.fromisoformat(str(value.get("start") or "2026-01-01"))
        except ValueError:
            raise Invalid("start", f"'{value.get('start')}' is not a date YYYY-MM-DD") from None
        out.update(n=n, start=start.isoformat())
    return out


def expand_places(places: list[str], buildings: list[int]) -> list[str]:
    """The template's places with `{building}` made into one place per building of the estate."""
    out: list[str] = []
    for place in places:
        names = [place.replace(BUILDING, str(b)) for b in buildings] if BUILDING in place else [place]
        out += [n for n in names if n not in out]
    return out


# ---- when rounds fall due ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Occurrence:
    """One round's slot: `period` is its stable key, due on `due`, may be done late up to `last`."""
    period: str
    due: dt.date
    last: dt.date


def _is_holiday(calendar, d: dt.date) -> bool:
    """A public day off (not an ordinary weekend)."""
    return calendar is not None and d in getattr(calendar, "holidays", ()) and d not in getattr(calendar, "workdays", ())


def _next_workday(calendar, d: dt.date) -> dt.date:
    return calendar.next_workday(d - dt.timedelta(days=1)) if not calendar.is_workday(d) else d


def _month_day(year: int, month: int, day: int) -> dt.date:
    return dt.date(year, month, min(day, _cal.monthrange(year, month)[1]))


def _nominal(freq: dict, start: dt.date, end: dt.date):
    """(period, nominal day, last day) of every slot whose nominal day lies in [start, end]."""
    every = freq["every"]
    if every == "daily":
        d = start
        while d <= end:
            yield d.isoformat(), d, d
            d += dt.timedelta(days=1)
    elif every == "weekly":
        days = freq["days"]
        d = start
        while d <= end:
            wd = d.isoweekday()
            if wd in days:
                gap = min((x - wd) % 7 or 7 for x in days)
                yield d.isoformat(), d, d + dt.timedelta(days=gap - 1)
            d += dt.timedelta(days=1)
    elif every == "monthly":
        y, m = start.year, start.month
        while (y, m) <= (end.year, end.month):
            d = _month_day(y, m, freq["day"])
            if start <= d <= end:
                yield f"{y:04d}-{m:02d}", d, _month_day(y, m, 31)
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    else:
        n, anchor = freq["n"], dt.date.fromisoformat(freq["start"])
        k = -(-(start - anchor).days // n)          # the first slot on or after start (either side of the anchor)
        d = anchor + dt.timedelta(days=k * n)
        while d <= end:
            yield d.isoformat(), d, d + dt.timedelta(days=n - 1)
            d += dt.timedelta(days=n)


def occurrences(freq: dict, start: dt.date, end: dt.date, calendar=None) -> list[Occurrence]:
    """The slots of a frequency whose nominal day falls in [start, end], holidays applied.

    `calendar` is a core.calendar.WorkCalendar (or None: no holidays known)."""
    freq = frequency_of(freq)
    out = []
    for period, day, last in _nominal(freq, start, end):
        if _is_holiday(calendar, day):
            if freq["holidays"] == "skip":
                continue
            if freq["holidays"] == "next_workday":
                day = _next_workday(calendar, day)
                last = max(last, day)
        out.append(Occurrence(period, day, last))
    return out


def slot_of(freq: dict, day: dt.date, calendar=None) -> Occurrence | None:
    """The slot a round done on `day` belongs to: the latest one due on or before it that is still open,
    else the next one due (a round done a little early counts for its slot)."""
    freq = frequency_of(freq)
    span = {"daily": 1, "weekly": 7, "monthly": 31, "days": freq.get("n", 1)}[freq["every"]]
    around = occurrences(freq, day - dt.timedelta(days=span + 31), day + dt.timedelta(days=span + 31), calendar)
    current = [o for o in around if o.due <= day <= o.last]
    if current:
        return current[-1]
    ahead = [o for o in around if o.due > day]
    return ahead[0] if ahead else None


def owed(occ: Occurrence, since: dt.date | None) -> bool:
    """Whether a round was anyone's to do: only those due on or after the day the centre began keeping
    inspections (`since`; None: no such day known, every round counts). A centre made today has missed nothing."""
    return since is None or occ.due >= since


def state_of(occ: Occurrence, done_on: dt.date | None, today: dt.date) -> str:
    """upcoming, due (today), late (past due, still within its period), done, or missed."""
    if done_on is not None:
        return "done"
    if today < occ.due:
        return "upcoming"
    if today == occ.due:
        return "due"
    return "late" if today <= occ.last else "missed"


def completion(states: list[str]) -> dict:
    """done / due for a list of round states: rounds still upcoming are not yet owed."""
    owed = [s for s in states if s != "upcoming"]
    done = sum(1 for s in owed if s == "done")
    return {"done": done, "due": len(owed), "missed": sum(1 for s in owed if s == "missed"),
            "rate": round(100.0 * done / len(owed), 1) if owed else None}


# ---- a returned sheet ------------------------------------------------------------------------------

def out_of_range(item: dict, value) -> bool:
    """Whether a count or reading lies outside the item's allowed range."""
    if value is None:
        return False
    return (item.get("min") is not None and value < item["min"]) or (item.get("max") is not None and value > item["max"])


def _value(item: dict, raw: dict):
    judged, name = item["judged"], item["name"]
    if judged == "normal_abnormal":
        return None
    key = "count" if judged == "count" else "reading"
    value = raw.get(key, raw.get("value"))
    if value is None or value == "":
        if raw.get("result") == "abnormal":
            return None                      # could not be read: the remark says why
        raise Invalid(key, f"item '{name}' needs a {key}", item=name)
    if isinstance(value, str):
        try:
            value = float(value.strip().replace("，", ".").replace(",", "."))
        except ValueError:
            raise Invalid(key, f"item '{name}': '{value}' is not a number", item=name) from None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise Invalid(key, f"item '{name}': '{value}' is not a number", item=name)
    if judged == "count" and (value < 0 or value != int(value)):
        raise Invalid(key, f"item '{name}': a count is a whole number of 0 or more, not {value:g}", item=name)
    return int(value) if judged == "count" else float(value)


def check_results(template: dict, results) -> list[dict]:
    """One checked result per item of the template, in its order; refused naming the item when an item is
    unknown, twice, missing, a reading is not a number, or an abnormal item has no remark.

    A reading or count outside its range makes the item abnormal (a finding) even when ticked normal."""
    if not isinstance(results, list):
        raise Invalid("results", "a list with one object per item: [{\"item\": ..., \"result\": ...}]")
    items = {i["name"]: i for i in template["items"]}
    given: dict[str, dict] = {}
    for n, raw in enumerate(results, 1):
        if not isinstance(raw, dict):
            raise Invalid("results", f"entry {n} is not an object", line=n)
        name = str(raw.get("item") or "").strip()
        if name not in items:
            raise Invalid("item", f"entry {n}: no item '{name}' on '{template['title']}'", line=n,
                          valid=list(items), item=name)
        if name in given:
            raise Invalid("item", f"item '{name}' is given twice", line=n, item=name)
        given[name] = {**raw, "remark": accept("remark", raw.get("remark"), "text", line=n)}    # the text rule
    out = []
    for position, item in enumerate(template["items"], 1):
        if item["name"] not in given:
            continue                          # refused below, once what was given is known to be right
        raw = given[item["name"]]
        result = raw.get("result")
        if result not in (None, "", *RESULTS):
            raise Invalid("result", f"item '{item['name']}': '{result}' is not normal or abnormal",
                          valid=RESULTS, item=item["name"])
        value = _value(item, raw)
        if not result:
            if item["judged"] == "normal_abnormal":
                raise Invalid("result", f"item '{item['name']}' needs a result", valid=RESULTS, item=item["name"])
            result = "normal"
        remark = str(raw.get("remark") or "").strip()
        if result == "abnormal" and not remark:
            raise Invalid("remark", f"item '{item['name']}' is abnormal: say what was found in its remark",
                          item=item["name"])
        outside = out_of_range(item, value)
        out.append({"position": position, "item": item["name"], "judged": item["judged"],
                    "result": "abnormal" if outside else result, "value": value, "unit": item["unit"],
                    "min": item["min"], "max": item["max"], "weight": item["weight"], "remark": remark,
                    "out_of_range": outside})
    missing = [name for name in items if name not in given]
    if missing:
        raise Invalid("item", "no result for " + ", ".join(f"'{m}'" for m in missing), item=missing[0],
                      missing=missing)
    return out


def findings(checked: list[dict]) -> list[dict]:
    """The abnormal items of a checked sheet (each offers a repair ticket)."""
    return [r for r in checked if r["result"] == "abnormal"]


def range_text(item: dict) -> str:
    """An allowed range as printed: 5–40 ℃, ≥ 12 具, ≤ 0 盏."""
    lo, hi, unit = item.get("min"), item.get("max"), item.get("unit") or ""
    def f(v) -> str:
        return f"{v:g}"
    if lo is not None and hi is not None:
        text = f"{f(lo)}–{f(hi)}"
    elif lo is not None:
        text = f"≥ {f(lo)}"
    elif hi is not None:
        text = f"≤ {f(hi)}"
    else:
        return ""
    return f"{text} {unit}".strip()


def range_note(item: dict) -> str:
    """The allowed range to print after an item's standard, unless the standard already says it."""
    text = range_text(item)
    said = [f"{v:g}" for v in (item.get("min"), item.get("max")) if v is not None]
    return "" if not text or all(v in (item.get("standard") or "") for v in said) else text


def finding_text(template: dict, place: str, result: dict, inspector: str) -> str:
    """A repair ticket's description for one finding: where, which item, what was read, the remark, who saw it."""
    parts = [f"巡检发现（{template['title']}，{place}）：{result['item']}"]
    if result["value"] is not None:
        label = "数量" if result["judged"] == "count" else "读数"
        parts.append(f"{label} {result['value']:g}{(' ' + result['unit']) if result['unit'] else ''}")
        allowed = range_text(result)
        if allowed and result["out_of_range"]:
            parts.append(f"超出允许范围 {allowed}")
    if result["remark"]:
        parts.append(result["remark"])
    text = "；".join(parts)
    return text + (f"。报告人：{inspector}" if inspector else "。")


def score(checked: list[dict]) -> float | None:
    """A score sheet's score out of 100: the weight of the items found normal over the total weight."""
    total = sum(r["weight"] or 0 for r in checked)
    if not total:
        return None
    got = sum(r["weight"] or 0 for r in checked if r["result"] == "normal")
    return round(100.0 * got / total, 1)


def area_scores(sheets: list[tuple[str, str, float]]) -> dict[str, dict[str, float]]:
    """{area: {month: mean score}} from (area, month YYYY-MM, score) of each scored sheet."""
    sums: dict[tuple[str, str], list[float]] = {}
    for area, month, value in sheets:
        if value is not None:
            sums.setdefault((area, month), []).append(value)
    out: dict[str, dict[str, float]] = {}
    for (area, month), values in sorted(sums.items()):
        out.setdefault(area, {})[month] = round(sum(values) / len(values), 1)
    return out
