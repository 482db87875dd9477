"""People and occupancies: owners, co-owners, tenants, family; phones; masked ID numbers."""
from __future__ import annotations

import json

import sqlite_utils

from frontdesk.core.errors import Invalid, NotFound
from frontdesk.core.ids import check_id_number, check_phone
from frontdesk.core.model import CUSTOMER_CLASSES, RELATIONS, check_choice

from . import audit, search_index
from .db import sync_columns
from .tx import writing


def get(db: sqlite_utils.Database, person_id: str) -> dict:
    cur = db.execute("SELECT * FROM people WHERE id = ?", [person_id])
    row = cur.fetchone()
    if row is None:
        raise NotFound("person", person_id)
    out = dict(zip([d[0] for d in cur.description], row))
    out["tags"] = json.loads(out["tags"] or "[]")
    out["phones"] = [r[0] for r in db.execute(
        "SELECT phone FROM phones WHERE person_id = ? AND deleted_at IS NULL ORDER BY rowid", [person_id])]
    return out


def add(db: sqlite_utils.Database, name: str, *, phones: list[str] = (), id_number: str | None = None,
        unit_id: str | None = None, relation: str = "owner", customer_class: str = "一般",
        tags: list[str] = (), actor: dict | None = None, **fields) -> dict:
    """A new person, their phones, and (optionally) their tie to a unit."""
    if not (name or "").strip():
        raise Invalid("name", "required")
    phones = [check_phone(p) for p in phones if p]
    if id_number:
        id_number = check_id_number(id_number)
    check_choice("customer_class", customer_class, CUSTOMER_CLASSES)
    check_choice("relation", relation, RELATIONS)
    with writing(db):
        row = {**sync_columns(db), "name": name.strip(), "id_number": id_number, "customer_class": customer_class,
               "tags": json.dumps(list(tags), ensure_ascii=False), **fields}
        db["people"].insert(row)
        for ph in phones:
            db["phones"].insert({**sync_columns(db), "person_id": row["id"], "phone": ph})
        if unit_id:
            db["occupancies"].insert({**sync_columns(db), "person_id": row["id"], "unit_id": unit_id,
                                      "relation": relation})
        search_index.index_person(db, row["id"])
        audit.record(db, actor, "create", "people", row["id"])
    return get(db, row["id"])
