"""Reports: a month's callback ratings read from a small covering index instead of every ticket event.

The index holds only the moves that carried the owner's rating (满意度回访), keyed by time; the query in
store.reports repeats its WHERE literally (docs/architecture.md, Speed rules 4)."""


def apply(db):
    db.execute("DROP INDEX IF EXISTS ticket_events_kind_at")
    db.execute("CREATE INDEX IF NOT EXISTS ticket_events_ratings ON ticket_events "
               "(at, json_extract(data, '$.rating')) "
               "WHERE kind = 'moved' AND json_extract(data, '$.rating') IS NOT NULL")
