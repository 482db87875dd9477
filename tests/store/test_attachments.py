"""Attachments: stored once under their SHA-256, a row and an audit row each, refused clearly when too big or
not a picture/PDF (nothing written), removed by a mark only, mirrored for backups, carried by the CLI."""
import hashlib
import struct
import zlib

import pytest

from frontdesk.core.errors import Invalid, NotFound, Refused
from frontdesk.store import attachments, tickets


def png(path, seed=0):
    """A real 2×2 PNG (different bytes per seed)."""
    raw = b"".join(b"\x00" + bytes([seed % 256, 10, 20] * 2) for _ in range(2))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0)) + \
        chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")
    path.write_bytes(data)
    return path


@pytest.fixture
def ticket(centre):
    return tickets.create(centre["db"], type="repair", category="水电", description="卫生间漏水",
                          actor=centre["desk"], unit="1-1-101")


def digest(db):
    return hashlib.sha256("".join(str(r) for t in ("attachments", "audit", "ticket_events")
                                  for r in db.execute(f"SELECT * FROM {t} ORDER BY rowid")).encode()).hexdigest()


def test_attach_stores_the_file_once_with_a_row_an_event_and_an_audit_row(centre, ticket, tmp_path):
    db = centre["db"]
    photo = png(tmp_path / "漏水.png")
    a = attachments.attach(db, photo, actor=centre["desk"], ticket=ticket["number"], purpose="photo", note="业主拍的")
    b = attachments.attach(db, photo, actor=centre["desk"], ticket=ticket["number"], purpose="photo")
    sha = hashlib.sha256(photo.read_bytes()).hexdigest()
    assert a["sha256"] == b["sha256"] == sha and a["mime"] == "image/png" and a["present"]
    stored = attachments.path_for(db, sha)
    assert stored.read_bytes() == photo.read_bytes()
    assert len(list(attachments.folder(db).glob("??/*"))) == 1           # the content is kept once
    listed = attachments.for_ticket(db, ticket["number"])
    assert [x["id"] for x in listed] == [a["id"], b["id"]] and listed[0]["actor_name"] == "李前台"
    assert db.execute("SELECT count(*) FROM audit WHERE action = 'attach'").fetchone()[0] == 2
    assert db.execute("SELECT note FROM ticket_events WHERE kind = 'attachment' ORDER BY rowid").fetchone()[0] == \
        "现场照片：漏水.png"
    assert [x["id"] for x in attachments.for_unit(db, "1-1-101")] == [a["id"], b["id"]]


@pytest.mark.parametrize("make, words", [
    (lambda p: p.write_text("not a picture"), "not a picture or a PDF"),
    (lambda p: p.write_bytes(b""), "empty"),
    (lambda p: p.write_bytes(b"%PDF-1.4\n" + b"0" * (attachments.MAX_BYTES + 1)), "at most 20 MB"),
    (lambda p: p.mkdir(), "folder"),
    (lambda p: None, "no such file"),
])
def test_bad_files_are_refused_naming_the_file_and_nothing_is_written(centre, ticket, tmp_path, make, words):
    db = centre["db"]
    before = digest(db)
    bad = tmp_path / "x.jpg"
    make(bad)
    with pytest.raises(Invalid) as e:
        attachments.attach(db, bad, actor=centre["desk"], ticket=ticket["number"])
    assert words in str(e.value) and e.value.field == "file"
    assert digest(db) == before and not attachments.folder(db).exists()


def test_unknown_ticket_or_unit_and_bad_purpose_are_refused(centre, ticket, tmp_path):
    db = centre["db"]
    photo = png(tmp_path / "a.png")
    with pytest.raises(NotFound):
        attachments.attach(db, photo, actor=centre["desk"], ticket="BX-20000101-001")
    with pytest.raises(NotFound):
        attachments.attach(db, photo, actor=centre["desk"], unit="9-9-999")
    with pytest.raises(Invalid):
        attachments.attach(db, photo, actor=centre["desk"], ticket=ticket["number"], purpose="selfie")
    u = attachments.attach(db, photo, actor=centre["desk"], unit="1栋1单元102", purpose="letter")
    assert u["unit"] == "1-1-102" and u["ticket"] is None


