"""Terminals of one centre on real temporary databases, and a digest of everything a database holds."""
from __future__ import annotations

import hashlib

import pytest

from frontdesk.store import changes
from frontdesk.store.db import connect
from frontdesk.sync.bundle import format_key
from frontdesk.sync.export import export
from frontdesk.sync.join import join

#: Bookkeeping that may differ between terminals holding the same data.
LOCAL_TABLES = {"sync_local", "sync_received", "sync_conflicts", "schema_migrations", "ticket_seq",
                "sqlite_sequence", "search_keys", "search_text"}


def digest(db) -> str:
    """SHA-256 of every row of every table (the whole database, bookkeeping included)."""
    h = hashlib.sha256()
    for line in db.conn.iterdump():
        h.update(line.encode())
    return h.hexdigest()


def shared_rows(db) -> dict:
    """Every synced row as it travels (no change counter), to compare terminals row by row."""
    out = {}
    for t in changes.synced_tables(db):
        cols = [c for c in changes.synced_columns(db, t) if c != "vv"]
        where = " WHERE action != 'sync_import'" if t["name"] == "audit" else ""   # each audits its own imports
        rows = db.execute(f"SELECT {', '.join(cols)} FROM {t['name']}{where} ORDER BY {t['key_column']}").fetchall()
        if t["name"] == "settings":
            rows = [r for r in rows if not changes.is_local_setting(r[0])]
        out[t["name"]] = rows
    return out


def join_new(tmp_path, first, name: str):
    """A new terminal joined from a full bundle of `first`."""
    b = export(first, tmp_path / f"to-{name}", full=True)
    (tmp_path / name).mkdir(exist_ok=True)
    db = connect(tmp_path / name / f"{name}.db")
    join(db, b.path, format_key(bytes(changes.local(first)["centre_key"])))
    return db


@pytest.fixture
def pair(centre, tmp_path):
    """Terminal A (the small centre of tests/conftest.py) and B, joined from A's full bundle."""
    from frontdesk.sync.apply import import_path
    a = centre["db"]
    b = join_new(tmp_path, a, "b")
    import_path(a, export(b, tmp_path / "hello").path)      # A learns that B has joined
    yield centre, a, b
    b.close()
