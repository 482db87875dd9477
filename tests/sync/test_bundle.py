"""The bundle format on real folders: round trip, and every way a bundle is refused whole."""
import json
import os

import pytest

from frontdesk.core.errors import Invalid
from frontdesk.sync import bundle as B

CENTRE = "c0ffee00-0000-4000-8000-000000000001"
TERM = "7e000000-0000-4000-8000-000000000002"
COLS = ["id", "name", "notes", "n"]
ROWS = [("a1", "王小明", None, 3), ("a2", "\\N", "line1\nline2, \"q\"", 4.5), ("a3", "\\x", "", None)]


@pytest.fixture
def key():
    return B.parse_key(B.make_key())


def fields(seq=1, kind="changes"):
    return {"kind": kind, "centre_id": CENTRE, "terminal_id": TERM, "terminal_letter": "A", "seq": seq,
            "changes": {"from": 0, "to": 9}}


def make(tmp_path, key, files=None):
    return B.write_bundle(tmp_path / "out", fields(), {"people": (COLS, ROWS), "empty": (["id"], [])},
                          files or {}, key)


def test_key_text_round_trip_and_refusals(key):
    text = B.make_key()
    assert text.startswith("FDK1-") and len(text.split("-")) == 9
    assert B.parse_key("  " + text.lower().replace("-", " - ") + "\n") == B.parse_key(text)
    assert len(B.parse_key(text)) == 20
    for bad in ("", "FDK1-ABC", "XXXX-" + text[5:], text + "A"):
        with pytest.raises(Invalid) as e:
            B.parse_key(bad)
        assert e.value.data["field"] == "key"


def test_round_trip(tmp_path, key):
    photo = tmp_path / "p.jpg"
    photo.write_bytes(b"\xff\xd8jpeg")
    import hashlib
    sha = hashlib.sha256(photo.read_bytes()).hexdigest()
    path = make(tmp_path, key, {sha: photo})
    assert path.name == "frontdesk-c0ffee00-7e000000-000001"
    assert sorted(os.listdir(path.parent)) == [path.name]          # no temp folder left
    b = B.open_bundle(path, lambda c: key if c == CENTRE else None)
    assert b.seq == 1 and b.kind == "changes" and b.terminal_id == TERM
    assert list(b.tables) == ["people"]                             # an empty table is left out
    t = b.tables["people"]
    assert t.columns == COLS and t.count == 3
    assert list(t.rows()) == [("a1", "王小明", None, "3"), ("a2", "\\N", "line1\nline2, \"q\"", "4.5"),
                              ("a3", "\\x", "", None)]
    assert next(t.dicts())["name"] == "王小明"
    assert b.files[sha].read_bytes() == b"\xff\xd8jpeg"
    m = json.loads((path / "manifest.json").read_text())
    assert m["format"] == "frontdesk-bundle" and m["format_version"] == 1
    assert (path / "manifest.sig").read_text().strip() == B.sign(key, (path / "manifest.json").read_bytes())
    assert "FDK1" not in (path / "manifest.json").read_text()


def test_existing_name_refused(tmp_path, key):
    make(tmp_path, key)
    with pytest.raises(B.Refused) as e:
        make(tmp_path, key)
    assert e.value.code == "exists"


def test_cancel_leaves_nothing(tmp_path, key):
    def stop(table, n):
        raise KeyboardInterrupt
    rows = [(str(i), "x", None, i) for i in range(20000)]
    with pytest.raises(KeyboardInterrupt):
        B.write_bundle(tmp_path / "out", fields(), {"people": (COLS, rows)}, {}, key, progress=stop)
    assert os.listdir(tmp_path / "out") == []


def refused(path, key, code, file=None, **kw):
    with pytest.raises(B.BundleRefused) as e:
        B.open_bundle(path, key, **kw)
    assert e.value.code == code, e.value
    if file is not None:
        assert e.value.data["file"] == file
        assert file in str(e.value)
    return e.value


