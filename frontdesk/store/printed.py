"""Printed documents (kind, for which ticket or unit, who, when, SHA-256, pages, number), the units a mail
merge goes to, and the admin's edited copies of templates."""
from __future__ import annotations

import datetime as dt
import json

import sqlite_utils

from frontdesk.core.errors import Invalid, NotFound

from . import audit
from .db import in_parts, local_now, sync_columns, touch
from .tx import writing

#: Document number prefix per kind: HF-20261122-0001.
PREFIX = {"complaint-reply": "HF", "callback-letter": "HFH", "notice": "TZ", "work-order": "PG",
          "inspection-sheet": "XJ", "survey-form": "DC", "daily-log": "RZ", "monthly-report": "YB"}


def number_prefix(db: sqlite_utils.Database, kind: str, day: dt.date) -> str:
    """HF-20261122- (plus this terminal's letter, so two terminals never give the same number)."""
    from .settings import get
    if kind not in PREFIX:
        raise Invalid("kind", f"unknown document kind '{kind}'", valid=PREFIX)
    return f"{PREFIX[kind]}-{day:%Y%m%d}-{get(db, 'terminal_letter') or ''}"


def next_numbers(db: sqlite_utils.Database, kind: str, count: int = 1, day: dt.date | None = None) -> list[str]:
    """The next `count` free document numbers of a kind for the day (read only: they are taken on record)."""
    prefix = number_prefix(db, kind, day or local_now().date())
    row = db.execute("SELECT doc_number FROM printed_documents WHERE doc_number >= ? AND doc_number < ? "
                     "ORDER BY length(doc_number) DESC, doc_number DESC LIMIT 1",
                     [prefix, prefix + "\U0010ffff"]).fetchone()
    last = int(row[0][len(prefix):]) if row and row[0][len(prefix):].isdigit() else 0
    return [f"{prefix}{n:04d}" for n in range(last + 1, last + 1 + count)]


def taken(db: sqlite_utils.Database, numbers: list[str]) -> list[str]:
    """Which of these numbers are already recorded."""
    out = []
    for chunk, marks in in_parts(numbers):
        out += [r[0] for r in db.execute(f"SELECT doc_number FROM printed_documents WHERE doc_number IN ({marks})",
                                         chunk)]
    return out


def record(db: sqlite_utils.Database, actor: dict | None, docs: list[dict], *, action: str = "print") -> list[dict]:
    """Write one row per document (kind, doc_number, ticket_id, unit_id, pages, checksum, detail) and its audit
    row; the caller holds the transaction with anything else it writes (the ticket's 'letter' event)."""
    at = local_now().isoformat()
    rows = []
    for d in docs:
        row = {**sync_columns(db), "kind": d["kind"], "doc_number": d["doc_number"], "ticket_id": d.get("ticket_id"),
               "unit_id": d.get("unit_id"), "actor_id": actor["id"] if actor else None, "at": at,
               "pages": d.get("pages", 1), "checksum": d["checksum"],
               "detail": json.dumps(d.get("detail") or {}, ensure_ascii=False, default=str)}
        rows.append(row)
    with writing(db):
        db["printed_documents"].insert_all(rows, batch_size=1000)
        for row, d in zip(rows, docs):
            audit.record(db, actor, action, "printed_documents", row["id"], kind=row["kind"],
                         doc_number=row["doc_number"], ticket=d.get("ticket_number"), unit=d.get("unit"),
                         checksum=row["checksum"], **(d.get("audit") or {}))
    return rows


def recent(db: sqlite_utils.Database, limit: int = 200, *, ticket_id: str | None = None,
           unit_id: str | None = None) -> list[dict]:
    """The latest printed documents with ticket number, unit code and who printed them, newest first."""
    where, params = ["d.deleted_at IS NULL"], []
    if ticket_id:
        where.append("d.ticket_id = ?")
        params.append(ticket_id)
    if unit_id:
        where.append("d.unit_id = ?")
        params.append(unit_id)
    cur = db.execute(
        "SELECT d.at, d.kind, d.doc_number, t.number AS ticket, u.code AS unit, s.display_name AS who, d.pages, "
        "d.checksum, d.detail FROM printed_documents d LEFT JOIN tickets t ON t.id = d.ticket_id "
        "LEFT JOIN units u ON u.id = d.unit_id LEFT JOIN staff s ON s.id = d.actor_id "
        f"WHERE {' AND '.join(where)} ORDER BY d.at DESC, d.rowid DESC LIMIT ?", params + [limit])
    cols = [c[0] for c in cur.description]
    return [{**dict(zip(cols, r)), "detail": json.loads(r[-1] or "{}")} for r in cur.fetchall()]


# ---- who a merge goes to ---------------------------------------------------------------------

#: Who a merged letter is addressed to: the owner and co-owners ('张伟、李娜'), never a tenant as 业主.
OWNER_SQL = ("(SELECT group_concat(name, '、') FROM (SELECT p.name FROM occupancies o "
             "JOIN people p ON p.id = o.person_id WHERE o.unit_id = u.id "
             "AND o.deleted_at IS NULL AND o.until IS NULL AND p.deleted_at IS NULL "
             "AND o.relation IN ('owner', 'co_owner') ORDER BY o.relation = 'co_owner', o.rowid LIMIT 3))")


