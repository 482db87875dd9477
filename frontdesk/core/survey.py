"""Scoring the annual satisfaction survey (满意度调查) over the ten service-quality elements.

Index out of 100: the mean score mapped linearly so that 1 (very dissatisfied) is 0 and 5 (very
satisfied) is 100, i.e. (mean - 1) / 4 * 100. A response is "satisfied" when its own mean is 4 or more."""
from __future__ import annotations

from collections import defaultdict
from typing import Iterable, Mapping

from .errors import Invalid
from .survey_elements import CODES, ZH

SATISFIED_MEAN = 4.0
DEFINITIONS = {
    "index": "满意度指数 = （平均分 − 1）÷ 4 × 100：1 分（很不满意）为 0，5 分（很满意）为 100。",
    "satisfied": "满意率 = 十项平均分不低于 4 分的答卷数 ÷ 有效答卷数。",
    "mean": "各要素得分为该要素所有有效答卷的平均分（1–5 分）。",
}


def check_scores(scores: Mapping[str, object] | str) -> dict[str, int]:
    """Ten whole scores 1–5, one per element; a string of ten digits ('5445354453') also works."""
    if isinstance(scores, str):
        digits = scores.replace(" ", "")
        if len(digits) != len(CODES) or not digits.isdigit():
            raise Invalid("scores", f"type {len(CODES)} digits 1–5, one per element (got '{scores}')")
        scores = dict(zip(CODES, (int(c) for c in digits)))
    out = {}
    for code in CODES:
        value = scores.get(code)
        if isinstance(value, str) and value.strip().isdigit():
            value = int(value.strip())
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
            raise Invalid(f"scores.{code}", f"{ZH[code]}: '{value}' is not a score from 1 to 5")
        out[code] = value
    unknown = set(scores) - set(CODES)
    if unknown:
        raise Invalid("scores", "unknown element " + ", ".join(sorted(unknown)), valid=CODES)
    return out


def response_mean(scores: Mapping[str, int]) -> float:
    return sum(scores[c] for c in CODES) / len(CODES)


def index_of(mean: float | None) -> float | None:
    """A mean score 1–5 as an index 0–100."""
    return None if mean is None else (mean - 1) / 4 * 100


def summarise(responses: Iterable[Mapping]) -> dict:
    """Per-element means, the overall index and the satisfied share of a set of responses."""
    rows = [r["scores"] for r in responses]
    n = len(rows)
    means = {c: (sum(s[c] for s in rows) / n if n else None) for c in CODES}
    overall = sum(response_mean(s) for s in rows) / n if n else None
    satisfied = sum(1 for s in rows if response_mean(s) >= SATISFIED_MEAN)
    return {"responses": n, "elements": means, "mean": overall, "index": index_of(overall),
            "satisfied": satisfied, "satisfied_share": satisfied / n if n else None}


def _groups(responses: list[Mapping], key: str) -> dict:
    out = defaultdict(list)
    for r in responses:
        out[r.get(key)].append(r)
    return out


def results(this_year: Iterable[Mapping], last_year: Iterable[Mapping] = ()) -> dict:
    """The survey's results beside last year's: overall, per element, by property type and building.

    Each response row carries scores (dict), property_type and building."""
    now, before = list(this_year), list(last_year)
    overall, previous = summarise(now), summarise(before)
    elements = [{"code": c, "name": ZH[c], "mean": overall["elements"][c], "index": index_of(overall["elements"][c]),
                 "last_mean": previous["elements"][c], "last_index": index_of(previous["elements"][c])}
                for c in CODES]

    def broken(key: str) -> list[dict]:
        cur, old = _groups(now, key), _groups(before, key)
        out = []
        for k in sorted(set(cur) | set(old), key=lambda x: (x is None, str(x).zfill(6))):
            a, b = summarise(cur.get(k, [])), summarise(old.get(k, []))
            out.append({"key": k, "responses": a["responses"], "index": a["index"],
                        "satisfied_share": a["satisfied_share"], "last_responses": b["responses"],
                        "last_index": b["index"], "last_satisfied_share": b["satisfied_share"]})
        return out

    return {"overall": overall, "last": previous, "elements": elements,
            "by_property_type": broken("property_type"), "by_building": broken("building"),
            "definitions": dict(DEFINITIONS)}
