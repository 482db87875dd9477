"""The cross-centre report from plain data (no SQL, no Qt): each centre's monthly analysis is core.reports.analysis
over that centre's counts (the measures' grouped statements, report.py), the group's is the same function over
every centre's counts together, and the survey index is core.survey.summarise's. Nothing is counted here
twice: this module only ranks, flattens and labels what those functions returned."""
from __future__ import annotations

from typing import Mapping

from frontdesk.core import reports as core
from frontdesk.core.model import TYPE_ZH, TYPES
from frontdesk.core.survey import summarise

#: The judged measures: (key in a flat row, Chinese name, target key in core.reports.TARGETS). The timely
#: completion judged against 60 % / 80 % is the repairs' (维修及时完成率), as in the centre's monthly report.
SOURCE = {"timeliness": "repair_timeliness", "timeliness_ytd": "repair_timeliness_ytd"}
JUDGED = (("timeliness", "维修及时完成率（当月）", "timeliness"),
          ("timeliness_ytd", "维修及时完成率（累计）", "timeliness_ytd"),
          ("satisfaction", "回访满意率", "satisfaction"),
          ("late_repair", "维修不及时引起的投诉占比", "late_repair_complaints"))

RANKING = ("排名：先按达标项数（共四项：当月及时完成率、累计及时完成率、回访满意率、维修不及时引起的投诉占比）从多到少，"
           "同数时按回访满意率、再按当月及时完成率从高到低。")
SURVEY = "满意度指数：各中心截至本年度最近一次满意度调查的指数（0–100）；集团为这些答卷合并计算。"

#: Columns of the CSV, the XLSX and the window's table: (key, Chinese header, kind).
COLUMNS = (
    ("rank", "排名", "int"), ("centre", "服务中心", "text"), ("intake", "登记总数", "int"),
    *((f"intake_{t}", TYPE_ZH[t], "int") for t in TYPES),
    ("intake_change", "登记环比", "signed"),
    ("timeliness", "维修及时完成率（当月）", "pct"), ("timeliness_met", "当月达标", "verdict"),
    ("timeliness_change", "当月环比（百分点）", "pp"),
    ("timeliness_ytd", "维修及时完成率（累计）", "pct"), ("timeliness_ytd_met", "累计达标", "verdict"),
    ("timeliness_ytd_change", "累计环比（百分点）", "pp"),
    ("satisfaction", "回访满意率", "pct"), ("satisfaction_met", "满意率达标", "verdict"),
    ("satisfaction_change", "满意率环比（百分点）", "pp"),
    ("repeats", "二次投诉", "int"), ("repeat_share", "二次投诉占比", "pct"), ("repeat_change", "二次投诉环比（百分点）", "pp"),
    ("late_repair", "维修不及时投诉占比", "pct"), ("late_repair_met", "占比达标", "verdict"),
    ("late_repair_change", "占比环比（百分点）", "pp"),
    ("survey_index", "满意度指数", "index"), ("survey_year", "调查年度", "int"),
    ("targets_met", "达标项数", "int"),
)


def flat(name: str, f: Mapping, survey: Mapping | None) -> dict:
    """One line of the report from a monthly analysis (and the survey summary)."""
    by_type = {t: n for t, _, n in f["intake"]["by_type"]}
    row = {"centre": name, "intake": f["intake"]["total"],
           **{f"intake_{t}": by_type.get(t, 0) for t in TYPES},
           "intake_change": f["intake"]["total"] - f["intake"]["previous_total"],
           "repeats": f["repeat"]["repeats"], "repeat_share": f["repeat"]["share"],
           "repeat_change": f["repeat"]["change"],
           "survey_index": survey["index"] if survey else None, "survey_year": survey["year"] if survey else None,
           "survey_responses": survey["responses"] if survey else 0}
    met = judged = 0
    for key, _, _ in JUDGED:
        m = f[SOURCE.get(key, key)]
        value = m["share"] if key == "late_repair" else m["rate"]
        row[key], row[f"{key}_met"], row[f"{key}_change"] = value, m["meets_target"], m["change"]
        judged += m["meets_target"] is not None
        met += bool(m["meets_target"])
    row["targets_met"], row["targets_judged"] = met, judged
    return row


def _survey(entry: Mapping | None) -> dict | None:
    if not entry or not entry["responses"]:
        return None
    s = summarise(entry["responses"])
    return {"year": entry["year"], "index": s["index"], "responses": s["responses"]}


def rank_key(row: Mapping):
    def high(v):
        return -v if v is not None else 1.0
    return (-row["targets_met"], high(row["satisfaction"]), high(row["timeliness"]), row["centre"])


def build(month: str, names: Mapping[str, str], analyses: Mapping[str, Mapping], group: Mapping,
          surveys: Mapping[str, Mapping], now: str | None) -> dict:
    """The group report of `month`: per centre (ranked) and for the group, with the definitions printed.
    `analyses` is each centre's core.reports.analysis, `group` the same over every centre's counts together
    (report.py); head office shows no twelve-month trend."""
    empty = core.analysis(month, {}, [], [])
    centres: list[dict] = []
    for cid, name in names.items():
        figures = {**analyses.get(cid, empty), "trend": None}
        survey = _survey(surveys.get(cid))
        centres.append({"centre_id": cid, "name": name, "figures": figures, "survey": survey,
                        "row": flat(name, figures, survey)})
    centres.sort(key=lambda c: rank_key(c["row"]))
    for i, c in enumerate(centres, 1):
        c["row"]["rank"] = c["rank"] = i
    group_figures = {**group, "trend": None}
    responses = [r for cid in names for r in (surveys.get(cid) or {}).get("responses", [])]
    group_survey = None
    if responses:
        s = summarise(responses)
        group_survey = {"year": max(surveys[c]["year"] for c in names if c in surveys), "index": s["index"],
                        "responses": s["responses"]}
    group_row = {**flat("集团合计", group_figures, group_survey), "rank": None}
    return {"month": month, "now": now, "centres": centres,
            "group": {"figures": group_figures, "survey": group_survey, "row": group_row},
            "columns": COLUMNS, "targets": dict(core.TARGETS),
            "definitions": {**core.DEFINITIONS, "ranking": RANKING, "survey": SURVEY}}


def cell(kind: str, value) -> str:
    """A flat row's value as the printed text (the PDF, the CSV and the window show the same)."""
    if value is None:
        return "—"
    if kind == "pct":
        return core.pct(value)
    if kind == "pp":
        return f"{value * 100:+.1f}"
    if kind == "verdict":
        return "达标" if value else "未达标"
    if kind == "signed":
        return f"{value:+d}"
    if kind == "index":
        return f"{value:.1f}"
    return str(value)
