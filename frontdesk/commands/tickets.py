"""frontdesk ticket new | show | list | move."""
from __future__ import annotations

import datetime as dt

from frontdesk.cli import UsageError, open_db
from frontdesk.commands import actor_of, add_as, emit_json
from frontdesk.core.model import CHANNELS, RATINGS, TYPES
from frontdesk.core.states import STATES


def register(sub) -> None:
    p = sub.add_parser("ticket", help="register, show, list and move tickets")
    tsub = p.add_subparsers(dest="ticket_command", metavar="ACTION", required=True, parser_class=type(p))

    n = tsub.add_parser("new", help="register a call or visit; prints the new ticket's number alone")
    n.add_argument("--unit", required=True, help="unit code, e.g. 3-2-1202 (3栋2单元1202 also works)")
    n.add_argument("--type", required=True, help="one of: " + ", ".join(TYPES))
    n.add_argument("--category", required=True, help="a category of the type (e.g. 水电 for repair)")
    n.add_argument("--text", required=True, help="what the caller said")
    n.add_argument("--channel", default="phone", help="one of: " + ", ".join(CHANNELS) + " (default phone)")
    n.add_argument("--urgent", action="store_true", help="emergency repair (leak, power cut, lift entrapment, gas)")
    n.add_argument("--at", help="when it was received, 'YYYY-MM-DD HH:MM' (backdates a paper intake)")
    n.add_argument("--place", default=None, choices=("unit", "common"), help="in the unit (default) or a common area")
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

    from frontdesk.commands.attachments import register_ticket
    register_ticket(tsub)


def parse_at(text: str | None) -> dt.datetime | None:
    if not text:
        return None
    for fmt in ("%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S"):
        try:
            return dt.datetime.strptime(text.strip(), fmt)
        except ValueError:
            continue
    raise UsageError(f"--at: '{text}' is not 'YYYY-MM-DD HH:MM'")


def new(args) -> int:
    from frontdesk.store import tickets
    at = parse_at(args.at)
    db = open_db(args)
    actor = actor_of(db, args)
    place = args.place or "unit"
    t = tickets.create(db, type=args.type, category=args.category, description=args.text, actor=actor,
                       channel=args.channel, urgent=args.urgent, unit=args.unit, place=place, at=at)
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
