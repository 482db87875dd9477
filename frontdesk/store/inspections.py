"""Inspection rounds 巡检: templates as the desk has them, rounds planned and entered (one per template, place and
period: entering again updates it and never duplicates what it opened), findings opened as repair tickets.

The rules (frequencies, checks, scores) are core.inspections; this module stores and reads."""
from __future__ import annotations

import datetime as dt
import json

import sqlite_utils

from frontdesk.core import inspections as rules
from frontdesk.core.errors import Invalid, NotFound
from frontdesk.core.text import accept

from . import audit, settings
from .db import in_parts, iso, local_now, sync_columns, touch
from .tx import writing

KIND = "inspection"
PREFIX = "XC"
ROUND_COLS = ("id", "number", "template", "title", "kind", "area", "place", "period", "due_on", "status",
              "done_at", "inspector", "entered_by", "entered_at", "score", "findings")


# ---- templates -----------------------------------------------------------------------------------

def template_names(db: sqlite_utils.Database) -> list[str]:
    """Shipped and admin-made inspection templates (an admin's copy of a shipped one keeps its name)."""
    from frontdesk.printing.templates import shipped_names

    from .printed import edited_names
    names = shipped_names(KIND)
    return names + [n for n in edited_names(db, KIND) if n not in names]


def template(db: sqlite_utils.Database, name: str) -> dict:
    """One template, checked and completed by core (the admin's copy first), with its `name`."""
    from frontdesk.printing.templates import shipped

    from .printed import edited_template
    found = edited_template(db, KIND, name)
    if found is None:
        try:
            found = shipped(KIND, name)
        except NotFound:
            raise NotFound("inspection template", name, template_names(db)) from None
    return {"name": name, **rules.parse_template(found["body"])}


def templates(db: sqlite_utils.Database) -> list[dict]:
    """Every template with its places expanded over the estate's buildings."""
    blds = buildings(db)
    out = []
    for name in template_names(db):
        tpl = template(db, name)
        out.append({**tpl, "places": rules.expand_places(tpl["places"], blds)})
    return out


def buildings(db: sqlite_utils.Database) -> list[int]:
    return [r[0] for r in db.execute("SELECT DISTINCT building FROM units WHERE deleted_at IS NULL ORDER BY building")]


def check_place(db: sqlite_utils.Database, tpl: dict, place: str) -> str:
    place = (place or "").strip()
    valid = rules.expand_places(tpl["places"], buildings(db))
    if place not in valid:
        raise Invalid("place", f"'{place}' is not a place of '{tpl['name']}'", valid=valid)
    return place


# ---- rounds --------------------------------------------------------------------------------------

def _round(row) -> dict:
    return dict(zip(ROUND_COLS, row))


def _select(db, where: str, params) -> list[dict]:
    sql = f"SELECT {', '.join(ROUND_COLS)} FROM inspection_rounds WHERE deleted_at IS NULL AND {where}"
    return [_round(r) for r in db.execute(sql, params).fetchall()]


def get_round(db: sqlite_utils.Database, number: str) -> dict:
    """A round by its number (typed, or scanned from the sheet's QR code), with its results."""
    found = _select(db, "number = ?", [(number or "").strip().upper()])
    if not found:
        raise NotFound("inspection round", number)
    r = found[0]
    r["results"] = results(db, r["id"])
    return r


def results(db: sqlite_utils.Database, round_id: str) -> list[dict]:
    cur = db.execute(
        "SELECT r.position, r.item, r.judged, r.result, r.value, r.unit, r.min, r.max, r.weight, r.remark, "
        "t.number AS ticket, t.status AS ticket_status FROM inspection_results r "
        "LEFT JOIN tickets t ON t.id = r.ticket_id WHERE r.round_id = ? AND r.deleted_at IS NULL "
        "ORDER BY r.position", [round_id])
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, row)) for row in cur.fetchall()]


def _next_number(db, day: dt.date) -> str:
    prefix = f"{PREFIX}-{day:%Y%m%d}-{settings.get(db, 'terminal_letter') or ''}"
    row = db.execute("SELECT last FROM ticket_seq WHERE prefix = ?", [prefix]).fetchone()
    seq = (row[0] if row else 0) + 1
    while db.execute("SELECT 1 FROM inspection_rounds WHERE number = ?", [f"{prefix}{seq:03d}"]).fetchone():
        seq += 1
    db.execute("INSERT INTO ticket_seq (prefix, last) VALUES (?, ?) "
               "ON CONFLICT(prefix) DO UPDATE SET last = excluded.last", [prefix, seq])
    return f"{prefix}{seq:03d}"


