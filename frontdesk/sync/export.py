"""`sync export`: one bundle holding what changed since this terminal's last export (or everything)."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import sqlite_utils

from frontdesk.store import audit, changes, settings
from frontdesk.store.db import now_utc
from frontdesk.store.tx import writing

from . import files as attached
from .bundle import write_bundle
from .identity import ensure_centre, instance, letter, reserve_terminal


@dataclass
class Exported:
    path: Path | None                      # None: nothing changed, nothing written
    seq: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    files: int = 0


def export(db: sqlite_utils.Database, dest: Path | str, *, actor: dict | None = None, full: bool = False,
           progress: Callable[[str, int], None] | None = None) -> Exported:
    """Write one bundle in dest; when nothing changed since the last export (and not full), write nothing.

    progress(table, rows) may raise to cancel; a cancelled export leaves no folder and exports again next time."""
    dest = Path(dest)
    loc = ensure_centre(db)
    start = loc["exported_to"]
    with writing(db):
        if not full and not _changed_since(db, start):
            return Exported(None)
        seq = db.execute("SELECT next_seq FROM sync_local WHERE id = 1").fetchone()[0]
        db.execute("UPDATE sync_local SET next_seq = next_seq + 1 WHERE id = 1")
        join = reserve_terminal(db) if full else None
        audit.record(db, actor, "sync_export", "sync_local", None, seq=seq, full=full, to=str(dest))
    fields = {"kind": "full" if full else "changes", "centre_id": loc["centre_id"],
              "centre_name": settings.get(db, "centre_name") or "", "terminal_id": loc["terminal_id"],
              "terminal_letter": letter(db), "instance": instance(db), "seq": seq}
    if join:
        fields["join"] = join
    counts: dict[str, int] = {}
    db.conn.execute("BEGIN")                  # one snapshot for the counter and every table
    try:
        top = changes.counter(db)
        fields["changes"] = {"from": 0 if full else start, "to": top}
        tables: dict = {}
        shas: set[str] = set()
        for t in changes.synced_tables(db):
            cols = changes.synced_columns(db, t)
            lo = -1 if full else start
            rows = db.execute(f"SELECT {', '.join(cols)} FROM {t['name']} "
                              f"WHERE change_seq > ? AND change_seq <= ? ORDER BY change_seq", [lo, top])
            if t["name"] == "settings":
                rows = _shared_settings(rows, cols.index("key"))
            if t["files_column"]:
                rows = _collect(rows, cols.index(t["files_column"]), shas)
            tables[t["name"]] = (cols, _count(rows, t["name"], counts))
        path = write_bundle(dest, fields, tables, _LazyFiles(db, shas), bytes(loc["centre_key"]), progress=progress)
    except BaseException:
        db.conn.execute("COMMIT")
        if join:                              # the letter reserved for a bundle never written is free again
            with writing(db):
                db.execute("DELETE FROM terminals WHERE id = ? AND joined_at IS NULL", [join["terminal_id"]])
        raise
    db.conn.execute("COMMIT")
    with writing(db):
        if not full:
            db.execute("UPDATE sync_local SET exported_to = ? WHERE id = 1 AND exported_to < ?", [top, top])
        db.execute("UPDATE sync_local SET last_export_at = ? WHERE id = 1", [now_utc()])
    return Exported(path, seq, {k: v for k, v in counts.items() if v}, len(shas))


def _changed_since(db, start: int) -> bool:
    for t in changes.synced_tables(db):
        q = f"SELECT 1 FROM {t['name']} WHERE change_seq > ?"
        if t["name"] == "settings":
            keys = [r[0] for r in db.execute("SELECT key FROM settings WHERE change_seq > ?", [start])]
            if any(not changes.is_local_setting(k) for k in keys):
                return True
            continue
        if db.execute(q + " LIMIT 1", [start]).fetchone():
            return True
    return False


def _shared_settings(rows, index):
    for r in rows:
        if not changes.is_local_setting(r[index]):
            yield r


def _count(rows, name, counts):
    counts[name] = 0
    for r in rows:
        counts[name] += 1
        yield r


def _collect(rows, index, shas: set):
    for r in rows:
        if r[index]:
            shas.add(r[index])
        yield r


class _LazyFiles(dict):
    """The attached files, resolved after the tables were written (their names are collected on the way)."""

    def __init__(self, db, shas):
        super().__init__()
        self.db, self.shas = db, shas

    def items(self):
        for sha in sorted(self.shas):
            path = attached.locate(self.db, sha)
            if path is not None:
                yield sha, path

    def __bool__(self):
        return bool(self.shas)
