"""Backups with SQLite's online backup API, rotating old copies."""
from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import sqlite_utils

KEEP = 10


def backup(db: sqlite_utils.Database, folder: str | Path, *, reason: str = "manual", keep: int = KEEP) -> Path:
    """Copy the live database (consistent, even while others write) into folder; keep the newest `keep`."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"frontdesk-{stamp}-{reason}.db"
    dest = sqlite3.connect(str(target))
    try:
        db.conn.backup(dest)
    finally:
        dest.close()
    copies = sorted(folder.glob("frontdesk-*.db"))
    for old in copies[:-keep] if keep > 0 else []:
        old.unlink(missing_ok=True)
    return target


def default_folder(db_path: str | Path) -> Path:
    return Path(db_path).parent / "backups"


def restore(backup_file: str | Path, db_path: str | Path) -> Path:
    """Replace the database with a sound frontdesk backup, keeping the current file aside first."""
    from frontdesk.core.errors import Refused
    from .db import DatabaseDamaged
    backup_file, db_path = Path(backup_file), Path(db_path)
    if not backup_file.is_file():
        raise Refused("missing", f"{backup_file}: no such backup file")
    src = sqlite3.connect(f"file:{backup_file}?mode=ro", uri=True)
    try:
        try:
            ok = src.execute("PRAGMA integrity_check").fetchone()[0]
            known = src.execute("SELECT 1 FROM sqlite_master WHERE name = 'schema_migrations'").fetchone()
        except sqlite3.DatabaseError as exc:
            raise DatabaseDamaged(backup_file, str(exc)) from None
        if ok != "ok":
            raise DatabaseDamaged(backup_file, ok)
        if not known:
            raise Refused("not_frontdesk", f"{backup_file}: not a frontdesk backup (no schema record)")
        if db_path.exists():
            aside = default_folder(db_path) / f"before-restore-{dt.datetime.now():%Y%m%d-%H%M%S}.db"
            aside.parent.mkdir(parents=True, exist_ok=True)
            live, keep = sqlite3.connect(str(db_path)), sqlite3.connect(str(aside))
            try:
                live.backup(keep)
            finally:
                keep.close()
                live.close()
        dest = sqlite3.connect(str(db_path))
        try:
            src.backup(dest)
        finally:
            dest.close()
    finally:
        src.close()
    return db_path
