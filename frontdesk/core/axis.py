"""A chart's value axis, defined once for the screen's and the paper's charts: round steps of 1, 2 or 5 × 10^k,
never a fraction of a whole thing (a count of tickets or of extinguishers steps by 1 at least)."""
from __future__ import annotations

import math


def nice_step(raw: float, *, whole: bool = True) -> float:
    """The smallest of 1, 2, 5 × 10^k not below `raw`: ticks at 0, 200, 400 … not 196, 392. With `whole`
    (counts), k ≥ 0 and the step is an int."""
    if not raw > 0:
        return 1
    k = 10.0 ** math.floor(math.log10(raw))
    if whole:
        k = max(k, 1.0)
    for m in (1, 2, 5, 10):
        step = m * k
        if step >= raw * (1 - 1e-12):
            return int(round(step)) if whole else step
    raise AssertionError("unreachable: 10 × 10^floor(log10(raw)) > raw")


def axis(low: float, high: float, *, whole: bool = False, steps: int = 4,
         pad: float = 0.0) -> tuple[float, float, float]:
    """(bottom, top, step) of an axis holding every value from low to high (and `pad` of their span beyond, so
    no point sits on the frame), about `steps` round steps tall, its ends on a step. A count's axis (whole)
    steps by whole numbers and starts at 0 or above."""
    if high < low:
        low, high = high, low
    span = high - low or abs(high) * 0.2 or 1
    step = nice_step(span / steps, whole=whole)
    bottom = math.floor((low - span * pad) / step) * step
    top = math.ceil((high + span * pad) / step) * step
    if top - bottom < step * 1.5:                       # a single value, or all values on one step: room around it
        bottom, top = bottom - step, top + step
    if whole and low >= 0:
        bottom = max(bottom, 0)
    return bottom, top, step


def ticks(bottom: float, top: float, step: float) -> list[tuple[float, str]]:
    """Each tick's value and its text, with as many decimals as the step needs (none for whole steps)."""
    decimals = 0 if step >= 1 and float(step).is_integer() else max(0, -math.floor(math.log10(step) + 1e-9))
    n = int(round((top - bottom) / step))
    return [(bottom + i * step, f"{bottom + i * step:.{decimals}f}") for i in range(n + 1)]
