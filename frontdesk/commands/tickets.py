"""frontdesk ticket new | show | list | move | note | escalate | transfer | handling — each calls the store
function the ticket window calls (the callback is `frontdesk callback record`, or `ticket move --rating`)."""
from __future__ import annotations

import datetime as dt
import re

from frontdesk.cli import UsageError, open_db
from frontdesk.commands import actor_of, add_as, emit_json
from frontdesk.core.model import CHANNELS, RATINGS, TYPES
from frontdesk.core.states import STATES


def register(sub) -> None:
    p = sub.add_parser("ticket", help="register, show, list and move tickets")
    tsub = p.add_subparsers(dest="ticket_command", metavar="ACTION", required=True, parser_class=type(p))

    n = tsub.add_parser("new", help="register a call or visit; prints the new ticket's number alone")
    n.add_argument("--unit", help="unit code, e.g. 3-2-1202 (3栋2单元1202 also works); needed unless --place common")
    n.add_argument("--type", required=True, help="one of: " + ", ".join(TYPES))
    n.add_argument("--category", required=True, help="a category of the type (e.g. 水电 for repair)")
    n.add_argument("--text", required=True, help="what the caller said")
    n.add_argument("--channel", default="phone", help="one of: " + ", ".join(CHANNELS) + " (default phone)")
    n.add_argument("--urgent", action="store_true", help="emergency repair (leak, power cut, lift entrapment, gas)")
    n.add_argument("--at", help="when it was received, 'YYYY-MM-DD HH:MM' (backdates a paper intake)")
    n.add_argument("--place", default=None, choices=("unit", "common"), help="in the unit (default) or a common area")
    n.add_argument("--place-detail", default="", help="where exactly (e.g. 3栋2单元电梯厅, 地下车库B区)")
    n.add_argument("--phone", help="the number to call back, when not the owner's phone on record")
    n.add_argument("--preferred-time", help="when the owner is at home for the visit (free text)")
    n.add_argument("--close", action="store_true", help="answered on the spot: close it at once (an inquiry, "
                   "suggestion or praise only)")
    n.add_argument("--answer", default="", help="what was answered, kept as the closing note (with --close)")
    add_as(n)
    n.set_defaults(func=new)

    s = tsub.add_parser("show", help="one ticket with its timeline")
    s.add_argument("number")
    s.add_argument("--json", action="store_true", help="print JSON")
    s.set_defaults(func=show)

    ls = tsub.add_parser("list", help="tickets, newest first")
    ls.add_argument("--open", action="store_true", help="only open tickets")
    ls.add_argument("--overdue", action="store_true", help="only overdue tickets")
    ls.add_argument("--limit", type=int, default=None, help="at most this many")
    ls.add_argument("--json", action="store_true", help="print JSON")
    ls.set_defaults(func=list_)

    m = tsub.add_parser("move", help="move a ticket to another state")
    m.add_argument("number")
    m.add_argument("--to", required=True, help="one of: " + ", ".join(STATES))
    m.add_argument("--note", default="", help="a note kept on the timeline")
    m.add_argument("--handler", help="the staff member it is dispatched to (default: the engineering department)")
    m.add_argument("--rating", help="the owner's rating at the callback: " + ", ".join(RATINGS))
    add_as(m)
    m.set_defaults(func=move)

    no = tsub.add_parser("note", help="a note on the timeline, or (--call) what was said on a call to the owner")
    no.add_argument("number")
    no.add_argument("--text", required=True, help="the note")
    no.add_argument("--call", action="store_true", help="a call to the owner (记录致电业主), not a plain note")
    add_as(no)
    no.set_defaults(func=note)

    es = tsub.add_parser("escalate", help="督办: a supervisor presses the responsible department")
    es.add_argument("number")
    es.add_argument("--note", required=True, help="what is pressed for, and by when")
    add_as(es)
    es.set_defaults(func=escalate)

    tr = tsub.add_parser("transfer", help="transfer ownership (首问负责制) to another desk member; a supervisor's act")
    tr.add_argument("number")
    tr.add_argument("--to", required=True, metavar="USER", help="the desk member who owns it from now on")
    tr.add_argument("--reason", required=True, help="why (kept on the timeline)")
    add_as(tr)
    tr.set_defaults(func=transfer)

    h = tsub.add_parser("handling", help="处理情况: what was found and done (printed in the complaint reply)")
    h.add_argument("number")
    h.add_argument("--text", required=True, help="what was found and done")
    add_as(h)
    h.set_defaults(func=handling)

    from frontdesk.commands.attachments import register_ticket
    register_ticket(tsub)


AT_SHAPE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$")


