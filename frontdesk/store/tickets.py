"""Tickets: intake, moves through the lifecycle, notes, calls, callbacks, escalation, ownership.

Every write is one transaction with its event and its audit row; the rules are asked of core."""
from __future__ import annotations

import datetime as dt
import functools
import json
import sqlite3

import sqlite_utils

from frontdesk.core import permissions, sla, states
from frontdesk.core.errors import Invalid, NotFound, Refused
from frontdesk.core.records import Ticket
from frontdesk.core.ids import check_phone, mask_phone, normalize_unit_code, split_unit_code
from frontdesk.core.model import CHANNELS, PLACES, RATINGS, check_category, check_choice
from frontdesk.core.numbers import number_prefix, ticket_number
from frontdesk.core.repeat import find_repeat, window_start
from frontdesk.core.text import KINDS, accept

from . import audit, settings, staff
from .db import insert, iso, local_now, parse, sync_columns, touch
from .tx import writing
from .written import Written

#: What a ticket write touches: the ticket, its timeline and the audit log.
TICKET_TABLES = ("tickets", "ticket_events", "audit")


def _written(db, number: str) -> Written:
    """The ticket as read back after a write, saying what changed (store/written.py)."""
    t = get(db, number)
    return Written(t, tables=TICKET_TABLES, ids={t["id"]}, numbers={t["number"]})

#: The open tickets, written literally as the covering partial index tickets_open is (docs/architecture.md, Speed rules 4:
#: SQLite uses a partial index only when the query repeats its WHERE); built from core's FINAL_STATES.
def open_sql(t: str = "") -> str:
    return f"{t}status NOT IN (" + ",".join(f"'{s}'" for s in states.FINAL_STATES) + ")"


def overdue_sql(t: str = "") -> str:
    """"Overdue" in SQL, built from core's one definition (sla.OVERDUE_CLOCKS) for an open ticket; binds :now
    (iso, to the second). `t` is the table's alias with its dot ('t.'), or ''."""
    return "(" + " OR ".join(f"({t}met_at IS {'NOT ' if met else ''}NULL AND {t}{column} < :now)"
                             for met, column, _timing in sla.OVERDUE_CLOCKS) + ")"


def _epoch(column: str) -> str:
    """A stored local time as whole seconds (naive, read as UTC: only differences are taken). unixepoch() is
    several times cheaper than strftime('%s'), which SQLite before 3.38 has only (the same whole seconds)."""
    if sqlite3.sqlite_version_info >= (3, 38):
        return f"unixepoch({column})"
    return f"CAST(strftime('%s', {column}) AS INTEGER)"


def _timing_test_sql(test: tuple | None, t: str) -> str:
    """One test of core's sla.OPEN_TIMINGS in SQL (see there); binds :now (iso) and :now_s (now_seconds)."""
    if test is None:
        return "1"
    if test[0] == "past":                  # an unset column is never past: NULL < :now is not true
        return f"{t}{test[1]} < :now"
    if test[0] == "by":
        return f"{t}{test[1]} <= {t}{test[2]}"
    if test[0] == "elapsed":
        received, due = _epoch(f"{t}received_at"), _epoch(f"{t}due_at")
        return f"({due} > {received} AND :now_s - {received} >= {float(test[1])!r} * ({due} - {received}))"
    raise ValueError(f"unknown timing test {test!r}")


def timing_sql(t: str = "") -> str:
    """An open ticket's timing in SQL, built from core's one definition (sla.OPEN_TIMINGS), so that no row's
    times are parsed in Python; binds :now and :now_s (timing_params). For open tickets only."""
    return "CASE " + " ".join(f"WHEN {t}met_at IS {'NOT ' if met else ''}NULL"
                              + (f" AND {_timing_test_sql(test, t)}" if test is not None else "") + f" THEN '{name}'"
                              for name, met, test in sla.OPEN_TIMINGS) + " END"


_EPOCH = dt.datetime(1970, 1, 1)


