"""Version vectors: {terminal_id: number of writes by that terminal}. Newer, older, same, or concurrent."""
from __future__ import annotations


def compare(theirs: dict, ours: dict) -> str:
    """'same', 'newer' (theirs includes all of ours), 'older', or 'concurrent' (both changed)."""
    keys = set(theirs) | set(ours)
    ahead = any(theirs.get(k, 0) > ours.get(k, 0) for k in keys)
    behind = any(theirs.get(k, 0) < ours.get(k, 0) for k in keys)
    if ahead and behind:
        return "concurrent"
    if ahead:
        return "newer"
    if behind:
        return "older"
    return "same"


def merge(a: dict, b: dict) -> dict:
    return {k: max(a.get(k, 0), b.get(k, 0)) for k in sorted(set(a) | set(b))}
