"""Every refusal of a bundle (issue 16, item 4) leaves the receiving database exactly as it was."""
import hashlib
import json
import shutil

import pytest

from frontdesk.store import staff, tickets
from frontdesk.sync.apply import import_path
from frontdesk.sync.bundle import make_key, parse_key, sign
from frontdesk.sync.export import export

from .conftest import digest


@pytest.fixture
def sent(pair, tmp_path):
    c, a, b = pair
    tickets.create(a, type="repair", category="水电", description="漏水", actor=staff.get(a, "desk1"),
                   unit="1-1-101")
    path = export(a, tmp_path / "out").path
    return b, path


def resign(path, key, edit):
    m = json.loads((path / "manifest.json").read_text())
    edit(m)
    data = json.dumps(m).encode()
    (path / "manifest.json").write_bytes(data)
    (path / "manifest.sig").write_text(sign(key, data))


def rehash(path, rel):
    data = (path / rel).read_bytes()
    return {"sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}


def truncate(p, key):
    f = p / "tables/tickets.csv"
    f.write_bytes(f.read_bytes()[:-20])


def missing(p, key):
    (p / "tables/tickets.csv").unlink()


def changed_byte(p, key):
    f = p / "tables/tickets.csv"
    data = bytearray(f.read_bytes())
    data[len(data) // 2] ^= 0x20
    f.write_bytes(bytes(data))


def forged(p, key):
    """Manifest edited and re-hashed without the centre's key (a key of one's own)."""
    f = p / "tables/tickets.csv"
    f.write_bytes(f.read_bytes().replace("漏水".encode(), "没事".encode()))
    resign(p, parse_key(make_key()), lambda m: [t.update(rehash(p, t["file"])) for t in m["tables"]])


def edited_unsigned(p, key):
    m = json.loads((p / "manifest.json").read_text())
    m["seq"] += 100
    (p / "manifest.json").write_text(json.dumps(m))


def version(p, key):
    resign(p, key, lambda m: m.update(format_version=99))


def dotdot(p, key):
    shutil.copy(p / "tables/tickets.csv", p.parent / "x.csv")
    resign(p, key, lambda m: [t.update(file="../x.csv") for t in m["tables"] if t["table"] == "tickets"])


def absolute(p, key):
    resign(p, key, lambda m: [t.update(file=str(p / "tables/tickets.csv")) for t in m["tables"]
                              if t["table"] == "tickets"])


def link(p, key):
    f = p / "tables/tickets.csv"
    outside = p.parent / "elsewhere.csv"
    shutil.move(f, outside)
    f.symlink_to(outside)


def columns(p, key):
    f = p / "tables/tickets.csv"
    lines = f.read_bytes().split(b"\n", 1)
    f.write_bytes(lines[0].replace(b"description", b"descr") + b"\n" + lines[1])

    def edit(m):
        for t in m["tables"]:
            if t["table"] == "tickets":
                t["columns"] = ["descr" if c == "description" else c for c in t["columns"]]
                t.update(rehash(p, t["file"]))
    resign(p, key, edit)


def unknown_table(p, key):
    (p / "tables/tickets.csv").rename(p / "tables/ticketz.csv")
    resign(p, key, lambda m: [t.update(table="ticketz", file="tables/ticketz.csv") for t in m["tables"]
                              if t["table"] == "tickets"])


def row_count(p, key):
    """Signed with the centre's key, but the manifest counts one row more than the file holds: found while the
    rows are applied (each parsed once), inside the transaction."""
    resign(p, key, lambda m: [t.update(rows=t["rows"] + 1) for t in m["tables"] if t["table"] == "tickets"])


def field_count(p, key):
    """Signed, hashed, but the last line lacks a field."""
    f = p / "tables/audit.csv"
    f.write_bytes(f.read_bytes().rstrip(b"\n").rsplit(b",", 1)[0] + b"\n")
    resign(p, key, lambda m: [t.update(rehash(p, t["file"])) for t in m["tables"]])


CASES = {"truncated": (truncate, "bundle_truncated"), "missing": (missing, "bundle_missing"),
         "changed byte": (changed_byte, "bundle_hash"), "forged": (forged, "bundle_signature"),
         "edited": (edited_unsigned, "bundle_signature"), "version": (version, "bundle_version"),
         "../x.csv": (dotdot, "bundle_path"), "absolute": (absolute, "bundle_path"), "link": (link, "bundle_path"),
         "columns": (columns, "bundle_columns"), "unknown table": (unknown_table, "bundle_columns"),
         "row count": (row_count, "bundle_damaged"), "field count": (field_count, "bundle_damaged")}


@pytest.mark.parametrize("case", CASES)
def test_refused_whole_and_nothing_changed(sent, case):
    b, path = sent
    from frontdesk.store import changes
    key = bytes(changes.local(b)["centre_key"])
    spoil, code = CASES[case]
    spoil(path, key)
    before = digest(b)
    [out] = import_path(b, path)
    assert out.status == "refused" and out.code == code, out.message
    assert path.name in out.message
    assert digest(b) == before


def test_another_centres_bundle(sent, tmp_path, centre):
    b, path = sent
    other = tmp_path / "other.db"
    from frontdesk.store.db import connect
    o = connect(other)
    staff.init_centre(o, centre="别的花园", admin="admin", password="secret12")
    foreign = export(o, tmp_path / "foreign").path
    before = digest(b)
    [out] = import_path(b, foreign)
    assert out.code == "bundle_foreign" and "manifest.json" in out.message
    assert digest(b) == before


def test_a_refused_bundle_in_a_folder_does_not_stop_the_others(sent, tmp_path):
    b, path = sent
    a_good = path.parent
    bad = a_good / "frontdesk-00000000-00000000-000099"
    shutil.copytree(path, bad)
    changed_byte(bad, None)
    out = import_path(b, a_good)
    assert sorted(r.status for r in out) == ["applied", "refused"]
