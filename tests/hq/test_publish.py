"""Reference data back to the centres: a bundle of kind "reference" signed with head office's own key."""
import pytest

from frontdesk.core.errors import Refused


def test_publish_writes_a_reference_bundle_signed_by_head_office(hq_made, tmp_path):
    from frontdesk.hq.centres import open_hq
    from frontdesk.hq.reference import publish
    from frontdesk.sync.bundle import make_key, open_bundle, parse_key
    with open_hq(hq_made["target"]) as hq:
        first = publish(hq, tmp_path / "out")
        second = publish(hq, tmp_path / "out")
    b = open_bundle(first["path"], parse_key(hq_made["key"]))
    assert b.kind == "reference" and b.centre_id == hq_made["id"]
    assert set(b.tables) == {"categories", "templates", "standard_answers", "holidays", "settings"}
    cats = {(r["type"], r["name"]) for r in b.tables["categories"].dicts()}
    assert ("repair", "水电") in cats and ("complaint", "管理服务") in cats
    sla = {r["key"]: r for r in b.tables["settings"].dicts()}
    assert "sla_rules" in sla
    assert open_bundle(second["path"], parse_key(hq_made["key"])).seq == b.seq + 1
    with pytest.raises(Refused) as e:
        open_bundle(first["path"], parse_key(make_key()))
    assert e.value.code == "bundle_signature"
    text = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "out").rglob("*") if p.is_file())
    assert hq_made["key"] not in text


def test_head_office_refuses_to_merge_a_reference_bundle(hq_made, tmp_path):
    from frontdesk.hq.centres import open_hq
    from frontdesk.hq.merge import merge
    from frontdesk.hq.reference import publish
    with open_hq(hq_made["target"]) as hq:
        path = publish(hq, tmp_path)["path"]
        with pytest.raises(Refused) as e:
            merge(hq, [path])
    assert e.value.code == "bundle_kind"


def test_a_terminal_imports_the_published_bundle_and_keeps_its_own_categories(hq_made, demo_centres, tmp_path):
    """The centre registers head office's key once (sync trust-hq); reference data comes in, local data stays."""
    import sqlite3
    from frontdesk.hq.centres import open_hq
    from frontdesk.hq.reference import publish, ref_id
    from frontdesk.store.db import connect
    from frontdesk.store.reference import add_category, list_categories
    from frontdesk.store.staff import resolve_actor
    centre = demo_centres[0].copy(tmp_path / "c")
    db = connect(centre.path)
    add_category(db, resolve_actor(db, None), "repair", "智能门锁")          # the centre's own addition
    db.close()
    with open_hq(hq_made["target"]) as hq:                                  # head office adds one too
        hq.execute("INSERT INTO ref_categories (centre_id, id, created_at, updated_at, origin, version, type, name, "
                   "sort) VALUES (?, ?, '2026-12-01T00:00:00Z', '2026-12-01T00:00:00Z', 'hq', 1, 'complaint', "
                   "'噪音扰民', 9)", [hq_made["id"], ref_id("category", "complaint", "噪音扰民")])
        bundle = publish(hq, tmp_path / "ref")["path"]
    key = tmp_path / "hq.key"
    key.write_text(hq_made["key"] + "\n")
    centre.cli("sync", "trust-hq", "--key-file", str(key))
    centre.cli("sync", "import", "--from", bundle)
    centre.cli("sync", "import", "--from", bundle)                         # twice: changes nothing more
    db = connect(centre.path)
    names = {(c["type"], c["name"]) for c in list_categories(db)}
    db.close()
    assert ("repair", "智能门锁") in names and ("complaint", "噪音扰民") in names and ("repair", "水电") in names
    rows = sqlite3.connect(centre.path).execute("SELECT count(*) FROM categories WHERE name = '噪音扰民'").fetchone()
    assert rows[0] == 1


def test_a_centre_that_does_not_trust_head_office_refuses_its_bundle(hq_made, demo_centres, tmp_path):
    from frontdesk.cli import main
    from frontdesk.hq.centres import open_hq
    from frontdesk.hq.reference import publish
    centre = demo_centres[1].copy(tmp_path / "c")
    with open_hq(hq_made["target"]) as hq:
        bundle = publish(hq, tmp_path / "ref")["path"]
    assert main(["--db", str(centre.path), "sync", "import", "--from", bundle]) == 1