def parse_at(text: str | None) -> dt.datetime | None:
    """--at as typed: None when not given; 'YYYY-MM-DD HH:MM' (seconds optional); a date that does not exist
    (2026-02-30) is said to be one. The store bounds it (not in the future, not before its earliest day)."""
    if text is None:
        return None
    m = AT_SHAPE.match(text.strip())
    if not m:
        raise UsageError(f"--at: '{text}' is not 'YYYY-MM-DD HH:MM'")
    y, mo, d, h, mi, s = (int(g) if g else 0 for g in m.groups())
    try:
        dt.date(y, mo, d)
    except ValueError:
        raise UsageError(f"--at: there is no such date: {m[1]}-{m[2]}-{m[3]}") from None
    try:
        return dt.datetime(y, mo, d, h, mi, s)
    except ValueError:
        raise UsageError(f"--at: there is no such time: {m[4]}:{m[5]}") from None


def new(args) -> int:
    from frontdesk.store import tickets
    at = parse_at(args.at)
    db = open_db(args)
    actor = actor_of(db, args)
    place = args.place or "unit"
    if args.answer and not args.close:
        raise UsageError("--answer goes with --close")
    t = tickets.create(db, type=args.type, category=args.category, description=args.text, actor=actor,
                       channel=args.channel, urgent=args.urgent, unit=args.unit, place=place, at=at,
                       place_detail=args.place_detail, contact_phone=args.phone,
                       preferred_time=args.preferred_time, close_now=args.close, answer=args.answer)
    print(t["number"])
    return 0


def show(args) -> int:
    from frontdesk.store import tickets
    db = open_db(args)
    t = tickets.get(db, args.number)
    t["events"] = tickets.events(db, t["id"])
    if args.json:
        emit_json(t)
        return 0
    from frontdesk.core.model import CHANNEL_ZH, TYPE_ZH
    from frontdesk.core.states import STATE_ZH
    print(f"{t['number']}  {TYPE_ZH[t['type']]}/{t['category']}  {STATE_ZH[t['status']]} ({t['status']})"
          + ("  紧急" if t["urgent"] else "") + ("  逾期 OVERDUE" if t["overdue"] else ""))
    print(f"  unit {t['unit'] or '-'}  person {t['person'] or '-'}  phone {t['contact_phone'] or '-'}  "
          f"channel {CHANNEL_ZH.get(t['channel'], t['channel'])}")
    print(f"  received {t['created_at']}  due {t['due_at']}  first responder {t['first_responder']}  "
          f"handler {t['handler'] or t['department'] or '-'}")
    if t["repeat_of"]:
        print(f"  repeat complaint of {t['repeat_of']} (二次投诉)")
    print(f"  {t['description']}")
    for e in t["events"]:
        move = f" {e['from_status'] or ''}->{e['to_status']}" if e["to_status"] else ""
        print(f"  {e['at']}  {e['kind']}{move}  {e['actor'] or ''}  {e['note']}")
    return 0


def list_(args) -> int:
    from frontdesk.store import tickets
    db = open_db(args)
    rows = tickets.list_tickets(db, open_only=args.open, overdue_only=args.overdue, limit=args.limit)
    if args.json:
        emit_json(rows)
        return 0
    for t in rows:
        flag = {"overdue": "OVERDUE", "callback_overdue": "CALLBACK OVERDUE", "near_due": "near due"}.get(
            t["timing"], "")
        print(f"{t['number']}\t{t['status']}\t{t['type']}\t{t['category']}\t{t['unit'] or '-'}\t"
              f"{t['created_at']}\tdue {t['due_at']}\t{flag}")
    return 0


def move(args) -> int:
    from frontdesk.store import tickets
    db = open_db(args)
    actor = actor_of(db, args)
    t = tickets.move(db, args.number, args.to, actor, note=args.note, handler=args.handler, rating=args.rating)
    print(f"{t['number']} {t['status']}")
    return 0


def note(args) -> int:
    from frontdesk.store import tickets
    db = open_db(args)
    t = tickets.add_note(db, args.number, actor_of(db, args), args.text, kind="call" if args.call else "note")
    print(f"{t['number']} {'call' if args.call else 'note'} added")
    return 0


def escalate(args) -> int:
    from frontdesk.store import tickets
    db = open_db(args)
    t = tickets.escalate(db, args.number, actor_of(db, args), args.note)
    print(f"{t['number']} escalated")
    return 0


def transfer(args) -> int:
    from frontdesk.store import tickets
    db = open_db(args)
    t = tickets.transfer(db, args.number, actor_of(db, args), args.to, args.reason)
    print(f"{t['number']} owned by {t['first_responder']}")
    return 0


def handling(args) -> int:
    from frontdesk.store import tickets
    db = open_db(args)
    t = tickets.set_handling_text(db, args.number, actor_of(db, args), args.text)
    print(f"{t['number']} handling saved")
    return 0
