"""The monthly analysis runs one grouped statement per measure (core.reports.MEASURES rendered by store.reports);
on a real demo centre of three years, with tickets added across month and year ends, reopened, cancelled and
deleted, its figures equal the row path's (core.reports.monthly_analysis over every row of the twelve months,
the per-month definition it replaced) for every month, and its statements do not grow with the months."""
from __future__ import annotations

import datetime as dt

import pytest

from frontdesk.core import reports as core
from tests.sql_trace import statements

D = dt.datetime


@pytest.fixture(scope="module")
def years(tmp_path_factory):
    from frontdesk.demo import build
    from frontdesk.store import staff, tickets
    from frontdesk.store.db import connect
    db = connect(tmp_path_factory.mktemp("grouped") / "centre.db")
    made = build(db, units=40, years=3, seed=11)
    now = dt.datetime.fromisoformat(made["now"])
    admin = staff.first_admin(db)
    units = [r[0] for r in db.execute("SELECT code FROM units ORDER BY code LIMIT 3")]
    year = now.year - 1

    def new(type_, unit, at, **kw):
        category = "水电" if type_ == "repair" else "设施设备"
        return tickets.create(db, type=type_, category=category, description="卫生间漏水", actor=admin, unit=unit,
                              at=at, **kw)["number"]

    # a repair received on New Year's Eve, due and finished in January, late: it explains a complaint there
    r1 = new("repair", units[0], D(year, 12, 31, 22, 0))
    tickets.move(db, r1, "dispatched", admin, at=D(year + 1, 1, 2, 9, 0))
    tickets.move(db, r1, "done", admin, at=D(year + 1, 1, 3, 9, 0))
    new("complaint", units[0], D(year + 1, 1, 10, 8, 0))
    new("complaint", units[0], D(year + 1, 1, 31, 23, 59, 59))           # the last second of January
    # a repair done in time, then reopened by an unsatisfied callback (its clock runs again)
    r2 = new("repair", units[1], D(year, 6, 30, 23, 30))
    tickets.move(db, r2, "dispatched", admin, at=D(year, 7, 1, 0, 10))
    tickets.move(db, r2, "done", admin, at=D(year, 7, 1, 2, 0))
    tickets.move(db, r2, "verified", admin, at=D(year, 7, 1, 3, 0))
    tickets.move(db, r2, "notified", admin, at=D(year, 7, 1, 4, 0))
    tickets.record_callback(db, r2, admin, reached=True, rating="unsatisfied", at=D(year, 7, 1, 10, 0))
    new("complaint", units[1], D(year, 7, 15, 9, 0))
    # done on its deadline's very second: in time
    r3 = new("repair", units[1], D(year, 9, 30, 16, 0))
    due = dt.datetime.fromisoformat(db.execute("SELECT due_at FROM tickets WHERE number = ?", [r3]).fetchone()[0])
    tickets.move(db, r3, "dispatched", admin, at=due - dt.timedelta(hours=1))
    tickets.move(db, r3, "done", admin, at=due)
    # cancelled, and deleted (by a sync from another machine): neither counts anywhere
    x = new("repair", units[2], D(year, 3, 1, 0, 0))
    tickets.move(db, x, "cancelled", admin, note="登记错误", at=D(year, 3, 1, 0, 5))
    gone = new("complaint", units[2], D(year, 3, 2, 0, 0))
    db.execute("UPDATE tickets SET deleted_at = ? WHERE number = ?", [f"{year}-03-03T00:00:00", gone])
    # the clock stands on a deadline's second: that deadline has come (counted), the next has not
    now = dt.datetime.fromisoformat(db.execute("SELECT max(due_at) FROM tickets WHERE due_at <= ?",
                                               [made["now"]]).fetchone()[0])
    yield {"db": db, "now": now}
    db.close()


def _same(figures: dict) -> dict:
    out = {k: v for k, v in figures.items() if k != "inspections"}
    out["late_repair"] = {**figures["late_repair"], "numbers": sorted(figures["late_repair"]["numbers"])}
    return out


def test_grouped_figures_equal_the_row_path_every_month(years):
    from frontdesk.store import reports
    from frontdesk.store.db import iso
    db, now = years["db"], years["now"]
    last = core.month_key(now.year, now.month)
    months = [core.shift_month(last, -d) for d in range(0, 38)]         # the data's three years and before them
    seen = {"caused": 0, "ytd": 0, "reopened": 0}
    for month in months:
        grouped = reports.monthly_analysis(db, month, now)
        rows = core.monthly_analysis(month, reports.monthly_inputs(db, month), iso(now))
        assert _same(grouped) == _same(rows), month
        seen["caused"] += grouped["late_repair"]["caused"]
        seen["ytd"] += grouped["timeliness_ytd"]["due"] > 0
        seen["reopened"] += grouped["satisfaction"]["unsatisfied"]
    assert all(seen.values()), seen                     # the figures compared were not all empty


def test_one_month_alone_equals_the_row_path(years):
    from frontdesk.store import reports
    from frontdesk.store.db import iso
    db, now = years["db"], iso(years["now"])
    for month in (core.shift_month(core.month_key(years["now"].year, 1), -d) for d in range(0, 14)):
        start, end = core.month_bounds(month)
        rows = core.month_figures(month, reports.intake_rows(db, start, end), reports.deadline_rows(db, start, end),
                                  reports.rating_rows(db, start, end),
                                  reports.repairs_before_complaints(db, start, end), now)
        alone = reports.month_only(db, month, now)
        assert {**alone, "late_repair": {**alone["late_repair"], "numbers": sorted(alone["late_repair"]["numbers"])}} \
            == {**rows, "late_repair": {**rows["late_repair"], "numbers": sorted(rows["late_repair"]["numbers"])}}



def test_the_trend_is_one_grouped_statement_per_measure_on_its_index(years):
    from frontdesk.store import reports
    from frontdesk.store.db import iso
    db, now = years["db"], years["now"]
    month = core.shift_month(core.month_key(now.year, now.month), -1)
    sqls = statements(db.conn, lambda: reports.monthly_tallies(db, month, iso(now)))
    assert len(sqls) == len(core.MEASURES) == 4
    # each reads its month index (m014) in the GROUP BY's order: no temporary B-tree, and the tickets' measures
    # not the table either (the ratings' JSON value is read from the event, for a tenth of the events)
    index = {"intake": "COVERING INDEX tickets_month_received", "deadlines": "COVERING INDEX tickets_month_due",
             "ratings": "INDEX ticket_events_month_ratings", "late_repair": "COVERING INDEX tickets_month_received"}
    for m, sql in zip(core.MEASURES, sqls):
        assert "GROUP BY" in sql and f"substr(a.{m.month_of}, 1, 7)" in sql
        plan = "\n".join(r[3] for r in db.execute("EXPLAIN QUERY PLAN " + sql).fetchall())
        assert plan.startswith(f"SEARCH a USING {index[m.name]} (<expr>>? AND <expr><?)"), plan
        assert "TEMP B-TREE" not in plan and "SCAN" not in plan, plan      # no sort, no pass over a table
        if m.name == "late_repair":                       # the repairs before a complaint: its unit's, by time
            assert "SEARCH r USING INDEX tickets_unit (unit_id=? AND received_at>? AND received_at<?)" in plan
    # the whole analysis: the four, this month's rows and its late-repair complaints; no statement per month
    whole = [s for s in statements(db.conn, lambda: reports.monthly_analysis(db, month, now))
             if "FROM tickets" in s or "FROM ticket_events" in s]
    assert len(whole) == 6, whole
    assert sum("GROUP BY" in s for s in whole) == 4
