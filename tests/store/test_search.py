"""The global search: results name what the desk needs; given names; statements per query."""
from frontdesk.store import search



def test_a_unit_result_names_the_people_living_there(centre):
    """the caller is recognised from the unit's result (owner first)."""
    from frontdesk.store import people, search
    db = centre["db"]
    unit = centre["units"]["1-1-101"][0]
    people.add(db, "张小丰", phones=["13811112222"], unit_id=unit["id"], relation="family")
    found = search.find(db, "1-1-101")
    assert found[0]["people"] == ["张三丰", "张小丰"]
    assert found[0]["detail"].endswith("张三丰、张小丰")


def test_given_name_finds_the_person_after_full_names(db):
    """秀英 finds 王秀英 and 李秀英; 娜娜 finds 欧阳娜娜 (a 复姓); a full-name match comes first."""
    from frontdesk.store import people, staff, units
    staff.init_centre(db, centre="c", admin="admin", password="secret12")
    u = units.add(db, "1-1-101")
    for name in ("王秀英", "李秀英", "欧阳娜娜", "秀英华"):
        people.add(db, name, unit_id=u["id"])
    assert [h["label"] for h in search.find(db, "秀英")] == ["秀英华", "李秀英", "王秀英"]
    assert [h["label"] for h in search.find(db, "娜娜")] == ["欧阳娜娜"]
    assert search.find(db, "阳娜") == []


def test_every_query_kind_is_answered_in_at_most_two_statements(db):
    """One statement per kind of key, never one more per row found (38 statements for two characters before)."""
    from frontdesk.store import people, staff, units
    staff.init_centre(db, centre="c", admin="admin", password="secret12")
    for i in range(1, 9):
        u = units.add(db, f"2-1-{100 + i}")
        people.add(db, f"张{'一二三四五六七八'[i - 1]}", phones=[f"1381234{i:04d}"], unit_id=u["id"])
    seen = []
    db.conn.set_trace_callback(seen.append)
    try:
        for typed in ("张", "1234", "13812340001", "zy", "2-1-1", "张三丰华"):
            seen.clear()
            assert search.find(db, typed) is not None
            ours = [s for s in seen if not s.startswith("--")]      # FTS5's own inner statements start with --
            assert len(ours) <= 2, (typed, ours)
    finally:
        db.conn.set_trace_callback(None)
    assert len(search.find(db, "张")) == 8


def test_full_width_input_and_a_grouped_phone_find_what_plain_input_finds(centre):
    """An input method left in full-width mode types １－１－１０１ and １３８１１１１２２２２; a phone is often read out
    and typed in groups (138 1111 2222)."""
    from frontdesk.store import people
    db = centre["db"]
    unit = centre["units"]["1-1-101"][0]
    people.add(db, "张小丰", phones=["13811112222"], unit_id=unit["id"], relation="family")
    assert [h["label"] for h in search.find(db, "１－１－１０１")] == ["1-1-101"]
    for typed in ("１３８１１１１２２２２", "２２２２", "138 1111 2222"):
        assert [h["label"] for h in search.find(db, typed)] == ["张小丰"], typed