def _slot(db, tpl: dict, day: dt.date, period: str | None) -> rules.Occurrence:
    cal = settings.calendar(db)
    if period:
        lo, hi = (dt.date.fromisoformat(period + "-01"), None) if len(period) == 7 else (None, None)
        try:
            start = lo or dt.date.fromisoformat(period)
        except ValueError:
            raise Invalid("period", f"'{period}' is not a period (YYYY-MM-DD, or YYYY-MM for a monthly round)") from None
        found = [o for o in rules.occurrences(tpl["frequency"], start - dt.timedelta(days=7),
                                              start + dt.timedelta(days=31), cal) if o.period == period]
        if not found:
            raise Invalid("period", f"'{tpl['name']}' has no round in period {period}")
        return found[0]
    slot = rules.slot_of(tpl["frequency"], day, cal)
    if slot is None:
        raise Invalid("at", f"'{tpl['name']}' has no round around {day}")
    return slot


def find_round(db: sqlite_utils.Database, template_name: str, place: str, *, day: dt.date | None = None,
               period: str | None = None) -> dict | None:
    """The round of this template and place in `period` (or the slot `day` falls in), with its results; None
    when it was neither printed nor entered yet."""
    tpl = template(db, template_name)
    try:
        slot = _slot(db, tpl, day or local_now().date(), period)
    except Invalid:
        return None
    found = _select(db, "template = ? AND place = ? AND period = ?", [tpl["name"], place, slot.period])
    return get_round(db, found[0]["number"]) if found else None


def open_round(db: sqlite_utils.Database, actor: dict | None, template_name: str, place: str, *,
               day: dt.date | None = None, period: str | None = None) -> dict:
    """The round of this template, place and period, planned now if it does not exist yet (a printed sheet
    carries its number)."""
    tpl = template(db, template_name)
    place = check_place(db, tpl, place)
    slot = _slot(db, tpl, day or local_now().date(), period)
    with writing(db):
        found = _select(db, "template = ? AND place = ? AND period = ?", [tpl["name"], place, slot.period])
        if found:
            return found[0]
        row = {**sync_columns(db), "number": _next_number(db, slot.due), "template": tpl["name"],
               "title": tpl["title"], "kind": tpl["kind"], "area": tpl["area"], "place": place,
               "period": slot.period, "due_on": slot.due.isoformat(), "status": "planned"}
        db["inspection_rounds"].insert(row)
        audit.record(db, actor, "plan", "inspection_rounds", row["id"], number=row["number"],
                     template=tpl["name"], place=place, period=slot.period)
    return _select(db, "id = ?", [row["id"]])[0]


