"""frontdesk audit [--who USER] [--action ACTION] [--since DATE] [--json]: the audit log (supervisors, admins)."""
from __future__ import annotations

import sys

from frontdesk.cli import open_db
from frontdesk.commands import actor_of, add_as, emit_json, parse_day


def register(sub) -> None:
    a = sub.add_parser("audit", help="the audit log, newest first (supervisors and admins)")
    a.add_argument("--who", metavar="USER", help="only what this user did")
    a.add_argument("--action", metavar="ACTION", help="only this kind of act (login, view_id, export, backup, ...; "
                   "'view' takes every view_*)")
    a.add_argument("--record", metavar="RECORD", help="only acts on this record: a ticket number, unit code, "
                   "person's name or id")
    a.add_argument("--since", metavar="DATE", help="from this day (YYYY-MM-DD, local)")
    a.add_argument("--until", metavar="DATE", help="up to and including this day")
    a.add_argument("--limit", type=int, default=200, help="at most this many rows (default 200)")
    a.add_argument("--out", metavar="FILE.csv", help="write the rows to a CSV file instead (audited)")
    a.add_argument("--json", action="store_true", help="print JSON")
    add_as(a)
    a.set_defaults(func=audit)


def audit(args) -> int:
    from frontdesk.store import audit_log
    db = open_db(args)
    try:
        actor = actor_of(db, args)
        since, until = parse_day(args.since, "--since"), parse_day(args.until, "--until")
        filters = dict(who=args.who, action=args.action, record=args.record, limit=args.limit,
                       since=since and since.isoformat(), until=until and until.isoformat())
        if args.out:
            from frontdesk.commands import check_suffix
            check_suffix("csv", args.out)
            from frontdesk.services.audit_export import export
            n = export(db, actor, args.out, **filters)
            print(f"{n} row(s) written to {args.out}")
            return 0
        rows = audit_log.search(db, actor, **filters)
        held = audit_log.actions(db) if args.action and not rows else None
    finally:
        db.close()
    act = (args.action or "").strip()
    if held is not None and not any(a == act or a.startswith(act + "_") for a in held):
        # a typo would print nothing and look like "no such acts": say what the log does hold (not refused: an
        # act that simply has not happened yet, a first restore, is a fair question)
        print(f"frontdesk: the audit log holds no '{act}' act (it holds: {', '.join(held)})", file=sys.stderr)
    if args.json:
        emit_json(rows)
        return 0
    from frontdesk.store.audit_log import short_id
    for r in rows:
        what = " ".join(x for x in (r["table_name"], r["record"] or short_id(r["record_id"])) if x)
        print(f"{r['at']}  {r['actor'] or '(program)':<12} {r['action']:<16} {what}")
    return 0
