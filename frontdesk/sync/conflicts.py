"""Conflicts: rows both sides changed since they last exchanged. Ours stayed; theirs waits here.

Settling writes the row once more on this terminal with a version vector that includes both sides, so the
next bundle carries the decision and every terminal ends with the same row; the decision is audited."""
from __future__ import annotations

import json

import sqlite_utils

from frontdesk.core.errors import Invalid, NotFound, Refused
from frontdesk.core.text import FIELD_KINDS, accept
from frontdesk.store import audit, changes, search_index
from frontdesk.store.db import now_utc
from frontdesk.store.tx import writing

from .vectors import merge

DECISIONS = ("ours", "theirs", "edit")
SETTLERS = ("supervisor", "admin")
_NOT_EDITABLE = {"id", "key", "vv", "version", "created_at", "updated_at", "origin", "change_seq"}


def waiting(db: sqlite_utils.Database) -> list[dict]:
    """Open conflicts, oldest first: id, table, key, found_at, from_terminal, ours (row now), theirs, fields that
    differ."""
    out = []
    for c in db.query("SELECT * FROM sync_conflicts WHERE settled_at IS NULL ORDER BY found_at, id"):
        d = _describe(db, dict(c))
        for side in ("ours", "theirs"):           # a password hash is never shown, even hashed
            if d[side].get("password_hash"):
                d[side] = {**d[side], "password_hash": "***"}
        out.append(d)
    return out


_PHONES = ("phone", "contact_phone")


def masked(conflict: dict) -> dict:
    """The conflict as shown on a screen or printed: phones and ID numbers masked on both sides (the stored rows and
    what settling writes stay whole)."""
    from frontdesk.core.ids import mask_id, mask_phone
    out = dict(conflict)
    for side in ("ours", "theirs"):
        row = dict(conflict[side])
        for k in _PHONES:
            if row.get(k):
                row[k] = mask_phone(str(row[k]))
        if row.get("id_number"):
            row["id_number"] = mask_id(str(row["id_number"]))
        out[side] = row
    return out


_NAMED_BY = {"handler_id": ("staff", "display_name"), "first_responder_id": ("staff", "display_name"),
             "actor_id": ("staff", "display_name"), "entered_by": ("staff", "display_name"),
             "unit_id": ("units", "code"), "person_id": ("people", "name"), "ticket_id": ("tickets", "number")}


def readable(db: sqlite_utils.Database, conflict: dict) -> dict:
    """`masked(conflict)` with the ids of people, staff, units and tickets read as their names or codes (for a
    screen; settling works on the stored rows)."""
    out = masked(conflict)
    for side in ("ours", "theirs"):
        row = dict(out[side])
        for col, (table, name) in _NAMED_BY.items():
            if row.get(col):
                found = db.execute(f"SELECT {name} FROM {table} WHERE id = ?", [row[col]]).fetchone()
                row[col] = found[0] if found else row[col]
        out[side] = row
    return out


def count_waiting(db: sqlite_utils.Database) -> int:
    return db.execute("SELECT count(*) FROM sync_conflicts WHERE settled_at IS NULL").fetchone()[0]


def _describe(db, c: dict) -> dict:
    meta = {t["name"]: t for t in changes.synced_tables(db)}[c["table_name"]]
    theirs = json.loads(c["theirs"])
    row = db.execute(f"SELECT * FROM {c['table_name']} WHERE {meta['key_column']} = ?", [c["row_key"]])
    cols = [d[0] for d in row.description]
    found = row.fetchone()
    ours = dict(zip(cols, found)) if found else {}
    ours.pop("change_seq", None)
    differ = [k for k, v in theirs.items() if k not in ("vv", "version", "updated_at", "origin")
              and _text(ours.get(k)) != v]
    label = next((str(ours.get(k) or theirs.get(k)) for k in ("number", "code", "name", "username", "title", "key",
                                                               "date") if ours.get(k) or theirs.get(k)),
                 c["row_key"][:8])
    return {"id": c["id"], "table": c["table_name"], "key": c["row_key"], "label": label, "found_at": c["found_at"],
            "from_terminal": c["from_terminal"], "bundle": c["bundle"], "ours": ours, "theirs": theirs,
            "differ": differ}


