"""`frontdesk check`: integrity, foreign keys, schema version."""
from __future__ import annotations

import sqlite_utils

from .migrations import LATEST, current_version


def check(db: sqlite_utils.Database) -> dict:
    integrity = [r[0] for r in db.execute("PRAGMA integrity_check").fetchall()]
    fk = [dict(table=r[0], rowid=r[1], parent=r[2]) for r in db.execute("PRAGMA foreign_key_check").fetchall()]
    version = current_version(db)
    ok = integrity == ["ok"] and not fk and version <= LATEST
    warnings = []
    if version < LATEST:
        warnings.append(f"schema version {version} is upgraded to {LATEST} (after a backup) when the program next opens it")
    if ok and "holidays" in db.table_names():
        from .settings import calendar_gaps
        warnings += [f"no holiday table for {y}: deadlines count only weekends until the admin enters it "
                     "(设置 → 节假日)" for y in calendar_gaps(db)]
    return {"ok": ok, "integrity": integrity, "foreign_key_errors": fk[:50],
            "foreign_key_error_count": len(fk), "schema_version": version, "schema_latest": LATEST,
            "warnings": warnings}
