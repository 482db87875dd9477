"""The survey's results as a CSV for head office: elements, overall and the breakdowns, beside last year's."""
from __future__ import annotations

import csv
import io
from pathlib import Path

from frontdesk.core.reports import pct


def _n(value, digits: int = 2) -> str:
    return "" if value is None else f"{value:.{digits}f}"


def results_csv_bytes(res: dict) -> bytes:
    """UTF-8 with a BOM; one section after another, each with its own header row."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    year, last = res["year"], res["last_year"]
    o, p = res["overall"], res["last"]
    w.writerow(["项目", f"{year}年", f"{last}年"])
    w.writerow(["有效答卷", o["responses"], p["responses"]])
    w.writerow(["平均分", _n(o["mean"]), _n(p["mean"])])
    w.writerow(["满意度指数", _n(o["index"], 1), _n(p["index"], 1)])
    w.writerow(["满意率", pct(o["satisfied_share"]), pct(p["satisfied_share"])])
    w.writerow([])
    w.writerow(["要素", f"{year}年平均分", f"{year}年指数", f"{last}年平均分", f"{last}年指数"])
    for e in res["elements"]:
        w.writerow([e["name"], _n(e["mean"]), _n(e["index"], 1), _n(e["last_mean"]), _n(e["last_index"], 1)])
    for title, key, fmt in (("物业类型", "by_property_type", str), ("楼栋", "by_building", lambda b: f"{b}栋")):
        w.writerow([])
        w.writerow([title, f"{year}年答卷", f"{year}年指数", f"{year}年满意率", f"{last}年答卷", f"{last}年指数",
                    f"{last}年满意率"])
        for r in res[key]:
            w.writerow([fmt(r["key"]), r["responses"], _n(r["index"], 1), pct(r["satisfied_share"]),
                        r["last_responses"], _n(r["last_index"], 1), pct(r["last_satisfied_share"])])
    w.writerow([])
    for text in res["definitions"].values():
        w.writerow([text])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def export_results(db, year: int, out: str | Path, actor: dict | None) -> dict:
    """Write the year's results CSV and audit the export."""
    from frontdesk.store import surveys
    from .reports import _audit_export, _write_atomic
    res = surveys.results(db, year)
    path = _write_atomic(out, results_csv_bytes(res))
    _audit_export(db, actor, "survey-results", year=year, path=str(path))
    return {"path": str(path), "responses": res["overall"]["responses"]}
