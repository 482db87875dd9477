"""Merging centres' bundles (made by `frontdesk sync export`): checked before anything is written, newer rows
only, idempotent, in any order and late."""
import random
import sqlite3

import pytest

from frontdesk.core.errors import Refused

from .conftest import digest, forge


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


def _open_ticket(centre) -> str:
    """The newest repair still registered (each centre copy gets one before its first export)."""
    row = sqlite3.connect(centre.path).execute(
        "SELECT number FROM tickets WHERE status = 'registered' AND type = 'repair' ORDER BY received_at DESC "
        "LIMIT 1").fetchone()
    if row is None:
        centre.cli("ticket", "new", "--unit", "1-1-102", "--type", "repair", "--category", "水电",
                   "--text", "卫生间水管漏水")
        return _open_ticket(centre)
    return row[0]


def _day_work(centre, dest):
    """A day at the counter after the first export: a ticket moves on, a new one comes in; then an export."""
    centre.cli("ticket", "move", _open_ticket(centre), "--to", "dispatched", "--handler", "gongcheng1")
    centre.cli("ticket", "new", "--unit", "1-1-101", "--type", "complaint", "--category", "管理服务",
               "--text", "楼道灯坏了一周没人修")
    return centre.export(dest)


def test_merge_twice_in_shuffled_order_changes_nothing_the_second_time(hq_made, demo_centres, tmp_path):
    target = hq_made["target"]
    centres = [c.copy(tmp_path / f"c{i}") for i, c in enumerate(demo_centres)]
    _register(target, centres, tmp_path)
    out = tmp_path / "bundles"
    paths = []
    for c in centres:
        _open_ticket(c)
        paths += [c.export(out, full=True), _day_work(c, out)]
    random.Random(5).shuffle(paths)
    first = _merge(target, paths)
    assert len(first["merged"]) == 4 and first["applied"] > 0
    once = _digest(target)
    again = _merge(target, list(reversed(paths)))
    assert again["applied"] == 0 and len(again["skipped"]) == 4
    assert _digest(target) == once
    copies = tmp_path / "copies"                 # the same rows in bundles of other names change nothing either
    for c in centres:
        c.export(copies, full=True)
    assert _merge(target, [copies])["applied"] == 0
    from frontdesk.hq.centres import centres as registered
    from frontdesk.hq.centres import open_hq
    with open_hq(target) as hq:
        assert {r["name"]: r["centre_id"] for r in registered(hq)} == {c.name: c.centre_id for c in centres}
        for c in centres:
            mine = hq.query("SELECT number, status, version FROM tickets WHERE centre_id = ? ORDER BY number",
                            [c.centre_id])
            theirs = sqlite3.connect(c.path).execute("SELECT number, status, version FROM tickets ORDER BY number")
            assert [tuple(r.values()) for r in mine] == theirs.fetchall()


def test_an_older_bundle_arriving_late_does_not_undo_a_newer_one(hq_made, demo_centres, tmp_path):
    target, c = hq_made["target"], demo_centres[0].copy(tmp_path / "c")
    _register(target, [c], tmp_path)
    number = _open_ticket(c)
    old = c.export(tmp_path / "b", full=True)
    new = _day_work(c, tmp_path / "b")
    _merge(target, [new])
    _merge(target, [old])                          # late, and older
    from frontdesk.hq.centres import open_hq
    with open_hq(target) as hq:
        assert hq.scalar("SELECT status FROM tickets WHERE number = ?", [number]) == "dispatched"
        assert hq.scalar("SELECT count(*) FROM tickets WHERE centre_id = ?", [c.centre_id]) == \
            sqlite3.connect(c.path).execute("SELECT count(*) FROM tickets").fetchone()[0]


