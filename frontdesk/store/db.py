"""Opening a centre's database: location, pragmas, migrations (after a backup), time helpers."""
from __future__ import annotations

import datetime as dt
import os
import sqlite3
import uuid
from pathlib import Path

import sqlite_utils

from frontdesk.core.errors import Refused

APP_NAME = "frontdesk"


class DatabaseTooNew(Refused):
    def __init__(self, path, found: int, known: int):
        super().__init__("db_too_new", f"{path}: the database is at schema version {found}, newer than this "
                         f"program knows ({known}); install a newer frontdesk", found=found, known=known)


class DatabaseDamaged(Refused):
    def __init__(self, path, reason: str):
        super().__init__("db_damaged", f"{path}: not a frontdesk database, or damaged ({reason}); "
                         "restore a backup with 'frontdesk restore BACKUP'", reason=reason)


def default_path() -> Path:
    """The platform's per-user data folder, unless FRONTDESK_DB says otherwise."""
    env = os.environ.get("FRONTDESK_DB")
    if env:
        return Path(env)
    from platformdirs import user_data_dir
    return Path(user_data_dir(APP_NAME, appauthor=False)) / "centre.db"


def connect(path: str | Path, *, migrate: bool = True, backup_first: bool = True) -> sqlite_utils.Database:
    """Open (creating if needed) and bring the schema up to date. The Database belongs to this thread."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), timeout=10, isolation_level=None, check_same_thread=True)
    try:
        conn.execute("PRAGMA busy_timeout = 10000")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")      # a register must survive a power cut
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise DatabaseDamaged(path, str(exc)) from None
    # no plugins: sqlite-utils would scan every installed package's entry points at the first open (11 ms)
    db = sqlite_utils.Database(conn, execute_plugins=False)
    if migrate:
        from . import migrations
        migrations.upgrade(db, path, backup_first=backup_first)
    return db


def now_utc() -> str:
    """Sync timestamps: UTC ISO-8601 with Z."""
    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def local_now() -> dt.datetime:
    """The desk's clock (local, naive, to the second). FRONTDESK_NOW fixes it for tests and demos."""
    fixed = os.environ.get("FRONTDESK_NOW")
    if fixed:
        return dt.datetime.fromisoformat(fixed)
    return dt.datetime.now().replace(microsecond=0)


def iso(moment: dt.datetime | None) -> str | None:
    return moment.replace(microsecond=0).isoformat() if moment else None


def parse(text: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text) if text else None


def new_id() -> str:
    return str(uuid.uuid4())


def terminal_id(db: sqlite_utils.Database) -> str:
    from .settings import get
    return get(db, "terminal_id") or "T1"


def sync_columns(db: sqlite_utils.Database, *, created: str | None = None) -> dict:
    """The columns every synced row carries (docs/architecture.md, Data) for a new row."""
    stamp = created or now_utc()
    return {"id": new_id(), "created_at": stamp, "updated_at": stamp, "origin": terminal_id(db), "version": 1}


def touch(db: sqlite_utils.Database) -> dict:
    """Columns to set on an update of a synced row (version is bumped in SQL)."""
    return {"updated_at": now_utc(), "origin": terminal_id(db)}
