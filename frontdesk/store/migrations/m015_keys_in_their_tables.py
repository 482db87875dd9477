"""Search keys that copied an indexed column are read from the column instead (issue 14 item 6): a person's name
is searched through people_name, a unit's code through units' UNIQUE index, a phone of plain digits (every
mobile) through phones_phone, so search_keys keeps only what is computed (given name, pinyin, initials, a phone's
digits reversed, the digits of a phone written otherwise): 4 key rows a person instead of 6 plus one a unit, for
every owner imported. Search results unchanged (tests/store/test_search_sources.py compares them with the old
keys on a demo centre)."""
from frontdesk.core.ids import phone_digits
from frontdesk.store.search_index import phone_is_own_key


def apply(db):
    db.execute("DELETE FROM search_keys WHERE kind IN ('name', 'unit', 'phone')")
    rows = db.execute("SELECT ph.person_id, ph.phone FROM phones ph JOIN people p ON p.id = ph.person_id "
                      "WHERE ph.deleted_at IS NULL AND p.deleted_at IS NULL AND p.merged_into IS NULL "
                      "ORDER BY p.rowid, ph.rowid").fetchall()
    db.conn.executemany("INSERT INTO search_keys (kind, key, ref_type, ref_id) VALUES ('phone', ?, 'person', ?)",
                        [(d, pid) for pid, ph in rows if not phone_is_own_key(ph) and (d := phone_digits(ph))])