def parse_selection(selection: str) -> list[str] | None:
    """'1-,3-2-1202' -> ['1-', '3-2-1202']; '3栋2单元' -> ['3-2-']; 'all' -> None (every unit).
    A part that is not a unit code or prefix is refused naming it (a typo never silently drops out)."""
    from frontdesk.core.ids import unit_code_prefix
    parts = [p.strip() for p in (selection or "").split(",") if p.strip()]
    if not parts:
        raise Invalid("units", "say which units: a code prefix like 1- or 1-2-, a unit like 3-2-1202, or all")
    if any(p.lower() == "all" for p in parts):
        return None
    out = []
    for p in parts:
        code = f"{int(p)}-" if p.isdigit() else unit_code_prefix(p)      # '3' means building 3
        if not code:
            raise Invalid("units", f"'{p}' is not a unit code or prefix like 1-, 1-2-, 3-2-1202 or 3栋2单元",
                          valid=["1-", "1-2-", "3-2-1202", "all"])
        out.append(code)
    return out


def _selection_where(selection: str, filters) -> tuple[str, list, list[str] | None]:
    from .archive import Filters
    prefixes = parse_selection(selection)
    where, params = (filters or Filters()).where()
    if prefixes is not None:
        ors = []
        for p in prefixes:
            if p.endswith("-"):
                ors.append("(u.code >= ? AND u.code < ?)")
                params += [p, p + "\U0010ffff"]
            else:
                ors.append("u.code = ?")
                params.append(p)
        where += " AND (" + " OR ".join(ors) + ")"
    return where, params, prefixes


def select_units(db: sqlite_utils.Database, selection: str = "all", filters=None, *, limit: int | None = None
                 ) -> list[dict]:
    """The units a selection names (code prefixes, or all) narrowed by archive filters, in code order, each with
    its owner's name: {'id', 'code', 'building', 'property_type', 'handover_status', 'owner_name'}."""
    where, params, prefixes = _selection_where(selection, filters)
    sql = (f"SELECT u.id, u.code, u.building, u.entrance, u.room, u.property_type, u.handover_status, "
           f"{OWNER_SQL} AS owner_name FROM units u WHERE {where} ORDER BY u.building, u.entrance, u.room")
    if limit:
        sql += f" LIMIT {int(limit)}"
    cur = db.execute(sql, params)
    cols = [c[0] for c in cur.description]
    rows = [dict(zip(cols, r)) for r in cur.fetchall()]
    if not rows and prefixes is not None:
        raise NotFound("units", selection)
    if prefixes and len(prefixes) > 1 and not limit and filters is None:
        for p in prefixes:                           # '1-,9-' with no building 9 is a mistake, not 1- alone
            if not any(r["code"] == p or (p.endswith("-") and r["code"].startswith(p)) for r in rows):
                raise NotFound("units", p)
    return rows


def count_units(db: sqlite_utils.Database, selection: str = "all", filters=None) -> int:
    """How many units a selection names (for the print centre's count as the user chooses)."""
    where, params, _ = _selection_where(selection, filters)
    return db.execute(f"SELECT count(*) FROM units u WHERE {where}", params).fetchone()[0]


# ---- templates the admin edited --------------------------------------------------------------

def edited_template(db: sqlite_utils.Database, kind: str, name: str) -> dict | None:
    row = db.execute("SELECT kind, name, title, body, updated_at FROM templates WHERE kind = ? AND name = ? "
                     "AND deleted_at IS NULL", [kind, name]).fetchone()
    return dict(zip(("kind", "name", "title", "body", "updated_at"), row)) if row else None


def edited_names(db: sqlite_utils.Database, kind: str) -> list[str]:
    return [r[0] for r in db.execute("SELECT name FROM templates WHERE kind = ? AND deleted_at IS NULL ORDER BY name",
                                     [kind])]


def save_template(db: sqlite_utils.Database, actor: dict | None, kind: str, name: str, title: str, body: str) -> dict:
    """Keep the admin's copy (validated by the caller); a second save of the same name updates it."""
    from frontdesk.core.permissions import require
    require(actor, "reference")
    with writing(db):
        row = db.execute("SELECT id FROM templates WHERE kind = ? AND name = ?", [kind, name]).fetchone()
        if row:
            db.execute("UPDATE templates SET title = ?, body = ?, deleted_at = NULL, updated_at = ?, origin = ?, "
                       "version = version + 1 WHERE id = ?",
                       [title, body, *touch(db).values(), row[0]])
            tid = row[0]
        else:
            new = {**sync_columns(db), "kind": kind, "name": name, "title": title, "body": body}
            db["templates"].insert(new)
            tid = new["id"]
        audit.record(db, actor, "update" if row else "create", "templates", tid, kind=kind, name=name)
    saved = edited_template(db, kind, name)
    assert saved is not None
    return saved


def reset_template(db: sqlite_utils.Database, actor: dict | None, kind: str, name: str) -> None:
    """Back to the shipped text: the admin's copy is marked deleted."""
    from frontdesk.core.permissions import require
    require(actor, "reference")
    with writing(db):
        row = db.execute("SELECT id FROM templates WHERE kind = ? AND name = ? AND deleted_at IS NULL",
                         [kind, name]).fetchone()
        if not row:
            return
        t = touch(db)
        db.execute("UPDATE templates SET deleted_at = ?, updated_at = ?, origin = ?, version = version + 1 "
                   "WHERE id = ?", [t["updated_at"], t["updated_at"], t["origin"], row[0]])
        audit.record(db, actor, "delete", "templates", row[0], kind=kind, name=name)
