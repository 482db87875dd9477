"""The append-only audit log: who, when, what, which record (views of ID numbers, prints, exports too)."""
from __future__ import annotations

import json
from typing import Any

import sqlite_utils

from .db import new_id, now_utc


def record(db: sqlite_utils.Database, actor: dict | None, action: str, table: str = "",
           record_id: str | None = None, **detail: Any) -> None:
    """Write one audit row; call inside the same transaction as the change it describes."""
    from .settings import get
    db.execute(
        "INSERT INTO audit (id, at, actor_id, actor, action, table_name, record_id, detail, origin) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [new_id(), now_utc(), actor["id"] if actor else None, actor["username"] if actor else "",
         action, table, record_id, json.dumps(detail, ensure_ascii=False, default=str),
         get(db, "terminal_id") or "T1"])


def rows(db: sqlite_utils.Database, *, record_id: str | None = None, action: str | None = None,
         limit: int = 200) -> list[dict]:
    where, params = [], []
    if record_id:
        where.append("record_id = ?")
        params.append(record_id)
    if action:
        where.append("action = ?")
        params.append(action)
    sql = "SELECT * FROM audit" + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY at DESC LIMIT ?"
    return [dict(r) for r in db.query(sql, params + [limit])]


def refused(db: sqlite_utils.Database, actor: dict | None, action: str, table: str = "",
            record_id: str | None = None, **detail: Any) -> None:
    """Audit an act that was refused (a reveal or an unmasked export by someone not allowed), the same way as
    the act itself with '_refused' added to its action. Call it before any transaction of the act, so the
    refusal that follows does not roll it back."""
    from .tx import writing
    with writing(db):
        record(db, actor, f"{action}_refused", table, record_id, **detail)