#: Columns of free text, where an edit may write new words (through the text rule); any other column takes one
#: side's value (a state, a handler, a time: what either terminal had, never a new value unchecked).
_FREE_TEXT = set(FIELD_KINDS) | {"title", "place_detail", "department", "label", "remark", "address"}


def _edited(col: str, value, ours: dict, theirs: dict):
    given = "" if value is None else str(value)
    for side in (theirs, ours):
        raw = side.get(col)
        if given == ("" if raw is None else str(_text(raw))):
            return raw
    if col in _FREE_TEXT:
        return accept(col, given)
    sides = [("" if x is None else str(_text(x))) for x in (ours.get(col), theirs.get(col))]
    raise Invalid(col, f"'{given}' is neither side's value; take ours or theirs for this field", valid=sides)


def _text(v):
    from .bundle import decode, encode
    return decode(encode(v))


def settle(db: sqlite_utils.Database, conflict_id: str, decision: str, actor: dict,
           values: dict | None = None) -> dict:
    """Keep ours, take theirs, or edit (values: column -> value over ours). Supervisor or admin."""
    if actor.get("role") not in SETTLERS:
        raise Refused("forbidden", "only a supervisor or an admin settles sync conflicts", role=actor.get("role"))
    if decision not in DECISIONS:
        raise Invalid("decision", f"'{decision}' is not a decision", valid=DECISIONS)
    with writing(db):
        row = db.execute("SELECT * FROM sync_conflicts WHERE id = ? AND settled_at IS NULL", [conflict_id]).fetchone()
        if row is None:
            open_ids = [r[0] for r in db.execute("SELECT id FROM sync_conflicts WHERE settled_at IS NULL")]
            raise NotFound("conflict", conflict_id, valid=open_ids)
        c = _describe(db, dict(zip([d[0] for d in db.execute("SELECT * FROM sync_conflicts LIMIT 0").description],
                                   row)))
        table = c["table"]
        meta = {t["name"]: t for t in changes.synced_tables(db)}[table]
        key_col = meta["key_column"]
        theirs, ours = c["theirs"], c["ours"]
        cols = set(changes.synced_columns(db, meta)) - _NOT_EDITABLE - {key_col}
        sets: dict = {}
        if decision == "theirs":
            sets = {k: v for k, v in theirs.items() if k in cols}
        elif decision == "edit":
            bad = sorted(set(values or {}) - cols)
            if bad:
                raise Invalid(bad[0], "cannot be set when settling a conflict", valid=sorted(cols))
            sets = {k: _edited(k, v, ours, theirs) for k, v in (values or {}).items()}
        vv = merge(json.loads(ours.get("vv") or "{}"), json.loads(theirs.get("vv") or "{}"))
        version = max(int(ours.get("version") or 0), int(theirs.get("version") or 0)) + 1
        sets.update({"vv": json.dumps(vv, sort_keys=True), "version": version, "updated_at": now_utc(),
                     "origin": changes.terminal_id(db)})
        if not ours and decision != "ours":
            raise Refused("duplicate", f"{table} {c['key']}: their row clashes with one of ours by a unique "
                          "name; only keeping ours is possible here", table=table, key=c["key"])
        sets = {k: v for k, v in sets.items() if k in set(changes.synced_columns(db, meta))}
        if ours:
            db.execute(f"UPDATE {table} SET {', '.join(f'{k} = ?' for k in sets)} WHERE {key_col} = ?",
                       [*sets.values(), c["key"]])
        db.execute("UPDATE sync_conflicts SET settled_at = ?, decision = ?, settled_by = ? WHERE id = ?",
                   [now_utc(), decision, actor.get("username"), conflict_id])
        audit.record(db, actor, "sync_settle", table, c["key"], decision=decision, fields=c["differ"],
                     conflict=conflict_id)
        if table == "people":
            search_index.index_person(db, c["key"])
        elif table == "phones" and ours.get("person_id"):
            search_index.index_person(db, ours["person_id"])
    return {"id": conflict_id, "table": table, "key": c["key"], "label": c["label"], "decision": decision}