def timing_params(now: dt.datetime) -> dict:
    """:now and :now_s for timing_sql, computed once per query (stored times are to the second)."""
    now = now.replace(microsecond=0)
    return {"now": iso(now), "now_s": int((now - _EPOCH).total_seconds())}


def awaiting_callback_sql(t: str = "") -> str:
    """Tickets waiting for the callback (core's AWAITING_CALLBACK)."""
    return f"{t}status IN (" + ",".join(f"'{s}'" for s in states.AWAITING_CALLBACK) + ")"


OPEN_SQL = open_sql()
assert OPEN_SQL == "status NOT IN ('closed','cancelled')", "tickets_open's WHERE must be repeated literally"
OVERDUE_SQL = overdue_sql()

STEP_COLUMN = {"dispatched": "dispatched_at", "in_progress": "started_at", "done": "done_at",
               "verified": "verified_at", "notified": "notified_at", "closed": "closed_at",
               "cancelled": "cancelled_at"}

SELECT = """SELECT t.*, u.code AS unit, p.name AS person, fr.username AS first_responder,
    fr.display_name AS first_responder_name, h.username AS handler, h.display_name AS handler_name,
    r.number AS repeat_of_number
FROM tickets t
LEFT JOIN units u ON u.id = t.unit_id
LEFT JOIN people p ON p.id = t.person_id
LEFT JOIN staff fr ON fr.id = t.first_responder_id
LEFT JOIN staff h ON h.id = t.handler_id
LEFT JOIN tickets r ON r.id = t.repeat_of"""


# ---- reading ---------------------------------------------------------------------------------

def public(row: dict, now: dt.datetime | None = None) -> Ticket:
    """A ticket as the CLI's JSON and the GUI show it (docs/architecture.md, The command line keys first). Phones masked."""
    now = now or local_now()
    timing = timing_of(row, now)
    ticket: Ticket = {
        "number": row["number"], "type": row["type"], "category": row["category"], "channel": row["channel"],
        "urgent": bool(row["urgent"]), "status": row["status"], "unit": row.get("unit"),
        "person": row.get("person"), "first_responder": row.get("first_responder"),
        "handler": row.get("handler"), "created_at": row["received_at"], "due_at": row["due_at"],
        "overdue": timing in sla.OVERDUE_TIMINGS, "repeat_of": row.get("repeat_of_number"),
        "id": row["id"], "timing": timing, "department": row.get("department"),
        "contact_phone": mask_phone(row.get("contact_phone")), "place": row.get("place"),
        "place_detail": row.get("place_detail"), "description": row.get("description"),
        "preferred_time": row.get("preferred_time"), "met_at": row.get("met_at"),
        "callback_due_at": row.get("callback_due_at"), "callback_attempts": row.get("callback_attempts", 0),
        "satisfaction": row.get("satisfaction"), "escalated": bool(row.get("escalated")),
        "handling_text": row.get("handling_text"),
        "first_responder_name": row.get("first_responder_name"), "handler_name": row.get("handler_name"),
    }
    for col in STEP_COLUMN.values():
        ticket[col] = row.get(col)  # type: ignore[literal-required]
    return ticket


def timing_of(row: dict, now: dt.datetime) -> str:
    """ok / near_due / overdue while the clock runs; met / late after; callback_overdue when the callback is
    late (core/sla.ticket_timing, the one definition)."""
    return sla.ticket_timing(row, now)


def _fetch(db, where: str, params) -> dict | None:
    cur = db.execute(f"{SELECT} WHERE {where}", params)
    row = cur.fetchone()
    if row is None:
        return None
    return dict(zip([d[0] for d in cur.description], row))


def raw(db: sqlite_utils.Database, number: str) -> dict:
    found = _fetch(db, "t.number = ? AND t.deleted_at IS NULL", [number.strip().upper()])
    if not found:
        raise NotFound("ticket", number)
    return found


def get(db: sqlite_utils.Database, number: str, now: dt.datetime | None = None) -> Ticket:
    return public(raw(db, number), now)


