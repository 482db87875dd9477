"""People and occupancies: owners, co-owners, tenants, family; phones; masked ID numbers."""
from __future__ import annotations

from typing import Sequence
import json

import sqlite_utils

from frontdesk.core import permissions
from frontdesk.core.errors import Invalid, NotFound, Refused
from frontdesk.core.ids import check_id_number, check_phone
from frontdesk.core.model import CUSTOMER_CLASSES, RELATIONS, check_choice
from frontdesk.core.text import accept

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


def add(db: sqlite_utils.Database, name: str, *, phones: Sequence[str] = (), id_number: str | None = None,
        unit_id: str | None = None, relation: str = "owner", customer_class: str = "一般",
        tags: Sequence[str] = (), actor: dict | None = None, **fields) -> dict:
    """A new person, their phones, and (optionally) their tie to a unit."""
    if not (name or "").strip():
        raise Invalid("name", "required")
    clean = validate({"name": name, "tags": list(tags), **{k: v for k, v in fields.items() if k in EDITABLE}})
    name, tags, fields = clean.pop("name"), clean.pop("tags"), {**fields, **clean}     # as the store keeps them
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


# ---- editing ---------------------------------------------------------------------------------

EDITABLE = ("name", "gender", "id_number", "customer_class", "tags", "care_needs", "preferences", "notes")
LEADS = ("supervisor", "admin")


def validate(changes: dict) -> dict:
    """Checked and normalised values for the fields given; the first bad one raises Invalid naming it."""
    out = {}
    for key, value in changes.items():
        if key not in EDITABLE and key != "phones":
            raise Invalid(key, "not a field of a person", valid=EDITABLE + ("phones",))
        value = accept(key, value) if isinstance(value, str) else value     # the store's one text rule
        if key == "name":
            value = (value or "").strip()
            if not value:
                raise Invalid("name", "required")
        elif key == "id_number":
            value = check_id_number(value) if (value or "").strip() else None
        elif key == "customer_class":
            check_choice("customer_class", value, CUSTOMER_CLASSES)
        elif key == "tags":
            value = list(dict.fromkeys(accept("tags", t) for t in value if t and t.strip()))
        elif key == "phones":
            value = list(dict.fromkeys(check_phone(p) for p in value if p and p.strip()))
        elif value is None:
            value = ""
        out[key] = value
    return out


def update(db: sqlite_utils.Database, person_id: str, *, actor: dict | None, **changes) -> dict:
    """Change a person's details (and, with phones=[...], their phone list); refused values change nothing."""
    from .db import touch
    permissions.require(actor, "archive")
    clean = validate(changes)
    with writing(db):
        before = get(db, person_id)
        if before.get("deleted_at") or before.get("merged_into"):
            raise Refused("merged", f"{before['name']} was merged into another record", merged_into=before["merged_into"])
        if clean.get("id_number"):
            other = db.execute("SELECT name FROM people WHERE id_number = ? AND id != ? AND deleted_at IS NULL",
                               [clean["id_number"], person_id]).fetchone()
            if other:
                raise Invalid("id_number", f"this ID number is already on record for {other[0]}: merge the records")
        phones = clean.pop("phones", None)
        cols = {k: (json.dumps(v, ensure_ascii=False) if k == "tags" else v) for k, v in clean.items()}
        cols = {k: v for k, v in cols.items() if v != (json.dumps(before[k], ensure_ascii=False) if k == "tags"
                                                      else before[k])}
        if cols:
            cols.update(touch(db))
            sets = ", ".join(f"{k} = ?" for k in cols)
            db.execute(f"UPDATE people SET {sets}, version = version + 1 WHERE id = ?", [*cols.values(), person_id])
        if phones is not None and phones != before["phones"]:
            _set_phones(db, person_id, before["phones"], phones)
        changed = sorted(set(cols) - {"updated_at", "origin"}) + (["phones"] if phones not in (None, before["phones"])
                                                                  else [])
        if changed:
            search_index.index_person(db, person_id)
            audit.record(db, actor, "update", "people", person_id, fields=changed)
    return get(db, person_id)


