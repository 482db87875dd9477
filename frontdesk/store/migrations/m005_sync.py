"""Sync: the change counter, this terminal's identity, the synced tables and the import bookkeeping.

How to make a new table travel between terminals: see frontdesk/store/changes.py (register_synced_table)."""
from ..changes import ensure_schema, register_synced_table

#: In import order: parents before children.
MUTABLE = ["units", "people", "phones", "occupancies", "holidays", "categories", "standard_answers",
           "templates", "surveys", "tickets", "survey_responses"]
APPEND_ONLY = ["ticket_events", "printed_documents", "audit"]


def apply(db):
    ensure_schema(db)
    db.execute("""CREATE TABLE IF NOT EXISTS terminals (
        id TEXT PRIMARY KEY,             -- the terminal's id (sync_local.terminal_id)
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        origin TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        deleted_at TEXT,
        letter TEXT NOT NULL,            -- ticket-number letter: '' for the first, then B, C, ...
        name TEXT NOT NULL DEFAULT '',
        joined_at TEXT)                  -- NULL: reserved by a full export, not joined yet""")
    tid = db.execute("SELECT terminal_id FROM sync_local").fetchone()[0]
    db.execute("UPDATE settings SET value = json_quote(?) WHERE key = 'terminal_id' AND value = '\"T1\"'", [tid])
    register_synced_table(db, "settings", key="key")
    register_synced_table(db, "staff", local_columns=("failed_logins", "locked_until"))
    register_synced_table(db, "terminals")
    for t in MUTABLE:
        register_synced_table(db, t)
    for t in APPEND_ONLY:
        register_synced_table(db, t, append_only=True)
    db.execute("""CREATE TABLE IF NOT EXISTS sync_received (
        terminal_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        kind TEXT NOT NULL,
        change_from INTEGER NOT NULL,
        change_to INTEGER NOT NULL,
        name TEXT NOT NULL,
        applied_at TEXT NOT NULL,
        summary TEXT NOT NULL DEFAULT '{}',
        PRIMARY KEY (terminal_id, seq))""")
    db.execute("""CREATE TABLE IF NOT EXISTS sync_conflicts (
        id TEXT PRIMARY KEY,
        table_name TEXT NOT NULL,
        row_key TEXT NOT NULL,
        theirs TEXT NOT NULL,            -- JSON: the other version of the row, as it came
        from_terminal TEXT NOT NULL,
        bundle TEXT NOT NULL,
        found_at TEXT NOT NULL,
        settled_at TEXT,
        decision TEXT,                   -- ours, theirs, edit, superseded
        settled_by TEXT)""")
    db.execute("CREATE UNIQUE INDEX IF NOT EXISTS sync_conflicts_open ON sync_conflicts (table_name, row_key) "
               "WHERE settled_at IS NULL")
