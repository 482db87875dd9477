"""The global search, routed by what was typed (PERFORMANCE.md traps 1–3):
ticket number → number range; unit code → code range; digits → reversed-phone prefix (last digits) and
phone prefix; Chinese → name prefix; letters → pinyin initials, then full pinyin; trigram text last."""
from __future__ import annotations

import re

import sqlite_utils

from frontdesk.core.ids import mask_phone, unit_code_prefix
from frontdesk.core.numbers import looks_like_number

HIGH = "\U0010ffff"
CJK = re.compile(r"[\u3400-\u9fff]")


def route(text: str) -> str:
    """Which kind of query this is: number, unit, phone, name, letters, text or empty."""
    t = text.strip()
    if not t:
        return "empty"
    if looks_like_number(t) and len(t) >= 3:
        return "number"
    if ("-" in t or "栋" in t or "幢" in t or "#" in t or "单元" in t) and unit_code_prefix(t):
        return "unit"
    if t.isdigit():
        return "phone"
    if CJK.search(t):
        return "name"
    if re.fullmatch(r"[A-Za-z]+", t):
        return "letters"
    return "text"


def _keys(db, kind: str, prefix: str, limit: int) -> list[tuple[str, str]]:
    return db.execute("SELECT DISTINCT ref_type, ref_id FROM search_keys WHERE kind = ? AND key >= ? AND key < ? "
                      "LIMIT ?", [kind, prefix, prefix + HIGH, limit]).fetchall()


def find(db: sqlite_utils.Database, text: str, limit: int = 20) -> list[dict]:
    """Results for the search box: dicts with kind (ticket, unit, person), id, key, label, detail."""
    t = text.strip()
    how = route(t)
    refs: list[tuple[str, str]] = []
    if how == "empty":
        return []
    if how == "number":
        rows = db.execute("SELECT id, number FROM tickets WHERE number >= ? AND number < ? ORDER BY number DESC "
                          "LIMIT ?", [t.upper(), t.upper() + HIGH, limit]).fetchall()
        return _tickets(db, [r[0] for r in rows])
    if how == "unit":
        refs = _keys(db, "unit", unit_code_prefix(t), limit)
    elif how == "phone":
        if len(t) <= 4:
            refs = _keys(db, "phone_rev", t[::-1], limit)
        else:
            refs = _keys(db, "phone", t, limit) + _keys(db, "phone_rev", t[::-1], limit)
    elif how == "name":
        refs = _keys(db, "name", t, limit)
        if not refs and len(t) >= 3:
            refs = _text(db, t, limit)
    elif how == "letters":
        low = t.lower()
        refs = _keys(db, "initials", low, limit)
        if len(refs) < limit:
            refs += _keys(db, "pinyin", low, limit - len(refs))
    else:
        refs = _text(db, t, limit) if len(t) >= 3 else []
    seen, unique = set(), []
    for ref in refs:
        if ref not in seen:
            seen.add(ref)
            unique.append(ref)
    return _resolve(db, unique[:limit])


def _text(db, t: str, limit: int) -> list[tuple[str, str]]:
    q = '"' + t.replace('"', '""') + '"'
    return db.execute("SELECT ref_type, ref_id FROM search_text WHERE search_text MATCH ? LIMIT ?",
                      [q, limit]).fetchall()


def _resolve(db, refs: list[tuple[str, str]]) -> list[dict]:
    out = []
    for ref_type, ref_id in refs:
        if ref_type == "unit":
            out.extend(_units(db, [ref_id]))
        elif ref_type == "person":
            out.extend(_people(db, [ref_id]))
        elif ref_type == "ticket":
            out.extend(_tickets(db, [ref_id]))
    return out


def _units(db, ids: list[str]) -> list[dict]:
    """Units with their type, area and the people living there now (owner first), so the caller is recognised."""
    out = []
    for uid in ids:
        row = db.execute("SELECT id, code, property_type, area FROM units WHERE id = ?", [uid]).fetchone()
        if not row:
            continue
        people = [r[0] for r in db.execute(
            "SELECT p.name FROM occupancies o JOIN people p ON p.id = o.person_id WHERE o.unit_id = ? "
            "AND o.deleted_at IS NULL AND o.until IS NULL ORDER BY o.relation = 'owner' DESC, o.rowid LIMIT 3",
            [uid])]
        out.append({"kind": "unit", "id": row[0], "key": row[1], "label": row[1], "people": people,
                    "detail": " ".join(x for x in (row[2], f"{row[3]:g}㎡" if row[3] else "", "、".join(people))
                                       if x)})
    return out


def _people(db, ids: list[str]) -> list[dict]:
    out = []
    for pid in ids:
        row = db.execute("SELECT id, name FROM people WHERE id = ? AND deleted_at IS NULL", [pid]).fetchone()
        if not row:
            continue
        phone = db.execute("SELECT phone FROM phones WHERE person_id = ? AND deleted_at IS NULL ORDER BY rowid LIMIT 1",
                           [pid]).fetchone()
        units = [r[0] for r in db.execute(
            "SELECT u.code FROM occupancies o JOIN units u ON u.id = o.unit_id WHERE o.person_id = ? "
            "AND o.deleted_at IS NULL AND o.until IS NULL ORDER BY u.code LIMIT 4", [pid])]
        out.append({"kind": "person", "id": row[0], "key": row[0], "label": row[1],
                    "detail": " ".join([mask_phone(phone[0]) if phone else "", *units]).strip(), "units": units})
    return out


def _tickets(db, ids: list[str]) -> list[dict]:
    out = []
    for tid in ids:
        row = db.execute("SELECT t.id, t.number, t.status, t.category, u.code FROM tickets t LEFT JOIN units u "
                         "ON u.id = t.unit_id WHERE t.id = ?", [tid]).fetchone()
        if row:
            out.append({"kind": "ticket", "id": row[0], "key": row[1], "label": row[1], "status": row[2],
                        "category": row[3], "unit": row[4],
                        "detail": " ".join(x for x in (row[4], row[3], row[2]) if x)})
    return out