def events(db: sqlite_utils.Database, ticket_id: str) -> list[dict]:
    """The timeline, oldest first; staff named in an event's data (handler, from, to) also by display name
    (e['names']['handler'], ...), as the window shows people."""
    rows = db.query(
        "SELECT e.at, e.kind, e.from_status, e.to_status, e.note, e.data, s.username AS actor, "
        "s.display_name AS actor_name FROM ticket_events e LEFT JOIN staff s ON s.id = e.actor_id "
        "WHERE e.ticket_id = ? ORDER BY e.at, e.rowid", [ticket_id])
    out = [{**r, "data": json.loads(r["data"] or "{}"), "names": {}} for r in rows]
    named = {e["data"][k] for e in out for k in ("handler", "from", "to") if e["data"].get(k)}
    if named:
        names = dict(db.execute(f"SELECT username, display_name FROM staff WHERE username IN "
                                f"({','.join('?' * len(named))})", list(named)).fetchall())
        for e in out:
            for k in ("handler", "from", "to"):
                if e["data"].get(k) in names:
                    e["names"][k] = names[e["data"][k]]
    return out


def list_tickets(db: sqlite_utils.Database, *, open_only: bool = False, overdue_only: bool = False,
                 type_: str | None = None, unit_id: str | None = None, person_id: str | None = None,
                 first_responder_id: str | None = None, limit: int | None = None,
                 now: dt.datetime | None = None) -> list[Ticket]:
    now = now or local_now()
    where, params = ["t.deleted_at IS NULL"], {"now": iso(now)}
    if open_only or overdue_only:
        where.append(open_sql("t."))
    if overdue_only:
        where.append(overdue_sql("t."))
    for col, val in (("t.type", type_), ("t.unit_id", unit_id), ("t.person_id", person_id),
                     ("t.first_responder_id", first_responder_id)):
        if val:
            where.append(f"{col} = :{col[2:]}")
            params[col[2:]] = val
    sql = f"{SELECT} WHERE {' AND '.join(where)} ORDER BY t.received_at DESC"
    if limit:
        sql += f" LIMIT {int(limit)}"
    cur = db.execute(sql, params)
    cols = [d[0] for d in cur.description]
    return [public(dict(zip(cols, r)), now) for r in cur.fetchall()]


# ---- intake ----------------------------------------------------------------------------------

def unit_by_code(db: sqlite_utils.Database, text: str | None) -> dict | None:
    """The unit a typed code names ('3-2-1202', '3栋2单元1202'): {id, code, building}, or None."""
    code = normalize_unit_code(text or "")
    if not code:
        return None
    row = db.execute("SELECT id, code FROM units WHERE code = ? AND deleted_at IS NULL", [code]).fetchone()
    return {"id": row[0], "code": row[1], "building": building_of(row[1])} if row else None


@functools.lru_cache(maxsize=1 << 16)
def building_of(code: str | None) -> str | None:
    """The building of a unit code (3 of 3-2-1202), as the board's filter lists it (remembered: the board asks
    it of every open ticket at every refresh)."""
    return str(split_unit_code(code)[0]) if code else None


def _unit_id(db, unit_code: str | None, unit_id: str | None) -> tuple[str | None, str | None]:
    if unit_id:
        row = db.execute("SELECT id, code FROM units WHERE id = ?", [unit_id]).fetchone()
        if not row:
            raise NotFound("unit", unit_id)
        return row[0], row[1]
    if not unit_code:
        return None, None
    code = normalize_unit_code(unit_code) or unit_code.strip()
    row = db.execute("SELECT id, code FROM units WHERE code = ? AND deleted_at IS NULL", [code]).fetchone()
    if not row:
        near = [r[0] for r in db.execute(
            "SELECT code FROM units WHERE code >= ? AND code < ? AND deleted_at IS NULL ORDER BY code LIMIT 8",
            [code.rsplit("-", 1)[0] + "-", code.rsplit("-", 1)[0] + "-\U0010ffff"])]
        if near:
            raise Invalid("unit", reason="no_unit_near", value=unit_code, nearby=near)
        raise Invalid("unit", reason="no_unit", value=unit_code)
    return row[0], row[1]


