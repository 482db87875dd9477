"""Sync (issue 16, item 8; issue 14): export and import of a year and of a busy day of the benchmark centre, each
beside its two floors, measured in the same run in interleaved rounds (the order turning each round), medians:

export  ours  frontdesk's export() of what changed since the last export (a year's or a busy day's changes).
        (a)   the statements export() issued (trace callback), replayed bare with sqlite3 on a copy of the centre kept
              in step (its bookkeeping writes and commits too), every row of its table SELECTs written as the bundle
              needs it: the CSV of the encoded values (None as \\N), SHA-256 of every file, each file fsynced, the
              manifest signed with HMAC-SHA256, fsynced and the folder renamed into place.
        (b)   the least work: one SELECT of the travelling columns per table over the change_seq index, the same CSV,
              hashes, fsyncs and signed manifest, and one commit recording the export.
import  ours  frontdesk's import_path() of that bundle on a fresh copy of the receiving database.
        (a)   the statements import_path() issued with their parameters (executemany's rows too; recorded from a run
              of its own), replayed bare with sqlite3 on another fresh copy of the same database, after reading the
              bundle once as any reader must: the manifest's signature checked, every file hashed and parsed by
              csv.reader.
        (b)   the least work: the signature checked, every file read once (hashed, parsed, \\N decoded), its rows
              inserted with one executemany per table in one transaction on a fresh copy of the same database, every
              index of the table present, the schema's own triggers firing and the stamping triggers set aside (they
              stamp nothing on an import) and made again, the bundle recorded as applied; with import_path's page
              cache and statement journals in memory.

run(ctx) -> rows for the harness; `python bench/bench_sync.py [--quick]` builds a centre and runs it alone."""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import hmac
import io
import json
import os
import re
import shutil
import sqlite3
import statistics
import sys
import time
from pathlib import Path
from typing import Callable

from bench import replay_recorded
from frontdesk.sync.bundle import HashingWriter, encode

DAY_TICKETS = 300
_TABLE_SELECT = re.compile(r"SELECT (.+?) FROM (\w+) WHERE change_seq > -?\d+ AND change_seq <= \d+ ORDER BY change_seq")


def _copy(src: Path, dst: Path) -> None:
    dst.unlink(missing_ok=True)
    with sqlite3.connect(f"file:{src}?mode=ro", uri=True) as a, sqlite3.connect(dst) as b:
        a.backup(b)
    with open(dst, "rb+") as f:                # on disk before the measures (see _fresh)
        os.fsync(f.fileno())


def _fresh(src: Path, dst: Path) -> Path:
    """A plain copy of a checkpointed database (no -wal, no -shm), on disk before it is used: else the first
    checkpoint's fsync of the database would write out the whole copy, counted against the call measured."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{dst}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(src, dst)
    with open(dst, "rb+") as f:
        os.fsync(f.fileno())
    return dst


def _checkpoint(db) -> None:
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _bare(path: Path, *, foreign_keys: bool = True) -> sqlite3.Connection:
    """A bare connection with frontdesk's pragmas (store.db.connect) and a statement cache for every replayed text."""
    conn = sqlite3.connect(str(path), timeout=10, isolation_level=None, cached_statements=4096)
    for pragma in ("busy_timeout = 10000", "journal_mode = WAL", "synchronous = FULL",
                   f"foreign_keys = {'ON' if foreign_keys else 'OFF'}"):
        conn.execute(f"PRAGMA {pragma}")
    return conn


def _rounds(runs: int, *fns: Callable[[], float]) -> list[list[float]]:
    """Seconds of each fn (each returns the seconds of its timed part), `runs` rounds, the order turning each round
    (so neither page-cache warmth nor a burst of load favours one)."""
    out: list[list[float]] = [[] for _ in fns]
    for r in range(runs):
        order = list(range(len(fns)))
        order = order[r % len(order):] + order[:r % len(order)]
        for i in order:
            out[i].append(fns[i]())
    return out


# ---------------------------------------------------------------- the bundle's files, written and read bare

