"""Cold: the first board and the first search after the database file has left the page cache (a fresh copy
evicted with posix_fadvise(DONTNEED), each measured in a fresh process), and the first database open in a
process — frontdesk's connect() beside a bare sqlite3 connect with the same pragmas.

run(ctx) -> rows for the harness."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from bench import measure

#: A child process: evicts the file from the page cache, then times one call (ms) and prints JSON.
CHILD = r"""
import json, os, sqlite3, sys, time
path, what = sys.argv[1], sys.argv[2]
for name in (path, path + "-wal", path + "-shm"):
    if os.path.exists(name):
        fd = os.open(name, os.O_RDONLY)
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        os.close(fd)
NAME = ("SELECT p.id, p.name FROM people p WHERE p.name >= ? AND p.name < ? AND p.deleted_at IS NULL "
        "AND p.merged_into IS NULL LIMIT 20")
term = sys.argv[3]
if what == "open":
    t = time.perf_counter()
    from frontdesk.store.db import connect
    import_ms = (time.perf_counter() - t) * 1000
    t = time.perf_counter()
    db = connect(path, migrate=False)
    ms = (time.perf_counter() - t) * 1000
    print(json.dumps({"ms": ms}))
elif what == "open-bare":
    t = time.perf_counter()
    conn = sqlite3.connect(path, timeout=10, isolation_level=None)
    for p in ("busy_timeout = 10000", "journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON"):
        conn.execute("PRAGMA " + p)
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    print(json.dumps({"ms": (time.perf_counter() - t) * 1000}))
elif what.endswith("-bare"):
    conn = sqlite3.connect(path, isolation_level=None)
    t = time.perf_counter()
    if what == "board-bare":
        from bench.bench_store import least_board
        sql, params = least_board()          # built before the clock starts, as the statement's text is
        t = time.perf_counter()
        conn.execute(sql, params).fetchall()
    else:
        conn.execute(NAME, [term, term + "\U0010ffff"]).fetchall()
    print(json.dumps({"ms": (time.perf_counter() - t) * 1000}))
else:
    from frontdesk.store.db import connect
    db = connect(path, migrate=False)
    if what == "board":
        from frontdesk.store import tickets
        t = time.perf_counter()
        tickets.board(db)
    else:
        from frontdesk.store.search import find
        import frontdesk.core.ids, frontdesk.core.numbers   # imports are not the search's cost
        t = time.perf_counter()
        find(db, term)
    print(json.dumps({"ms": (time.perf_counter() - t) * 1000}))
"""


def _child(path: Path, what: str, term: str) -> float:
    out = subprocess.run([sys.executable, "-c", CHILD, str(path), what, term], capture_output=True, text=True,
                         timeout=300, cwd=str(Path(__file__).resolve().parent.parent))
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-2000:])
    return json.loads(out.stdout.strip().splitlines()[-1])["ms"]


def _best(path: Path, what: str, term: str, runs: int) -> float:
    """Best of `runs` cold starts (a fresh process each, the file evicted each time)."""
    return min(_child(path, what, term) for _ in range(runs))


def run(ctx: dict) -> list[dict]:
    import sqlite3
    copy = Path(ctx["workdir"]) / "cold.db"
    shutil.copyfile(ctx["db_path"], copy)                 # a fresh file: no one else's pages cached for it
    probe = sqlite3.connect(f"file:{copy}?mode=ro", uri=True)
    term = probe.execute("SELECT substr(name, 1, 2) FROM people ORDER BY rowid DESC LIMIT 1").fetchone()[0]
    probe.close()
    runs = 2 if ctx["quick"] else 3
    try:
        rows = []
        for what, label in (("board", "first board after the file left the page cache"),
                            ("search", "first search (two characters) after the file left the page cache")):
            rows.append(measure(label, _best(copy, what, term, runs), "ms", 100,
                                _best(copy, f"{what}-bare", term, runs),
                                note="fresh process, posix_fadvise(DONTNEED); (b) the bare query cold"))
        rows.append(measure("first database open in a process", _best(copy, "open", term, runs), "ms", 5,
                            _best(copy, "open-bare", term, runs),
                            note="connect() with its pragmas, no migration; (b) sqlite3 with the same pragmas"))
        return rows
    finally:
        for name in (copy, Path(f"{copy}-wal"), Path(f"{copy}-shm")):
            if name.exists():
                os.unlink(name)
