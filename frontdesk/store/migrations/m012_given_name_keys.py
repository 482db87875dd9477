"""Search keys for the given name (秀英 finds 王秀英, 娜娜 finds 欧阳娜娜): callers are often looked up by it."""
from frontdesk.core.names import given_name


def apply(db):
    rows = db.execute("SELECT id, name FROM people WHERE deleted_at IS NULL AND merged_into IS NULL").fetchall()
    db.conn.executemany("INSERT INTO search_keys (kind, key, ref_type, ref_id) VALUES ('given', ?, 'person', ?)",
                        [(g, pid) for pid, name in rows if (g := given_name(name))])