def resign(path, key, edit):
    m = json.loads((path / "manifest.json").read_text())
    edit(m)
    data = json.dumps(m).encode()
    (path / "manifest.json").write_bytes(data)
    (path / "manifest.sig").write_text(B.sign(key, data))


def test_truncated(tmp_path, key):
    p = make(tmp_path, key)
    f = p / "tables/people.csv"
    f.write_bytes(f.read_bytes()[:-5])
    refused(p, key, "bundle_truncated", "tables/people.csv")


def test_changed_byte(tmp_path, key):
    p = make(tmp_path, key)
    f = p / "tables/people.csv"
    data = bytearray(f.read_bytes())
    data[-3] ^= 1
    f.write_bytes(bytes(data))
    refused(p, key, "bundle_hash", "tables/people.csv")


def test_missing_file_and_manifest(tmp_path, key):
    p = make(tmp_path, key)
    (p / "tables/people.csv").unlink()
    refused(p, key, "bundle_missing", "tables/people.csv")
    (p / "manifest.sig").unlink()
    refused(p, key, "bundle_missing", "manifest.sig")
    (p / "manifest.json").unlink()
    refused(p, key, "bundle_missing", "manifest.json")


def test_manifest_edited_without_key(tmp_path, key):
    p = make(tmp_path, key)
    m = json.loads((p / "manifest.json").read_text())
    m["seq"] = 99
    (p / "manifest.json").write_text(json.dumps(m))
    refused(p, key, "bundle_signature", "manifest.sig")
    forged = B.parse_key(B.make_key())
    resign(p, forged, lambda m: None)
    refused(p, key, "bundle_signature", "manifest.sig")


def test_unknown_version_and_foreign(tmp_path, key):
    p = make(tmp_path, key)
    refused(p, lambda c: None, "bundle_foreign", "manifest.json")
    resign(p, key, lambda m: m.update(format_version=2))
    e = refused(p, key, "bundle_version", "manifest.json")
    assert "2" in e.reason


@pytest.mark.parametrize("name", ["../x.csv", "/etc/passwd", "tables/../../x.csv", "people.csv"])
def test_path_escape(tmp_path, key, name):
    p = make(tmp_path, key)
    resign(p, key, lambda m: m["tables"][0].update(file=name))
    refused(p, key, "bundle_path", name)


def test_link_refused(tmp_path, key):
    p = make(tmp_path, key)
    f = p / "tables/people.csv"
    outside = tmp_path / "outside.csv"
    outside.write_bytes(f.read_bytes())
    f.unlink()
    f.symlink_to(outside)
    refused(p, key, "bundle_path", "tables/people.csv")


def test_unlisted_file(tmp_path, key):
    p = make(tmp_path, key)
    (p / "tables/extra.csv").write_text("id\n")
    refused(p, key, "bundle_unlisted", "tables/extra.csv")


def test_columns(tmp_path, key):
    p = make(tmp_path, key)
    refused(p, key, "bundle_columns", "tables/people.csv", schema={"people": ["id", "name"]})
    refused(p, key, "bundle_columns", "tables/people.csv", schema={"units": ["id"]})
    refused(p, key, "bundle_columns", "tables/people.csv", schema={"people": COLS + ["x"]}, required=["id", "x"])
    assert B.open_bundle(p, key, schema={"people": COLS + ["x"]}).tables["people"].count == 3
    resign(p, key, lambda m: m["tables"][0].update(columns=["id", "name", "n", "notes"]))
    refused(p, key, "bundle_columns", "tables/people.csv")


def test_wrong_field_count_refused(tmp_path, key):
    p = make(tmp_path, key)
    f = p / "tables/people.csv"
    data = f.read_bytes() + b"a4,x\n"
    f.write_bytes(data)
    import hashlib
    resign(p, key, lambda m: m["tables"][0].update(sha256=hashlib.sha256(data).hexdigest(), bytes=len(data)))
    refused(p, key, "bundle_damaged", "tables/people.csv")
