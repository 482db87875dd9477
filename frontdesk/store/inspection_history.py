"""What inspections add up to: results over time per template and place, a reading's trend with its range,
the month's completion (done / due, missed rounds named) and the month's service-quality score per area."""
from __future__ import annotations

import calendar as _cal
import datetime as dt

import sqlite_utils

from frontdesk.core import inspections as rules

from .db import local_now
from .inspections import _select, results, slots, template


def history(db: sqlite_utils.Database, template_name: str, place: str, *, limit: int = 60) -> list[dict]:
    """The rounds done of a template at a place, newest first, each with its results and open findings."""
    from .inspections import open_findings
    rows = _select(db, "template = ? AND place = ? AND status = 'done' ORDER BY due_on DESC LIMIT ?",
                   [template_name, place, limit])
    for r in rows:
        r["results"] = results(db, r["id"])
        r["open_findings"] = open_findings(db, r["id"])
    return rows


def reading_trend(db: sqlite_utils.Database, template_name: str, place: str, item: str, *,
                  since: dt.date | None = None) -> dict:
    """A count's or reading's values over time with the item's allowed range: {'points': [(date, value)], ...}."""
    tpl = template(db, template_name)
    found = [i for i in tpl["items"] if i["name"] == item]
    spec = found[0] if found else {"min": None, "max": None, "unit": "", "judged": "reading"}
    since = since or (local_now().date() - dt.timedelta(days=180))
    rows = db.execute(
        "SELECT o.done_at, r.value FROM inspection_results r JOIN inspection_rounds o ON o.id = r.round_id "
        "WHERE o.template = ? AND o.place = ? AND r.item = ? AND r.value IS NOT NULL AND o.status = 'done' "
        "AND o.deleted_at IS NULL AND r.deleted_at IS NULL AND o.due_on >= ? ORDER BY o.done_at",
        [template_name, place, item, since.isoformat()]).fetchall()
    return {"item": item, "unit": spec.get("unit") or "", "min": spec.get("min"), "max": spec.get("max"),
            "judged": spec.get("judged") or "reading", "points": [(dt.date.fromisoformat(at[:10]), v) for at, v in rows]}


def month_bounds(month: str) -> tuple[dt.date, dt.date]:
    first = dt.date.fromisoformat(month + "-01")
    return first, first.replace(day=_cal.monthrange(first.year, first.month)[1])


def month_completion(db: sqlite_utils.Database, month: str, *, today: dt.date | None = None) -> dict:
    """The month's rounds: done / due (rounds not yet owed left out), the rate, each template's share, and the
    missed rounds named (template, place, day)."""
    first, last = month_bounds(month)
    all_slots = slots(db, first, last, today=today or local_now().date())
    total = rules.completion([s["state"] for s in all_slots])
    by_template: dict[str, list[str]] = {}
    for s in all_slots:
        by_template.setdefault(s["title"], []).append(s["state"])
    return {**total, "month": month,
            "templates": [{"title": t, **rules.completion(states)} for t, states in by_template.items()],
            "missed_rounds": [{"title": s["title"], "place": s["place"], "due_on": s["due_on"]}
                              for s in all_slots if s["state"] == "missed"]}


def area_scores(db: sqlite_utils.Database, month: str, *, months: int = 6) -> dict:
    """The score per area (秩序 保洁 绿化 设施) for `month` and the months before it (its trend)."""
    first, last = month_bounds(month)
    y, m = first.year, first.month - (months - 1)
    while m < 1:
        y, m = y - 1, m + 12
    start = dt.date(y, m, 1)
    # a sheet counts for the month it was due in (one done a day late still scores its own month)
    rows = db.execute("SELECT area, substr(due_on, 1, 7), score FROM inspection_rounds WHERE kind = 'quality' "
                      "AND status = 'done' AND deleted_at IS NULL AND score IS NOT NULL "
                      "AND due_on >= ? AND due_on < ?",
                      [start.isoformat(), (last + dt.timedelta(days=1)).isoformat()]).fetchall()
    by_area = rules.area_scores([(a, mo, s) for a, mo, s in rows])
    labels = []
    while (y, m) <= (first.year, first.month):
        labels.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return {"months": labels, "areas": {a: [by_area.get(a, {}).get(mo) for mo in labels] for a in rules.AREAS}}


def month_summary(db: sqlite_utils.Database, month: str, *, today: dt.date | None = None) -> dict:
    """What the monthly analysis shows of inspections: the completion and the score per area (this month and
    the one before)."""
    if "inspection_rounds" not in db.table_names():
        return {}
    return {**month_completion(db, month, today=today), "scores": area_scores(db, month, months=2)}
