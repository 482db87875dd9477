"""The global search, routed by what was typed (docs/architecture.md, Speed rules 1–2):
ticket number → number range; unit code → code range; digits → reversed-phone prefix (last digits) and
phone prefix; Chinese → name prefix, then the given name (秀英 finds 王秀英); letters → pinyin initials, then full
pinyin; trigram text last.

Each kind of key is answered by one statement that finds the keys and reads what a result shows (a person's
first phone and units, a unit's people) with it: one or two statements per query, never one per row found. A key
a table indexes already (a name, a unit's code, a phone of plain digits) is ranged over in that table; the
computed ones (given name, pinyin, initials, reversed digits) in search_keys (`search_index`)."""
from __future__ import annotations

import re
import unicodedata

import sqlite_utils

from frontdesk.core.ids import mask_phone, unit_code_prefix
from frontdesk.core.numbers import looks_like_number

from .search_index import PHONE_IS_OWN_KEY_SQL

HIGH = "\U0010ffff"
CJK = re.compile(r"[\u3400-\u9fff]")

_PERSON_COLUMNS = """p.id, p.name,
    (SELECT ph.phone FROM phones ph WHERE ph.person_id = p.id AND ph.deleted_at IS NULL ORDER BY ph.rowid LIMIT 1),
    (SELECT group_concat(code, ' ') FROM (SELECT u.code FROM occupancies o JOIN units u ON u.id = o.unit_id
        WHERE o.person_id = p.id AND o.deleted_at IS NULL AND o.until IS NULL ORDER BY u.code LIMIT 4))"""
_UNIT_COLUMNS = """u.id, u.code, u.property_type, u.area,
    (SELECT group_concat(name, '、') FROM (SELECT pp.name FROM occupancies o JOIN people pp ON pp.id = o.person_id
        WHERE o.unit_id = u.id AND o.deleted_at IS NULL AND o.until IS NULL
        ORDER BY o.relation = 'owner' DESC, o.rowid LIMIT 3))"""
_TICKET_COLUMNS = "t.id, t.number, t.status, t.category, (SELECT code FROM units WHERE id = t.unit_id)"

_KEYS = "SELECT * FROM (SELECT ref_id, {rank} AS rank, key FROM search_keys WHERE kind = ? AND key >= ? AND key < ? " \
        "LIMIT ?)"
#: Kinds whose key is a column the table already indexes: read there, not copied into search_keys (migration 015:
#: a person's name through people_name, a unit's code through its UNIQUE index, a phone of plain digits through
#: phones_phone, beside the 'phone' keys of phones written otherwise). Each range gives (ref_id, rank, key) for
#: the live rows only, as search_keys holds keys for the live rows only.
_OWN_RANGES = {
    "name": ("SELECT * FROM (SELECT id AS ref_id, {rank} AS rank, name AS key FROM people WHERE name >= ? "
             "AND name < ? AND deleted_at IS NULL AND merged_into IS NULL LIMIT ?)",),
    "unit": ("SELECT * FROM (SELECT id AS ref_id, {rank} AS rank, code AS key FROM units WHERE code >= ? "
             "AND code < ? AND deleted_at IS NULL LIMIT ?)",),
    "phone": ("SELECT * FROM (SELECT ph.person_id AS ref_id, {rank} AS rank, ph.phone AS key FROM phones ph "
              "CROSS JOIN people pp ON pp.id = ph.person_id WHERE ph.phone >= ? AND ph.phone < ? "
              f"AND ph.phone {PHONE_IS_OWN_KEY_SQL} AND ph.deleted_at IS NULL AND pp.deleted_at IS NULL "
              "AND pp.merged_into IS NULL LIMIT ?)", _KEYS),
}
_JOIN = {"person": (_PERSON_COLUMNS, "people p ON p.id = k.ref_id AND p.deleted_at IS NULL", "p.name"),
         "unit": (_UNIT_COLUMNS, "units u ON u.id = k.ref_id AND u.deleted_at IS NULL", "u.code")}


