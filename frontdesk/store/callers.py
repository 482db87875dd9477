"""Who is calling (来电弹屏): the people with this phone, their units and their open tickets, by one indexed
lookup on phones.phone (the forms a caller-ID box may deliver are tried: +86, no dash in a landline)."""
from __future__ import annotations

import sqlite_utils

from frontdesk.core.errors import Invalid
from frontdesk.core.ids import normalize_phone, phone_digits

OPEN = "('closed', 'cancelled')"          # as the board's partial index says it


def variants(phone: str) -> list[str]:
    """The stored spellings this number may have."""
    v = normalize_phone(phone)
    d = phone_digits(v)
    out = [v, d]
    if d.startswith("0") and len(d) in (10, 11, 12):
        out += [f"{d[:3]}-{d[3:]}", f"{d[:4]}-{d[4:]}"]
    return list(dict.fromkeys(x for x in out if x))


def check(phone: str) -> str:
    """The number as given by a caller-ID box, refused when it holds no number at all."""
    d = phone_digits(normalize_phone(phone or ""))
    if len(d) < 5 or len(d) > 16:
        raise Invalid("phone", f"'{phone}' is not a telephone number")
    return normalize_phone(phone)


def lookup(db: sqlite_utils.Database, phone: str) -> dict:
    """{phone, people: [{id, name, units: [codes], open_tickets: [{number, type, category, status, due_at}]}]}"""
    number = check(phone)
    keys = variants(number)
    marks = ",".join("?" * len(keys))
    people = []
    for pid, name in db.execute(
            f"SELECT DISTINCT p.id, p.name FROM phones ph JOIN people p ON p.id = ph.person_id "
            f"WHERE ph.phone IN ({marks}) AND ph.deleted_at IS NULL AND p.deleted_at IS NULL "
            f"AND p.merged_into IS NULL ORDER BY p.name", keys).fetchall():
        units = [r[0] for r in db.execute(
            "SELECT u.code FROM occupancies o JOIN units u ON u.id = o.unit_id WHERE o.person_id = ? "
            "AND o.deleted_at IS NULL AND (o.until IS NULL OR o.until = '') ORDER BY u.code", [pid])]
        tickets = [dict(zip(("number", "type", "category", "status", "due_at"), r)) for r in db.execute(
            f"SELECT number, type, category, status, due_at FROM tickets WHERE person_id = ? "
            f"AND status NOT IN {OPEN} AND deleted_at IS NULL ORDER BY received_at DESC LIMIT 20", [pid])]
        people.append({"id": pid, "name": name, "units": units, "open_tickets": tickets})
    return {"phone": number, "people": people}