def _owner_of(db, unit_id: str) -> tuple[str | None, str | None]:
    row = db.execute(
        "SELECT o.person_id, (SELECT phone FROM phones ph WHERE ph.person_id = o.person_id AND ph.deleted_at IS NULL "
        "ORDER BY ph.rowid LIMIT 1) FROM occupancies o WHERE o.unit_id = ? AND o.deleted_at IS NULL "
        "AND o.until IS NULL ORDER BY CASE o.relation WHEN 'owner' THEN 0 WHEN 'co_owner' THEN 1 "
        "WHEN 'tenant' THEN 2 ELSE 3 END LIMIT 1", [unit_id]).fetchone()
    return (row[0], row[1]) if row else (None, None)


def repeat_candidate(db: sqlite_utils.Database, unit_id: str | None, type_: str, category: str,
                     received_at: dt.datetime) -> dict | None:
    """The earlier complaint a new one would repeat (二次投诉), or None."""
    if not unit_id or type_ != "complaint":
        return None
    rows = [dict(r) for r in db.query(
        "SELECT id, number, type, category, status, received_at FROM tickets WHERE unit_id = ? "
        "AND type = 'complaint' AND received_at >= ? AND received_at < ? AND deleted_at IS NULL",
        [unit_id, iso(window_start(received_at)), iso(received_at)])]
    for r in rows:
        r["received_at"] = parse(r["received_at"])
    found = find_repeat(type_, category, received_at, rows)
    return dict(found) if found else None


def preview_due(db: sqlite_utils.Database, type_: str, urgent: bool, at: dt.datetime | None = None) -> dt.datetime:
    """The deadline a ticket would get now (the intake form shows it while typing)."""
    return sla.due_at(type_, urgent, at or local_now(), settings.calendar(db), settings.sla_rules(db))


def _next_number(db, type_: str, day: dt.date) -> str:
    letter = settings.get(db, "terminal_letter") or ""
    prefix = number_prefix(type_, day, letter)
    row = db.execute("SELECT last FROM ticket_seq WHERE prefix = ?", [prefix]).fetchone()
    seq = (row[0] if row else 0) + 1
    while db.execute("SELECT 1 FROM tickets WHERE number = ?", [ticket_number(type_, day, seq, letter)]).fetchone():
        seq += 1
    db.execute("INSERT INTO ticket_seq (prefix, last) VALUES (?, ?) "
               "ON CONFLICT(prefix) DO UPDATE SET last = excluded.last", [prefix, seq])
    return ticket_number(type_, day, seq, letter)


#: The longest description and place detail the store keeps (characters).
TEXT_MAX = KINDS["text"].limit          # one limit per kind of text (core/text.py)
DETAIL_MAX = KINDS["line"].limit
#: The earliest day a ticket may be dated (--at backdates a paper intake; nothing before this is real).
EARLIEST = dt.datetime(2000, 1, 1)
#: How far ahead of this terminal's clock a receipt time may be (clocks of two terminals differ a little).
CLOCK_SLACK = dt.timedelta(minutes=5)


def _text(field: str, value: str | None, *, empty: str | None = None, kind: str | None = None) -> str:
    """A ticket's free text as core/text.accept keeps it (its limit and characters, one place for them), and
    refused with the `empty` reason when it must not be empty."""
    text = accept(field, value, kind)
    if empty and not text:
        raise Invalid(field, reason=empty)
    return text


def check_received(at: dt.datetime | None, now: dt.datetime | None = None) -> dt.datetime:
    """When a ticket was received: now, or a backdated time not before EARLIEST and not in the future."""
    now = now or local_now()
    if at is None:
        return now
    received = at.replace(microsecond=0)
    if received > now + CLOCK_SLACK:
        raise Invalid("at", reason="future", value=f"{received:%Y-%m-%d %H:%M}")
    if received < EARLIEST:
        raise Invalid("at", reason="too_early", value=f"{received:%Y-%m-%d %H:%M}", floor=f"{EARLIEST:%Y-%m-%d}")
    return received