def test_forged_and_unknown_bundles_are_refused_by_name_and_hq_is_unchanged(hq_made, demo_centres, tmp_path):
    target = hq_made["target"]
    known, stranger = (c.copy(tmp_path / f"c{i}") for i, c in enumerate(demo_centres))
    _register(target, [known], tmp_path)
    _open_ticket(known)
    _merge(target, [known.export(tmp_path / "b", full=True)])
    before = _digest(target)
    good = _day_work(known, tmp_path / "b")
    forged = forge(_day_work(known, tmp_path / "f"))                   # the right centre, signed with another key
    with pytest.raises(Refused) as e:
        _merge(target, [good, forged])                                  # one good, one forged: nothing kept
    assert e.value.code == "bundle_signature" and forged.name in str(e.value)
    unknown = stranger.export(tmp_path / "c", full=True)
    with pytest.raises(Refused) as e:
        _merge(target, [unknown])
    assert e.value.code == "bundle_foreign" and unknown.name in str(e.value)
    edited = _day_work(known, tmp_path / "d")
    csv = edited / "tables" / "tickets.csv"
    csv.write_bytes(csv.read_bytes().replace("楼道灯".encode(), "楼道门".encode(), 1))
    with pytest.raises(Refused) as e:
        _merge(target, [edited])
    assert e.value.code == "bundle_hash" and edited.name in str(e.value)
    assert _digest(target) == before


def test_the_first_bad_bundle_in_merge_order_is_the_one_refused(hq_made, demo_centres, tmp_path):
    """The check reads and hashes bundles on several threads; the refusal still names the first bad bundle in
    merge order (centre, terminal, sequence), not the first one a thread finished, and nothing is written."""
    target = hq_made["target"]
    known = demo_centres[0].copy(tmp_path / "c")
    _register(target, [known], tmp_path)
    _open_ticket(known)
    _merge(target, [known.export(tmp_path / "a", full=True)])
    before = _digest(target)
    damaged = _day_work(known, tmp_path / "b")                          # sequence 2: a file changed
    csv = damaged / "tables" / "tickets.csv"
    csv.write_bytes(csv.read_bytes().replace("楼道灯".encode(), "楼道门".encode(), 1))
    forged = forge(_day_work(known, tmp_path / "c"))                    # sequence 3: signed with another key
    later = [_day_work(known, tmp_path / f"d{i}") for i in range(3)]    # good ones after both
    with pytest.raises(Refused) as e:
        _merge(target, [*reversed(later), forged, damaged])
    assert e.value.code == "bundle_hash" and damaged.name in str(e.value)
    with pytest.raises(Refused) as e:
        _merge(target, [*later, forged])
    assert e.value.code == "bundle_signature" and forged.name in str(e.value)
    assert _digest(target) == before


def test_an_unbound_centre_with_the_wrong_key_is_told_the_signature_is_bad(hq_made, demo_centres, tmp_path):
    target, c = hq_made["target"], demo_centres[1].copy(tmp_path / "c")
    _register(target, [c], tmp_path)
    bundle = forge(c.export(tmp_path / "b", full=True))
    with pytest.raises(Refused) as e:
        _merge(target, [bundle])
    assert e.value.code == "bundle_foreign" or e.value.code == "bundle_signature"
    assert bundle.name in str(e.value)


def test_head_office_keeps_no_password_hashes_or_owners_details(hq_made, demo_centres, tmp_path):
    target, c = hq_made["target"], demo_centres[0].copy(tmp_path / "c")
    _register(target, [c], tmp_path)
    _merge(target, [c.export(tmp_path / "b", full=True)])
    from frontdesk.hq.centres import open_hq
    with open_hq(target) as hq:
        assert hq.scalar("SELECT count(*) FROM staff") > 0
        cols = {t: [r[0] for r in hq.execute(f"SELECT * FROM {t} WHERE 1 = 0").description]
                for t in hq.table_names()}
    flat = {col for cs in cols.values() for col in cs}
    assert not flat & {"password_hash", "id_number", "contact_phone", "person_id", "phone"}
    assert "people" not in cols


def test_every_kept_value_arrives_as_the_centre_holds_it(hq_made, demo_centres, tmp_path):
    """NULLs, empty text, a text that starts with a backslash ('\\N' as text), numbers and Chinese: equal."""
    from frontdesk.hq import schema
    c = demo_centres[0].copy(tmp_path / "c")
    for text in ("\\N", "\\带反斜杠", "「引号」, \"逗号\"\n换行"):
        c.cli("ticket", "new", "--unit", "1-1-101", "--type", "inquiry", "--category", "其他", "--text", text)
    target = hq_made["target"]
    _register(target, [c], tmp_path)
    _merge(target, [c.export(tmp_path / "b", full=True)])
    conn = sqlite3.connect(c.path)
    from frontdesk.hq.centres import open_hq
    with open_hq(target) as hq:
        for name in ("tickets", "units", "surveys", "survey_responses", "staff"):
            cols = [col for col, _ in schema.BY_NAME[name].columns]
            mine = {r[0]: tuple(r) for r in hq.execute(f"SELECT {', '.join(cols)} FROM {name}").fetchall()}
            theirs = {r[0]: tuple(r) for r in conn.execute(f"SELECT {', '.join(cols)} FROM {name}").fetchall()}
            assert mine == theirs, name
        assert hq.scalar("SELECT count(*) FROM tickets WHERE description = ?", ["\\N"]) == 1
        rated = hq.scalar("SELECT count(*) FROM ticket_events WHERE rating IS NOT NULL")
    want = conn.execute("SELECT count(*) FROM ticket_events WHERE json_type(data, '$.rating') = 'text'").fetchone()[0]
    assert rated == want > 0


