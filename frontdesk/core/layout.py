"""Placing labels beside a chart, the same on screen and on paper (no Qt, no ReportLab): names of target lines
that lie close together are moved apart, in their order, instead of being written over each other."""
from __future__ import annotations


def spread(positions: list[float], gap: float, low: float, high: float) -> list[float]:
    """Each position moved the least so that no two are closer than `gap`, their order kept, all within
    [low, high] when there is room for them (positions along one axis; either direction)."""
    order = sorted(range(len(positions)), key=lambda i: positions[i])
    out = [0.0] * len(positions)
    last: float | None = None
    for i in order:                                   # low to high, each at least a gap past the one before
        last = max(positions[i], low) if last is None else max(positions[i], last + gap)
        out[i] = last
    over = (last if last is not None else high) - high
    if over > 0:                                      # past the end: the whole stack moves back, not below low
        shift = min(over, min(out) - low) if out else 0
        out = [p - shift for p in out]
    return out
