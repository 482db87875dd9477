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