def _set_phones(db, person_id: str, old: list[str], new: list[str]) -> None:
    from .db import touch
    t = touch(db)
    for ph in old:
        if ph not in new:
            db.execute("UPDATE phones SET deleted_at = ?, updated_at = ?, origin = ?, version = version + 1 "
                       "WHERE person_id = ? AND phone = ? AND deleted_at IS NULL",
                       [t["updated_at"], t["updated_at"], t["origin"], person_id, ph])
    for ph in new:
        if ph not in old:
            db["phones"].insert({**sync_columns(db), "person_id": person_id, "phone": ph})


# ---- revealing masked data (audited) --------------------------------------------------------

def reveal(db: sqlite_utils.Database, person_id: str, what: str, *, actor: dict | None) -> list[str] | str:
    """The full ID number (what='id') or phones (what='phone'), for supervisors and admins; audited."""
    if what not in ("id", "phone"):
        raise Invalid("what", f"unknown value '{what}'", valid=("id", "phone"))
    if actor is None or actor.get("role") not in LEADS:
        audit.refused(db, actor, f"view_{what}", "people", person_id, role=actor.get("role") if actor else None)
        raise Refused("forbidden", "only a supervisor or an admin may see a full ID number or phone",
                      role=actor.get("role") if actor else None)
    person = get(db, person_id)
    with writing(db):
        audit.record(db, actor, f"view_{what}", "people", person_id, name=person["name"])
    return (person["id_number"] or "") if what == "id" else person["phones"]


def reveal_for_callback(db: sqlite_utils.Database, number: str, *, actor: dict | None) -> str:
    """The number to dial for ticket `number`'s callback (回访), full, for whoever records callbacks — calling
    back is the desk's duty, so this is not the leads' blanket reveal: one ticket, only while it awaits its
    callback, audited as view_phone with purpose 'callback'. The ticket's call-back number, else the person's."""
    from frontdesk.core import permissions, states
    permissions.require(actor, "callback")
    row = db.execute("SELECT id, status, contact_phone, person_id FROM tickets WHERE number = ? "
                     "AND deleted_at IS NULL", [number]).fetchone()
    if row is None:
        raise NotFound("ticket", number)
    ticket_id, status, phone, person_id = row
    if not states.awaits_callback(status):
        raise Refused("not_due", source=status, number=number)
    if not phone and person_id:
        phones = get(db, person_id)["phones"]
        phone = phones[0] if phones else None
    with writing(db):
        audit.record(db, actor, "view_phone", "tickets", ticket_id, number=number, purpose="callback")
    return phone or ""


# ---- merging two records of one person -------------------------------------------------------