def create(db: sqlite_utils.Database, *, type: str, category: str, description: str, actor: dict,
           channel: str = "phone", urgent: bool = False, unit: str | None = None, unit_id: str | None = None,
           person_id: str | None = None, contact_phone: str | None = None, place: str = "unit",
           place_detail: str = "", preferred_time: str | None = None, at: dt.datetime | None = None,
           close_now: bool = False, answer: str = "") -> dict:
    """Register a call or visit. The actor becomes the first responder (首问负责制)."""
    description = _text("text", description, empty="required")
    place_detail, answer = accept("place_detail", place_detail), accept("answer", answer)
    check_category(type, category, settings.categories(db))
    check_choice("channel", channel, CHANNELS)
    check_choice("place", place, PLACES)
    if contact_phone:
        contact_phone = check_phone(contact_phone, "contact_phone")
    received = check_received(at)
    if close_now and type not in states.QUICK_TYPES:
        raise Refused("repair_loop_required", type=type)
    with writing(db):
        uid, code = _unit_id(db, unit, unit_id)
        if place == "unit" and uid is None:
            raise Invalid("unit", reason="unit_needed")
        if person_id and uid and not db.execute(
                "SELECT 1 FROM occupancies WHERE person_id = ? AND unit_id = ? AND deleted_at IS NULL "
                "AND until IS NULL", [person_id, uid]).fetchone():
            who = db.execute("SELECT name FROM people WHERE id = ?", [person_id]).fetchone()
            raise Invalid("person", reason="caller_elsewhere", value=who[0] if who else person_id, unit=code)
        if person_id is None and uid:
            person_id, phone = _owner_of(db, uid)
            contact_phone = contact_phone or phone
        elif person_id and not contact_phone:
            row = db.execute("SELECT phone FROM phones WHERE person_id = ? AND deleted_at IS NULL ORDER BY rowid "
                             "LIMIT 1", [person_id]).fetchone()
            contact_phone = row[0] if row else None
        cal, rules = settings.calendar(db), settings.sla_rules(db)
        due = sla.due_at(type, urgent, received, cal, rules)
        earlier = repeat_candidate(db, uid, type, category, received)
        row = {**sync_columns(db), "number": _next_number(db, type, received.date()), "type": type,
               "category": category, "channel": channel, "urgent": int(bool(urgent)), "unit_id": uid,
               "person_id": person_id, "contact_phone": contact_phone, "place": place,
               "place_detail": place_detail or "", "description": description.strip(),
               "preferred_time": preferred_time, "status": "registered", "first_responder_id": actor["id"],
               "received_at": iso(received), "due_at": iso(due), "repeat_of": earlier["id"] if earlier else None}
        insert(db, "tickets", row)
        _event(db, row["id"], received, "created", None, "registered", actor,
               data={"repeat_of": earlier["number"]} if earlier else {})
        audit.record(db, actor, "create", "tickets", row["id"], number=row["number"], type=type,
                     category=category, unit=code)
        if close_now:
            move(db, row["number"], "closed", actor, note=answer or "当场答复", at=received)
    return _written(db, row["number"])


# ---- moves -----------------------------------------------------------------------------------

def _event(db, ticket_id: str, at: dt.datetime, kind: str, from_status, to_status, actor: dict,
           note: str = "", data: dict | None = None) -> None:
    insert(db, "ticket_events", {**sync_columns(db), "ticket_id": ticket_id, "at": iso(at), "kind": kind,
                                 "from_status": from_status, "to_status": to_status,
                                 "actor_id": actor["id"] if actor else None, "note": note or "",
                                 "data": json.dumps(data or {}, ensure_ascii=False)})


def _update(db, ticket_id: str, cols: dict) -> None:
    cols = {**cols, **touch(db)}
    sets = ", ".join(f"{k} = ?" for k in cols)
    db.execute(f"UPDATE tickets SET {sets}, version = version + 1 WHERE id = ?", [*cols.values(), ticket_id])


