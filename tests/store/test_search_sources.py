"""Names, unit codes and phones of plain digits are searched in their own tables, not copied into search_keys
(migration 015): on a real demo centre the search finds exactly what it found when search_keys held a 'name' key
for every live person, a 'unit' key for every live unit and a 'phone' key for every live phone, and every range
read search_keys (the old definition, kept here literally, run on a copy holding the old keys)."""
from __future__ import annotations

import pytest

from frontdesk.store import migrations, search
from frontdesk.store.db import connect

#: The statement search ran before migration 015: every kind of key a range of search_keys.
_OLD_KEYS = ("SELECT * FROM (SELECT ref_id, {rank} AS rank, key FROM search_keys WHERE kind = ? AND key >= ? "
             "AND key < ? LIMIT ?)")


def _old_find(db, text: str, limit: int) -> list[dict]:
    """search.find as it was: the same routing, every range in search_keys."""
    kinds, what = _old_kinds(text)
    if kinds is None:
        return search.find(db, text, limit)         # ticket numbers and the trigram fallback: unchanged
    columns, join, name = search._JOIN[what]
    ranges = " UNION ALL ".join(_OLD_KEYS.format(rank=i) for i in range(len(kinds)))
    sql = (f"SELECT {columns} FROM (SELECT ref_id, min(rank) AS rank, min(key) AS key FROM ({ranges}) "
           f"GROUP BY ref_id ORDER BY 2, 3 LIMIT ?) k JOIN {join} ORDER BY k.rank, k.key, {name}")
    params: list = []
    for kind, prefix in kinds:
        params += [kind, prefix, prefix + search.HIGH, limit]
    make = search._person if what == "person" else search._unit
    found = [make(r) for r in db.execute(sql, [*params, limit])]
    if not found and what == "person" and len(text) >= 3 and search.route(text) == "name":
        return search.find(db, text, limit)         # the trigram fallback, as before
    return found


def _old_kinds(t: str):
    from frontdesk.core.ids import unit_code_prefix
    how = search.route(t)
    if how == "unit":
        return [("unit", unit_code_prefix(t) or t)], "unit"
    if how == "name":
        return [("name", t), ("given", t)], "person"
    if how == "phone":
        return ([("phone_rev", t[::-1])] if len(t) <= 4 else [("phone", t), ("phone_rev", t[::-1])]), "person"
    if how == "letters":
        return [("initials", t.lower()), ("pinyin", t.lower())], "person"
    return None, None


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from frontdesk.demo import build
    from frontdesk.store import people, search_index, staff
    db = connect(tmp_path_factory.mktemp("sources") / "centre.db")
    build(db, units=300, years=1, seed=11)
    admin = staff.get(db, db.execute("SELECT username FROM staff WHERE role = 'admin' LIMIT 1").fetchone()[0])
    # landlines (their 'phone' keys stay) beside mobiles, one number shared by two people, one in two spellings
    for name, phones in [("王小二", ["010-62345678"]), ("王小三", ["0755-8765432", "13912345678"]),
                         ("李大", ["13912345678"]), ("张三", ["01062345678", "010-62345679"])]:
        people.add(db, name, phones=phones, actor=admin)
    # a merged person and a deleted one: neither is found, by the old keys (dropped) or the new ranges (filtered)
    two = [r[0] for r in db.execute("SELECT id FROM people WHERE deleted_at IS NULL ORDER BY rowid LIMIT 2")]
    with db.atomic():
        db.execute("UPDATE people SET merged_into = ? WHERE id = ?", [two[0], two[1]])
        db.execute("UPDATE people SET deleted_at = '2026-01-01T00:00:00Z' WHERE id = "
                   "(SELECT id FROM people ORDER BY rowid LIMIT 1 OFFSET 5)")
        db.execute("UPDATE units SET deleted_at = '2026-01-01T00:00:00Z' WHERE id = "
                   "(SELECT id FROM units ORDER BY rowid LIMIT 1 OFFSET 3)")
        search_index.rebuild(db)
    yield db
    db.close()


