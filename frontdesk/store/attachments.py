"""Photos and scans attached to a ticket or a unit: stored once under their SHA-256 in the data folder
(`<database folder>/attachments/ab/abcdef…`), a row each (who, when, what for), shown as thumbnails, mirrored
into the backup folder, carried in sync bundles beside the rows. Removing one is a mark, never a delete."""
from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import sqlite_utils

from frontdesk.core.errors import Invalid, NotFound, Refused
from frontdesk.core.text import accept, shown

from . import audit
from .db import now_utc, refuse_live, sync_columns, touch
from .tx import writing

#: The most a file may weigh: a phone photo is 2–6 MB, a scanned page under 2 MB.
MAX_BYTES = 20 * 1024 * 1024
PURPOSES = ("return_slip", "photo", "letter", "other")
PURPOSE_ZH = {"return_slip": "返单", "photo": "现场照片", "letter": "来函", "other": "其他"}
#: What a file's first bytes say it is (the name's extension is not trusted).
_MAGIC = ((b"\x89PNG\r\n\x1a\n", "image/png"), (b"\xff\xd8\xff", "image/jpeg"), (b"GIF87a", "image/gif"),
          (b"GIF89a", "image/gif"), (b"BM", "image/bmp"), (b"%PDF-", "application/pdf"))
KINDS_TEXT = "PNG, JPEG, GIF, BMP, WebP or PDF"


def sniff(head: bytes) -> str | None:
    """The MIME type of an image or PDF from its first bytes, or None."""
    for magic, mime in _MAGIC:
        if head.startswith(magic):
            return mime
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    return None


def folder(db: sqlite_utils.Database) -> Path:
    main = db.execute("PRAGMA database_list").fetchone()[2]
    return Path(main).parent / "attachments"


def path_for(db: sqlite_utils.Database, sha: str) -> Path:
    """Where the file with this content is (or would be) kept on this terminal (sync uses it too)."""
    return folder(db) / sha[:2] / sha


def _read(path: Path) -> bytes:
    refuse_live(path, "file")          # reading the live database as a file would drop SQLite's locks
    try:
        if path.is_dir():
            raise Invalid("file", f"{path} is a folder, not a file")
        size = path.stat().st_size
    except FileNotFoundError:
        raise Invalid("file", f"{path}: no such file") from None
    except OSError as exc:
        raise Invalid("file", f"{path}: cannot read it ({exc.strerror or exc})") from None
    if size == 0:
        raise Invalid("file", f"{path} is empty")
    if size > MAX_BYTES:
        raise Invalid("file", f"{path} is {size / 2**20:.1f} MB; an attachment may be at most "
                      f"{MAX_BYTES // 2**20} MB (scan at 150–200 dpi, or send a smaller photo)")
    data = path.read_bytes()
    if sniff(data[:16]) is None:
        raise Invalid("file", f"{path.name} is not a picture or a PDF", valid=KINDS_TEXT.split(", "))
    return data


def _store(db, sha: str, data: bytes) -> None:
    """Write the content under its hash (temporary name, fsync, rename); kept as it is when already there."""
    dst = path_for(db, sha)
    if dst.is_file():
        return
    dst.parent.mkdir(parents=True, exist_ok=True)
    tmp = dst.with_name(f".{sha}.{os.getpid()}.part")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, dst)


def attach(db: sqlite_utils.Database, path: str | Path, *, actor: dict | None, ticket: str | None = None,
           unit: str | None = None, purpose: str = "other", note: str = "") -> dict:
    """Attach a picture or PDF to a ticket (by number) or a unit (by code); returns the new row."""
    if (ticket is None) == (unit is None):
        raise Invalid("target", "attach to one ticket or one unit")
    if purpose not in PURPOSES:
        raise Invalid("purpose", f"unknown purpose '{purpose}'", valid=PURPOSES)
    note = accept("note", note)               # the text rule: no control characters
    if len(note) > 500:
        raise Invalid("note", "at most 500 characters")
    path = Path(path)
    data = _read(path)
    sha = hashlib.sha256(data).hexdigest()
    with writing(db):
        if ticket is not None:
            row = db.execute("SELECT id, status FROM tickets WHERE number = ? AND deleted_at IS NULL",
                             [ticket.strip().upper()]).fetchone()
            if row is None:
                raise NotFound("ticket", ticket)
            target = {"ticket_id": row[0], "unit_id": None}
        else:
            from frontdesk.core.ids import normalize_unit_code
            code = normalize_unit_code(unit or "") or unit or ""
            row = db.execute("SELECT id FROM units WHERE code = ? AND deleted_at IS NULL", [code]).fetchone()
            if row is None:
                raise NotFound("unit", code)
            target = {"ticket_id": None, "unit_id": row[0]}
        _store(db, sha, data)        # the content first: a row never names a file that is not there
        record = {**sync_columns(db), **target, "sha256": sha, "name": shown(path.name, multiline=False)[:200],
                  "mime": sniff(data[:16]), "bytes": len(data), "purpose": purpose, "note": note,
                  "actor_id": actor["id"] if actor else None}
        db["attachments"].insert(record)
        if target["ticket_id"]:
            _ticket_event(db, target["ticket_id"], actor, "attached", record)
        audit.record(db, actor, "attach", "attachments", record["id"], ticket=ticket, unit=unit, name=record["name"],
                     sha256=sha, bytes=len(data), purpose=purpose)
    return get(db, record["id"])