def test_removal_is_a_mark_by_whoever_attached_or_a_lead(centre, ticket, tmp_path):
    db = centre["db"]
    a = attachments.attach(db, png(tmp_path / "a.png"), actor=centre["desk"], ticket=ticket["number"])
    with pytest.raises(Refused) as e:
        attachments.remove(db, a["id"], actor=centre["eng"])
    assert e.value.code == "role"
    attachments.remove(db, a["id"], actor=centre["lead"], reason="拍错了")
    assert attachments.for_ticket(db, ticket["number"]) == []
    gone = attachments.get(db, a["id"])
    assert gone["deleted_at"] and gone["present"]                       # the row and the file stay
    with pytest.raises(Refused):
        attachments.remove(db, a["id"], actor=centre["lead"])


def test_mirror_copies_each_file_once_and_restore_brings_missing_ones_back(centre, ticket, tmp_path):
    db = centre["db"]
    a = attachments.attach(db, png(tmp_path / "a.png", 1), actor=centre["desk"], ticket=ticket["number"])
    attachments.attach(db, png(tmp_path / "b.png", 2), actor=centre["desk"], ticket=ticket["number"])
    mirror = tmp_path / "backups" / "attachments"
    assert attachments.mirror(db, mirror) == 2 and attachments.mirror(db, mirror) == 0
    attachments.path_for(db, a["sha256"]).unlink()
    assert attachments.restore_from(db, mirror) == 1 and attachments.get(db, a["id"])["present"]


def test_cli_ticket_attach(centre, ticket, tmp_path, db_path, capsys):
    from frontdesk.cli import main
    photo = png(tmp_path / "返单.png")
    assert main(["ticket", "attach", ticket["number"], str(photo), "--purpose", "return_slip", "--as", "desk1"]) == 0
    assert "返单.png attached" in capsys.readouterr().out
    assert attachments.for_ticket(centre["db"], ticket["number"])[0]["purpose"] == "return_slip"
    before = digest(centre["db"])
    junk = tmp_path / "x.txt"
    junk.write_text("hello")
    assert main(["ticket", "attach", ticket["number"], str(junk)]) == 1
    assert "x.txt" in capsys.readouterr().err and digest(centre["db"]) == before


def test_a_backup_carries_the_attached_files_and_a_restore_brings_them_back(centre, ticket, tmp_path, db_path):
    from frontdesk.store import backup
    db = centre["db"]
    a = attachments.attach(db, png(tmp_path / "a.png", 3), actor=centre["desk"], ticket=ticket["number"])
    made = backup.backup(db, tmp_path / "bk", actor=centre["admin"])
    assert (tmp_path / "bk" / "attachments" / a["sha256"][:2] / a["sha256"]).is_file()
    attachments.path_for(db, a["sha256"]).unlink()          # the data folder lost the file
    db.close()
    backup.restore(made, db_path, actor=centre["admin"], target=tmp_path / "aside")
    from frontdesk.store.db import connect
    again = connect(db_path)
    assert attachments.get(again, a["id"])["present"]
    again.close()


def test_a_control_character_in_the_name_or_note_never_reaches_the_store(centre, ticket, tmp_path):
    """A file named with a terminal escape is kept under a safe name; a note holding one is refused."""
    db = centre["db"]
    photo = png(tmp_path / "a\x1b[2Jb.png")
    before = digest(db)
    with pytest.raises(Invalid) as e:
        attachments.attach(db, photo, actor=centre["desk"], ticket=ticket["number"], note="看\x07这里")
    assert e.value.field == "note" and digest(db) == before
    a = attachments.attach(db, photo, actor=centre["desk"], ticket=ticket["number"])
    assert a["name"] == "a\ufffd[2Jb.png"
    assert not any(ord(ch) < 32 for r in db.execute("SELECT note FROM ticket_events") for ch in str(r[0]))
