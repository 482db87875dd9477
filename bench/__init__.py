"""The benchmark (docs/architecture.md, Speed rules): `python -m bench` builds the benchmark centre once (cached under bench/.cache/),
then runs every `bench/bench_*.py` module's `run(ctx) -> list[dict]` and prints one line per measure.

A measure is a dict: measure (name), value, unit, target (a number: the most we accept, in the same unit; or
a string), and two floors measured in the same run, interleaved with frontdesk's own calls:
  overhead  (a) the exact statements frontdesk issued for the call (captured with a trace callback), replayed
            bare with sqlite3 on the same file: value / overhead is what Python and frontdesk's code cost;
  bare      (b) the design floor: the least work that answers the same question (one statement, the index that
            fits, the rows shown): value / bare is what the design costs.
Either floor may be None where there is none (a window's paint, a PDF); and optionally note. A target set
against floor (b) instead of a fixed figure (the owner import: "≥ 0.2× .import") gives max_ratio, the most
value / bare accepted; the verdict then judges that ratio."""
from __future__ import annotations

import statistics
import time
from typing import Callable, Iterable

#: The benchmark centre of docs/architecture.md, Speed rules, and the small one of --quick.
FULL = {"units": 20_000, "years": 10}
QUICK = {"units": 1_000, "years": 1}
SEED = 1


def timed(fn: Callable, *args, **kwargs) -> float:
    """Milliseconds one call takes."""
    start = time.perf_counter()
    fn(*args, **kwargs)
    return (time.perf_counter() - start) * 1000.0


def p95(values: Iterable[float]) -> float:
    """The 95th percentile (nearest rank) of the values."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, max(0, round(0.95 * len(ordered)) - 1))]


def median(values: Iterable[float]) -> float:
    return statistics.median(list(values))


def measure(name: str, value: float, unit: str, target, bare: float | None = None, note: str = "",
            overhead: float | None = None) -> dict:
    return {"measure": name, "value": value, "unit": unit, "target": target, "bare": bare, "note": note,
            "overhead": overhead}


def capture(conn, fn: Callable, *args, **kwargs) -> list[str]:
    """The statements `fn` issues on the sqlite3 connection `conn`, with their parameters expanded, in order.
    Each trigger a statement fires reports the outer statement again (Python's callback gets the expanded SQL of
    every program SQLite starts), and FTS5 reports its inner statements with a leading '--': both run by
    themselves when the outer statement is replayed, so only the statements as issued are kept."""
    seen: list[str] = []
    conn.set_trace_callback(seen.append)
    try:
        fn(*args, **kwargs)
    finally:
        conn.set_trace_callback(None)
    out: list[str] = []
    for s in seen:
        if not s.lstrip().startswith("--") and (not out or s != out[-1]):
            out.append(s)
    return out


def replay(conn, statements: list[str]) -> None:
    """Run captured statements bare, reading every row as the caller would."""
    for sql in statements:
        conn.execute(sql).fetchall()


def replay_recorded(conn, log: list) -> None:
    """Run recorded (kind, sql, params) statements bare: "many" through executemany, the rest read whole."""
    for kind, sql, params in log:
        if kind == "many":
            conn.executemany(sql, params)
        else:
            conn.execute(sql, params).fetchall()


def interleaved(ours: Callable, *floors: Callable | None, runs: int) -> list[list[float]]:
    """Milliseconds of `ours` and of each floor, run in turn `runs` times (so noise hits all alike)."""
    out: list[list[float]] = [[] for _ in range(1 + len(floors))]
    for _ in range(runs):
        for i, fn in enumerate((ours, *floors)):
            if fn is not None:
                out[i].append(timed(fn))
    return out
