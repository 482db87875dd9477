"""Backups as Zotero and Anki do them: SQLite's online backup into a folder (a setting: a second disk or a
USB stick), each copy reopened and integrity-checked before it counts, rotated (the last 7 daily, 4 weekly
and 12 monthly by default); restore checks a backup as strictly as a start and keeps the current file aside
under a name that never collides. Both are audited.

A copy is written as NAME.partial and renamed only once checked, so every `*.db` in the folder is good."""
from __future__ import annotations

import datetime as dt
import logging
import os
import re
import sqlite3
from pathlib import Path

import sqlite_utils

from frontdesk.core.errors import Refused
from frontdesk.core.permissions import require

from . import audit, check, settings
from .migrations import LATEST
from .tx import writing

BACKUP = "frontdesk"                       # frontdesk-20261204-093000-123456-daily.db
ASIDE = ("before-restore", "damaged")
log = logging.getLogger("frontdesk")      # kept-aside copies: their own series, rotated the same way
DEFAULT_ROTATION = {"daily": 7, "weekly": 4, "monthly": 12}
STALE_DAYS = 2
NAME = re.compile(r"^(?P<kind>frontdesk|before-restore|damaged)-(?P<stamp>\d{8}-\d{6})(?:-\d{6})?"
                  r"(?:-(?P<reason>[a-z0-9-]+?))?(?:-\d+)?\.db$")


class BackupRefused(Refused):
    """The database could not be copied soundly: nothing counts, the earlier backups are all kept."""

    def __init__(self, db_path, failed: str, reason: str):
        super().__init__("backup_damaged", f"{db_path}: the database is damaged ({failed}: {reason}); no backup "
                         "was made and every earlier backup is kept. 'frontdesk check' says what is wrong",
                         path=str(db_path), failed=failed, reason=reason)


def default_folder(db_path: str | Path) -> Path:
    return Path(db_path).parent / "backups"


def folder(db: sqlite_utils.Database, db_path: str | Path | None = None) -> Path:
    """The backup folder: the admin's setting, else backups/ beside the database."""
    chosen = settings.get(db, "backup_folder")
    return Path(chosen).expanduser() if chosen else default_folder(db_path or check.main_file(db))


def folder_of_file(db_path: str | Path) -> Path:
    """The backup folder of a database that may not open (damaged): its setting if readable, else the default."""
    import json
    try:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT value FROM settings WHERE key = 'backup_folder'").fetchone()
        finally:
            conn.close()
        chosen = json.loads(row[0]) if row and row[0] else ""
    except (sqlite3.Error, ValueError):
        chosen = ""
    return Path(chosen).expanduser() if chosen else default_folder(db_path)


def rotation(db: sqlite_utils.Database) -> dict:
    return {**DEFAULT_ROTATION, **(settings.get(db, "backup_rotation") or {})}


def set_policy(db: sqlite_utils.Database, actor: dict | None, *, target: str | None = None,
               rules: dict | None = None) -> dict:
    """The admin points the backups at a folder ('' = beside the database) and sets the rotation; audited."""
    from frontdesk.core.errors import Invalid
    require(actor, "backup_settings")
    if rules is not None:
        clean = {}
        for unit in DEFAULT_ROTATION:
            try:
                value = int(rules.get(unit, DEFAULT_ROTATION[unit]))
            except (TypeError, ValueError):
                raise Invalid(unit, f"'{rules.get(unit)}' is not a whole number") from None
            if not 0 <= value <= 400 or (unit == "daily" and value < 1):
                raise Invalid(unit, f"{value}: between {1 if unit == 'daily' else 0} and 400")
            clean[unit] = value
        rules = clean
    if target is not None and target.strip():
        _ready(Path(target.strip()).expanduser())
    with writing(db):
        if target is not None:
            settings.put(db, "backup_folder", target.strip(), actor=actor)
        if rules is not None:
            settings.put(db, "backup_rotation", rules, actor=actor)
    return {"folder": str(folder(db)), "rotation": rotation(db)}


def _ready(target: Path) -> Path:
    target = Path(target)
    if target.exists() and not target.is_dir():
        raise Refused("not_a_folder", f"{target}: is a file, not a folder; give the folder the backups go in",
                      path=str(target))
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise Refused("write_failed", f"{target}: the backup folder cannot be made ({exc.strerror})",
                      path=str(target)) from None
    return target