def _with_old_keys(db):
    """The 'name', 'unit' and 'phone' keys the index held before migration 015 (the phone's digits, from Python's
    phone_digits, for every live phone), written in the order rebuild wrote them."""
    from frontdesk.core.ids import phone_digits
    db.execute("DELETE FROM search_keys WHERE kind = 'phone'")
    db.execute("INSERT INTO search_keys (kind, key, ref_type, ref_id) SELECT 'unit', code, 'unit', id FROM units "
               "WHERE deleted_at IS NULL ORDER BY rowid")
    db.execute("INSERT INTO search_keys (kind, key, ref_type, ref_id) SELECT 'name', name, 'person', id FROM people "
               "WHERE deleted_at IS NULL AND merged_into IS NULL ORDER BY rowid")
    rows = db.execute("SELECT ph.person_id, ph.phone FROM phones ph JOIN people p ON p.id = ph.person_id "
                      "WHERE ph.deleted_at IS NULL AND p.deleted_at IS NULL AND p.merged_into IS NULL "
                      "ORDER BY p.rowid, ph.rowid").fetchall()
    db.conn.executemany("INSERT INTO search_keys (kind, key, ref_type, ref_id) VALUES ('phone', ?, 'person', ?)",
                        [(phone_digits(ph), pid) for pid, ph in rows if phone_digits(ph)])


def _queries(db) -> list[str]:
    names = [r[0] for r in db.execute("SELECT name FROM people ORDER BY rowid")]
    codes = [r[0] for r in db.execute("SELECT code FROM units ORDER BY rowid")]
    phones = [r[0] for r in db.execute("SELECT phone FROM phones ORDER BY rowid LIMIT 80")]
    initials = [r[0] for r in db.execute("SELECT key FROM search_keys WHERE kind IN ('initials', 'pinyin') "
                                         "ORDER BY rowid LIMIT 80")]
    out = {n[:k] for n in names for k in (1, 2, 3)} | {n[1:] for n in names[:100]} | set(names)
    out |= {c for c in codes[:80]} | {c[:k] for c in codes for k in (2, 4, 6)}
    out |= {p[-4:] for p in phones} | {p[:5] for p in phones} | set(phones) | set(initials)
    out |= {i[:2] for i in initials} | {"王", "张", "李小", "1-", "1-1", "zh", "w", "不在", "010", "0106", "01062345678",
                                        "0755", "5678", "139123", "13912345678", "62345"}
    return sorted(q for q in out if q.strip())


@pytest.fixture(scope="module")
def old(demo, tmp_path_factory):
    """A copy of the demo centre (the same rows, the same rowids) holding the keys as they were before 015."""
    path = tmp_path_factory.mktemp("old") / "old.db"
    demo.conn.execute("VACUUM INTO ?", [str(path)])
    db = connect(path, migrate=False)
    with db.atomic():
        _with_old_keys(db)
    yield db
    db.close()


@pytest.mark.parametrize("limit", [20, 500])
def test_search_finds_what_the_copied_keys_found(demo, old, limit):
    queries = _queries(demo)
    assert len(queries) > 300
    assert demo.execute("SELECT count(*) FROM search_keys WHERE kind = 'phone'").fetchone()[0] == 3   # landlines
    for q in queries:
        assert search.find(demo, q, limit) == _old_find(old, q, limit), q
    assert sum(1 for q in queries if search.find(demo, q, limit)) > len(queries) * 0.8      # they find things


@pytest.mark.parametrize("phone", ["13800138000", "010-62345678", "01062345678", "1３８00138000", "(010)6234",
                                   "+8613800138000", ""])
def test_a_phone_is_its_own_key_by_one_rule_in_python_and_sql(demo, phone):
    from frontdesk.store.search_index import PHONE_IS_OWN_KEY_SQL, phone_is_own_key
    in_sql = demo.execute(f"SELECT ? {PHONE_IS_OWN_KEY_SQL}", [phone]).fetchone()[0]
    assert bool(in_sql) == (phone_is_own_key(phone) or phone == "")    # '' has no key either way: no digits


def test_migration_015_drops_the_copied_keys(tmp_path):
    db = connect(tmp_path / "old.db", migrate=False)
    migrations.upgrade(db, target=14)
    from frontdesk.store import people, staff
    staff.init_centre(db, centre="迁移", admin="admin", password="secret12")
    admin = staff.get(db, "admin")
    p = people.add(db, "王秀英", phones=["13800138000"], actor=admin)
    with db.atomic():
        _with_old_keys(db)
    assert db.execute("SELECT count(*) FROM search_keys WHERE kind = 'name'").fetchone()[0] == 1
    migrations.upgrade(db)
    assert db.execute("SELECT count(*) FROM search_keys WHERE kind IN ('name', 'unit')").fetchone()[0] == 0
    assert [h["id"] for h in search.find(db, "王秀")] == [p["id"]]
    assert [h["id"] for h in search.find(db, "秀英")] == [p["id"]]
