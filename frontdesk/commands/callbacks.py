"""frontdesk callback due | record — the satisfaction callback (满意度回访) through the one function the window
uses (services.callbacks.record → store.tickets.record_callback)."""
from __future__ import annotations

from frontdesk.cli import UsageError, open_db
from frontdesk.commands import actor_of, add_as, emit_json


def register(sub) -> None:
    cb = sub.add_parser("callback", help="satisfaction callbacks (满意度回访): who is due, and record a call")
    cbsub = cb.add_subparsers(dest="callback_command", metavar="ACTION", required=True, parser_class=type(cb))
    due = cbsub.add_parser("due", help="tickets waiting for the callback, the most urgent first")
    due.add_argument("--json", action="store_true", help="print JSON")
    due.set_defaults(func=callback_due)
    rec = cbsub.add_parser("record", help="record one callback try; unsatisfied reopens the ticket and leaves a "
                           "note to its first responder")
    rec.add_argument("number", help="the ticket number")
    got = rec.add_mutually_exclusive_group(required=True)
    got.add_argument("--reached", action="store_true", help="the owner answered")
    got.add_argument("--not-reached", action="store_true", help="nobody answered (after three tries the callback "
                     "letter is due: frontdesk print callback-letter)")
    rec.add_argument("--rating", help="the owner's rating when reached: satisfied, basic or unsatisfied")
    rec.add_argument("--comment", default="", help="what the owner said")
    add_as(rec)
    rec.set_defaults(func=callback_record)


def callback_due(args) -> int:
    from frontdesk.store.tickets import callbacks_due
    db = open_db(args)
    rows = callbacks_due(db)
    if args.json:
        emit_json(rows)
        return 0
    for t in rows:
        late = "  LATE" if t["timing"] == "callback_overdue" else ""
        print(f"{t['number']}\t{t['status']}\t{t['unit'] or '-'}\t{t['contact_phone'] or '-'}\t"
              f"due {t['callback_due_at'] or '-'}\ttries {t['callback_attempts']}{late}")
    return 0


def callback_record(args) -> int:
    from frontdesk.services.callbacks import record
    if args.not_reached and args.rating:
        raise UsageError("--rating goes with --reached")
    db = open_db(args)
    res = record(db, args.number, actor_of(db, args), reached=args.reached, rating=args.rating, comment=args.comment)
    t = res["ticket"]
    print(f"{t['number']} {t['status']} tries {t['callback_attempts']}"
          + ("  (three tries failed: print the callback letter)" if res["offer_letter"] else ""))
    return 0
