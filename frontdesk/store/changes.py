"""The change counter and the list of synced tables (docs/bundle-format.md, "Synced tables").

Every write to a synced table is stamped by SQLite triggers, so no other code has to remember it:
- `change_seq` = the next number of this terminal's counter (`sync_local.counter`), never a clock;
- `vv` (mutable tables only) = the row's version vector, JSON {terminal_id: writes by that terminal}:
  a local write adds one for this terminal. Import compares vectors to tell "newer" from "both changed".

A migration that adds a synced table calls, after its CREATE TABLE:

    from frontdesk.store.changes import register_synced_table
    register_synced_table(db, "inspections")                       # mutable rows (id, version, deleted_at...)
    register_synced_table(db, "inspection_results", append_only=True)  # union by id, never updated
    register_synced_table(db, "attachments", files_column="sha256")    # rows naming a file (travels beside)

and again (it is idempotent) after adding columns to a table registered with `local_columns`.
Parents before children: import applies tables in registration order.
While an import applies rows it sets `sync_local.applying = 1`; the triggers then leave stamps alone.
A bulk write of many new rows (the owner import) stamps them itself with `BulkStamps`: the same numbers and
vectors the insert triggers would give, the counter moved once for the batch.
"""
from __future__ import annotations

import json
import re
import secrets
import sqlite3

import sqlite_utils

#: Settings that describe this terminal or this desk, never sent to another terminal.
LOCAL_SETTINGS = {"terminal_id", "terminal_letter", "language", "font_path", "idle_lock_minutes",
                  "demo_accounts", "sync_folder", "sync_every_minutes", "window_state"}
LOCAL_SETTING_PREFIXES = ("local.", "sync_", "ui.")

_NAME = re.compile(r"[a-z_][a-z0-9_]*")


def ensure_schema(db: sqlite_utils.Database) -> None:
    """The counter, the registry and this terminal's identity (migration 005)."""
    db.execute("""CREATE TABLE IF NOT EXISTS sync_local (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        terminal_id TEXT NOT NULL,
        counter INTEGER NOT NULL DEFAULT 0,
        applying INTEGER NOT NULL DEFAULT 0,
        centre_id TEXT,
        centre_key BLOB,                 -- never exported, never logged
        hq_id TEXT,
        hq_key BLOB,
        next_seq INTEGER NOT NULL DEFAULT 1,
        exported_to INTEGER NOT NULL DEFAULT 0,
        last_export_at TEXT,
        last_import_at TEXT)""")
    db.execute("""CREATE TABLE IF NOT EXISTS sync_tables (
        name TEXT PRIMARY KEY,
        ord INTEGER NOT NULL,
        key_column TEXT NOT NULL DEFAULT 'id',
        append_only INTEGER NOT NULL DEFAULT 0,
        local_columns TEXT NOT NULL DEFAULT '[]',
        files_column TEXT)""")
    if db.execute("SELECT 1 FROM sync_local").fetchone() is None:
        from .db import new_id
        tid = None
        if "settings" in db.table_names():
            row = db.execute("SELECT value FROM settings WHERE key = 'terminal_id'").fetchone()
            tid = json.loads(row[0]) if row and row[0] else None
        if not tid or tid == "T1":
            tid = new_id()
        db.execute("INSERT INTO sync_local (id, terminal_id) VALUES (1, ?)", [tid])


