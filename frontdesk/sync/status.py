"""What the dashboard and the 同步 page say about sync: this terminal, last export and import, conflicts."""
from __future__ import annotations

import sqlite_utils

from frontdesk.store import changes


def status(db: sqlite_utils.Database) -> dict:
    loc = changes.local(db)
    letter = db.execute("SELECT value FROM settings WHERE key = 'terminal_letter'").fetchone()
    return {"centre_id": loc["centre_id"], "terminal_id": loc["terminal_id"],
            "terminal_letter": (letter[0] or '""').strip('"') if letter else "",
            "last_export_at": loc["last_export_at"], "last_import_at": loc["last_import_at"],
            "bundles_written": loc["next_seq"] - 1,
            "bundles_applied": db.execute("SELECT count(*) FROM sync_received").fetchone()[0],
            "conflicts_waiting": db.execute("SELECT count(*) FROM sync_conflicts WHERE settled_at IS NULL")
            .fetchone()[0],
            "head_office_trusted": bool(loc["hq_key"])}
