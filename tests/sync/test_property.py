"""Property: terminals making random changes and exchanging bundles in any order, with repeats, drops and late
re-deliveries, end with the same rows apart from the listed conflicts; settling those makes them all equal."""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from frontdesk.core.errors import Refused
from frontdesk.store import people, staff, tickets, units
from frontdesk.store.db import connect
from frontdesk.sync import conflicts
from frontdesk.sync.apply import import_path
from frontdesk.sync.export import export

from .conftest import join_new, shared_rows

#: Memory-backed temporary files when the system has them: the same code, without waiting for the disk's fsync.
FAST = "/dev/shm" if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) else None
UNITS = ["1-1-101", "1-1-102", "2-1-301"]
NAMES = ["张三丰", "曾小明", "欧阳娜娜"]


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """Three terminals of one centre (A, then B and C joined), saved once; each example copies them."""
    root = Path(tempfile.mkdtemp(dir=FAST)) if FAST else tmp_path_factory.mktemp("terminals")
    a = connect(root / "a.db")
    admin = staff.init_centre(a, centre="测试花园", admin="admin", password="secret12")
    staff.create(a, username="lead", display_name="王主管", role="supervisor", password="secret12")
    for code, name in zip(UNITS, NAMES):
        u = units.add(a, code, area=80.0)
        people.add(a, name, phones=["13812345678"], unit_id=u["id"])
    b = join_new(root, a, "b")
    c = join_new(root, a, "c")
    mail = root / "hello"
    for db in (b, c):
        export(db, mail)
    for db in (a, b, c):
        import_path(db, mail)
    for db in (a, b, c):
        db.close()
    assert admin
    yield root
    if FAST:
        shutil.rmtree(root, ignore_errors=True)


step = st.one_of(
    st.tuples(st.just("ticket"), st.integers(0, 2), st.integers(0, 2)),
    st.tuples(st.just("move"), st.integers(0, 2), st.integers(0, 20)),
    st.tuples(st.just("note"), st.integers(0, 2), st.integers(0, 20)),
    st.tuples(st.just("person"), st.integers(0, 2), st.integers(0, 2), st.sampled_from(["白天不在家", "只接短信", "聋"])),
    st.tuples(st.just("phones"), st.integers(0, 2), st.integers(0, 2), st.sampled_from([[], ["13900001111"],
                                                                                       ["13812345678"]])),
    st.tuples(st.just("unit"), st.integers(0, 2), st.integers(0, 2), st.sampled_from(["漏水", "空置", "出租"])),
    st.tuples(st.just("export"), st.integers(0, 2)),
    st.tuples(st.just("deliver"), st.integers(0, 2), st.integers(0, 30)),
)


def run_step(dbs, mail, s, where):
    kind, t = s[0], s[1]
    db = dbs[t]
    lead = staff.get(db, "lead")
    numbers = sorted(r[0] for r in db.execute("SELECT number FROM tickets"))
    try:
        if kind == "ticket":
            tickets.create(db, type="repair", category="水电", description="漏水", actor=lead, unit=UNITS[s[2]])
        elif kind == "move" and numbers:
            n = numbers[s[2] % len(numbers)]
            moves = tickets.allowed_moves(db, n, lead)
            if moves:
                tickets.move(db, n, moves[0], lead, handler="lead")
        elif kind == "note" and numbers:
            tickets.add_note(db, numbers[s[2] % len(numbers)], lead, f"note {s[2]}")
        elif kind == "person":
            pid = db.execute("SELECT id FROM people WHERE name = ?", [NAMES[s[2]]]).fetchone()[0]
            people.update(db, pid, actor=lead, notes=s[3])
        elif kind == "phones":
            pid = db.execute("SELECT id FROM people WHERE name = ?", [NAMES[s[2]]]).fetchone()[0]
            people.update(db, pid, actor=lead, phones=s[3])
        elif kind == "unit":
            units.update(db, UNITS[s[2]], actor=lead, notes=s[3])
        elif kind == "export":
            out = export(db, where / f"t{t}")
            if out.path:
                mail.append(out.path)
        elif kind == "deliver" and mail:
            import_path(db, mail[s[2] % len(mail)])      # any bundle, again or late; the rest wait (dropped)
    except Refused:
        pass                                             # a move the rules refuse: nothing happens


def exchange_all(dbs, mail, where, order):
    """Every terminal exports, then every bundle ever written reaches every terminal (late ones too)."""
    for _ in range(3):
        for t, db in enumerate(dbs):
            out = export(db, where / f"t{t}")
            if out.path:
                mail.append(out.path)
        for t in order:
            for p in order_bundles(mail, order):
                import_path(dbs[t], p)
        if all(export(db, where / "probe").path is None for db in dbs):
            return


def order_bundles(mail, order):
    return sorted(mail, key=lambda p: (hash((p.name, tuple(order))) % 97))


def comparable(db, skip: set) -> dict:
    out = shared_rows(db)
    return {t: [r for r in rows if (t, r[0]) not in skip] for t, rows in out.items()}


@settings(max_examples=int(os.environ.get("SYNC_EXAMPLES", "30")), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(n=st.sampled_from([2, 3]), steps=st.lists(step, min_size=5, max_size=25),
       order=st.permutations([0, 1, 2]))
def test_terminals_converge(template, n, steps, order):
    with tempfile.TemporaryDirectory(dir=FAST) as tmp:
        where = Path(tmp)
        dbs = []
        for name in "abc"[:n]:
            src = template / "a.db" if name == "a" else template / name / f"{name}.db"
            shutil.copy(src, where / f"{name}.db")
            dbs.append(connect(where / f"{name}.db"))
        order = [o for o in order if o < n]
        try:
            mail: list[Path] = []
            for s in steps:
                run_step(dbs, mail, (s[0], s[1] % n, *s[2:]), where)
            exchange_all(dbs, mail, where, order)
            listed = set()
            for db in dbs:
                listed |= {(c["table"], c["key"]) for c in conflicts.waiting(db)}
            first = comparable(dbs[0], listed)
            for db in dbs[1:]:
                assert comparable(db, listed) == first
            for _ in range(4):                       # settle where listed, one terminal at a time
                for t in order:
                    lead = staff.get(dbs[t], "lead")
                    for c in conflicts.waiting(dbs[t]):
                        conflicts.settle(dbs[t], c["id"], "ours", lead)
                    exchange_all(dbs, mail, where, order)
                if not any(conflicts.waiting(db) for db in dbs):
                    break
            assert not any(conflicts.waiting(db) for db in dbs)
            everything = shared_rows(dbs[0])
            for db in dbs[1:]:
                assert shared_rows(db) == everything
        finally:
            for db in dbs:
                db.close()
