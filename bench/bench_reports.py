"""The supervisor's reports on the benchmark centre: the monthly analysis (figures, then the whole PDF with
charts) and the daily-log export in each format, for the last full month and its busiest day.

run(ctx) -> rows for the harness (ctx["db_path"] is the benchmark centre; each export leaves one audit row);
`python bench/bench_reports.py DB` runs it alone."""
from __future__ import annotations

import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPEAT = 3


def _timed(fn, repeat: int = REPEAT) -> tuple[float, object]:
    """The median of `repeat` runs (the first run also pays for imports and the font: done before)."""
    times, result = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result


def pick_month(db) -> str:
    """The last full month before the newest intake."""
    from frontdesk.core.reports import shift_month
    newest = db.execute("SELECT max(received_at) FROM tickets").fetchone()[0]
    if not newest:
        raise SystemExit("the benchmark centre has no tickets")
    return shift_month(newest[:7], -1)


def busiest_day(db, month: str) -> dt.date:
    from frontdesk.core.reports import month_bounds
    start, end = month_bounds(month)
    row = db.execute("SELECT substr(received_at, 1, 10) AS d, count(*) AS n FROM tickets INDEXED BY tickets_received "
                     "WHERE received_at >= ? AND received_at < ? GROUP BY d ORDER BY n DESC LIMIT 1",
                     [start, end]).fetchone()
    return dt.date.fromisoformat(row[0])


def run(ctx: dict) -> list[dict]:
    """Time the monthly figures, the monthly PDF and the daily-log exports on the benchmark centre."""
    from frontdesk.core.reports import month_bounds
    from frontdesk.services.reports import export_daily_log, export_monthly, font_of
    from frontdesk.store import reports, staff
    from frontdesk.store.db import connect
    db = connect(ctx["db_path"])
    actor = staff.first_admin(db)
    month = pick_month(db)
    day = busiest_day(db, month)
    n_month = db.execute("SELECT count(*) FROM tickets WHERE received_at >= ? AND received_at < ?",
                         list(month_bounds(month))).fetchone()[0]
    n_total = db.execute("SELECT count(*) FROM tickets").fetchone()[0]
    font_of(db)                                          # the font is loaded once per process (not measured)
    out = Path(ctx.get("workdir") or tempfile.mkdtemp(prefix="bench-reports-"))
    out.mkdir(parents=True, exist_ok=True)
    rows = []
    # (a): the statements the figures issued (one grouped statement per measure, the month's rows, the
    # inspections'), replayed bare on the same file, interleaved with the call
    import sqlite3

    from bench import capture, interleaved, replay
    reports.monthly_analysis(db, month)
    statements = capture(db.conn, reports.monthly_analysis, db, month)
    bare = sqlite3.connect(f"file:{ctx['db_path']}?mode=ro", uri=True)
    replay(bare, statements)
    ours, same = interleaved(lambda: reports.monthly_analysis(db, month), lambda: replay(bare, statements),
                             runs=2 * REPEAT + 1)
    bare.close()
    grouped = sum("GROUP BY substr(a." in st for st in statements)          # the trend: one per measure
    rows.append({"measure": f"monthly analysis figures ({month}, {n_month:,} intakes; 12-month trend over "
                            f"{n_total:,} tickets), median", "value": round(statistics.median(ours) / 1000, 3),
                 "unit": "s", "target": 0.3, "bare": None, "overhead": round(statistics.median(same) / 1000, 3),
                 "note": f"{len(statements)} statements, of them {grouped} grouped by month for the twelve-month trend "
                         f"(one per measure), the rest the month's rows and inspection rounds"})
    pdf_s, res = _timed(lambda: export_monthly(db, month, out / f"monthly-{month}.pdf", actor))
    size = os.path.getsize(res["path"]) // 1024
    rows.append({"measure": f"monthly report PDF with charts ({month}, {size} KB), median", "value": round(pdf_s, 3),
                 "unit": "s", "target": 1.0, "bare": None})
    for fmt in ("csv", "xlsx", "pdf"):
        s, res = _timed(lambda f=fmt: export_daily_log(db, day, f, out / f"daily-{day}.{f}", actor))
        rows.append({"measure": f"daily-log export {fmt.upper()} ({day}, {res['rows']} intakes), median",
                     "value": round(s, 3), "unit": "s", "target": 1.0, "bare": None})
    db.close()
    return rows


if __name__ == "__main__":
    for row in run({"db_path": sys.argv[1] if len(sys.argv) > 1 else os.environ["FRONTDESK_DB"]}):
        extra = f"; bare {row['bare']} {row['unit']}" if row.get("bare") is not None else ""
        print(f"{row['measure']}: {row['value']} {row['unit']} (target ≤ {row['target']} {row['unit']}{extra})")
