"""Attachments: photos and scans kept with a ticket or a unit (the signed work order back 返单, an owner's photo of
the leak, a letter received). The file is stored once under its SHA-256 in the data folder; a row per attachment
says who attached it, when and what for. Removing one is a mark (deleted_at), never a delete."""
from frontdesk.store.changes import register_synced_table

from .m001_initial import SYNC


def apply(db):
    db.execute(f"""CREATE TABLE attachments (
        {SYNC},
        ticket_id TEXT REFERENCES tickets(id),
        unit_id TEXT REFERENCES units(id),
        sha256 TEXT NOT NULL,
        name TEXT NOT NULL,                  -- the file's name as it was attached
        mime TEXT NOT NULL,                  -- image/png, image/jpeg, application/pdf, ...
        bytes INTEGER NOT NULL,
        purpose TEXT NOT NULL DEFAULT 'other' CHECK (purpose IN ('return_slip', 'photo', 'letter', 'other')),
        note TEXT NOT NULL DEFAULT '',
        actor_id TEXT REFERENCES staff(id),
        removed_by TEXT REFERENCES staff(id),
        CHECK ((ticket_id IS NULL) <> (unit_id IS NULL))
    )""")
    db.execute("CREATE INDEX attachments_ticket ON attachments (ticket_id) WHERE ticket_id IS NOT NULL")
    db.execute("CREATE INDEX attachments_unit ON attachments (unit_id) WHERE unit_id IS NOT NULL")
    register_synced_table(db, "attachments", files_column="sha256")
