"""Search keys that copied an indexed column are read from the column instead (issue 14 item 6): a person's name
is searched through people_name, a unit's code through units' UNIQUE index, so search_keys keeps only what is
computed (given name, pinyin, initials, a phone's digits both ways): a quarter fewer key rows for every owner
imported; search results unchanged (tests/store/test_search_sources.py compares them with the old keys)."""


def apply(db):
    db.execute("DELETE FROM search_keys WHERE kind IN ('name', 'unit')")
