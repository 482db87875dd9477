"""The benchmark (DESIGN §7): `python -m bench` builds the benchmark centre once (cached under bench/.cache/),
then runs every `bench/bench_*.py` module's `run(ctx) -> list[dict]` and prints one line per measure.

A measure is a dict: measure (name), value, unit, target (a number: the most we accept, in the same unit; or
a string), bare (the bare library doing the same work in the same run, or None), and optionally note."""
from __future__ import annotations

import statistics
import time
from typing import Callable, Iterable

#: The benchmark centre of DESIGN §7, and the small one of --quick.
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


def measure(name: str, value: float, unit: str, target, bare: float | None = None, note: str = "") -> dict:
    return {"measure": name, "value": value, "unit": unit, "target": target, "bare": bare, "note": note}
