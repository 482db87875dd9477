"""The hot queries use their indexes (docs/architecture.md, Speed rules 4): the statements the board and the global search
actually run are captured and explained on a small demo centre."""
from __future__ import annotations

import pytest
from tests.sql_trace import statements


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    from frontdesk.demo import build
    from frontdesk.store.db import connect
    db = connect(tmp_path_factory.mktemp("plans") / "centre.db")
    build(db, units=60, years=1, seed=5)
    yield db
    db.close()


def _statements(db, fn) -> list[str]:
    """The SELECTs (with their values) that fn runs."""
    return [s for s in statements(db.conn, fn) if s.lstrip().upper().startswith("SELECT")]


def _plan(db, sql: str) -> str:
    return "\n".join(r[3] for r in db.execute("EXPLAIN QUERY PLAN " + sql).fetchall())


def test_board_uses_the_covering_partial_index(small):
    from frontdesk.store import tickets
    sqls = [s for s in _statements(small, lambda: tickets.board(small)) if "FROM tickets" in s]
    assert sqls
    for sql in sqls:
        plan = _plan(small, sql)
        assert "USING COVERING INDEX tickets_open" in plan, plan
        assert "SCAN t\n" not in plan + "\n", plan   # never the whole table


@pytest.mark.parametrize("role", ["receptionist", "engineer"])
def test_the_dashboards_lists_read_the_covering_index_alone(small, role):
    """The workbench's own, overdue and callback lists: every column from tickets_open, never the table (the
    own list filtered on deleted_at, which the index does not hold: tickets are never deleted)."""
    from frontdesk.store import dashboard
    staff = small.execute("SELECT id FROM staff WHERE role = ? LIMIT 1", [role]).fetchone()[0]
    sqls = [s for s in _statements(small, lambda: dashboard.summary(small, staff, role=role))
            if "FROM tickets INDEXED BY tickets_open" in s]
    assert len(sqls) >= 3
    for sql in sqls:
        assert "USING COVERING INDEX tickets_open" in _plan(small, sql), (sql, _plan(small, sql))


def test_counts_use_the_partial_index(small):
    from frontdesk.store import tickets
    for sql in _statements(small, lambda: tickets.counts(small)):
        assert "tickets_open" in _plan(small, sql)


#: The index each kind of search ranges over: the computed keys in search_keys, a person's name, a unit's code and
#: a phone of plain digits in their own tables (migration 015).
RANGE_INDEXES = {"name": ("people_name", "search_keys_key"), "phone": ("search_keys_key",),
                 "phone_prefix": ("phones_phone", "search_keys_key"),
                 "initials": ("search_keys_key",), "unit": ("sqlite_autoindex_units_2",)}


@pytest.mark.parametrize("kind", ["name", "phone", "phone_prefix", "initials", "unit"])
def test_search_ranges_use_search_keys_key(small, kind):
    from frontdesk.store.search import find
    typed = {
        "name": small.execute("SELECT substr(name, 1, 2) FROM people LIMIT 1").fetchone()[0],
        "phone": small.execute("SELECT substr(phone, -4) FROM phones LIMIT 1").fetchone()[0],
        "phone_prefix": small.execute("SELECT substr(phone, 1, 6) FROM phones LIMIT 1").fetchone()[0],
        "initials": small.execute("SELECT key FROM search_keys WHERE kind = 'initials' LIMIT 1").fetchone()[0],
        "unit": small.execute("SELECT code FROM units LIMIT 1").fetchone()[0][:-2],
    }[kind]
    sqls = [s for s in _statements(small, lambda: find(small, typed)) if "key >= " in s or "name >= " in s
            or "code >= " in s or "phone >= " in s]
    assert sqls, typed
    assert "search_keys" not in " ".join(sqls) or kind != "unit"       # a unit's code is not copied into keys
    for sql in sqls:
        plan = _plan(small, sql)
        for index in RANGE_INDEXES[kind]:
            assert f"USING INDEX {index} (" in plan or f"USING COVERING INDEX {index} (" in plan, plan
        assert "SCAN " not in plan.replace("SCAN k", "").replace("SCAN (subquery", ""), plan


def test_search_by_ticket_number_uses_the_number_index(small):
    from frontdesk.store.search import find
    number = small.execute("SELECT number FROM tickets LIMIT 1").fetchone()[0]
    sqls = [s for s in _statements(small, lambda: find(small, number)) if "number >=" in s]
    assert sqls
    for sql in sqls:
        plan = _plan(small, sql)
        assert "USING INDEX sqlite_autoindex_tickets_2 (number>? AND number<?)" in plan, plan