def merge(db: sqlite_utils.Database, keep_id: str, merge_id: str, *, actor: dict | None) -> dict:
    """Fold `merge_id` into `keep_id`: its tickets, phones, occupancies, notes and tags move over; it is marked
    merged (merged_into, deleted_at) and kept for the record."""
    from .db import now_utc, touch
    permissions.require(actor, "archive")
    if keep_id == merge_id:
        raise Refused("same", "a record cannot be merged into itself")
    with writing(db):
        keep, gone = get(db, keep_id), get(db, merge_id)
        for p in (keep, gone):
            if p.get("deleted_at") or p.get("merged_into"):
                raise Refused("merged", f"{p['name']} was already merged into another record")
        if keep["id_number"] and gone["id_number"] and keep["id_number"] != gone["id_number"]:
            raise Refused("different_people", f"{keep['name']} and {gone['name']} have different ID numbers: "
                          "they are not the same person")
        t = touch(db)
        stamp, origin = t["updated_at"], t["origin"]
        moved = db.execute("UPDATE tickets SET person_id = ?, updated_at = ?, origin = ?, version = version + 1 "
                           "WHERE person_id = ?", [keep_id, stamp, origin, merge_id]).rowcount
        db.execute("UPDATE survey_responses SET person_id = ?, updated_at = ?, origin = ?, version = version + 1 "
                   "WHERE person_id = ?", [keep_id, stamp, origin, merge_id])
        for ph in gone["phones"]:
            if ph in keep["phones"]:
                db.execute("UPDATE phones SET deleted_at = ?, updated_at = ?, origin = ?, version = version + 1 "
                           "WHERE person_id = ? AND phone = ? AND deleted_at IS NULL", [stamp, stamp, origin,
                                                                                        merge_id, ph])
        db.execute("UPDATE phones SET person_id = ?, updated_at = ?, origin = ?, version = version + 1 "
                   "WHERE person_id = ? AND deleted_at IS NULL", [keep_id, stamp, origin, merge_id])
        held = {r[0] for r in db.execute("SELECT unit_id FROM occupancies WHERE person_id = ? AND deleted_at IS NULL "
                                         "AND until IS NULL", [keep_id])}
        for oid, uid in db.execute("SELECT id, unit_id FROM occupancies WHERE person_id = ? AND deleted_at IS NULL",
                                   [merge_id]).fetchall():
            dup = uid in held
            db.execute("UPDATE occupancies SET person_id = ?, deleted_at = ?, updated_at = ?, origin = ?, "
                       "version = version + 1 WHERE id = ?", [keep_id, stamp if dup else None, stamp, origin, oid])
            held.add(uid)
        cols = {"tags": json.dumps(list(dict.fromkeys(keep["tags"] + gone["tags"])), ensure_ascii=False),
                "id_number": keep["id_number"] or gone["id_number"]}
        for k in ("care_needs", "preferences", "notes"):
            parts = [x for x in (keep[k], gone[k]) if x]
            cols[k] = "\n".join(dict.fromkeys(parts))
        if keep["customer_class"] != "重点" and gone["customer_class"] == "重点":
            cols["customer_class"] = "重点"
        for k in ("gender",):
            cols[k] = keep[k] or gone[k]
        db.execute("UPDATE people SET merged_into = ?, deleted_at = ?, updated_at = ?, origin = ?, "
                   "version = version + 1 WHERE id = ?", [keep_id, now_utc(), stamp, origin, merge_id])
        sets = ", ".join(f"{k} = ?" for k in cols)
        db.execute(f"UPDATE people SET {sets}, updated_at = ?, origin = ?, version = version + 1 WHERE id = ?",
                   [*cols.values(), stamp, origin, keep_id])
        search_index.index_person(db, merge_id)
        search_index.index_person(db, keep_id)
        audit.record(db, actor, "merge", "people", keep_id, merged=merge_id, merged_name=gone["name"],
                     tickets=moved)
    return get(db, keep_id)


def duplicates_of(db: sqlite_utils.Database, person_id: str) -> list[dict]:
    """Other records that look like the same person: same name, a shared phone, or the same ID number."""
    p = get(db, person_id)
    live = "q.id != ? AND q.deleted_at IS NULL AND q.merged_into IS NULL"
    sql = [f"SELECT q.id, q.name FROM people q WHERE q.name = ? AND {live}"]
    params: list = [p["name"], person_id]
    if p["id_number"]:
        sql.append(f"SELECT q.id, q.name FROM people q WHERE q.id_number = ? AND {live}")
        params += [p["id_number"], person_id]
    for ph in p["phones"]:
        sql.append(f"SELECT q.id, q.name FROM phones f JOIN people q ON q.id = f.person_id WHERE f.phone = ? "
                   f"AND f.deleted_at IS NULL AND {live}")
        params += [ph, person_id]
    rows = db.execute(" UNION ".join(sql) + " LIMIT 20", params).fetchall()
    return [{"id": i, "name": n} for i, n in rows]