def allowed_moves(db: sqlite_utils.Database, number: str, actor: dict) -> list[str]:
    return states.allowed_targets(raw(db, number), actor["role"], actor["id"])


def move(db: sqlite_utils.Database, number: str, to: str, actor: dict, *, note: str = "",
         handler: str | None = None, rating: str | None = None, at: dt.datetime | None = None) -> dict:
    """Move a ticket to another state, if core allows it; a refusal changes nothing. A move from notified with a
    rating is the callback and is recorded as one (record_callback), with the note as the owner's comment."""
    note = accept("note", note)                # one limit per kind of text: a move's note as any note
    if rating is not None:
        check_choice("rating", rating, RATINGS)
    with writing(db):
        t = raw(db, number)
        if states.is_callback(t["status"], to, rating):
            return record_callback(db, number, actor, reached=True, rating=rating, comment=note, at=at, target=to)
        _move(db, t, to, actor, note=note, handler=handler, rating=rating, at=at)
    return _written(db, number)


def _move(db, t: dict, to: str, actor: dict, *, note: str = "", handler: str | None = None,
          rating: str | None = None, at: dt.datetime | None = None) -> None:
    """The state change itself, inside the caller's transaction: core's checks, the columns, event and audit."""
    m = states.check_move(t, to, actor["role"], actor_id=actor["id"], rating=rating)
    states.check_given(m, handler=handler, rating=rating, note=note)
    when = max(at or local_now(), dt.datetime.fromisoformat(t["received_at"]))
    cols: dict = {"status": to}
    data: dict = {}
    if to in STEP_COLUMN:
        cols[STEP_COLUMN[to]] = iso(when)
    if to == "dispatched":
        if handler:
            h = staff.get(db, handler)
            if h["role"] not in states.HANDLER_ROLES:
                raise Invalid("handler", reason="cannot_handle", value=handler)
            cols.update(handler_id=h["id"], department=h["department"] or settings.get(db, "engineering_department"))
            data["handler"] = h["username"]
        else:
            cols.update(handler_id=None, department=settings.get(db, "engineering_department"))
        data["department"] = cols["department"]
    if states.stops_clock(t["type"], to) and not t["met_at"]:
        cols["met_at"] = iso(when)
    if to == "done":
        cols["callback_due_at"] = iso(sla.callback_due_at(when, settings.calendar(db), settings.sla_rules(db)))
    if rating:
        cols["satisfaction"] = rating
        data["rating"] = rating
    if to == "reopened":
        cols.update(met_at=None, done_at=None, verified_at=None, notified_at=None, closed_at=None,
                    callback_due_at=None, callback_attempts=0)
    _update(db, t["id"], cols)
    _event(db, t["id"], when, "moved", t["status"], to, actor, note, data)
    audit.record(db, actor, "move", "tickets", t["id"], number=t["number"], source=t["status"], target=to, **data)


NOTE_KINDS = ("note", "call", "letter", "visit")


def add_note(db: sqlite_utils.Database, number: str, actor: dict, note: str, *, kind: str = "note",
             data: dict | None = None) -> dict:
    """A note, a call to the owner ('call'), a printed letter ('letter') on the timeline."""
    check_choice("kind", kind, NOTE_KINDS)
    note = _text("note", note, empty="empty_note" if kind in ("note", "call") else None)
    with writing(db):
        t = raw(db, number)
        states.check_acts_on(t, actor["role"], actor["id"])
        _event(db, t["id"], local_now(), kind, None, None, actor, note, data)
        _update(db, t["id"], {})
        audit.record(db, actor, kind, "tickets", t["id"], number=t["number"])
    return _written(db, number)


