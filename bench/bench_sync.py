"""Sync (issue 16, item 8): export and import of a busy day and of a year of the benchmark centre, in rows per
second beside the bare work — the same rows written with csv.writer, and read back with csv.reader and inserted
with executemany in one transaction into plain tables of the same columns.

run(ctx) -> rows for the harness; `python bench/bench_sync.py [--quick]` builds a centre and runs it alone."""
from __future__ import annotations

import csv
import datetime as dt
import json
import shutil
import sqlite3
import sys
import time
from pathlib import Path

DAY_TICKETS = 300


def _copy(src: Path, dst: Path) -> None:
    dst.unlink(missing_ok=True)
    with sqlite3.connect(f"file:{src}?mode=ro", uri=True) as a, sqlite3.connect(dst) as b:
        a.backup(b)


def _bare_write(db, bundle: Path, out: Path) -> tuple[int, float]:
    """The floor of an export: the same SELECTs written with csv.writer, nothing else."""
    from frontdesk.sync.bundle import read_manifest
    m = read_manifest(bundle)
    out.mkdir(parents=True, exist_ok=True)
    rows, t0 = 0, time.perf_counter()
    for entry in m["tables"]:
        cur = db.conn.execute(f"SELECT {', '.join(entry['columns'])} FROM {entry['table']} WHERE change_seq > ? "
                              f"AND change_seq <= ?", [m["changes"]["from"], m["changes"]["to"]])
        with open(out / f"{entry['table']}.csv", "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(entry["columns"])
            for r in cur:
                w.writerow(r)
                rows += 1
    return rows, time.perf_counter() - t0


def _bare_read(bundle: Path, target: Path) -> tuple[int, float]:
    """The floor of an import: csv.reader and executemany into plain tables (id primary key), one transaction."""
    from frontdesk.sync.bundle import read_manifest
    m = read_manifest(bundle)
    target.unlink(missing_ok=True)
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    for entry in m["tables"]:
        cols = entry["columns"]
        conn.execute(f"CREATE TABLE {entry['table']} ({', '.join(c + (' PRIMARY KEY' if c == cols[0] else '') for c in cols)})")
    rows, t0 = 0, time.perf_counter()
    conn.execute("BEGIN")
    for entry in m["tables"]:
        with open(bundle / entry["file"], encoding="utf-8", newline="") as f:
            r = csv.reader(f)
            next(r)
            batch = list(r)
        conn.executemany(f"INSERT OR IGNORE INTO {entry['table']} VALUES ({', '.join('?' * len(entry['columns']))})",
                         batch)
        rows += len(batch)
    conn.execute("COMMIT")
    seconds = time.perf_counter() - t0
    conn.close()
    return rows, seconds


def _busy_day(db) -> None:
    """A busy day at the desk: tickets registered, moved on and noted."""
    from frontdesk.store import staff, tickets
    actor = staff.first_admin(db)
    codes = [r[0] for r in db.execute("SELECT code FROM units WHERE deleted_at IS NULL LIMIT ?", [DAY_TICKETS])]
    day = (dt.datetime.now() - dt.timedelta(days=1)).replace(hour=8, minute=0, second=0, microsecond=0)
    made = []
    for i, code in enumerate(codes):
        t = tickets.create(db, type="repair", category="水电", description=f"厨房漏水 {i}", actor=actor, unit=code,
                           at=day + dt.timedelta(minutes=2 * i))
        made.append(t["number"])
    for n in made[::2]:
        moves = tickets.allowed_moves(db, n, actor)
        if moves:
            tickets.move(db, n, moves[0], actor, handler=actor["username"])
        tickets.add_note(db, n, actor, "已电话联系业主")


def run(ctx: dict) -> list[dict]:
    from bench import measure
    from frontdesk.store import changes
    from frontdesk.store.db import connect
    from frontdesk.sync.apply import import_path
    from frontdesk.sync.export import export
    from frontdesk.sync.identity import ensure_centre
    work = Path(ctx["workdir"]) / "sync"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    a_path, b_path = work / "a.db", work / "b.db"
    _copy(Path(ctx["db_path"]), a_path)
    a = connect(a_path)
    loc = ensure_centre(a)
    # a year: everything written since the first ticket of the last 365 days (the demo writes in time order)
    last = a.execute("SELECT max(received_at) FROM tickets").fetchone()[0]
    since = (dt.datetime.fromisoformat(last) - dt.timedelta(days=365)).isoformat()
    cut = a.execute("SELECT min(change_seq) FROM tickets WHERE received_at >= ?", [since]).fetchone()[0]
    a.execute("UPDATE sync_local SET exported_to = ?", [max(0, cut - 1)])
    out = []
    t0 = time.perf_counter()
    year = export(a, work / "out")
    t_year_out = time.perf_counter() - t0
    year_rows = sum(year.rows.values())
    bare_rows, bare_out = _bare_write(a, year.path, work / "bare-year")
    b = connect(b_path)
    b.execute("UPDATE sync_local SET centre_id = ?, centre_key = ?", [loc["centre_id"], loc["centre_key"]])
    t0 = time.perf_counter()
    import_path(b, year.path)
    t_year_in = time.perf_counter() - t0
    _, bare_in = _bare_read(year.path, work / "bare-year.db")
    out += [
        measure(f"sync export, a year ({year_rows:,} rows)", t_year_out, "s", 30, bare=bare_out,
                note=f"{year_rows / t_year_out:,.0f} rows/s; csv.writer {bare_rows / bare_out:,.0f} rows/s"),
        measure(f"sync import, a year ({year_rows:,} rows)", t_year_in, "s", 30, bare=bare_in,
                note=f"{year_rows / t_year_in:,.0f} rows/s; csv.reader+executemany {year_rows / bare_in:,.0f} rows/s"),
    ]
    _busy_day(a)
    t0 = time.perf_counter()
    day = export(a, work / "out")
    t_day_out = time.perf_counter() - t0
    day_rows = sum(day.rows.values())
    _, bare_day_out = _bare_write(a, day.path, work / "bare-day")
    t0 = time.perf_counter()
    import_path(b, day.path)
    t_day_in = time.perf_counter() - t0
    _, bare_day_in = _bare_read(day.path, work / "bare-day.db")
    out += [
        measure(f"sync export, a busy day ({day_rows:,} rows)", t_day_out, "s", 0.5, bare=bare_day_out,
                note=f"{day_rows / t_day_out:,.0f} rows/s"),
        measure(f"sync import, a busy day ({day_rows:,} rows)", t_day_in, "s", 0.5, bare=bare_day_in,
                note=f"{day_rows / t_day_in:,.0f} rows/s"),
    ]
    assert changes.counter(b) >= 0
    a.close()
    b.close()
    shutil.rmtree(work, ignore_errors=True)
    return out


def main(argv: list[str]) -> int:
    import subprocess
    import tempfile
    quick = "--quick" in argv
    units, years = (1000, 1) if quick else (20_000, 10)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "centre.db"
        subprocess.run([sys.executable, "-m", "bench.build", str(db), str(units), str(years), "1"], check=True,
                       cwd=str(Path(__file__).resolve().parent.parent), stdout=subprocess.DEVNULL)
        for m in run({"workdir": tmp, "db_path": str(db), "quick": quick}):
            ratio = f"{m['value'] / m['bare']:.1f}x bare" if m.get("bare") else ""
            print(f"{m['measure']:<46} {m['value']:8.2f} {m['unit']}  target {m['target']}  {ratio}  {m['note']}")
    print(json.dumps({"quick": quick}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
