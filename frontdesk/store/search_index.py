"""Keeping the search keys current: every write of a person or phone re-indexes the person.

Keys are prefix-searched with B-tree ranges (docs/architecture.md, Speed rules 1); text inside goes to the trigram
table. What a table already indexes is not copied here (migration 015): a person's name is searched in people
(people_name), a unit's code in units (its UNIQUE index), a phone of plain digits (every mobile) in phones
(phones_phone); search_keys holds only what is computed — the given name, pinyin, initials, a phone's digits
reversed, and the digits of a phone written otherwise (010-12345678)."""
from __future__ import annotations

import sqlite_utils

from frontdesk.core.ids import phone_digits
from frontdesk.core.names import given_name, name_keys


#: A phone that is its own key (plain ASCII digits, as every mobile is stored): searched in phones itself, no
#: 'phone' key. The same rule for the search's range over phones (`PHONE_IS_OWN_KEY_SQL`) and for the keys.
PHONE_IS_OWN_KEY_SQL = "NOT GLOB '*[^0-9]*'"


def phone_is_own_key(phone: str) -> bool:
    return phone.isascii() and phone.isdigit()


def person_keys(person_id: str, name: str, phones: list[str]) -> list[tuple[str, str, str, str]]:
    full, initials = name_keys(name)
    return person_keys_from(person_id, name, full, initials, phones)


def person_keys_from(person_id: str, name: str, full: list[str], initials: list[str],
                     phones: list[str]) -> list[tuple[str, str, str, str]]:
    """The keys of a person from pinyin already computed (a bulk import computes it once per distinct name)."""
    return [(kind, key, "person", person_id) for kind, key in (*name_kinds(name, full, initials),
                                                               *phone_kinds(phones))]


def name_kinds(name: str, full: list[str], initials: list[str]) -> list[tuple[str, str]]:
    """(kind, key) of what a person's name gives: the given name, full pinyin and initials (the name itself is
    searched in people)."""
    given = given_name(name)
    return [*((("given", given),) if given else ()), *(("pinyin", k) for k in full),
            *(("initials", k) for k in initials)]


def phone_kinds(phones: list[str]) -> list[tuple[str, str]]:
    """(kind, key) of a person's phones: the digits reversed, and the digits of a phone not its own key."""
    out = []
    for ph in phones:
        d = phone_digits(ph)
        if d:
            out.append(("phone_rev", d[::-1]))
            if not phone_is_own_key(ph):
                out.append(("phone", d))
    return out


def index_person(db: sqlite_utils.Database, person_id: str) -> None:
    row = db.execute("SELECT name FROM people WHERE id = ? AND deleted_at IS NULL AND merged_into IS NULL",
                     [person_id]).fetchone()
    _drop(db, person_id)
    if row is None:
        return
    phones = [r[0] for r in db.execute("SELECT phone FROM phones WHERE person_id = ? AND deleted_at IS NULL",
                                       [person_id])]
    _insert(db, person_keys(person_id, row[0], phones))
    db.execute("INSERT INTO search_text (text, ref_type, ref_id) VALUES (?, 'person', ?)",
               [" ".join([row[0], *phones]), person_id])


def _drop(db, ref_id: str) -> None:
    db.execute("DELETE FROM search_keys WHERE ref_id = ?", [ref_id])
    db.execute("DELETE FROM search_text WHERE ref_id = ?", [ref_id])


def _insert(db, keys) -> None:
    db.conn.executemany("INSERT INTO search_keys (kind, key, ref_type, ref_id) VALUES (?, ?, ?, ?)", keys)


def index_new(db: sqlite_utils.Database, people: list[tuple[str, str, list[str]]]) -> None:
    """Keys and trigram rows of people [(id, name, phones)] just written and not indexed yet (a bulk import):
    pinyin computed once per distinct name, every key in one statement per table."""
    kinds_of: dict[str, list[tuple[str, str]]] = {}
    keys: list[tuple[str, str, str, str]] = []
    add = keys.extend
    for pid, name, phones in people:
        kinds = kinds_of.get(name)
        if kinds is None:
            kinds = kinds_of[name] = name_kinds(name, *name_keys(name))
        add([(kind, key, "person", pid) for kind, key in kinds])
        if phones:
            ph = phones[0]
            if len(phones) == 1 and phone_is_own_key(ph):     # one mobile: what phone_kinds gives it
                keys.append(("phone_rev", ph[::-1], "person", pid))
            else:
                add([(kind, key, "person", pid) for kind, key in phone_kinds(phones)])
    _insert(db, keys)
    db.conn.executemany("INSERT INTO search_text (text, ref_type, ref_id) VALUES (?, 'person', ?)",
                        [(" ".join([name, *phones]), pid) for pid, name, phones in people])


def rebuild(db: sqlite_utils.Database) -> int:
    """Rebuild every key from the data (after a bulk load or an import); returns the number of keys."""
    db.execute("DELETE FROM search_keys")
    db.execute("DELETE FROM search_text")
    phones: dict[str, list[str]] = {}
    for pid, ph in db.execute("SELECT person_id, phone FROM phones WHERE deleted_at IS NULL"):
        phones.setdefault(pid, []).append(ph)
    batch, text = [], []
    for pid, name in db.execute("SELECT id, name FROM people WHERE deleted_at IS NULL AND merged_into IS NULL"):
        batch.extend(person_keys(pid, name, phones.get(pid, [])))
        text.append((" ".join([name, *phones.get(pid, [])]), "person", pid))
        if len(batch) > 50000:
            _insert(db, batch)
            batch = []
    _insert(db, batch)
    db.conn.executemany("INSERT INTO search_text (text, ref_type, ref_id) VALUES (?, ?, ?)", text)
    return db.execute("SELECT count(*) FROM search_keys").fetchone()[0]
