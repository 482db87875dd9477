"""Opening a centre's database: location, pragmas, migrations (after a backup), time helpers."""
from __future__ import annotations

import datetime as dt
import os
import sqlite3
import uuid
from pathlib import Path

import sqlite_utils

from frontdesk.core.errors import Invalid, Refused

APP_NAME = "frontdesk"


class DatabaseTooNew(Refused):
    def __init__(self, path, found: int, known: int):
        super().__init__("db_too_new", f"{path}: the database is at schema version {found}, newer than this "
                         f"program knows ({known}); install a newer frontdesk", found=found, known=known)


class DatabaseDamaged(Refused):
    def __init__(self, path, reason: str):
        super().__init__("db_damaged", f"{path}: not a frontdesk database, or damaged ({reason}); "
                         "restore a backup with 'frontdesk restore BACKUP'", reason=reason)


class DiskFull(Refused):
    """The disk under the database (or a file being written) has no room left: nothing is damaged or lost."""

    def __init__(self, path, free: int | None = None):
        folder = Path(path).parent
        super().__init__("disk_full", f"the disk holding {folder} is full ({_size(free)} free): nothing was saved "
                         "by this action and nothing saved before is lost or damaged; free some space on that disk "
                         "and try again", path=str(path), folder=str(folder), free=free)


def in_parts(values, size: int = 500):
    """The values in parts of at most `size`, each with its placeholders for one `IN (...)`: (part, "?, ?, …")
    (a statement binds a bounded number of values)."""
    values = list(values)
    for i in range(0, len(values), size):
        part = values[i:i + size]
        yield part, ", ".join("?" * len(part))


def empty_file(path: Path) -> bool:
    """An empty file (a zero-byte file made by hand or by a failed copy) is no centre: opening it would make a
    new empty one in its place. Zero bytes with a write-ahead log holding pages is a centre not yet
    checkpointed, and is opened."""
    try:
        return path.stat().st_size == 0 and not (path.with_name(path.name + "-wal").is_file()
                                                 and path.with_name(path.name + "-wal").stat().st_size > 0)
    except OSError:
        return False


class NoDatabase(Refused):
    """A command other than init and demo was pointed at a database file that does not exist (or is empty)."""

    def __init__(self, path):
        path = Path(path)
        what = ("is a folder, not a database file" if path.is_dir() else
                "is an empty file, not a centre's database" if path.is_file() else "no such database file")
        super().__init__("no_database", f"db: {path}: {what}; only 'frontdesk init' or 'frontdesk demo' create a "
                         "centre (check --db or FRONTDESK_DB)", field="db", path=str(path))


#: Below this much free space an SQLite I/O error on the disk is a full disk (SQLite needs pages, not bytes).
LOW_SPACE = 1 << 20


def _size(free: int | None) -> str:
    if free is None:
        return "no space"
    return f"{free} bytes" if free < 1024 else f"{free // 1024} KiB"


def free_space(path: str | Path) -> int | None:
    """Bytes free to this user on the disk holding path (its nearest existing folder), None if unknown."""
    import shutil
    folder = Path(path)
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    try:
        return shutil.disk_usage(folder if folder.is_dir() else folder.parent).free
    except OSError:
        return None


def storage_refusal(path: str | Path, exc: BaseException) -> Refused | None:
    """The storage problem behind an SQLite or OS error as a refusal (a full disk said as a full disk), or None.

    SQLite reports a full disk as SQLITE_FULL, but while it opens the WAL index it says only "disk I/O error":
    that too is a full disk when the folder has (next to) no room left."""
    import errno
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFull(exc.filename or path, free_space(exc.filename or path))
    if isinstance(exc, sqlite3.Error):
        text = str(exc).lower()
        code = getattr(exc, "sqlite_errorcode", None)
        full = code == sqlite3.SQLITE_FULL if code is not None else "disk is full" in text
        if full or "disk is full" in text:
            return DiskFull(path, free_space(path))
        if code is not None and code & 0xFF == sqlite3.SQLITE_IOERR or "disk i/o error" in text:
            free = free_space(path)
            if free is not None and free < LOW_SPACE:
                return DiskFull(path, free)
        if code is not None and code & 0xFF in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB) \
                or "malformed" in text or "not a database" in text:
            from .check import mark_damaged                 # every later write is refused until a restore
            mark_damaged(path, "integrity", str(exc))
            return DatabaseDamaged(path, str(exc))
    return None


#: The databases this process has opened. SQLite's locks are POSIX advisory locks, which belong to the process:
#: opening and closing any descriptor of one of these files (or its -wal, -shm, -journal) outside SQLite drops
#: them all and lets another process corrupt the database. So nothing of ours ever reads or writes them as files.
_OPENED: set[str] = set()
_SIDECARS = ("", "-wal", "-shm", "-journal")


def is_live(path: str | Path) -> bool:
    """True when `path` is a database this process has open, or one of its -wal, -shm or -journal files."""
    try:
        real = str(Path(path).resolve())
    except (OSError, RuntimeError):
        return False
    return any(real == live + suffix for live in _OPENED for suffix in _SIDECARS)


def refuse_live(path: str | Path, field: str = "file") -> None:
    """Refuse (naming the field) a file to read or write that is the centre's open database or one of its files."""
    if is_live(path):
        raise Invalid(field, f"{path} is the centre's own database (or one of its files), open in this program; "
                      "reading or writing it as a file would break the database's locks and damage it: choose "
                      "another file", path=str(path))


def default_path() -> Path:
    """The platform's per-user data folder, unless FRONTDESK_DB says otherwise."""
    env = os.environ.get("FRONTDESK_DB")
    if env:
        return Path(env)
    from platformdirs import user_data_dir
    return Path(user_data_dir(APP_NAME, appauthor=False)) / "centre.db"


def connect(path: str | Path, *, migrate: bool = True, backup_first: bool = True,
            create: bool = True) -> sqlite_utils.Database:
    """Open (creating if needed, unless create=False) and bring the schema up to date.
    The Database belongs to this thread."""
    path = Path(path)
    if not create and (not path.is_file() or empty_file(path)):
        raise NoDatabase(path)
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
        raise storage_refusal(path, exc) or DatabaseDamaged(path, str(exc)) from None
    # no plugins: sqlite-utils would scan every installed package's entry points at the first open (11 ms)
    _OPENED.add(str(path.resolve()))
    db = sqlite_utils.Database(conn, execute_plugins=False)
    if migrate:
        from . import migrations
        try:
            migrations.upgrade(db, path, backup_first=backup_first)
        except (sqlite3.Error, OSError) as exc:
            conn.close()
            refusal = storage_refusal(path, exc)
            if refusal is None:
                raise
            raise refusal from None
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


def insert(db: sqlite_utils.Database, table: str, row: dict) -> None:
    """One row by a plain INSERT of its keys (the hot writes: sqlite-utils' insert reads the schema each time)."""
    db.execute(f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", list(row.values()))


def touch(db: sqlite_utils.Database) -> dict:
    """Columns to set on an update of a synced row (version is bumped in SQL)."""
    return {"updated_at": now_utc(), "origin": terminal_id(db)}
