"""The annual November satisfaction survey (满意度调查) of the demo years: forms returned by about a quarter of
the households, scored 1–5 on the ten service-quality elements, a little better each year."""
from __future__ import annotations

import datetime as dt
import json
import random

from frontdesk.core.survey_elements import CODES

#: How each element tends to score against the mean (responsiveness and tangibles are the usual weak points).
ELEMENT_BIAS = {"reliability": 0.0, "responsiveness": -0.35, "competence": 0.05, "access": 0.1, "courtesy": 0.3,
                "communication": -0.1, "credibility": 0.05, "security": -0.05, "understanding": -0.15,
                "tangibles": -0.25}
TYPE_BIAS = {"住宅": 0.0, "商业": -0.15, "写字楼": -0.25}
COMMENTS = ("希望报修响应再快一些", "保安很负责", "地下车库照明不足", "保洁比去年好", "停车位太紧张",
            "前台服务态度好", "希望增加儿童活动设施", "电梯经常出故障", "物业费偏高", "绿化养护到位",
            "希望及时公示收支情况", "夜间巡逻要加强", "快递柜不够用", "整体满意")


def survey_rows(rng: random.Random, ids, stamp: str, origin: str, units: list, start: dt.date, now: dt.datetime,
                existing: dict[int, str], entered_by: list[str]) -> tuple[list[tuple], list[tuple]]:
    """(new surveys, responses) for every November inside the demo's years; `existing` maps year -> survey id."""
    surveys, responses = [], []
    years = [y for y in range(start.year, now.year + 1) if start <= dt.date(y, 11, 15) <= now.date()]
    lived_in = [u for u in units if u.contacts]
    for i, year in enumerate(years):
        survey_id = existing.get(year)
        if survey_id is None:
            survey_id = ids()
            surveys.append((survey_id, stamp, stamp, origin, 1, year, f"{year}年度业主满意度调查"))
        mean = 3.85 + 0.45 * (i + 1) / max(len(years), 1)
        for unit in lived_in:
            if rng.random() >= 0.25:
                continue
            mood = rng.gauss(0, 0.45) + TYPE_BIAS.get(unit.property_type, 0.0)
            scores = {c: max(1, min(5, round(rng.gauss(mean + mood + ELEMENT_BIAS[c], 0.6)))) for c in CODES}
            comment = rng.choice(COMMENTS) if rng.random() < 0.15 else ""
            responses.append((ids(), stamp, stamp, origin, 1, survey_id, unit.id, unit.contacts[0][0],
                              json.dumps(scores), comment, rng.choice(entered_by)))
    return surveys, responses