def register_synced_table(db: sqlite_utils.Database, table: str, *, key: str = "id", append_only: bool = False,
                          local_columns: tuple[str, ...] = (), files_column: str | None = None) -> None:
    """Make `table` travel in bundles: add change_seq (and vv), its index and the stamping triggers. Local
    columns registered before stay local (a later migration that adds a column registers again without them)."""
    if not _NAME.fullmatch(table) or not _NAME.fullmatch(key):
        raise ValueError(f"bad table or column name: {table}.{key}")
    ensure_schema(db)
    before = db.execute("SELECT local_columns FROM sync_tables WHERE name = ?", [table]).fetchone()
    local_columns = tuple(dict.fromkeys((*json.loads(before[0]), *local_columns))) if before else local_columns
    cols = [r[1] for r in db.execute(f"PRAGMA table_info({table})")]
    if not cols:
        raise ValueError(f"no table {table}")
    if "change_seq" not in cols:
        db.execute(f"ALTER TABLE {table} ADD COLUMN change_seq INTEGER")
    if not append_only and "vv" not in cols:
        db.execute(f"ALTER TABLE {table} ADD COLUMN vv TEXT")
    db.execute(f"CREATE INDEX IF NOT EXISTS {table}_change_seq ON {table} (change_seq)")
    me = "(SELECT terminal_id FROM sync_local WHERE id = 1)"
    bump = ("UPDATE sync_local SET counter = counter + 1 WHERE id = 1; "
            f"UPDATE {table} SET change_seq = (SELECT counter FROM sync_local WHERE id = 1)")
    vv = (f", vv = json_set(coalesce(NEW.vv, '{{}}'), '$.\"' || {me} || '\"', "
          f"coalesce(json_extract(NEW.vv, '$.\"' || {me} || '\"'), 0) + 1)") if not append_only else ""
    quiet = "(SELECT applying FROM sync_local WHERE id = 1) = 0"
    db.execute(f"DROP TRIGGER IF EXISTS {table}_sync_i")
    db.execute(f"DROP TRIGGER IF EXISTS {table}_sync_u")
    db.execute(f"CREATE TRIGGER {table}_sync_i AFTER INSERT ON {table} WHEN {quiet} BEGIN "
               f"{bump}{vv} WHERE {key} = NEW.{key}; END")
    if not append_only:
        watched = [c for c in cols if c not in local_columns and c not in ("change_seq", "vv")]
        of = f" OF {', '.join(watched)}" if local_columns else ""
        db.execute(f"CREATE TRIGGER {table}_sync_u AFTER UPDATE{of} ON {table} "
                   f"WHEN {quiet} AND NEW.change_seq IS OLD.change_seq BEGIN "
                   f"{bump}{vv} WHERE {key} = NEW.{key}; END")
    else:
        _allow_stamp_on_append_only(db, table)
    ord_ = db.execute("SELECT ord FROM sync_tables WHERE name = ?", [table]).fetchone()
    if ord_ is None:
        ord_ = db.execute("SELECT coalesce(max(ord), 0) + 1 FROM sync_tables").fetchone()
    db.execute("INSERT OR REPLACE INTO sync_tables (name, ord, key_column, append_only, local_columns, files_column) "
               "VALUES (?, ?, ?, ?, ?, ?)",
               [table, ord_[0], key, int(append_only), json.dumps(list(local_columns)), files_column])
    # rows written before the table was registered: stamp them once (vector: this terminal wrote them)
    db.execute("UPDATE sync_local SET applying = 1, counter = counter + 1 WHERE id = 1")
    if append_only:
        db.execute(f"UPDATE {table} SET change_seq = (SELECT counter FROM sync_local) WHERE change_seq IS NULL")
    else:
        writes = "coalesce(version, 1)" if "version" in cols else "1"
        db.execute(f"UPDATE {table} SET change_seq = (SELECT counter FROM sync_local), "
                   f"vv = json_object({me}, {writes}) WHERE change_seq IS NULL")
    db.execute("UPDATE sync_local SET applying = 0 WHERE id = 1")


class BulkStamps:
    """The stamps the insert triggers would give, for a bulk write that inserts many new rows into `tables`
    itself (the owner import): while it is open those tables' insert triggers are set aside (dropped and made
    again from their own text on leaving, inside the same transaction) and `applying` is set, `take()` gives each
    new row the next number of the counter, in order, and `vv` is the vector of a first write by this terminal —
    what `{table}_sync_i` writes, without an UPDATE a row. On leaving, the counter stands at the last number
    given, so the next write (trigger or bulk) takes the one after: every row the bulk wrote travels in the next
    bundle. Inside one transaction only.

        with changes.BulkStamps(db, ("people",)) as st:
            db.conn.executemany("INSERT INTO people (..., change_seq, vv) VALUES (..., ?, ?)",
                                [(..., st.take(), st.vv) for p in new])
    """

    def __init__(self, db: sqlite_utils.Database, tables: tuple[str, ...]):
        if not db.conn.in_transaction:
            raise RuntimeError("BulkStamps writes the counter: open a transaction first")
        self.db, self.tables = db, tables
        counter_, me, applying = db.execute("SELECT counter, terminal_id, applying FROM sync_local "
                                            "WHERE id = 1").fetchone()
        if applying:
            raise RuntimeError("BulkStamps inside a sync import: the rows there carry their own stamps")
        self.last = counter_
        self.vv = json.dumps({me: 1}, separators=(",", ":"), ensure_ascii=False)    # json_set('{}', '$."me"', 1), as the trigger
        self.set_aside: list[str] = []

    def take(self) -> int:
        self.last += 1
        return self.last

    def __enter__(self) -> BulkStamps:
        self.db.execute("UPDATE sync_local SET applying = 1 WHERE id = 1")
        for table in self.tables:
            row = self.db.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                                  [f"{table}_sync_i"]).fetchone()
            if row is None:
                raise ValueError(f"{table} is not a synced table")
            self.db.execute(f"DROP TRIGGER {table}_sync_i")        # its WHEN alone costs a subquery a row
            self.set_aside.append(row[0])
        return self

    def __exit__(self, kind, exc, tb) -> None:
        if kind is not None and not self.db.conn.in_transaction:
            return      # SQLite rolled the transaction back itself (a full disk): triggers and counter as they were
        try:
            for sql in self.set_aside:
                self.db.execute(sql)
            self.set_aside = []
            self.db.execute("UPDATE sync_local SET applying = 0, counter = ? WHERE id = 1", [self.last])
        except sqlite3.Error:
            if kind is None:
                raise
            # leaving on an error already: the caller's rollback undoes the whole write; keep its error, not this