def record(db: sqlite_utils.Database, actor: dict, *, template_name: str, place: str, results_in,
           at: dt.datetime | None = None, inspector: str | None = None, period: str | None = None,
           open_tickets: bool | set[str] = True) -> dict:
    """Enter a returned sheet. Everything is checked before anything is written; a finding without a ticket
    opens one (channel 巡查, common area), unless `open_tickets` is False or leaves its item out.

    Returns {"round": ..., "opened": [ticket numbers], "created": bool, "changes": {...}}."""
    from . import tickets
    tpl = template(db, template_name)
    place = check_place(db, tpl, place)
    checked = rules.check_results(tpl, results_in)
    inspector = accept("inspector", inspector, "name")
    now = local_now()
    when = (at or now).replace(microsecond=0)
    if when > now + dt.timedelta(minutes=5):
        raise Invalid("at", f"{when:%Y-%m-%d %H:%M} is in the future")
    slot = _slot(db, tpl, when.date(), period)
    score = rules.score(checked) if tpl["kind"] == "quality" else None
    opened: list[str] = []
    with writing(db):
        planned = open_round(db, actor, tpl["name"], place, period=slot.period)
        # who inspected: as given, else as entered before (a correction keeps it), else the one entering it
        who = (inspector or "").strip() or planned["inspector"] or actor.get("display_name") or actor["username"]
        created = planned["status"] == "planned"
        existing = {r["item"]: r for r in _result_rows(db, planned["id"])}
        for r in checked:
            old = existing.get(r["item"])
            ticket_id = old["ticket_id"] if old else None
            wanted = open_tickets is True or (isinstance(open_tickets, set) and r["item"] in open_tickets)
            if r["result"] == "abnormal" and ticket_id is None and wanted:
                t = tickets.create(db, type="repair", category=tpl["category"], actor=actor, channel="patrol",
                                   place="common", place_detail=place, at=min(when, now),
                                   description=rules.finding_text(tpl, place, r, who) + f"（巡检单 {planned['number']}）")
                ticket_id = t["id"]
                opened.append(t["number"])
            cols = {"position": r["position"], "judged": r["judged"], "result": r["result"], "value": r["value"],
                    "unit": r["unit"], "min": r["min"], "max": r["max"], "weight": r["weight"],
                    "remark": r["remark"], "ticket_id": ticket_id}
            if old:
                sets = ", ".join(f"{k} = ?" for k in cols)
                db.execute(f"UPDATE inspection_results SET {sets}, updated_at = ?, origin = ?, version = version + 1, "
                           "deleted_at = NULL WHERE id = ?", [*cols.values(), *touch(db).values(), old["id"]])
            else:
                db["inspection_results"].insert({**sync_columns(db), "round_id": planned["id"], "item": r["item"],
                                                 **cols})
        cols = {"status": "done", "done_at": iso(when), "inspector": who, "entered_by": actor["id"],
                "entered_at": iso(now), "score": score, "findings": len(rules.findings(checked))}
        sets = ", ".join(f"{k} = ?" for k in cols)
        db.execute(f"UPDATE inspection_rounds SET {sets}, updated_at = ?, origin = ?, version = version + 1 "
                   "WHERE id = ?", [*cols.values(), *touch(db).values(), planned["id"]])
        audit.record(db, actor, "record" if created else "re-record", "inspection_rounds", planned["id"],
                     number=planned["number"], findings=cols["findings"], opened=opened, score=score)
    done = get_round(db, planned["number"])
    return {"round": done, "opened": opened, "created": created,
            "changes": {"tables": {"inspection_rounds", "inspection_results"} | ({"tickets"} if opened else set()),
                        "numbers": opened}}


def _result_rows(db, round_id: str) -> list[dict]:
    cur = db.execute("SELECT id, item, ticket_id FROM inspection_results WHERE round_id = ?", [round_id])
    return [dict(zip(("id", "item", "ticket_id"), r)) for r in cur.fetchall()]


RESULTS_MAX = 1_000_000


