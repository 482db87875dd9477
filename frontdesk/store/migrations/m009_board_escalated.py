"""The board marks escalated (督办) tickets: the covering partial index the board reads (tickets_open) also holds
`escalated`, so the board still reads the index alone (docs/architecture.md, Speed rules 4; tests/store/test_query_plans.py)."""


def apply(db):
    db.execute("DROP INDEX IF EXISTS tickets_open")
    db.execute("CREATE INDEX tickets_open ON tickets (status, due_at, number, type, category, unit_id, "
               "first_responder_id, handler_id, urgent, received_at, met_at, callback_due_at, escalated) "
               "WHERE status NOT IN ('closed','cancelled')")
