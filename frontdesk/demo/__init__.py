"""A believable demo centre: buildings, households, years of tickets with their timelines, standard answers.

`build(db, units=600, years=2, seed=7)` is repeatable for a seed (random.Random(seed) only, UUIDs included)
and fast enough for the benchmark centre (20,000 units over ten years): rows are generated as tuples and
written with executemany in one transaction, with one audit row for the whole fill."""
from __future__ import annotations

import gc
import os
import random
import sqlite3
import time
from typing import Callable

import sqlite_utils

#: Bump when the generator's output changes (the benchmark's cache is keyed by it).
GENERATOR_VERSION = 8

#: From how many expected tickets the fill counts as big (rollback journal, indexes rebuilt once).
BIG = 20_000

Report = Callable[[float, str], None]


def build(db: sqlite_utils.Database, *, units: int = 600, years: float = 2, seed: int | None = None,
          report: Report | None = None, abort: Callable[[], bool] | None = None) -> dict:
    """Create the demo centre if needed and add a filled estate to it; return what was made (counts, seconds)."""
    from frontdesk.core.errors import Invalid, Refused
    from frontdesk.store import audit, search_index, settings
    from frontdesk.store.db import local_now, now_utc, terminal_id
    from frontdesk.store.tx import writing

    from .centre import ensure_centre
    from .estate import Households, Ids, build_units
    from .surveys import survey_rows
    from .tickets import Deadlines, TicketMaker
    from .timeline import Staff
    from .writer import Writer, standard_answer_rows

    if not 1 <= units <= 200_000:
        raise Invalid("units", f"'{units}' units: give 1 to 200,000")
    if not 0 <= years <= 30:
        raise Invalid("years", f"'{years}' years: give 0 to 30")
    report = report or (lambda f, m: None)
    started, cpu_started = time.perf_counter(), _cpu()
    seed = seed if seed is not None else random.SystemRandom().randrange(2**31)
    rng = random.Random(seed)
    ids = Ids(rng)
    report(0.0, "centre and staff")
    created, staff_rows = ensure_centre(db)
    now = local_now()
    stamp, origin = now_utc(), terminal_id(db)
    first_building = (db.execute("SELECT max(building) FROM units").fetchone()[0] or 0) + 1
    engineering = settings.get(db, "engineering_department") or "工程部"
    staff = Staff(staff_rows, engineering)
    if not staff.desk:
        raise Refused("no_staff", "the centre has no desk staff to register tickets")
    deadlines = Deadlines(settings.calendar(db), settings.sla_rules(db))
    letter = settings.get(db, "terminal_letter") or ""
    seq = dict(db.execute("SELECT prefix, last FROM ticket_seq").fetchall())
    seq_before = dict(seq)

    report(0.02, "units and households")
    unit_rows, unit_list = build_units(rng, ids, stamp, origin, units, first_building)
    homes = Households(rng, ids, stamp, origin, now.date())
    homes.fill(unit_rows, unit_list)
    answers = standard_answer_rows(ids, stamp, origin)     # drawn before the tickets: the same ids either way
    maker = TicketMaker(rng, ids, stamp, origin, unit_list, staff, deadlines, now, years, letter, seq, units)
    days = list(maker.days()) if years > 0 else []
    surveys, responses = survey_rows(
        rng, ids, stamp, origin, unit_list, maker.start if days else now.date(), now,
        dict(db.execute("SELECT year, id FROM surveys WHERE deleted_at IS NULL").fetchall()), staff.desk)

    big = maker.mean * len(days) > BIG
    saved = _fast_pragmas(db, big)
    try:
        with writing(db):
            w = Writer(db, stamp, origin)
            w.units(unit_rows)
            w.people(homes.people, homes.phones, homes.occupancies)
            report(0.08, f"{len(unit_rows):,} units, {len(homes.people):,} people")
            _write_tickets(db, w, maker, days, big, report, abort)
            w.sequences({p: n for p, n in seq.items() if seq_before.get(p) != n})
            w.surveys(surveys, responses)
            answers = w.standard_answers(answers)
            from .inspections import fill as fill_inspections     # a year of 巡检 rounds, findings as repairs
            rounds = fill_inspections(db, w, seed=seed, now=now, maker=maker, staff=staff, stamp=stamp,
                                      origin=origin) if days else {}
            report(0.9, "search index")
            search_index.rebuild(db)
            summary = {"seed": seed, "centre_created": created, "units": len(unit_rows),
                       "people": len(homes.people), "phones": len(homes.phones),
                       "occupancies": len(homes.occupancies), "tickets": maker.counts["tickets"],
                       "events": maker.counts["events"], "standard_answers": answers,
                       "survey_responses": len(responses), **rounds,
                       "buildings": sorted({r[6] for r in unit_rows}), "now": now.isoformat()}
            admin = staff_rows.get("admin") or next(iter(staff_rows.values()))
            audit.record(db, admin, "demo", "", None, **{k: v for k, v in summary.items() if k != "buildings"},
                         years=years)
    finally:
        _restore_pragmas(db, saved)
    summary["seconds"] = round(time.perf_counter() - started, 2)
    summary["cpu_seconds"] = round(_cpu() - cpu_started, 2)   # this process and the generator's
    report(1.0, "done")
    return summary


def _write_tickets(db, w, maker, days: list, big: bool, report: Report, abort) -> None:
    """The tickets and their events, day by day; a big fill rebuilds the tickets' indexes once at the end."""
    from frontdesk.core.errors import Refused

    from .produce import produce
    have = db.execute("SELECT count(*) FROM tickets").fetchone()[0]
    indexes = w.drop_indexes() if big and maker.mean * len(days) > have else []
    written = 0
    for done, day, tickets, events in produce(maker, days):
        if abort and abort():
            raise Refused("cancelled", "the demo build was cancelled; nothing was written")
        w.tickets(tickets, events)
        written += len(tickets)
        report(0.08 + 0.8 * done / len(days), f"tickets up to {day:%Y-%m-%d}: {written:,}")
    w.flush()
    if indexes:
        report(0.88, "indexes")
        w.restore_indexes(indexes)


def _cpu() -> float:
    """CPU seconds of this process and its finished children (the forked generator)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def _fast_pragmas(db, big: bool) -> dict:
    """For the bulk build only: no fsync, a big page cache, no cyclic GC; a big build writes through a rollback
    journal instead of the WAL (the pages are written once, not twice). All restored afterwards."""
    saved = {"synchronous": db.execute("PRAGMA synchronous").fetchone()[0],
             "cache_size": db.execute("PRAGMA cache_size").fetchone()[0],
             "journal_mode": db.execute("PRAGMA journal_mode").fetchone()[0], "gc": gc.isenabled()}
    if big:
        try:
            db.execute("PRAGMA journal_mode = DELETE")
        except sqlite3.OperationalError:     # another connection holds the file: keep the WAL
            pass
    gc.disable()
    db.execute("PRAGMA synchronous = OFF")
    db.execute("PRAGMA cache_size = -1048576")     # 1 GiB, allocated only as used
    db.execute("PRAGMA temp_store = MEMORY")
    return saved


def _restore_pragmas(db, saved: dict) -> None:
    if saved["gc"]:
        gc.enable()
    db.execute(f"PRAGMA cache_size = {int(saved['cache_size'])}")
    db.execute("PRAGMA temp_store = DEFAULT")
    if db.execute("PRAGMA journal_mode").fetchone()[0] != saved["journal_mode"]:
        db.execute(f"PRAGMA journal_mode = {saved['journal_mode']}")
    db.execute(f"PRAGMA synchronous = {int(saved['synchronous'])}")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