def _write_csv(folder: Path, table: str, columns: list[str], rows) -> dict | None:
    """One table's file as a bundle holds it: CSV of encoded values, hashed as written, fsynced."""
    (folder / "tables").mkdir(exist_ok=True)
    path = folder / "tables" / f"{table}.csv"
    n = 0
    with open(path, "wb") as raw:
        hashed = HashingWriter(raw)
        text = io.TextIOWrapper(io.BufferedWriter(hashed, 1 << 20), encoding="utf-8", newline="")
        w = csv.writer(text, lineterminator="\n")
        w.writerow(columns)
        for r in rows:
            w.writerow([v if type(v) is str and v[:1] != "\\" else encode(v) for v in r])
            n += 1
        text.flush()
        if n:
            os.fsync(raw.fileno())
        text.detach()
    if not n:
        path.unlink()
        return None
    return {"table": table, "file": f"tables/{table}.csv", "rows": n, "bytes": hashed.size,
            "sha256": hashed.sha.hexdigest(), "columns": columns}


def _seal(folder: Path, final: Path, listed: list[dict], key: bytes) -> None:
    """The manifest signed and fsynced, the folder renamed into place."""
    data = json.dumps({"tables": listed}, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")
    for name, body in (("manifest.json", data), ("manifest.sig", hmac.new(key, data, hashlib.sha256).hexdigest()
                                                 .encode("ascii"))):
        with open(folder / name, "wb") as f:
            f.write(body)
            f.flush()
            os.fsync(f.fileno())
    os.rename(folder, final)


def _read_bundle(bundle: Path, key: bytes) -> dict[str, tuple[list[str], list[tuple]]]:
    """What any reader of a bundle must do: check the manifest's signature, hash every file, parse it (\\N decoded)."""
    mbytes = (bundle / "manifest.json").read_bytes()
    sig = (bundle / "manifest.sig").read_text(encoding="ascii").strip()
    if not hmac.compare_digest(sig, hmac.new(key, mbytes, hashlib.sha256).hexdigest()):
        raise RuntimeError("signature")
    out = {}
    for entry in json.loads(mbytes)["tables"]:
        data = (bundle / entry["file"]).read_bytes()
        if hashlib.sha256(data).hexdigest() != entry["sha256"]:
            raise RuntimeError("hash")
        r = csv.reader(io.StringIO(data.decode("utf-8"), newline=""))
        next(r)
        out[entry["table"]] = (entry["columns"],
                               [tuple([v if v[:1] != "\\" else (None if v == "\\N" else v[1:]) for v in x]) for x in r])
    return out


# ---------------------------------------------------------------- export

def _export_once(db, dest: Path, stmts: list[str]) -> float:
    from bench import capture
    from frontdesk.sync.export import export
    t0 = time.perf_counter()
    got = capture(db.conn, export, db, dest)
    took = time.perf_counter() - t0
    stmts[:] = got
    return took


def _replay_export(conn: sqlite3.Connection, stmts: list[str], dest: Path, key: bytes) -> float:
    """(a): the captured statements on the copy kept in step; each table SELECT's rows written as a bundle's CSV."""
    folder = dest / f".replay-{time.monotonic_ns()}"
    t0 = time.perf_counter()
    folder.mkdir(parents=True)
    listed = []
    for sql in stmts:
        m = _TABLE_SELECT.fullmatch(sql)
        cur = conn.execute(sql)
        if m:
            entry = _write_csv(folder, m.group(2), [c.strip() for c in m.group(1).split(",")], cur)
            if entry:
                listed.append(entry)
        else:
            cur.fetchall()
    _seal(folder, dest / folder.name[1:], listed, key)
    return time.perf_counter() - t0


def _least_export(conn: sqlite3.Connection, tables: list[tuple[str, list[str]]], lo: int, dest: Path,
                  key: bytes) -> float:
    """(b): one SELECT per table over its change_seq index, the same files, one commit recording the export."""
    folder = dest / f".least-{time.monotonic_ns()}"
    t0 = time.perf_counter()
    folder.mkdir(parents=True)
    conn.execute("BEGIN")
    top = conn.execute("SELECT counter FROM sync_local WHERE id = 1").fetchone()[0]
    listed = []
    for name, cols in tables:
        entry = _write_csv(folder, name, cols, conn.execute(
            f"SELECT {', '.join(cols)} FROM {name} WHERE change_seq > ? AND change_seq <= ?", [lo, top]))
        if entry:
            listed.append(entry)
    conn.execute("COMMIT")
    _seal(folder, dest / folder.name[1:], listed, key)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE sync_local SET exported_to = exported_to WHERE id = 1")
    conn.execute("COMMIT")
    return time.perf_counter() - t0


def _measure_export(a, a2: sqlite3.Connection, lo: int, work: Path, label: str, target: float, runs: int,
                    key: bytes) -> tuple[dict, Path]:
    """Export everything changed after `lo` in `runs` rounds of ours, (a) and (b); (a) replays what ours issued in
    the same round (so the copy stays in step), (b) runs before, between or after them in turn. The first bundle
    is kept (for the import)."""
    from bench import measure
    from frontdesk.store import changes
    tables = [(t["name"], changes.synced_columns(a, t)) for t in changes.synced_tables(a)]
    ours, same, least = [], [], []
    kept, rows, stmts = None, 0, []
    for r in range(runs):
        for conn in (a.conn, a2):
            conn.execute("UPDATE sync_local SET exported_to = ? WHERE id = 1", [lo])
        if r % 3 == 1:
            least.append(_least_export(a2, tables, lo, work / "least", key))
        out = work / f"ours-{r}"
        ours.append(_export_once(a, out, stmts))
        if r % 3 == 2:
            least.append(_least_export(a2, tables, lo, work / "least", key))
        same.append(_replay_export(a2, stmts, work / "same", key))
        if r % 3 == 0:
            least.append(_least_export(a2, tables, lo, work / "least", key))
        bundle = next(out.iterdir())
        if kept is None:
            kept = bundle
            rows = sum(e["rows"] for e in json.loads((bundle / "manifest.json").read_text())["tables"])
        else:
            shutil.rmtree(out)
        shutil.rmtree(work / "least")
        shutil.rmtree(work / "same")
    assert kept is not None
    value = statistics.median(ours)
    return measure(f"sync export, {label} ({rows:,} rows)", value, "s", target, bare=statistics.median(least),
                   overhead=statistics.median(same),
                   note=f"{rows / value:,.0f} rows/s, median of {runs} rounds; (a) the {len(stmts)} statements "
                        "export() issued, replayed on a copy kept in step, + the same CSV, SHA-256, fsyncs and "
                        "signed manifest; (b) one SELECT a table on the change_seq index + the same files"), kept


# ---------------------------------------------------------------- import

def _record(path: Path, fn: Callable, *args) -> list:
    """The statements `fn(db, *args)` issues on a frontdesk database at `path`, with their parameters."""
    import sqlite_utils

    from bench.bench_import import _open_bare, _Recording
    conn = _open_bare(path, _Recording)
    db = sqlite_utils.Database(conn, execute_plugins=False)
    conn.log.clear()
    fn(db, *args)
    log = list(conn.log)
    conn.close()
    return log


def _import_ours(base: Path, work: Path, bundle: Path) -> float:
    from frontdesk.store.db import connect
    from frontdesk.sync.apply import import_path
    db = connect(_fresh(base, work / "ours.db"), migrate=False)
    t0 = time.perf_counter()
    got = import_path(db, bundle)
    took = time.perf_counter() - t0
    db.close()
    assert [g.status for g in got] == ["applied"], [g.as_dict() for g in got]
    return took


def _import_same(base: Path, work: Path, bundle: Path, key: bytes, log: list) -> float:
    """(a): the bundle read once as any reader must, then the recorded statements run bare."""
    conn = _bare(_fresh(base, work / "same.db"))
    t0 = time.perf_counter()
    _read_bundle(bundle, key)
    replay_recorded(conn, log)
    took = time.perf_counter() - t0
    conn.close()
    return took


def _import_least(base: Path, work: Path, bundle: Path, key: bytes) -> float:
    """(b): the bundle read once, its rows inserted with executemany in one transaction, triggers as said above."""
    from frontdesk.sync.apply import IMPORT_CACHE_KIB
    conn = _bare(_fresh(base, work / "least.db"), foreign_keys=False)
    t0 = time.perf_counter()
    conn.execute(f"PRAGMA cache_size = {-IMPORT_CACHE_KIB}")     # as import_path: no page spilled and read again,
    conn.execute("PRAGMA temp_store = MEMORY")                     # no statement journal in a temp file
    tables = _read_bundle(bundle, key)
    conn.execute("BEGIN IMMEDIATE")
    names = [f"{t}_sync_{k}" for t in tables for k in ("i", "u")]
    stamps = conn.execute(f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN "
                          f"({','.join('?' * len(names))})", names).fetchall()
    for name, _ in stamps:
        conn.execute(f"DROP TRIGGER {name}")
    for name, (cols, rows) in tables.items():
        conn.executemany(f"INSERT INTO {name} ({', '.join(cols)}, change_seq) VALUES "
                         f"({', '.join('?' * len(cols))}, 0)", rows)
    for _, sql in stamps:
        conn.execute(sql)
    conn.execute("INSERT INTO sync_received (terminal_id, seq, kind, change_from, change_to, name, applied_at, "
                 "summary) VALUES ('least', ?, 'changes', 0, 0, ?, '', '{}')", [time.monotonic_ns(), bundle.name])
    conn.execute("COMMIT")
    took = time.perf_counter() - t0
    conn.close()
    return took


def _measure_import(base: Path, work: Path, bundle: Path, key: bytes, label: str, target: float,
                    runs: int) -> tuple[dict, Path]:
    """Import the bundle into fresh copies of `base`: a recorded run first (its result is returned, checkpointed:
    the next measure's receiving database), then `runs` rounds of ours, (a) and (b) in turning order."""
    from bench import measure
    from frontdesk.sync.apply import import_path
    work.mkdir(parents=True, exist_ok=True)
    recorded = _fresh(base, work / f"recorded-{bundle.name}.db")
    log = _record(recorded, import_path, bundle)
    conn = sqlite3.connect(recorded)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    rows = sum(e["rows"] for e in json.loads((bundle / "manifest.json").read_text())["tables"])
    ours, same, least = _rounds(runs, lambda: _import_ours(base, work, bundle),
                                lambda: _import_same(base, work, bundle, key, log),
                                lambda: _import_least(base, work, bundle, key))
    for name in ("ours", "same", "least"):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{work / name}.db{suffix}").unlink(missing_ok=True)
    value = statistics.median(ours)
    many = sum(len(p) if k == "many" else 1 for k, _, p in log)
    return measure(f"sync import, {label} ({rows:,} rows)", value, "s", target, bare=statistics.median(least),
                   overhead=statistics.median(same),
                   note=f"{rows / value:,.0f} rows/s, median of {runs} rounds, each on a fresh copy of the receiving "
                        f"database; (a) the {len(log)} statements import_path() issued ({many:,} executions) run "
                        "bare after the bundle's signature, hashes and CSV read once; (b) that reading + one "
                        "executemany a table, every index present, stamping triggers set aside"), recorded


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
    from bench import capture, replay
    from frontdesk.store import changes
    from frontdesk.store.db import connect
    from frontdesk.sync.identity import ensure_centre
    quick = ctx["quick"]
    year_runs, day_runs = (1, 3) if quick else (3, 7)
    work = Path(ctx["workdir"]) / "sync"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    a_path, a2_path = work / "a.db", work / "a2.db"
    _copy(Path(ctx["db_path"]), a_path)
    a = connect(a_path)
    loc = ensure_centre(a)
    key = bytes(loc["centre_key"])
    # a year: everything written since the first ticket of the last 365 days (the demo writes in time order)
    last = a.execute("SELECT max(received_at) FROM tickets").fetchone()[0]
    since = (dt.datetime.fromisoformat(last) - dt.timedelta(days=365)).isoformat()
    cut = a.execute("SELECT min(change_seq) FROM tickets WHERE received_at >= ?", [since]).fetchone()[0]
    _checkpoint(a)
    a2 = _bare(_fresh(a_path, a2_path))                  # the copy (a) replays on, kept in step with a
    # the receiving terminal: a new database of the same centre
    empty = work / "empty.db"
    b = connect(empty)
    b.execute("UPDATE sync_local SET centre_id = ?, centre_key = ?", [loc["centre_id"], key])
    _checkpoint(b)
    b.close()
    out = []
    m, year = _measure_export(a, a2, max(0, cut - 1), work / "export-year", "a year", 30, year_runs, key)
    out.append(m)
    m, after_year = _measure_import(empty, work / "import", year, key, "a year", 30, year_runs)
    out.append(m)
    day_from = changes.counter(a)
    replay(a2, capture(a.conn, _busy_day, a))         # the busy day on a, and the same statements on its copy
    assert a2.execute("SELECT counter FROM sync_local").fetchone()[0] == changes.counter(a), "a2 out of step"
    _checkpoint(a)
    m, day = _measure_export(a, a2, day_from, work / "export-day", "a busy day", 0.5, day_runs, key)
    out.append(m)
    m, _ = _measure_import(after_year, work / "import", day, key, "a busy day", 0.5, day_runs)
    out.append(m)
    a.close()
    a2.close()
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
        from bench.__main__ import line
        for m in run({"workdir": tmp, "db_path": str(db), "quick": quick}):
            print(line(m))
    print(json.dumps({"quick": quick}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
