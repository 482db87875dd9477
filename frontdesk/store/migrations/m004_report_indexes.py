"""Reports: find a month's callback ratings without scanning every ticket event."""


def apply(db):
    db.execute("CREATE INDEX IF NOT EXISTS ticket_events_kind_at ON ticket_events (kind, at)")
