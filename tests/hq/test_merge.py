"""Merging centres' bundles: checked before anything is written, newer rows only, idempotent, any order."""
import random
import shutil

import pytest

from frontdesk.core.errors import Refused

from .conftest import digest


def _register(hq_target, centres, tmp_path):
    from frontdesk.hq.centres import add_centre, open_hq, read_key_file
    with open_hq(hq_target) as hq:
        for c in centres:
            add_centre(hq, c.name, read_key_file(c.key_file(tmp_path)))


def _merge(target, paths):
    from frontdesk.hq.centres import open_hq
    from frontdesk.hq.merge import merge
    with open_hq(target) as hq:
        return merge(hq, paths)


def _digest(target):
    from frontdesk.hq.centres import open_hq
    with open_hq(target) as hq:
        return digest(hq)


def test_merge_twice_in_shuffled_order_changes_nothing_the_second_time(hq_made, demo_centres, tmp_path):
    target = hq_made["target"]
    _register(target, demo_centres, tmp_path)
    out = tmp_path / "bundles"
    paths = []
    for c in demo_centres:       # each centre: the first half of its year, then everything (late rows newer)
        paths.append(c.export(out, {"tickets": "received_at < '2026-06-01'"}))
        paths.append(c.export(out))
    random.Random(5).shuffle(paths)
    first = _merge(target, paths)
    assert len(first["merged"]) == 4 and first["applied"] > 0
    once = _digest(target)
    again = _merge(target, list(reversed(paths)))
    assert again["applied"] == 0 and len(again["skipped"]) == 4
    assert _digest(target) == once
    # the same rows from another copy of the bundles (new names) change nothing either
    copies = tmp_path / "copies"
    for p in paths:
        shutil.copytree(p, copies / ("copy-" + p.name))
    assert _merge(target, [copies])["applied"] == 0
    from frontdesk.hq.centres import centres, open_hq
    with open_hq(target) as hq:
        got = {r["name"]: r["centre_id"] for r in centres(hq)}
        n = hq.scalar("SELECT count(*) FROM tickets WHERE centre_id = ?", [demo_centres[0].centre_id])
    assert got == {c.name: c.centre_id for c in demo_centres}
    import sqlite3
    assert n == sqlite3.connect(demo_centres[0].path).execute("SELECT count(*) FROM tickets").fetchone()[0]


def test_an_older_version_arriving_late_does_not_overwrite_a_newer_one(hq_made, demo_centres, tmp_path):
    import sqlite3
    target, c = hq_made["target"], demo_centres[0]
    _register(target, [c], tmp_path)
    conn = sqlite3.connect(c.path)
    number = conn.execute("SELECT number FROM tickets ORDER BY number LIMIT 1").fetchone()[0]
    old = c.export(tmp_path / "b", {"tickets": f"number = '{number}'"})
    conn.execute("UPDATE tickets SET description = '后来改过的描述', version = version + 1 WHERE number = ?", [number])
    conn.commit()
    new = c.export(tmp_path / "b", {"tickets": f"number = '{number}'"})
    conn.execute("UPDATE tickets SET description = description || '', version = version - 1 WHERE number = ?",
                 [number])
    conn.commit()
    _merge(target, [new])
    _merge(target, [old])                          # late, and older
    from frontdesk.hq.centres import open_hq
    with open_hq(target) as hq:
        assert hq.scalar("SELECT description FROM tickets WHERE number = ?", [number]) == "后来改过的描述"


def test_forged_and_unknown_bundles_are_refused_by_name_and_hq_is_unchanged(hq_made, demo_centres, tmp_path):
    from frontdesk.sync.bundle import make_key
    target = hq_made["target"]
    known, stranger = demo_centres
    _register(target, [known], tmp_path)
    good = known.export(tmp_path / "b", {"tickets": "received_at < '2026-03-01'"})
    _merge(target, [good])
    before = _digest(target)
    forged = known.export(tmp_path / "b", key_text=make_key())          # the right centre, the wrong key
    with pytest.raises(Refused) as e:
        _merge(target, [known.export(tmp_path / "b"), forged])          # one good, one forged: nothing kept
    assert e.value.code == "bundle_signature" and forged.name in str(e.value)
    unknown = stranger.export(tmp_path / "c")
    with pytest.raises(Refused) as e:
        _merge(target, [unknown])
    assert e.value.code == "bundle_foreign" and unknown.name in str(e.value)
    edited = known.export(tmp_path / "d")
    csv = edited / "tables" / "tickets.csv"
    csv.write_bytes(csv.read_bytes().replace("水".encode(), "火".encode(), 1))
    with pytest.raises(Refused) as e:
        _merge(target, [edited])
    assert e.value.code == "bundle_hash" and edited.name in str(e.value)
    assert _digest(target) == before


def test_head_office_keeps_no_password_hashes_or_owners_details(hq_made, demo_centres, tmp_path):
    target = hq_made["target"]
    _register(target, demo_centres[:1], tmp_path)
    _merge(target, [demo_centres[0].export(tmp_path / "b")])
    from frontdesk.hq.centres import open_hq
    with open_hq(target) as hq:
        assert hq.scalar("SELECT count(*) FROM staff") > 0
        cols = {t: [r[0] for r in hq.execute(f"SELECT * FROM {t} WHERE 1 = 0").description]
                for t in hq.table_names()}
    flat = {c for cs in cols.values() for c in cs}
    assert not flat & {"password_hash", "id_number", "contact_phone", "person_id", "phone"}
    assert "people" not in cols
