"""One schema on both engines, every table keyed by the centre first (so Citus can shard on centre_id)."""
import pytest

from frontdesk.core.errors import Refused


def test_every_table_has_centre_id_in_its_primary_key(hq_made):
    from frontdesk.hq import schema
    from frontdesk.hq.centres import open_hq
    with open_hq(hq_made["target"]) as hq:
        names = hq.table_names()
        assert set(names) == {t.name for t in schema.TABLES}
        for name in names:
            key = hq.primary_key(name)
            assert key and key[0] == "centre_id", (name, key)


def test_init_shows_a_key_once_and_refuses_a_second_init(hq_made):
    from frontdesk.hq.centres import head_office, init, open_hq
    from frontdesk.sync.bundle import parse_key
    assert len(parse_key(hq_made["key"])) == 20
    with open_hq(hq_made["target"]) as hq:
        assert head_office(hq)["key_text"] == hq_made["key"]
        counts = {t: hq.scalar(f"SELECT count(*) FROM {t}") for t in ("ref_categories", "ref_templates",
                                                                      "ref_standard_answers", "ref_holidays")}
    assert all(counts.values()), counts
    with pytest.raises(Refused) as e:
        init(hq_made["target"])
    assert e.value.code == "exists"


def test_a_missing_or_foreign_target_is_refused(tmp_path):
    from frontdesk.hq.centres import open_hq
    with pytest.raises(Refused) as e:
        open_hq(str(tmp_path / "nothing.db"))
    assert e.value.code == "hq_missing"
    import sqlite3
    sqlite3.connect(tmp_path / "other.db").execute("CREATE TABLE t (x)")
    with pytest.raises(Refused) as e:
        open_hq(str(tmp_path / "other.db"))
    assert e.value.code == "hq_missing"