def _claim(target: Path, kind: str, reason: str = "") -> tuple[Path, Path]:
    """(partial, final) names no other copy has or will take: microseconds, then a counter, then O_EXCL."""
    from .db import local_now                   # the desk's clock (FRONTDESK_NOW rolls the day in a test)
    base = f"{kind}-{local_now():%Y%m%d-%H%M%S}-{dt.datetime.now():%f}" + (f"-{reason}" if reason else "")
    for n in range(1000):
        final = target / (f"{base}.db" if n == 0 else f"{base}-{n}.db")
        partial = final.with_name(final.name + ".partial")
        if final.exists():
            continue
        try:
            os.close(os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        except FileExistsError:
            continue
        except OSError as exc:
            raise Refused("write_failed", f"{target}: cannot write a backup there ({exc.strerror})",
                          path=str(target)) from None
        return partial, final
    raise Refused("write_failed", f"{target}: no free name for a backup")


def _copy_checked(source: sqlite3.Connection, partial: Path, final: Path, label) -> None:
    """Online-backup `source` into partial, reopen it, integrity_check, then rename to final."""
    failed = "copy"
    try:
        dest = sqlite3.connect(str(partial))
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")      # one self-contained file
        finally:
            dest.close()
        failed = "integrity"
        copy = sqlite3.connect(f"file:{partial}?mode=ro", uri=True)
        try:
            found = [r[0] for r in copy.execute("PRAGMA integrity_check")]
        finally:
            copy.close()
        if found != ["ok"]:
            raise BackupRefused(label, failed, "; ".join(found[:3]))
        with open(partial, "rb+") as handle:                  # the copy, never the live file
            os.fsync(handle.fileno())
        os.replace(partial, final)
    except sqlite3.DatabaseError as exc:
        partial.unlink(missing_ok=True)
        raise BackupRefused(label, failed, str(exc)) from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def backup(db: sqlite_utils.Database, target: str | Path | None = None, *, reason: str = "manual",
           actor: dict | None = None, keep: int | None = None) -> Path:
    """A checked copy of the live database in `target` (default: the backup folder), then the rotation
    (or only the newest `keep` copies). A damaged database is refused and rotates nothing out."""
    require(actor, "backup")
    if keep is not None and keep < 1:
        raise Refused("invalid", "keep: must be 1 or more (the newest copy is always kept)", field="keep")
    db_path = check.main_file(db)
    target = _ready(Path(target) if target else folder(db, db_path))
    partial, final = _claim(target, BACKUP, reason)
    try:
        _copy_checked(db.conn, partial, final, db_path or "the database")
    except BackupRefused as exc:
        log.warning("backup refused: %s check failed", exc.data["failed"])
        if db_path:
            check.mark_damaged(db_path, exc.data["failed"], exc.data["reason"])
        raise
    if db_path:
        check.clear_damaged(db_path)
    removed = rotate(target, rotation(db), keep=keep)
    log.info("backup made (%s): %s, %d bytes; %d old copies rotated out", reason, final, final.stat().st_size,
             len(removed))
    if "attachments" in db.table_names():            # the photos and scans beside the copies, each file once
        from . import attachments
        attachments.mirror(db, target / "attachments")
    if "audit" in db.table_names():
        with writing(db):
            audit.record(db, actor, "backup", "", None, path=str(final), reason=reason,
                         size=final.stat().st_size)
    return final


def before_migration(db: sqlite_utils.Database, db_path: str | Path, version: int) -> Path:
    return backup(db, folder(db, db_path), reason=f"before-migration-{version:03d}")


# ---- what is in the folder ------------------------------------------------------------------------------
def copies(target: str | Path, kinds: tuple[str, ...] = (BACKUP,)) -> list[dict]:
    """The finished copies in a folder, newest first: {path, kind, at (local datetime), reason, size}."""
    target = Path(target)
    out: list[dict] = []
    if not target.is_dir():
        return out
    for path in target.glob("*.db"):
        m = NAME.match(path.name)
        if not m or m["kind"] not in kinds:
            continue
        try:
            at = dt.datetime.strptime(m["stamp"], "%Y%m%d-%H%M%S")
            size = path.stat().st_size
        except (ValueError, OSError):
            continue
        out.append({"path": path, "kind": m["kind"], "at": at, "reason": m["reason"] or "", "size": size})
    return sorted(out, key=lambda c: (c["at"], c["path"].name), reverse=True)


def plan(found: list[dict], rules: dict, keep: int | None = None, *, whole_days: bool = False) -> list[dict]:
    """The copies to keep (newest first): the newest always; the newest of each of the last N days, ISO
    weeks and months; or only the newest `keep`. With whole_days every copy of those N days stays (kept-aside
    copies each hold a history of their own: a later one does not contain an earlier one)."""
    if not found:
        return []
    if keep is not None:
        return found[:max(keep, 1)]
    kept = [found[0]]
    for unit, key in (("daily", lambda at: at.date()), ("weekly", lambda at: at.isocalendar()[:2]),
                      ("monthly", lambda at: (at.year, at.month))):
        seen: list = []
        for c in found:
            k = key(c["at"])
            if k in seen:
                if whole_days and unit == "daily" and c not in kept:
                    kept.append(c)
                continue
            if len(seen) >= int(rules.get(unit, DEFAULT_ROTATION[unit])):
                break
            seen.append(k)
            if c not in kept:
                kept.append(c)
    return sorted(kept, key=lambda c: (c["at"], c["path"].name), reverse=True)


def rotate(target: str | Path, rules: dict | None = None, *, keep: int | None = None) -> list[Path]:
    """Drop the copies the rotation does not keep, backups and kept-aside copies each as their own series;
    returns what was removed."""
    removed = []
    for kinds, k in (((BACKUP,), keep), (("before-restore",), None), (("damaged",), None)):
        found = copies(target, kinds)
        kept = {id(c) for c in plan(found, rules or DEFAULT_ROTATION, k, whole_days=kinds != (BACKUP,))}
        for c in found:
            if id(c) not in kept:
                c["path"].unlink(missing_ok=True)
                removed.append(c["path"])
    return removed


def status(db: sqlite_utils.Database, db_path: str | Path | None = None, now: dt.datetime | None = None) -> dict:
    """For the dashboard: the folder, whether it is there, the last good copy, and whether to warn."""
    from .db import local_now
    target = folder(db, db_path)
    now = now or local_now()
    chosen = bool(settings.get(db, "backup_folder"))
    present = target.is_dir() or not chosen          # the default folder is made by the first backup
    found = copies(target) if present else []
    last = found[0]["at"] if found else None
    stale = last is None or now - last > dt.timedelta(days=STALE_DAYS)
    return {"folder": str(target), "present": present, "chosen": chosen, "last": last, "count": len(found),
            "warn": (not present) or stale, "stale": stale}


def due_today(db: sqlite_utils.Database, db_path: str | Path | None = None, now: dt.datetime | None = None) -> bool:
    """The first start of a day makes a backup: true when the folder holds none from today."""
    from .db import local_now
    today = (now or local_now()).date()
    return not any(c["at"].date() == today for c in copies(folder(db, db_path)))


def changed_since_last(db: sqlite_utils.Database, db_path: str | Path | None = None) -> bool:
    """At close: was anything done (an audit row: every write leaves one) after the newest copy?"""
    found = copies(folder(db, db_path))
    if not found:
        return True
    stamp = dt.datetime.fromtimestamp(found[0]["path"].stat().st_mtime, dt.timezone.utc)
    row = db.execute("SELECT 1 FROM audit WHERE at > ? AND action NOT IN ('backup', 'login', 'logout') LIMIT 1",
                     [stamp.strftime("%Y-%m-%dT%H:%M:%S.%fZ")]).fetchone()
    return row is not None


# ---- restore ------------------------------------------------------------------------------------------
def inspect(backup_file: str | Path) -> dict:
    """Check a backup as strictly as a database opened at start; its facts, or Refused with the reason."""
    path = Path(backup_file)
    if not path.is_file():
        raise Refused("missing", f"{path}: no such backup file", path=str(path))
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise Refused("backup_unusable", f"{path}: cannot be opened ({exc})", path=str(path), failed="open") from None
    try:
        failed, reason, found = check._steps(conn, quick=False)
        if failed in ("open", "integrity"):
            raise Refused("backup_unusable", f"{path}: damaged ({failed}: {reason}); choose another backup",
                          path=str(path), failed=failed, reason=reason)
        tables = check._tables(conn)
        if "schema_migrations" not in tables:
            raise Refused("backup_unusable", f"{path}: not a frontdesk backup (no schema record)",
                          path=str(path), failed="schema", reason="no schema record")
        version = found["schema_version"]
        if version > LATEST:
            raise Refused("backup_unusable", f"{path}: made by a newer frontdesk (schema {version}, this program "
                          f"knows {LATEST}); install a newer frontdesk first", path=str(path), failed="schema",
                          reason=f"schema {version} > {LATEST}")
        centre = _centre(conn, tables)
        if not centre:
            raise Refused("backup_unusable", f"{path}: holds no centre (no centre name or no admin); it cannot "
                          "be worked in", path=str(path), failed="centre", reason="no centre")
        tickets = conn.execute("SELECT count(*) FROM tickets").fetchone()[0] if "tickets" in tables else 0
    except sqlite3.DatabaseError as exc:
        raise Refused("backup_unusable", f"{path}: damaged ({exc}); choose another backup", path=str(path),
                      failed="integrity", reason=str(exc)) from None
    finally:
        conn.close()
    m = NAME.match(path.name)
    at = dt.datetime.strptime(m["stamp"], "%Y%m%d-%H%M%S") if m else dt.datetime.fromtimestamp(path.stat().st_mtime)
    return {"path": str(path), "centre": centre, "schema_version": version, "tickets": tickets, "at": at}


def _centre(conn: sqlite3.Connection, tables: set[str]) -> str | None:
    import json
    if not {"settings", "staff"} <= tables:
        return None
    row = conn.execute("SELECT value FROM settings WHERE key = 'centre_name'").fetchone()
    admin = conn.execute("SELECT 1 FROM staff WHERE role = 'admin' AND active = 1 AND deleted_at IS NULL").fetchone()
    name = json.loads(row[0]) if row and row[0] else ""
    return name if name and admin else None


def keep_aside(db_path: str | Path, target: str | Path, kind: str = "before-restore") -> Path | None:
    """Copy the current file aside (SQLite's backup; a damaged file is moved whole with its -wal) under a
    name no earlier copy has. The caller holds no connection to db_path in this process."""
    db_path = Path(db_path)
    if not db_path.exists():
        return None
    partial, final = _claim(_ready(Path(target)), kind)
    partial.unlink(missing_ok=True)
    if kind == "before-restore":
        try:
            live, copy = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True), sqlite3.connect(str(final))
            try:
                live.backup(copy)
                copy.execute("PRAGMA journal_mode = DELETE")
            finally:
                copy.close()
                live.close()
            return final
        except sqlite3.DatabaseError:
            final.unlink(missing_ok=True)
            final = final.with_name(final.name.replace("before-restore", "damaged", 1))
    for suffix in ("-wal", "-shm", "-journal"):            # damaged: move the files themselves
        side = Path(str(db_path) + suffix)
        if side.exists():
            os.replace(side, Path(str(final) + suffix))
    os.replace(db_path, final)
    return final