def _resign(bundle, table, edit, key_text, more_rows=0):
    """A centre's own faulty bundle: a CSV changed, its size and hash put right in the manifest, signed with
    the centre's real key (so only the rows tell what is wrong)."""
    import hashlib
    import json
    from frontdesk.sync.bundle import parse_key, sign
    csv = bundle / "tables" / f"{table}.csv"
    csv.write_bytes(edit(csv.read_bytes()))
    manifest = json.loads((bundle / "manifest.json").read_text(encoding="utf-8"))
    for entry in manifest["tables"]:
        if entry["table"] == table:
            entry["sha256"] = hashlib.sha256(csv.read_bytes()).hexdigest()
            entry["bytes"] = csv.stat().st_size
            entry["rows"] += more_rows
    data = json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True).encode() + b"\n"
    (bundle / "manifest.json").write_bytes(data)
    (bundle / "manifest.sig").write_text(sign(parse_key(key_text), data) + "\n")
    return bundle


@pytest.mark.parametrize("edit", [
    lambda b: b[:b.rindex(b"\n", 0, len(b) - 1) + 1],                   # the last row gone: fewer than listed
    lambda b: b"\n".join((lambda ls: [ls[0], ls[1] + b",extra", *ls[2:]])(b.split(b"\n"))),  # a field too many
], ids=["row-missing", "extra-field"])
def test_a_signed_bundle_whose_rows_are_wrong_is_refused_and_hq_unchanged(hq_made, demo_centres, tmp_path, edit):
    target, c = hq_made["target"], demo_centres[0].copy(tmp_path / "c")
    _register(target, [c], tmp_path)
    _merge(target, [c.export(tmp_path / "a", full=True)])
    before = _digest(target)
    bad = _resign(_day_work(c, tmp_path / "b"), "ticket_events", edit, c.key_text)
    with pytest.raises(Refused) as e:
        _merge(target, [bad])
    assert e.value.code == "bundle_damaged" and bad.name in str(e.value)
    assert _digest(target) == before


def test_a_twin_terminals_bundles_are_refused_by_name_not_passed_over(hq_made, demo_centres, tmp_path):
    """Two PCs joined from one full bundle send as the same terminal. A centre's import refuses the second PC's
    bundles by name; head office passed its bundle 1 over as 'already merged' (its tickets never arrived) and
    merged its later ones under ticket numbers already taken. Now refused by name, head office unchanged; the
    first PC's bundles still merge. A head office made before merged_bundles.instance gets the column on open."""
    from frontdesk.hq.centres import open_hq
    target = hq_made["target"]
    with open_hq(target) as hq, hq.transaction():          # a head office from before the column
        hq.execute("ALTER TABLE merged_bundles DROP COLUMN instance")
    pc1, pc2 = demo_centres[0].copy(tmp_path / "pc1"), demo_centres[0].copy(tmp_path / "pc2")
    for pc in (pc1, pc2):                                  # each PC its own sender id (made at its first export)
        with sqlite3.connect(pc.path) as conn:
            conn.execute("DELETE FROM settings WHERE key = 'sync_instance'")
    _register(target, [pc1], tmp_path)
    first = pc1.export(tmp_path / "a", full=True)
    assert _merge(target, [first])["merged"]
    before = _digest(target)
    twin = pc2.export(tmp_path / "b", full=True)
    assert twin.name == first.name                         # same terminal, same sequence number: same name
    for bundle in (twin, _day_work(pc2, tmp_path / "b")):
        with pytest.raises(Refused) as e:
            _merge(target, [bundle])
        assert e.value.code == "terminal_twin" and bundle.name in str(e.value)
        assert _digest(target) == before
    assert _merge(target, [_day_work(pc1, tmp_path / "a")])["merged"]


