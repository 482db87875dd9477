"""Reports: the monthly analysis's twelve-month trend reads one index range per measure, already in month order
(issue 14 item 7). Each index leads with the month of the measure's time, substr(time, 1, 7), then holds every
column the measure's grouped statement reads (store.reports.Sql renders them from core.reports.MEASURES), so
the statement groups by month as the index gives the rows: no table reads, no temporary B-tree for the
GROUP BY, and a year's range costs the same on a centre of ten years as of one
(tests/store/test_report_grouped.py holds the plans).

- tickets_month_received: intakes and repeats per month and type, and the complaints a late repair explains;
- tickets_month_due: deadlines per month and type, and those met in time;
- ticket_events_month_ratings: the callbacks' ratings per month (partial, the WHERE of ticket_events_ratings:
  the statement repeats it literally, docs/architecture.md, Speed rules 4).
ticket_events_ratings (m004) stays: the rows of a time range (the rows the tests compare with) read it."""


def apply(db):
    db.execute("CREATE INDEX tickets_month_received ON tickets "
               "(substr(received_at, 1, 7), type, status, deleted_at, repeat_of, received_at, unit_id)")
    db.execute("CREATE INDEX tickets_month_due ON tickets "
               "(substr(due_at, 1, 7), type, status, deleted_at, due_at, met_at)")
    db.execute("CREATE INDEX ticket_events_month_ratings ON ticket_events "
               "(substr(at, 1, 7), json_extract(data, '$.rating'), at) "
               "WHERE kind = 'moved' AND json_extract(data, '$.rating') IS NOT NULL")
