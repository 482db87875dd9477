"""Growth: the same work on the same estate after 1, 2, 5 and 10 years of data (docs/architecture.md, Speed rules). Search, the board,
an intake save and the monthly figures should not grow with the years where the work does not (the open
backlog and a month's intakes are the same size whatever the history); a growth factor well above 1.5× is a
bug to fix, not to report.

run(ctx) -> one measure per kind of work whose value is the growth factor (10 years / 1 year; --quick: 2 / 1),
the note giving each age's figure; the table is printed too."""
from __future__ import annotations

import shutil
import sqlite3
import sys
from pathlib import Path

from bench import measure, median, p95, timed

AGES = (1, 2, 5, 10)
QUICK_AGES = (1, 2)


def _search(db, conn) -> float:
    from frontdesk.store.search import find
    names = [r[0][:2] for r in conn.execute("SELECT name FROM people ORDER BY rowid LIMIT 60 OFFSET 100")]
    for t in names:
        find(db, t)
    return p95(timed(find, db, t) for t in names)


def _board(db) -> float:
    from frontdesk.store import tickets
    tickets.board(db)
    return p95(timed(tickets.board, db) for _ in range(15))


def _intake(db_path: str, workdir: str, n: int = 30) -> float:
    from frontdesk.store import staff, tickets
    from frontdesk.store.db import connect
    copy = Path(workdir) / "growth-intake.db"
    shutil.copyfile(db_path, copy)
    db = connect(copy, migrate=False)
    desk = staff.get(db, "qiantai1")
    code = db.execute("SELECT code FROM units ORDER BY rowid LIMIT 1 OFFSET 50").fetchone()[0]

    def save():
        tickets.create(db, type="repair", category="水电", description="厨房水管漏水", actor=desk, unit=code)
    save()
    out = p95(timed(save) for _ in range(n))
    db.close()
    copy.unlink()
    return out


def _monthly(db) -> float:
    from frontdesk.store import reports
    month = db.execute("SELECT substr(max(received_at), 1, 7) FROM tickets").fetchone()[0]
    prev = f"{int(month[:4]) - (month[5:] == '01')}-{12 if month[5:] == '01' else int(month[5:]) - 1:02d}"
    reports.monthly_analysis(db, prev)
    return median(timed(reports.monthly_analysis, db, prev) for _ in range(3)) / 1000


WORK = (("search p95, two Chinese characters", "ms"), ("board p95", "ms"), ("intake save p95", "ms"),
        ("monthly analysis figures, median", "s"))


def run(ctx: dict) -> list[dict]:
    from bench import QUICK, FULL
    from bench.__main__ import centre_of
    from frontdesk.store.db import connect
    quick = ctx["quick"]
    units = (QUICK if quick else FULL)["units"]
    ages = QUICK_AGES if quick else AGES
    table: dict[int, list[float]] = {}
    for years in ages:
        path, meta = centre_of({"units": units, "years": years})
        db = connect(path, migrate=False)
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            table[years] = [_search(db, conn), _board(db), _intake(str(path), ctx["workdir"]), _monthly(db)]
        finally:
            db.close()
            conn.close()
        print(f"  growth: {years} year(s) measured ({meta.get('tickets', 0):,} tickets)", file=sys.stderr)
    first, last = ages[0], ages[-1]
    print(f"{'growth':<38}" + "".join(f"{a:>9} y" for a in ages) + "   factor", file=sys.stderr)
    out = []
    for i, (what, unit) in enumerate(WORK):
        values = [table[a][i] for a in ages]
        factor = values[-1] / values[0] if values[0] else float("nan")
        print(f"{what:<38}" + "".join(f"{v:>9.3g} {unit[0]}" for v in values) + f"   {factor:.2f}×", file=sys.stderr)
        note = ", ".join(f"{a} y {v:.3g} {unit}" for a, v in zip(ages, values))
        out.append(measure(f"growth {last}/{first} years: {what}", round(factor, 2), "×", 1.5, None,
                           note=f"{units:,} units; {note}"))
    return out