def _ticket_event(db, ticket_id: str, actor: dict | None, what: str, record: dict) -> None:
    """The ticket's timeline says a file was attached or removed (the printed history lists them)."""
    import json

    from .db import iso, local_now
    db["ticket_events"].insert({**sync_columns(db), "ticket_id": ticket_id, "at": iso(local_now()),
                                "kind": "attachment", "from_status": None, "to_status": None,
                                "actor_id": actor["id"] if actor else None,
                                "note": f"{PURPOSE_ZH[record['purpose']]}：{record['name']}",
                                "data": json.dumps({"attachment": record["id"], "action": what}, ensure_ascii=False)})


def get(db: sqlite_utils.Database, attachment_id: str) -> dict:
    rows = _query(db, "a.id = ?", [attachment_id], removed=True)
    if not rows:
        raise NotFound("attachment", attachment_id)
    return rows[0]


def _query(db, where: str, params, *, removed: bool = False) -> list[dict]:
    cur = db.execute("SELECT a.id, a.ticket_id, a.unit_id, a.sha256, a.name, a.mime, a.bytes, a.purpose, a.note, "
                     "a.created_at, a.deleted_at, s.display_name AS actor_name, t.number AS ticket, u.code AS unit "
                     "FROM attachments a LEFT JOIN staff s ON s.id = a.actor_id "
                     "LEFT JOIN tickets t ON t.id = a.ticket_id LEFT JOIN units u ON u.id = a.unit_id "
                     f"WHERE {where}" + ("" if removed else " AND a.deleted_at IS NULL") +
                     " ORDER BY a.created_at, a.rowid", params)
    cols = [d[0] for d in cur.description]
    out = [dict(zip(cols, r)) for r in cur.fetchall()]
    for a in out:
        a["path"] = str(path_for(db, a["sha256"]))
        a["present"] = path_for(db, a["sha256"]).is_file()
    return out


def for_ticket(db: sqlite_utils.Database, number: str) -> list[dict]:
    return _query(db, "t.number = ?", [number.strip().upper()])


def for_unit(db: sqlite_utils.Database, code: str) -> list[dict]:
    """The unit's own attachments and those of its tickets, oldest first."""
    return _query(db, "(u.code = ? OR t.unit_id = (SELECT id FROM units WHERE code = ?))", [code, code])


def remove(db: sqlite_utils.Database, attachment_id: str, *, actor: dict | None, reason: str = "") -> None:
    """Mark an attachment removed (the file and the row stay, for the audit trail). The person who attached it,
    a supervisor or an admin may."""
    with writing(db):
        row = db.execute("SELECT id, ticket_id, actor_id, name, purpose, deleted_at FROM attachments WHERE id = ?",
                         [attachment_id]).fetchone()
        if row is None:
            raise NotFound("attachment", attachment_id)
        if row[5]:
            raise Refused("already_removed", f"{row[3]} was removed already", name=row[3])
        if actor is not None and actor.get("role") not in ("supervisor", "admin") and actor.get("id") != row[2]:
            raise Refused("role", "only whoever attached a file, a supervisor or an admin may remove it",
                          act="remove_attachment", role=actor.get("role"), allowed=["supervisor", "admin"])
        db.execute("UPDATE attachments SET deleted_at = ?, removed_by = ?, updated_at = ?, origin = ?, "
                   "version = version + 1 WHERE id = ?",
                   [now_utc(), actor["id"] if actor else None, touch(db)["updated_at"], touch(db)["origin"],
                    attachment_id])
        if row[1]:
            _ticket_event(db, row[1], actor, "removed", {"id": row[0], "name": row[3], "purpose": row[4]})
        audit.record(db, actor, "remove_attachment", "attachments", attachment_id, name=row[3], reason=reason)


def mirror(db: sqlite_utils.Database, dest: Path) -> int:
    """Copy into `dest` every attached file it does not hold yet (backups: the files beside the database copies,
    content-addressed, so each is copied once); returns how many were copied."""
    src = folder(db)
    if not src.is_dir():
        return 0
    n = 0
    for f in src.glob("??/*"):
        if f.name.startswith(".") or not f.is_file():
            continue
        target = Path(dest) / f.parent.name / f.name
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = target.with_name(f".{f.name}.part")
            shutil.copyfile(f, tmp)
            os.replace(tmp, target)
            n += 1
    return n


def restore_from(db: sqlite_utils.Database, src: Path) -> int:
    """Bring back from a backup folder's mirror the attached files this data folder lacks (after a restore)."""
    if not Path(src).is_dir():
        return 0
    n = 0
    for sha, in db.execute("SELECT DISTINCT sha256 FROM attachments"):
        have = path_for(db, sha)
        there = Path(src) / sha[:2] / sha
        if not have.is_file() and there.is_file():
            have.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(there, have)
            n += 1
    return n


