"""frontdesk ring PHONE: the caller-ID hand-over (来电弹屏). The running window comes to the front with the
intake open for this caller; with no window running, it prints who the number belongs to."""
from __future__ import annotations

from frontdesk.cli import db_path
from frontdesk.commands import emit_json


def register(sub) -> None:
    r = sub.add_parser("ring", help="a call came in: the running window opens the intake for this caller "
                       "(what a caller-ID box or softphone runs); without a window, prints who it is")
    r.add_argument("phone", metavar="PHONE", help="the caller's number as the phone line gives it")
    r.add_argument("--json", action="store_true", help="print the lookup as JSON (when no window takes it)")
    r.set_defaults(func=ring)


def ring(args) -> int:
    from pathlib import Path

    from frontdesk import instance
    from frontdesk.core.errors import Refused
    from frontdesk.store import callers
    from frontdesk.store.db import connect
    phone = callers.check(args.phone)
    path = Path(db_path(args))
    if not path.is_file():
        raise Refused("missing", f"{path}: no such database")
    answer = instance.send(path, {"cmd": "ring", "phone": phone})
    if answer is not None and not args.json:
        print(f"{phone}: handed to the running window")
        return 0
    db = connect(path, migrate=False)
    try:
        found = callers.lookup(db, phone)
    finally:
        db.close()
    if args.json:
        emit_json({**found, "window": answer is not None})
        return 0
    if not found["people"]:
        print(f"{phone}: not in the archive (a new caller)")
    for person in found["people"]:
        units = "、".join(person["units"]) or "—"
        print(f"{phone}: {person['name']}  {units}")
        for t in person["open_tickets"]:
            print(f"  {t['number']}  {t['category']}  {t['status']}  due {str(t['due_at'])[:16].replace('T', ' ')}")
    return 0