def _allow_stamp_on_append_only(db, table: str) -> None:
    """An append-only table's 'no UPDATE' trigger lets through only the stamping of a new row."""
    for name, sql in db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? "
                                "AND sql LIKE '%BEFORE UPDATE%' AND sql LIKE '%RAISE%'", [table]).fetchall():
        if "change_seq IS NOT NULL" in sql:
            continue
        new = re.sub(r"BEFORE\s+UPDATE\s+ON\s+(\w+)\s*(WHEN\s+)?",
                     lambda m: f"BEFORE UPDATE ON {m.group(1)} WHEN OLD.change_seq IS NOT NULL "
                               + ("AND " if m.group(2) else ""), sql, count=1, flags=re.I)
        db.execute(f"DROP TRIGGER {name}")
        db.execute(new)


def synced_tables(db: sqlite_utils.Database) -> list[dict]:
    """The synced tables in import order: name, key_column, append_only, local_columns, files_column."""
    out = []
    for r in db.query("SELECT * FROM sync_tables ORDER BY ord"):
        r = dict(r)
        r["append_only"] = bool(r["append_only"])
        r["local_columns"] = json.loads(r["local_columns"])
        out.append(r)
    return out


def synced_columns(db: sqlite_utils.Database, table: dict) -> list[str]:
    """The columns of a synced table that travel (all but change_seq and its local columns)."""
    skip = set(table["local_columns"]) | {"change_seq"}
    return [r[1] for r in db.execute(f"PRAGMA table_info({table['name']})") if r[1] not in skip]


def is_local_setting(key: str) -> bool:
    return key in LOCAL_SETTINGS or key.startswith(LOCAL_SETTING_PREFIXES)


def local(db: sqlite_utils.Database) -> dict:
    return dict(db.query("SELECT * FROM sync_local WHERE id = 1").__next__())


def terminal_id(db: sqlite_utils.Database) -> str:
    return db.execute("SELECT terminal_id FROM sync_local WHERE id = 1").fetchone()[0]


def new_centre(db: sqlite_utils.Database) -> None:
    """A new centre's id and key (at init, or on first use in a database made before sync); this terminal
    is the centre's first (no ticket letter). The key is shown once, then only by `sync key --show`."""
    from .db import new_id, now_utc
    if db.execute("SELECT centre_id FROM sync_local WHERE id = 1").fetchone()[0]:
        return
    db.execute("UPDATE sync_local SET centre_id = ?, centre_key = ? WHERE id = 1", [new_id(), secrets.token_bytes(20)])
    me, stamp = terminal_id(db), now_utc()
    letter = db.execute("SELECT value FROM settings WHERE key = 'terminal_letter'").fetchone()
    db.execute("INSERT OR IGNORE INTO terminals (id, created_at, updated_at, origin, letter, joined_at) "
               "VALUES (?, ?, ?, ?, ?, ?)", [me, stamp, stamp, me, json.loads(letter[0]) if letter else "", stamp])


def counter(db: sqlite_utils.Database) -> int:
    return db.execute("SELECT counter FROM sync_local WHERE id = 1").fetchone()[0]