def _merged_digest(target) -> str:
    """The merged tables' rows only (not the bookkeeping of which bundles arrived when)."""
    import hashlib

    from frontdesk.hq import schema
    from frontdesk.hq.centres import open_hq
    h = hashlib.sha256()
    with open_hq(target) as hq:
        for t in schema.MERGED:
            h.update(t.name.encode())
            for row in hq.execute(f"SELECT * FROM {t.name} ORDER BY {', '.join(t.key)}").fetchall():
                h.update(repr(tuple(row)).encode())
    return h.hexdigest()


def test_a_centres_first_rows_inserted_plainly_equal_the_upserted_ones(pg_cluster, demo_centres, tmp_path):
    """On PostgreSQL a table holding no row of the centre yet takes the bundle's rows by a plain INSERT (no
    ON CONFLICT): head office A gets the second full bundle that way; head office B gets the first full bundle
    and then the second one through the upsert. Both hold the same rows, and the second bundle's newer versions."""
    import uuid

    from frontdesk.hq.centres import init
    c = demo_centres[0].copy(tmp_path / "c")
    first = c.export(tmp_path / "a", full=True)
    ticket = _open_ticket(c)
    _day_work(c, tmp_path / "x")
    second = c.export(tmp_path / "b", full=True)
    a, b = (pg_cluster.create_database(f"hq_{uuid.uuid4().hex[:12]}") for _ in range(2))
    for target in (a, b):
        init(target)
        _register(target, [c], tmp_path)
    assert _merge(a, [second])["merged"]
    assert _merge(b, [first])["merged"] and _merge(b, [second])["merged"]
    assert _merged_digest(a) == _merged_digest(b)
    from frontdesk.hq.centres import open_hq
    with open_hq(b) as hq:
        assert hq.scalar("SELECT status FROM tickets WHERE number = ?", [ticket]) == "dispatched"


def test_events_head_office_does_not_keep_are_counted_but_not_sent(hq_made, demo_centres, tmp_path):
    """PostgreSQL is sent only the events that name a kept kind or a derived value (a quarter of them); the
    others are counted and their fields counted on the client. Notes that hold the words, on one line or over
    several (a quoted line end: that part of the file is sent whole), change nothing: head office keeps exactly
    the callbacks and the rated events, as the centre holds them, on both engines."""
    c = demo_centres[0].copy(tmp_path / "c")
    number = _open_ticket(c)
    for text in ("callback rating", '回访 callback,\n"rating": "satisfied"\n第三行', '{"rating": "satisfied"}'):
        c.cli("ticket", "note", number, "--text", text)
    target = hq_made["target"]
    _register(target, [c], tmp_path)
    _merge(target, [c.export(tmp_path / "b", full=True)])
    from frontdesk.hq.centres import open_hq
    with open_hq(target) as hq:
        mine = {tuple(r) for r in hq.execute("SELECT id, ticket_id, at, kind, from_status, to_status, rating "
                                             "FROM ticket_events").fetchall()}
    theirs = {tuple(r) for r in sqlite3.connect(c.path).execute(
        "SELECT id, ticket_id, at, kind, from_status, to_status, CASE json_type(data, '$.rating') WHEN 'text' "
        "THEN json_extract(data, '$.rating') END FROM ticket_events WHERE kind = 'callback' "
        "OR json_type(data, '$.rating') = 'text'").fetchall()}
    assert mine == theirs and any(r[3] == "callback" for r in mine) and any(r[6] for r in mine)


