"""Numbered schema migrations (docs/architecture.md, "Adding a migration"): never edited once released; each
runs in one transaction with its record; a database newer than the program is refused; a backup is taken first.

The numbers are unique, not contiguous. There is no 003: numbers are handed out to pieces of work before they
start, and the one that held 003 (built beside printing's m002 and reports' m004 for the first release) shipped
no schema change, so no released program had an m003 and no database recorded version 3. Later gaps (008–011
beside m012) are the same: numbers given to parallel work. A number is never reused or filled in afterwards:
upgrade() applies, in order, every step above the version a database recorded, so a gap costs nothing, while a
step slipped in below a database's version would silently never run there.
"""
from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path
from typing import Callable

import sqlite_utils

from ..tx import writing


def _steps() -> list[tuple[int, str, Callable[[sqlite_utils.Database], None]]]:
    out = []
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("m") and info.name[1:4].isdigit():
            mod = importlib.import_module(f"{__name__}.{info.name}")
            out.append((int(info.name[1:4]), info.name[5:], mod.apply))
    return sorted(out)


STEPS = _steps()
LATEST = STEPS[-1][0] if STEPS else 0


def current_version(db: sqlite_utils.Database) -> int:
    if "schema_migrations" not in db.table_names():
        return 0
    row = db.execute("SELECT max(version) FROM schema_migrations").fetchone()
    return row[0] or 0


def upgrade(db: sqlite_utils.Database, path: Path | None = None, *, backup_first: bool = True,
            target: int | None = None) -> list[int]:
    """Apply the missing migrations up to `target` (default: all); return the versions applied."""
    from ..db import DatabaseTooNew, now_utc
    target = LATEST if target is None else target
    found = current_version(db)
    if found > LATEST:
        raise DatabaseTooNew(path, found, LATEST)
    # every step not yet recorded, not only those above the highest: steps written side by side may land in any
    # order of numbers, and a database made between two landings must still get the lower one
    applied = {r[0] for r in db.execute("SELECT version FROM schema_migrations")} if found else set()
    todo = [s for s in STEPS if s[0] not in applied and s[0] <= target]
    if not todo:
        return []
    if backup_first and found > 0 and path is not None:
        from ..backup import before_migration
        before_migration(db, path, todo[0][0])          # a damaged database is refused: nothing migrates
    done = []
    for version, name, apply in todo:
        with writing(db):
            db.execute("CREATE TABLE IF NOT EXISTS schema_migrations "
                       "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")
            apply(db)
            db.execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                       [version, name, now_utc()])
        done.append(version)
    return done