def load_results(path) -> list:
    """A results file for `inspection record`: a JSON list; a bad file is refused naming it."""
    from pathlib import Path
    p = Path(path)
    try:
        if p.is_dir():
            raise Invalid("results", f"{p}: a folder, not a file")
        if p.stat().st_size > RESULTS_MAX:           # a sheet is a few kB; never read a huge file into memory
            raise Invalid("results", f"{p}: {p.stat().st_size:,} bytes; a results file is at most {RESULTS_MAX:,}")
        return json.loads(p.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise Invalid("results", f"{p}: no such file") from None
    except OSError as exc:
        raise Invalid("results", f"{p}: cannot read it ({exc.strerror or exc})") from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise Invalid("results", f"{p}: not a JSON list ({exc})") from None


# ---- what is due ---------------------------------------------------------------------------------

def slots(db: sqlite_utils.Database, start: dt.date, end: dt.date, *, today: dt.date | None = None,
          since: dt.date | None = None) -> list[dict]:
    """Every round slot due in [start, end] of every template and place, with its state on `today`; with
    `since`, only the slots still open on or after that day (their last day not before it)."""
    today = today or local_now().date()
    since = since or start
    first = owed_since(db)
    cal = settings.calendar(db)
    tpls = templates(db)
    # a round's due day lies within its slot (moved a few days at most by a holiday); a daily round's slot is
    # its day, so before `since` only the longer slots need their rounds read (PERFORMANCE: the dashboard)
    longer = [t["name"] for t in tpls if t["frequency"]["every"] != "daily"]
    marks = ", ".join("?" * len(longer)) or "NULL"
    rows = _select(db, f"due_on BETWEEN ? AND ? AND (due_on >= ? OR template IN ({marks}))",
                   [start.isoformat(), (end + dt.timedelta(days=12)).isoformat(), since.isoformat(), *longer])
    done = {(r["template"], r["place"], r["period"]): r for r in rows}
    still_open = _open_findings_by_round(db, [r["id"] for r in rows if r["findings"]])
    out = []
    for tpl in tpls:
        for occ in rules.occurrences(tpl["frequency"], start, end, cal):
            if occ.last < since or not rules.owed(occ, first):
                continue
            for place in tpl["places"]:
                r = done.get((tpl["name"], place, occ.period))
                done_on = dt.date.fromisoformat(r["done_at"][:10]) if r and r["status"] == "done" else None
                out.append({"template": tpl["name"], "title": tpl["title"], "kind": tpl["kind"], "area": tpl["area"],
                            "place": place, "period": occ.period, "due_on": occ.due.isoformat(),
                            "last_on": occ.last.isoformat(), "state": rules.state_of(occ, done_on, today),
                            "number": r["number"] if r else None, "done_at": r["done_at"] if r else None,
                            "inspector": r["inspector"] if r else None, "findings": r["findings"] if r else 0,
                            "score": r["score"] if r else None,
                            "open_findings": still_open.get(r["id"], 0) if r else 0})
    out.sort(key=lambda s: (s["due_on"], s["title"], s["place"]))
    return out


def owed_since(db: sqlite_utils.Database) -> dt.date | None:
    """The day rounds are owed from (core.inspections.owed): the day the centre was set up (`inspections_since`,
    written by init), or the first round on record when the history is older (a demo, a centre's past entered
    later); None for a centre set up before that setting existed (every round counts, as before)."""
    began = settings.get(db, "inspections_since")
    if not began:
        return None
    first = db.execute("SELECT min(due_on) FROM inspection_rounds").fetchone()[0]         # the index's first
    return dt.date.fromisoformat(min(began, first) if first else began)


def due(db: sqlite_utils.Database, day: dt.date | None = None, *, missed_days: int = 7) -> list[dict]:
    """The rounds that concern the desk on `day`: due today, late, done today, and those missed in the last
    `missed_days` days."""
    day = day or local_now().date()
    out = []
    for s in slots(db, day - dt.timedelta(days=40), day, today=day, since=day - dt.timedelta(days=missed_days)):
        last = dt.date.fromisoformat(s["last_on"])
        if s["state"] in ("due", "late") or (s["state"] == "done" and last >= day) or (
                s["state"] == "missed" and last >= day - dt.timedelta(days=missed_days)):
            out.append(s)
    return out


def due_counts(db: sqlite_utils.Database, day: dt.date | None = None) -> dict:
    """{'due': today's not yet done, 'late': past due not yet done, 'missed': in the last 7 days, 'done': …}."""
    counts = {"due": 0, "late": 0, "missed": 0, "done": 0}
    for s in due(db, day):
        counts[s["state"]] = counts.get(s["state"], 0) + 1
    return counts


def round_of_ticket(db: sqlite_utils.Database, ticket_id: str) -> dict | None:
    """The round and item a ticket came from (the ticket window shows it)."""
    row = db.execute("SELECT o.number, o.title, o.place, o.period, r.item FROM inspection_results r "
                     "JOIN inspection_rounds o ON o.id = r.round_id WHERE r.ticket_id = ? AND r.deleted_at IS NULL "
                     "LIMIT 1", [ticket_id]).fetchone()
    return dict(zip(("number", "title", "place", "period", "item"), row)) if row else None


def _open_findings_by_round(db, round_ids: list[str]) -> dict[str, int]:
    """{round id: findings whose ticket is still open} for rounds with findings (one query)."""
    out: dict[str, int] = {}
    for chunk, marks in in_parts(round_ids):
        out.update(db.execute(
            f"SELECT r.round_id, count(*) FROM inspection_results r JOIN tickets t ON t.id = r.ticket_id "
            f"WHERE r.round_id IN ({marks}) AND r.deleted_at IS NULL "
            "AND t.status NOT IN ('closed', 'cancelled') GROUP BY r.round_id", chunk).fetchall())
    return out


def open_findings(db: sqlite_utils.Database, round_id: str) -> int:
    """How many of a round's findings have a ticket still open (0: its findings are closed)."""
    return db.execute("SELECT count(*) FROM inspection_results r JOIN tickets t ON t.id = r.ticket_id "
                      "WHERE r.round_id = ? AND r.deleted_at IS NULL AND t.status NOT IN ('closed', 'cancelled')",
                      [round_id]).fetchone()[0]