def _by_key_sql(what: str, kinds: tuple[str, ...]) -> str:
    """One statement: the prefix range of each kind of key (in rank order: a full name before a given name, a
    whole phone before its last digits), each ref once, with what its result shows."""
    columns, join, name = _JOIN[what]
    ranges = " UNION ALL ".join(sql.format(rank=i) for i, kind in enumerate(kinds)
                                for sql in _OWN_RANGES.get(kind, (_KEYS,)))
    return (f"SELECT {columns} FROM (SELECT ref_id, min(rank) AS rank, min(key) AS key FROM ({ranges}) "
            f"GROUP BY ref_id ORDER BY 2, 3 LIMIT ?) k JOIN {join} ORDER BY k.rank, k.key, {name}")


_TICKETS_BY_NUMBER = (f"SELECT {_TICKET_COLUMNS} FROM tickets t WHERE t.number >= ? AND t.number < ? "
                      "ORDER BY t.number DESC LIMIT ?")
_PEOPLE_BY_TEXT = (f"SELECT {_PERSON_COLUMNS} FROM (SELECT ref_id FROM search_text WHERE search_text MATCH ? "
                   "AND ref_type = 'person' LIMIT ?) k JOIN people p ON p.id = k.ref_id AND p.deleted_at IS NULL")


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


def find(db: sqlite_utils.Database, text: str, limit: int = 20) -> list[dict]:
    """Results for the search box: dicts with kind (ticket, unit, person), id, key, label, detail.
    Full-width characters (an input method's ＢＸ, １－１－１０１, １３８) read as their plain forms; a phone typed
    in groups (138 0013 8000) as its digits."""
    t = unicodedata.normalize("NFKC", text).strip()
    if re.fullmatch(r"\d[\d ]*\d", t):
        t = t.replace(" ", "")
    how = route(t)
    if how == "empty":
        return []
    if how == "number":
        return [_ticket(r) for r in db.execute(_TICKETS_BY_NUMBER, [t.upper(), t.upper() + HIGH, limit])]
    if how == "unit":
        return _by_key(db, "unit", [("unit", unit_code_prefix(t) or t)], limit)
    if how == "phone":
        kinds = [("phone_rev", t[::-1])] if len(t) <= 4 else [("phone", t), ("phone_rev", t[::-1])]
    elif how == "name":
        kinds = [("name", t), ("given", t)]
    elif how == "letters":
        kinds = [("initials", t.lower()), ("pinyin", t.lower())]
    else:
        kinds = []
    found = _by_key(db, "person", kinds, limit)
    if not found and len(t) >= 3 and how in ("name", "text"):
        q = '"' + t.replace('"', '""') + '"'
        found = [_person(r) for r in db.execute(_PEOPLE_BY_TEXT, [q, limit])]
    return found


def _by_key(db, what: str, kinds: list[tuple[str, str]], limit: int) -> list[dict]:
    if not kinds:
        return []
    params: list = []
    for kind, prefix in kinds:
        for sql in _OWN_RANGES.get(kind, (_KEYS,)):
            params += [kind, prefix, prefix + HIGH, limit] if sql is _KEYS else [prefix, prefix + HIGH, limit]
    make = _person if what == "person" else _unit
    return [make(r) for r in db.execute(_by_key_sql(what, tuple(k for k, _ in kinds)), [*params, limit])]


def _person(row) -> dict:
    pid, name, phone, codes = row
    units = codes.split(" ") if codes else []
    return {"kind": "person", "id": pid, "key": pid, "label": name,
            "detail": " ".join([mask_phone(phone) if phone else "", *units]).strip(), "units": units}


def _unit(row) -> dict:
    """A unit with its type, area and the people living there now (owner first), so the caller is recognised."""
    uid, code, property_type, area, names = row
    people = names.split("、") if names else []
    return {"kind": "unit", "id": uid, "key": code, "label": code, "people": people,
            "detail": " ".join(x for x in (property_type, f"{area:g}㎡" if area else "", "、".join(people)) if x)}


def _ticket(row) -> dict:
    tid, number, status, category, unit = row
    return {"kind": "ticket", "id": tid, "key": number, "label": number, "status": status, "category": category,
            "unit": unit, "detail": " ".join(x for x in (unit, category, status) if x)}