def set_handling_text(db: sqlite_utils.Database, number: str, actor: dict, text: str) -> dict:
    """What was found and done (处理情况); kept on the ticket for the complaint reply letter, and on the
    timeline as a 'handling' event when it changed."""
    text = _text("handling", text, kind="text")
    with writing(db):
        t = raw(db, number)
        states.check_acts_on(t, actor["role"], actor["id"])
        if text == (t.get("handling_text") or ""):
            return _written(db, number)
        _update(db, t["id"], {"handling_text": text})
        _event(db, t["id"], local_now(), "handling", None, None, actor, text)
        audit.record(db, actor, "update", "tickets", t["id"], number=t["number"], fields=["handling_text"])
    return _written(db, number)


def escalate(db: sqlite_utils.Database, number: str, actor: dict, note: str) -> dict:
    """督办: a supervisor presses the responsible department (core/states.can_escalate)."""
    permissions.require(actor, "escalate")
    note = _text("note", note, empty="escalate_note")
    with writing(db):
        t = raw(db, number)
        if not states.can_escalate(t, actor["role"]):
            raise Refused("final", source=t["status"], number=t["number"])
        _update(db, t["id"], {"escalated": t["escalated"] + 1})
        _event(db, t["id"], local_now(), "escalated", None, None, actor, note)
        audit.record(db, actor, "escalate", "tickets", t["id"], number=t["number"])
    return _written(db, number)


def transfer(db: sqlite_utils.Database, number: str, actor: dict, to_user: str, reason: str) -> dict:
    """Only a supervisor transfers ownership (首问负责制), to desk staff, and the reason is kept."""
    permissions.require(actor, "transfer")
    reason = _text("reason", reason, empty="transfer_reason")
    with writing(db):
        t = raw(db, number)
        new = staff.get(db, to_user)
        if new["role"] not in states.OWNER_ROLES:
            raise Invalid("to", reason="not_desk", value=to_user)
        if new["id"] == t["first_responder_id"]:
            raise Refused("same_owner", to=to_user, number=t["number"])
        _update(db, t["id"], {"first_responder_id": new["id"]})
        _event(db, t["id"], local_now(), "transferred", None, None, actor, reason,
               {"from": t["first_responder"], "to": new["username"]})
        audit.record(db, actor, "transfer", "tickets", t["id"], number=t["number"], to=new["username"],
                     reason=reason)
    return _written(db, number)


def record_callback(db: sqlite_utils.Database, number: str, actor: dict, *, reached: bool,
                    rating: str | None = None, comment: str = "", at: dt.datetime | None = None,
                    target: str | None = None) -> dict:
    """满意度回访 — the one way a callback is recorded (the ticket window, the board, the callbacks tab,
    `frontdesk callback record` and `ticket move --to closed|reopened --rating` all come here).

    Not reached counts a try (after states.LETTER_AFTER_TRIES the callback letter is offered). Reached needs
    the owner's rating: a 'callback' event, then the move to closed — or to reopened when unsatisfied, with a
    note to the first responder (首问负责制) to follow up. One transaction; a refusal changes nothing."""
    comment = accept("comment", comment)
    if reached:
        if rating is None:
            raise Invalid("rating", reason="required", valid=RATINGS)
        check_choice("rating", rating, RATINGS)
    elif rating is not None:
        raise Invalid("rating", reason="not_reached_rating")
    with writing(db):
        t = raw(db, number)
        permissions.require(actor, "callback")
        if not states.awaits_callback(t["status"]):
            raise Refused("not_due", source=t["status"], number=t["number"])
        when = at or local_now()
        if not reached:
            attempt = t["callback_attempts"] + 1
            _update(db, t["id"], {"callback_attempts": attempt})
            _event(db, t["id"], when, "callback", None, None, actor, comment, {"reached": False, "attempt": attempt})
            audit.record(db, actor, "callback", "tickets", t["id"], number=t["number"], reached=False)
            return _written(db, number)
        assert rating is not None
        if t["status"] != states.CALLBACK_FROM:
            raise Refused("not_allowed", source=t["status"], target=target or states.callback_outcome(rating),
                          allowed=[m.target for m in states.MOVES if m.source == t["status"]])
        target = target or states.callback_outcome(rating)
        _event(db, t["id"], when, "callback", None, None, actor, comment, {"reached": True, "rating": rating})
        note = comment or ("回访不满意，重新处理" if target == "reopened" else "回访完成")
        _move(db, t, target, actor, note=note, rating=rating, at=when)
        if target == "reopened":
            owner = t.get("first_responder_name") or t.get("first_responder") or ""
            text = (f"回访不满意，工单已重新处理。请首问责任人{owner}跟进并回复业主："
                    + (comment or "（业主未说明原因）"))
            _event(db, t["id"], when, "note", None, None, actor, text,
                   {"to": t.get("first_responder"), "reason": "callback_unsatisfied"})
            audit.record(db, actor, "note", "tickets", t["id"], number=t["number"])
    return _written(db, number)