def restore(backup_file: str | Path, db_path: str | Path, *, actor: dict | None = None,
            target: str | Path | None = None) -> dict:
    """Replace the database with a checked backup: the current file kept aside first, the act audited in the
    restored data. {db, kept_aside, backup}. No connection to db_path may be open in this process."""
    require(actor, "restore")
    info = inspect(backup_file)
    db_path = Path(db_path)
    if db_path.exists() and db_path.resolve() == Path(backup_file).resolve():
        raise Refused("usage", f"{backup_file}: that is the database itself, not a backup")
    aside_folder = Path(target) if target else default_folder(db_path)
    damaged = check.known_damage(db_path)
    counters = _counters(db_path)
    aside = keep_aside(db_path, aside_folder, "damaged" if damaged else "before-restore")
    src = sqlite3.connect(f"file:{backup_file}?mode=ro", uri=True)
    try:
        try:
            dest = sqlite3.connect(str(db_path), timeout=10)
            try:
                src.backup(dest)
            finally:
                dest.close()
        except sqlite3.DatabaseError:                        # the live file was unreadable: start afresh
            moved = keep_aside(db_path, aside_folder, "damaged") if db_path.exists() else None
            aside = aside or moved
            dest = sqlite3.connect(str(db_path))
            try:
                src.backup(dest)
            finally:
                dest.close()
    finally:
        src.close()
    check.clear_damaged(db_path)
    from .db import connect
    db = connect(db_path)
    try:
        if "attachments" in db.table_names():        # files the restored rows name, from the backup's mirror
            from . import attachments
            attachments.restore_from(db, Path(backup_file).parent / "attachments")
        with writing(db):
            _carry(db, counters)
            audit.record(db, actor, "restore", "", None, backup=str(Path(backup_file).resolve()),
                         kept_aside=str(aside) if aside else None, backup_at=info["at"].isoformat())
    finally:
        db.close()
    rotate(aside_folder)
    log.info("restored %s over %s; the previous file kept aside as %s", backup_file, db_path, aside)
    return {"db": str(db_path), "kept_aside": str(aside) if aside else None, "backup": info}


SYNC_COUNTERS = ("counter", "next_seq")


def _counters(db_path: Path) -> dict:
    """The live file's sync counters (when it reads): a restore must never hand out a change or bundle
    number twice, or head office would skip the changes made after it."""
    if not db_path.exists():
        return {}
    try:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        try:
            row = conn.execute(f"SELECT {', '.join(SYNC_COUNTERS)} FROM sync_local WHERE id = 1").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return {}
    return dict(zip(SYNC_COUNTERS, row)) if row else {}


def _carry(db: sqlite_utils.Database, counters: dict) -> None:
    if counters and "sync_local" in db.table_names():
        db.execute("UPDATE sync_local SET counter = max(counter, ?), next_seq = max(next_seq, ?) WHERE id = 1",
                   [counters["counter"], counters["next_seq"]])


def newest_good(target: str | Path) -> dict | None:
    """The newest copy in the folder that passes restore's checks (for the recovery window)."""
    for c in copies(target):
        try:
            return {**inspect(c["path"]), "reason": c["reason"]}
        except Refused:
            continue
    return None
