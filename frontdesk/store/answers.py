"""Standard answers (常用答复 / 统一说辞): what the desk says to the hot questions, searched while on the phone."""
from __future__ import annotations

import json

import sqlite_utils

from frontdesk.core.errors import Invalid, NotFound
from frontdesk.core.permissions import require
from frontdesk.core.text import accept

from . import audit
from .db import now_utc, sync_columns, touch
from .tx import writing

COLUMNS = "id, title, body, tags, category, hot"


def _public(row) -> dict:
    """A row as the API returns it: tags as a list, hot as a bool."""
    out = dict(zip([c.strip() for c in COLUMNS.split(",")], row))
    out["tags"] = json.loads(out["tags"] or "[]")
    out["hot"] = bool(out["hot"])
    return out


def list_answers(db: sqlite_utils.Database, query: str = "", category: str | None = None,
                 limit: int = 50) -> list[dict]:
    """Answers matching `query` in title, body or tags; hot ones first, then by title."""
    where, params = ["deleted_at IS NULL"], []
    query = (query or "").strip()
    if query:
        like = "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        where.append("(title LIKE ? ESCAPE '\\' OR body LIKE ? ESCAPE '\\' OR tags LIKE ? ESCAPE '\\')")
        params += [like, like, like]
    if category:
        where.append("category = ?")
        params.append(category)
    sql = (f"SELECT {COLUMNS} FROM standard_answers WHERE {' AND '.join(where)} "
           "ORDER BY hot DESC, title LIMIT ?")
    return [_public(r) for r in db.execute(sql, params + [int(limit)]).fetchall()]


def get_answer(db: sqlite_utils.Database, id: str) -> dict:
    """One answer by id, or NotFound."""
    row = db.execute(f"SELECT {COLUMNS} FROM standard_answers WHERE id = ? AND deleted_at IS NULL",
                     [id]).fetchone()
    if row is None:
        raise NotFound("standard answer", id)
    return _public(row)


def _clean_tags(tags) -> list[str]:
    """Tags as a list of distinct non-empty strings (a string is split on commas and spaces)."""
    if isinstance(tags, str):
        tags = tags.replace("，", ",").replace(" ", ",").split(",")
    out: list[str] = []
    for tag in tags or ():
        tag = str(tag).strip()
        if tag and tag not in out:
            out.append(tag)
    return out


def save_answer(db: sqlite_utils.Database, actor: dict | None, *, id: str | None = None, title: str, body: str,
                tags=(), category: str = "", hot: bool = False) -> dict:
    """Add (id None) or change one answer; title and body are required; audited."""
    require(actor, "answers")
    title, body, category = accept("title", title), accept("body", body), accept("category", category)
    if not title:
        raise Invalid("title", "required")
    if not body:
        raise Invalid("body", "required")
    cols = {"title": title, "body": body, "tags": json.dumps(_clean_tags(tags), ensure_ascii=False),
            "category": (category or "").strip(), "hot": 1 if hot else 0}
    with writing(db):
        if id is None:
            row = {**sync_columns(db), **cols}
            db["standard_answers"].insert(row)
            id = row["id"]
            audit.record(db, actor, "create", "standard_answers", id, title=title)
        else:
            get_answer(db, id)
            stamp = touch(db)
            sets = ", ".join(f"{k} = ?" for k in [*cols, *stamp])
            db.execute(f"UPDATE standard_answers SET {sets}, version = version + 1 WHERE id = ?",
                       [*cols.values(), *stamp.values(), id])
            audit.record(db, actor, "update", "standard_answers", id, title=title)
    return get_answer(db, id)


def delete_answer(db: sqlite_utils.Database, actor: dict | None, id: str) -> None:
    """Mark one answer deleted (never a DELETE: it syncs); audited."""
    require(actor, "answers")
    with writing(db):
        answer = get_answer(db, id)
        stamp = touch(db)
        db.execute("UPDATE standard_answers SET deleted_at = ?, updated_at = ?, origin = ?, version = version + 1 "
                   "WHERE id = ?", [now_utc(), stamp["updated_at"], stamp["origin"], id])
        audit.record(db, actor, "delete", "standard_answers", id, title=answer["title"])


def categories(db: sqlite_utils.Database) -> list[str]:
    """The categories in use, for the page's filter."""
    return [r[0] for r in db.execute("SELECT DISTINCT category FROM standard_answers WHERE deleted_at IS NULL "
                                     "AND category != '' ORDER BY category").fetchall()]