def callbacks_due(db: sqlite_utils.Database, *, until: dt.datetime | None = None) -> list[Ticket]:
    """Tickets waiting for the callback (done, verified or notified), the most urgent first."""
    rows = db.query(f"{SELECT} WHERE {awaiting_callback_sql('t.')} AND t.deleted_at IS NULL "
                    "ORDER BY t.callback_due_at")
    now = local_now()
    out = [public(dict(r), now) for r in rows]
    if until:
        last = iso(until) or ""
        out = [t for t in out if (t["callback_due_at"] or "~") <= last]
    return out


# ---- the board -------------------------------------------------------------------------------

#: The dashboard's lists' columns (store/dashboard.py: their timing from these in Python, 200 rows at most).
BOARD_COLUMNS = ("number", "type", "category", "status", "urgent", "unit_id", "first_responder_id",
                 "handler_id", "received_at", "due_at", "met_at", "callback_due_at", "escalated")
#: What a card shows (the board's rows): the ticket's columns the card or the board's filters read, then the
#: unit's code and the timing (timing_sql, so the received, met and unit id columns are not carried out).
BOARD_SHOWN = ("number", "type", "category", "status", "urgent", "escalated", "first_responder_id", "handler_id",
               "due_at", "callback_due_at")
#: The board's one statement: every column it shows is in the covering partial index tickets_open, the unit's
#: code included (tickets.unit_code, migration 013), so it neither joins units nor sorts (the index's order).
BOARD_SQL = (f"SELECT {', '.join(BOARD_SHOWN)}, unit_code AS unit, {timing_sql()} AS timing "
             f"FROM tickets INDEXED BY tickets_open WHERE {OPEN_SQL} ORDER BY status, due_at")


class Card(sqlite3.Row):
    """A board card: read by name like a dict (card["status"], card.get("unit")) or by position, and made by
    sqlite3 in C as the row is fetched, so that 5,000 open tickets cost no Python per card. Its keys are
    BOARD_SHOWN, "unit" and "timing"; the building is building_of(card["unit"]) and the staff's names are the
    caller's (the board page holds them)."""
    __slots__ = ()

    def get(self, key: str, default=None):
        try:
            return self[key]
        except IndexError:
            return default


def board(db: sqlite_utils.Database, *, now: dt.datetime | None = None) -> list[Card]:
    """Every open ticket with what a card shows; one query on the covering partial index, the timing included."""
    cursor = db.conn.cursor()
    cursor.row_factory = Card
    return cursor.execute(BOARD_SQL, timing_params(now or local_now())).fetchall()


def counts(db: sqlite_utils.Database, *, now: dt.datetime | None = None) -> dict:
    """Open tickets per state and how many are overdue (the status bar and the dashboard)."""
    now = now or local_now()
    by_state = dict(db.execute("SELECT status, count(*) FROM tickets INDEXED BY tickets_open "
                               f"WHERE {OPEN_SQL} GROUP BY status").fetchall())
    overdue = db.execute(f"SELECT count(*) FROM tickets INDEXED BY tickets_open WHERE {OPEN_SQL} AND {OVERDUE_SQL}",
                         {"now": iso(now)}).fetchone()[0]
    return {"open": sum(by_state.values()), "by_state": by_state, "overdue": overdue}