@pytest.mark.parametrize("size", [200, 4096, 1 << 20])
def test_the_events_sent_are_every_kept_one_with_the_header_whatever_the_chunks(demo_centres, tmp_path, size):
    """The feed cut in chunks of any size (a quoted line end across a cut, a chunk holding one) sends the header
    and every line that holds a needle, counts every record, and hashes the whole file."""
    import csv
    import hashlib
    import io

    from frontdesk.hq import schema
    from frontdesk.hq.merge import _Feed, _needles
    from frontdesk.sync.bundle import open_bundle, parse_key
    c = demo_centres[0].copy(tmp_path / "c")
    number = _open_ticket(c)
    c.cli("ticket", "note", number, "--text", '回访 callback,\n"rating"\n第三行, "引号"')
    b = open_bundle(c.export(tmp_path / "b", full=True), parse_key(c.key_text))
    data = b.tables["ticket_events"]
    needles = _needles(schema.MERGED_BY_NAME["ticket_events"])
    feed, h = _Feed(data, len(data.columns), needles, size), hashlib.sha256()
    with open(data.bundle / data.file, "rb") as f:
        sent = b"".join(feed.chunks(f, h))
    raw = (data.bundle / data.file).read_bytes()
    assert h.hexdigest() == data.sha256 and feed.records == data.count
    rows = list(csv.reader(io.StringIO(raw.decode(), newline="")))
    got = list(csv.reader(io.StringIO(sent.decode(), newline="")))
    assert got[0] == rows[0] and len(got) < len(rows) / 2
    wanted = [r for r in rows[1:] if any(n.decode() in ",".join(r) for n in needles)]
    assert [r for r in got[1:] if r in wanted] == wanted


def _indexes(target):
    from frontdesk.hq import schema
    from frontdesk.hq.centres import open_hq
    with open_hq(target) as hq:
        return {t.name: hq.index_names(t.name) for t in schema.MERGED}


def test_a_merge_that_brings_more_rows_than_held_makes_the_indexes_again_and_a_small_one_keeps_them(
        hq_made, demo_centres, tmp_path):
    """A first merge drops the indexes beside the key of the tables it more than doubles and makes them again
    after (every one of the schema's is there, read from the catalogue); a day's bundle keeps them as they are
    (the same index, not made again); a merge refused half-way (a signed bundle whose tickets miss a row, found
    by PostgreSQL's COPY as it applies) still leaves every index there."""
    from frontdesk.hq import schema
    target = hq_made["target"]
    wanted = {t.name: {name for name, _ in schema.index_ddl(t)} for t in schema.MERGED}
    assert {t: set(i) for t, i in _indexes(target).items()} == wanted
    c, d = demo_centres[0].copy(tmp_path / "c"), demo_centres[1].copy(tmp_path / "d")
    _register(target, [c, d], tmp_path)
    _merge(target, [c.export(tmp_path / "a", full=True)])
    made = _indexes(target)
    assert {t: set(i) for t, i in made.items()} == wanted
    _merge(target, [_day_work(c, tmp_path / "b")])      # the first bundle after the full one may rebuild
    made = _indexes(target)
    _merge(target, [_day_work(c, tmp_path / "b")])      # a day's work: a few rows
    assert _indexes(target) == made
    bad = _resign(d.export(tmp_path / "e", full=True), "tickets",
                  lambda b: b[:b.rindex(b"\n", 0, len(b) - 1) + 1], d.key_text)
    before = _digest(target)
    with pytest.raises(Refused):
        _merge(target, [bad])
    assert {t: set(i) for t, i in _indexes(target).items()} == wanted and _digest(target) == before


def test_a_bundle_listing_a_row_twice_keeps_its_highest_version_in_a_first_merge(hq_made, demo_centres, tmp_path):
    """A centre's first rows go in by a plain INSERT without sorting by id; a bundle that lists an id twice
    (refused by the key) is inserted again keeping each id's highest version, as the upsert does: both engines."""
    import csv
    import io
    c = demo_centres[0].copy(tmp_path / "c")
    target = hq_made["target"]
    _register(target, [c], tmp_path)

    def twice(b: bytes) -> bytes:
        header, first = list(csv.reader(io.StringIO(b.decode(), newline="")))[:2]
        newer = dict(zip(header, first), version=str(int(first[header.index("version")]) + 1), status="cancelled")
        out = io.StringIO(newline="")
        csv.writer(out, lineterminator="\n").writerow([newer[h] for h in header])
        return b + out.getvalue().encode()
    bundle = _resign(c.export(tmp_path / "a", full=True), "tickets", twice, c.key_text, more_rows=1)
    first = list(csv.reader(io.StringIO((bundle / "tables" / "tickets.csv").read_text(), newline="")))[1]
    assert _merge(target, [bundle])["merged"]
    from frontdesk.hq.centres import open_hq
    with open_hq(target) as hq:
        assert hq.query("SELECT status, version FROM tickets WHERE id = ?", [first[0]]) == [
            {"status": "cancelled", "version": int(first[4]) + 1}]
        assert hq.scalar("SELECT count(*) FROM tickets") == sqlite3.connect(c.path).execute(
            "SELECT count(*) FROM tickets").fetchone()[0]
