"""The board reads everything it shows from its covering index, the unit's code included (issue 14 item 5):
tickets.unit_code is the code of the ticket's unit, kept by triggers (the one place: every writer — intake, sync
import, the demo builder, a unit's code corrected — goes through them), local to this terminal (a copy of
units.code, never sent in a bundle: register_synced_table(local_columns=...)), and added to tickets_open so the
board no longer joins units (docs/architecture.md, Speed rules 4; tests/store/test_board.py)."""
from frontdesk.store.changes import register_synced_table

#: The unit code triggers, created here and by nothing else.
TRIGGERS = (
    # a new ticket: its unit's code (nothing more is written when the writer gave the right one)
    "CREATE TRIGGER tickets_unit_code_i AFTER INSERT ON tickets "
    "WHEN NEW.unit_code IS NOT (SELECT code FROM units WHERE id = NEW.unit_id) BEGIN "
    "UPDATE tickets SET unit_code = (SELECT code FROM units WHERE id = NEW.unit_id) WHERE id = NEW.id; END",
    # a ticket moved to another unit (sync import, settling a conflict), or its copy written by hand
    "CREATE TRIGGER tickets_unit_code_u AFTER UPDATE OF unit_id, unit_code ON tickets "
    "WHEN NEW.unit_code IS NOT (SELECT code FROM units WHERE id = NEW.unit_id) BEGIN "
    "UPDATE tickets SET unit_code = (SELECT code FROM units WHERE id = NEW.unit_id) WHERE id = NEW.id; END",
    # a unit's code corrected (or arriving changed from another terminal): its tickets follow
    "CREATE TRIGGER units_code_to_tickets AFTER UPDATE OF code ON units WHEN NEW.code IS NOT OLD.code BEGIN "
    "UPDATE tickets SET unit_code = NEW.code WHERE unit_id = NEW.id; END",
)


def apply(db):
    db.execute("DROP INDEX IF EXISTS tickets_open")       # rebuilt below, once, after the fill
    db.execute("ALTER TABLE tickets ADD COLUMN unit_code TEXT")
    # local before the fill: the stamping trigger then watches every column but unit_code, so filling it (here
    # and in the triggers) is no change to send to other terminals
    register_synced_table(db, "tickets", local_columns=("unit_code",))
    db.execute("UPDATE tickets SET unit_code = (SELECT code FROM units WHERE id = tickets.unit_id) "
               "WHERE unit_id IS NOT NULL")
    for sql in TRIGGERS:
        db.execute(sql)
    db.execute("CREATE INDEX tickets_open ON tickets (status, due_at, number, type, category, unit_id, "
               "first_responder_id, handler_id, urgent, received_at, met_at, callback_due_at, escalated, unit_code) "
               "WHERE status NOT IN ('closed','cancelled')")
