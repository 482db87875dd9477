"""The annual satisfaction survey: one survey per year, one response per unit, scores 1–5 per element."""
from __future__ import annotations

import json

import sqlite_utils

from frontdesk.core.errors import Invalid, NotFound, Refused
from frontdesk.core.survey import check_scores

from . import audit
from .db import now_utc, sync_columns, touch
from .tx import writing


def _survey(db, year: int) -> dict | None:
    cur = db.execute("SELECT * FROM surveys WHERE year = ? AND deleted_at IS NULL", [int(year)])
    row = cur.fetchone()
    return dict(zip([d[0] for d in cur.description], row)) if row else None


def get(db: sqlite_utils.Database, year: int) -> dict:
    found = _survey(db, year)
    if not found:
        years = [r[0] for r in db.execute("SELECT year FROM surveys WHERE deleted_at IS NULL ORDER BY year")]
        raise NotFound("survey", str(year), valid=years)
    return found


def list_surveys(db: sqlite_utils.Database) -> list[dict]:
    return [dict(r) for r in db.query(
        "SELECT s.year, s.title, s.id, (SELECT count(*) FROM survey_responses r WHERE r.survey_id = s.id "
        "AND r.deleted_at IS NULL) AS responses FROM surveys s WHERE s.deleted_at IS NULL ORDER BY s.year DESC")]


def create(db: sqlite_utils.Database, year: int, actor: dict | None, title: str | None = None) -> dict:
    """The year's survey (each November); refused when it already exists."""
    year = int(year)
    if not 2000 <= year <= 2100:
        raise Invalid("year", f"'{year}' is not a year")
    with writing(db):
        if _survey(db, year):
            raise Refused("exists", f"the {year} survey already exists", year=year)
        row = {**sync_columns(db), "year": year, "title": title or f"{year}年度业主满意度调查"}
        db["surveys"].insert(row)
        audit.record(db, actor, "create", "surveys", row["id"], year=year)
    return get(db, year)


def enter_response(db: sqlite_utils.Database, year: int, unit: str, scores, actor: dict | None,
                   comment: str = "") -> dict:
    """One returned form: the unit, a score 1–5 for each element, a comment. One form per unit a year."""
    from frontdesk.core.ids import normalize_unit_code
    scores = check_scores(scores)
    if len(comment or "") > 2000:
        raise Invalid("comment", "at most 2,000 characters")
    code = normalize_unit_code(unit or "") or (unit or "").strip()
    with writing(db):
        survey = get(db, year)
        u = db.execute("SELECT id, code FROM units WHERE code = ? AND deleted_at IS NULL", [code]).fetchone()
        if not u:
            raise Invalid("unit", f"no unit '{unit}' (unit codes are building-entrance-room, e.g. 3-2-1202)")
        if db.execute("SELECT 1 FROM survey_responses WHERE survey_id = ? AND unit_id = ? AND deleted_at IS NULL",
                      [survey["id"], u[0]]).fetchone():
            raise Refused("exists", f"unit {u[1]} already returned a form for {year}", unit=u[1])
        person = db.execute("SELECT person_id FROM occupancies WHERE unit_id = ? AND deleted_at IS NULL "
                            "AND until IS NULL ORDER BY CASE relation WHEN 'owner' THEN 0 ELSE 1 END LIMIT 1",
                            [u[0]]).fetchone()
        row = {**sync_columns(db), "survey_id": survey["id"], "unit_id": u[0], "person_id": person[0] if person else None,
               "scores": json.dumps(scores), "comment": (comment or "").strip(),
               "entered_by": actor["id"] if actor else None}
        db["survey_responses"].insert(row)
        audit.record(db, actor, "create", "survey_responses", row["id"], year=year, unit=u[1])
    return {"id": row["id"], "unit": u[1], "scores": scores, "comment": row["comment"], "year": year}


def withdraw_response(db: sqlite_utils.Database, response_id: str, actor: dict | None) -> None:
    """A form entered by mistake is marked deleted (never removed), so the unit can be entered again."""
    with writing(db):
        if not db.execute("SELECT 1 FROM survey_responses WHERE id = ? AND deleted_at IS NULL",
                          [response_id]).fetchone():
            raise NotFound("survey response", response_id)
        cols = {**touch(db), "deleted_at": now_utc()}
        db.execute("UPDATE survey_responses SET updated_at = ?, origin = ?, deleted_at = ?, version = version + 1 "
                   "WHERE id = ?", [cols["updated_at"], cols["origin"], cols["deleted_at"], response_id])
        audit.record(db, actor, "delete", "survey_responses", response_id)


def responses(db: sqlite_utils.Database, year: int) -> list[dict]:
    """The year's responses with what the results are broken down by (property type, building), newest first."""
    survey = _survey(db, year)
    if not survey:
        return []
    rows = db.query(
        "SELECT r.id, r.scores, r.comment, r.created_at, u.code AS unit, u.building, u.property_type "
        "FROM survey_responses r JOIN units u ON u.id = r.unit_id WHERE r.survey_id = ? AND r.deleted_at IS NULL "
        "ORDER BY r.rowid DESC", [survey["id"]])
    return [{**r, "scores": json.loads(r["scores"])} for r in rows]


def results(db: sqlite_utils.Database, year: int) -> dict:
    """The year's results beside last year's (core.survey.results), for the page, the CLI and the export."""
    from frontdesk.core.survey import results as score
    get(db, year)
    out = score(responses(db, year), responses(db, year - 1))
    out["year"] = year
    out["last_year"] = year - 1
    return out
