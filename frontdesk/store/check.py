"""`frontdesk check` and the start-up check: which check failed, never a traceback; a database found damaged
is marked (a `NAME.damaged` file beside it) and writes to it are refused until it is restored or checks sound.

The marker is a separate file: nothing here opens the database file itself outside SQLite (POSIX locks)."""
from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from pathlib import Path

import sqlite_utils

from frontdesk.core.errors import Refused

from .migrations import LATEST, current_version

MARK_SUFFIX = ".damaged"


def marker(db_path: str | Path) -> Path:
    return Path(str(db_path) + MARK_SUFFIX)


def known_damage(db_path: str | Path) -> dict | None:
    """What an earlier check found wrong with this database ({failed, reason, at}), or None."""
    path = marker(db_path)
    if not path.exists():
        return None
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"failed": "integrity", "reason": "marked damaged", "at": ""}


def mark_damaged(db_path: str | Path, failed: str, reason: str) -> None:
    found = {"failed": failed, "reason": reason, "at": dt.datetime.now().isoformat(timespec="seconds")}
    try:
        marker(db_path).write_text(json.dumps(found, ensure_ascii=False), encoding="utf-8")
    except OSError:
        pass                                    # a read-only folder: the refusal still says it at once


def clear_damaged(db_path: str | Path) -> None:
    marker(db_path).unlink(missing_ok=True)


def main_file(db: sqlite_utils.Database) -> str:
    """The path of the database's main file ('' in memory), cached on the Database object."""
    path = getattr(db, "_frontdesk_path", None)
    if path is None:
        row = next((r for r in db.conn.execute("PRAGMA database_list") if r[1] == "main"), None)
        path = (row[2] or "") if row else ""
        try:
            db._frontdesk_path = path  # type: ignore[attr-defined]
        except AttributeError:
            pass
    return path


class DamagedWrite(Refused):
    def __init__(self, path: str, found: dict):
        super().__init__("db_known_damaged", f"{path}: this database was found damaged ({found.get('failed')}: "
                         f"{found.get('reason')}); nothing was written. An admin restores the newest good backup "
                         "(设置 → 备份, or 'frontdesk restore BACKUP')", path=path, **found)


def refuse_if_damaged(db: sqlite_utils.Database) -> None:
    """Called before every write transaction: a database known to be damaged takes no more writes."""
    path = main_file(db)
    if path and os.path.exists(path + MARK_SUFFIX):
        raise DamagedWrite(path, known_damage(path) or {})


#: What every screen reads first, checked before the login (about 30 ms on a 290 MB centre); the whole file is
#: quick-checked off the GUI thread once the window is up (about 0.9 s), and integrity-checked by each backup.
CORE_TABLES = ("schema_migrations", "settings", "staff", "units", "people", "phones", "occupancies")


def _integrity(conn: sqlite3.Connection, quick: bool, tables: tuple[str, ...] | None) -> list[str]:
    pragma = "quick_check" if quick else "integrity_check"
    if not tables:
        return [r[0] for r in conn.execute(f"PRAGMA {pragma}")]
    present = _tables(conn)
    found = [r[0] for t in tables if t in present for r in conn.execute(f"PRAGMA {pragma}('{t}')")]
    problems = [f for f in found if f != "ok"]
    return problems or ["ok"]


def _steps(conn: sqlite3.Connection, *, quick: bool, tables: tuple[str, ...] | None = None
           ) -> tuple[str | None, str, dict]:
    """Run the checks in order; (the first that failed or None, its reason, what was found)."""
    found: dict = {"integrity": [], "foreign_key_errors": [], "foreign_key_error_count": 0, "schema_version": None}
    step = "open"
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        step = "integrity"
        found["integrity"] = _integrity(conn, quick, tables)
        if found["integrity"] != ["ok"]:
            return step, "; ".join(found["integrity"][:3]), found
        step = "schema"
        db = sqlite_utils.Database(conn)
        found["schema_version"] = version = current_version(db)
        if version > LATEST:
            return step, f"schema version {version} is newer than this program knows ({LATEST})", found
        if quick:
            return None, "", found
        step = "foreign_keys"
        fk = [dict(table=r[0], rowid=r[1], parent=r[2]) for r in conn.execute("PRAGMA foreign_key_check")]
        found["foreign_key_errors"], found["foreign_key_error_count"] = fk[:50], len(fk)
        if fk:
            return step, f"{len(fk)} row(s) point at missing rows (first: {fk[0]['table']} row {fk[0]['rowid']})", found
    except sqlite3.DatabaseError as exc:
        return step, str(exc), found
    return None, "", found


def check_file(db_path: str | Path, *, quick: bool = False, tables: tuple[str, ...] | None = None) -> dict:
    """Open the file read-only and run the checks (quick_check, or only `tables`); marks the damage marker on
    failure, clears it when the whole file checks sound. Never raises for damage."""
    db_path = Path(db_path)
    if not db_path.is_file():
        raise Refused("missing", f"{db_path}: no such database")
    try:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=10)
    except sqlite3.Error as exc:
        return _result(db_path, "open", str(exc), {"integrity": [], "foreign_key_errors": [],
                                                   "foreign_key_error_count": 0, "schema_version": None})
    try:
        conn.execute("PRAGMA busy_timeout = 10000")
        failed, reason, found = _steps(conn, quick=quick, tables=tables)
        result = _result(db_path, failed, reason, found, partial=bool(tables))
        if failed is None and not quick and "holidays" in _tables(conn):
            from .settings import calendar_gaps
            result["warnings"] += [f"no holiday table for {y}: deadlines count only weekends until the admin "
                                   "enters it (设置 → 节假日)" for y in calendar_gaps(sqlite_utils.Database(conn))]
        return result
    finally:
        conn.close()


def _tables(conn) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _result(db_path: Path, failed: str | None, reason: str, found: dict, partial: bool = False) -> dict:
    version = found.get("schema_version")
    warnings = []
    if failed is None and version is not None and version < LATEST:
        warnings.append(f"schema version {version} is upgraded to {LATEST} (after a backup) when the program "
                        "next opens it")
    if failed in ("open", "integrity"):
        mark_damaged(db_path, failed, reason)
    elif failed is None and not partial:
        clear_damaged(db_path)
    return {"ok": failed is None, "failed": failed, "reason": reason, **found, "schema_latest": LATEST,
            "warnings": warnings, "path": str(db_path)}


def check(db: sqlite_utils.Database) -> dict:
    """The full check of an open database (the file behind it, when there is one)."""
    path = main_file(db)
    if path:
        return check_file(path)
    failed, reason, found = _steps(db.conn, quick=False)
    return {"ok": failed is None, "failed": failed, "reason": reason, **found, "schema_latest": LATEST,
            "warnings": []}


def startup_problem(db_path: str | Path, *, whole: bool = False) -> dict | None:
    """The quick check at start (the core tables, or the whole file): None when sound (or not made yet), else
    {failed, reason}."""
    db_path = Path(db_path)
    if not db_path.exists():
        return None
    known = known_damage(db_path)
    if known:
        return known
    result = check_file(db_path, quick=True, tables=None if whole else CORE_TABLES)
    return None if result["ok"] else {"failed": result["failed"], "reason": result["reason"]}
