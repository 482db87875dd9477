"""The owner import's bulk path against the per-row definitions it replaces, on real files and databases: the
search keys and trigram rows it writes are those `index_person` writes one person at a time, the
sync stamps are those the insert triggers give, and a cancel at any point leaves the whole file as it was."""
import csv
import hashlib
import random

import pytest

from frontdesk.core.ids import id_check_digit
from frontdesk.store import changes, importer, search, search_index

HEADER = ["房号", "业主姓名", "手机号", "身份证号码", "建筑面积(㎡)", "物业类型", "身份", "交房状态"]
#: Common surnames, polyphonic ones read as surnames (曾 zeng, 单 shan, 乐 yue/le) and compound ones (欧阳).
SURNAMES = ["王", "李", "张", "曾", "单", "乐", "解", "欧阳", "司马", "朴"]
GIVEN = "伟芳娜敏静丽强磊军洋秀英华行长重乐"


def owner_rows(n: int, seed: int = 3) -> list[list[str]]:
    rnd = random.Random(seed)
    rows = []
    for i in range(n):
        u = i // 2
        code = rnd.choice(["{b}栋{e}单元{r}", "{b}#{e}-{r}", "{b}-{e}-{r}"]).format(
            b=1 + u // 40, e=1 + (u // 10) % 4, r=(2 + u % 10) * 100 + 1)
        name = rnd.choice(SURNAMES) + "".join(rnd.choice(GIVEN) for _ in range(rnd.choice((1, 2))))
        first17 = f"{110101 + i:06d}19{50 + i % 40}0{1 + i % 9}1{i % 10}{i % 1000:03d}"
        idn = first17 + id_check_digit(first17) if i % 3 else ""
        phone = f"13{rnd.randrange(10**9):09d}" if i % 5 else f"010-{rnd.randrange(10**8):08d}"
        rows.append([code, name, phone, idn, f"{60 + i % 50}.5", "住宅", "业主" if i % 2 == 0 else "家属", "已交房"])
    return rows


def write_csv(path, rows):
    with open(path, "w", encoding="gb18030", newline="") as fh:
        csv.writer(fh).writerows([HEADER, *rows])
    return path


def index_rows(db):
    keys = sorted(db.execute("SELECT kind, key, ref_type, ref_id FROM search_keys").fetchall())
    text = sorted(db.execute("SELECT text, ref_type, ref_id FROM search_text").fetchall())
    return keys, text


def hits(db, q):
    """What a search finds (ties among equal matches come in the order rows were written: compared as a set)."""
    return sorted((h["kind"], h["id"], h["label"], h.get("detail")) for h in search.find(db, q, limit=500))


def test_bulk_keys_and_results_equal_the_per_row_index(centre, tmp_path):
    db = centre["db"]
    rows = owner_rows(400)
    r = importer.import_owners(db, write_csv(tmp_path / "o.csv", rows), actor=centre["admin"])
    assert r.people_added > 300 and not r.refused
    bulk = index_rows(db)
    queries = sorted({row[1] for row in rows[:60]} | {row[1][1:] for row in rows[:60]}
                     | {row[2][-4:] for row in rows[:60]} | {row[2] for row in rows[:20]}
                     | {"zeng", "ceng", "shan", "yue", "le", "ouyang", "oy", "wangw", "zs", "piao"}
                     | {row[0] for row in rows[:20]})
    found = {q: hits(db, q) for q in queries}
    # the per-row path: every person indexed again, one at a time, as a desk edit would (units have no keys)
    with db.atomic():
        for (pid,) in db.execute("SELECT id FROM people").fetchall():
            search_index.index_person(db, pid)
    assert index_rows(db) == bulk
    assert {q: hits(db, q) for q in queries} == found
    assert sum(1 for hits in found.values() if hits) > len(queries) * 0.9      # the queries do find people


def test_bulk_stamps_are_the_triggers_stamps(centre, tmp_path):
    """Every imported row carries its own next number of the counter and the vector of a first local write, as
    the insert trigger would have given it; the counter ends at the last number given; the next write follows."""
    db = centre["db"]
    before = changes.counter(db)
    importer.import_owners(db, write_csv(tmp_path / "o.csv", owner_rows(300)), actor=centre["admin"])
    after = changes.counter(db)
    seqs, vvs = [], set()
    for table in ("units", "people", "phones", "occupancies", "audit"):
        cols = "change_seq" + (", vv, version" if table != "audit" else ", NULL, 1")
        for seq, vv, version in db.execute(f"SELECT {cols} FROM {table} WHERE change_seq > ?", [before]):
            seqs.append(seq)
            if version == 1:        # new rows (a unit on record the file changed has its second write)
                vvs.add(vv)
    assert len(seqs) == len(set(seqs)) == after - before          # one number each, none skipped, none shared
    assert max(seqs) == after and min(seqs) == before + 1
    assert db.execute("SELECT applying FROM sync_local").fetchone()[0] == 0
    with db.atomic():       # a row the trigger stamps: the next number, and the same vector
        db.execute("INSERT INTO holidays (id, created_at, updated_at, origin, date, kind, name) "
                   "VALUES ('h1', 'x', 'x', 'x', '2027-01-01', 'holiday', '元旦')")
    seq, vv = db.execute("SELECT change_seq, vv FROM holidays WHERE id = 'h1'").fetchone()
    assert seq == after + 1 and vvs == {vv, None}


def digest(db) -> str:
    """SHA-256 of the whole database (every row of every table, the sync counter and search tables included)."""
    h = hashlib.sha256()
    for line in db.conn.iterdump():
        h.update(line.encode())
    return h.hexdigest()


def test_a_cancel_at_any_point_leaves_the_database_digest_unchanged(centre, tmp_path):
    db = centre["db"]
    path = write_csv(tmp_path / "o.csv", owner_rows(6000))      # big enough to drop and rebuild indexes
    asked = {"n": 0}

    def count():
        asked["n"] += 1
        return False
    importer.import_owners(db, path, dry_run=True, actor=centre["admin"], abort=count)
    dry = asked["n"]
    before = digest(db)
    points = list(range(1, dry + 1)) + [dry + 1, dry + 2, dry + 3]       # the write phase asks three times more
    for stop_at in points:
        asked["n"] = 0

        def abort(stop_at=stop_at):
            asked["n"] += 1
            return asked["n"] >= stop_at
        with pytest.raises(importer.ImportCancelled):
            importer.import_owners(db, path, actor=centre["admin"], abort=abort)
        assert not db.conn.in_transaction
        assert digest(db) == before, f"cancelled at the {stop_at}th question"
    assert not (tmp_path / "o.rejects.csv").exists()


def test_the_sync_triggers_are_back_after_an_import(centre, tmp_path):
    """The bulk write sets the insert triggers aside and makes them again from their own text."""
    db = centre["db"]
    schema = db.execute("SELECT type, name, sql FROM sqlite_master ORDER BY type, name").fetchall()
    importer.import_owners(db, write_csv(tmp_path / "o.csv", owner_rows(6000)), actor=centre["admin"])
    assert db.execute("SELECT type, name, sql FROM sqlite_master ORDER BY type, name").fetchall() == schema


@pytest.mark.parametrize("failing_at", ["writing people", "writing search keys", "building the indexes"])
def test_an_error_inside_the_bulk_write_leaves_the_database_as_it_was(centre, tmp_path, failing_at):
    """An error while the triggers are set aside and the indexes dropped: the rollback brings all of it back."""
    db = centre["db"]
    path = write_csv(tmp_path / "o.csv", owner_rows(6000))
    before = digest(db)

    def report(f, m=""):
        if m == failing_at:
            raise OSError("disk full")
    with pytest.raises(OSError):
        importer.import_owners(db, path, actor=centre["admin"], report=report)
    assert not db.conn.in_transaction and digest(db) == before
    r = importer.import_owners(db, path, actor=centre["admin"])        # and the next import is whole
    assert r.people_added > 5000 and not r.refused
    assert db.execute("SELECT count(*) FROM people WHERE change_seq IS NULL").fetchone()[0] == 0


def test_rows_are_written_in_the_files_order(centre, tmp_path):
    """A person's first phone is the first the file gives (search shows it), their units come in the file's
    order, and new people follow the lines: as when rows were written one by one."""
    db = centre["db"]
    rows = [[f"7-{1 + i // 100}-{101 + i % 100}", f"顺序{i}", f"139{i:08d}/138{i:08d}", "", "", "", "业主", ""]
            for i in range(300)]
    rows += [[f"8-1-{101 + i}", f"顺序{i}", f"139{i:08d}", "", "", "", "租户", ""] for i in range(300)]
    importer.import_owners(db, write_csv(tmp_path / "o.csv", rows), actor=centre["admin"])
    people = db.execute("SELECT id, name FROM people WHERE name LIKE '顺序%' ORDER BY rowid").fetchall()
    assert [n for _, n in people] == [f"顺序{i}" for i in range(300)]
    for i, (pid, _) in enumerate(people):
        assert db.execute("SELECT phone FROM phones WHERE person_id = ? ORDER BY rowid", [pid]).fetchall() == \
            [(f"139{i:08d}",), (f"138{i:08d}",)]
        assert [c for (c,) in db.execute("SELECT u.code FROM occupancies o JOIN units u ON u.id = o.unit_id "
                                         "WHERE o.person_id = ? ORDER BY o.rowid", [pid])] == \
            [f"7-{1 + i // 100}-{101 + i % 100}", f"8-1-{101 + i}"]
    hit = next(h for h in search.find(db, "顺序7") if h["label"] == "顺序7")
    assert "13900000007"[-4:] in str(hit) or "139****0007" in str(hit)
