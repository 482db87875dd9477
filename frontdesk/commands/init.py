"""frontdesk init: create the centre and its admin."""
from __future__ import annotations

import getpass
import sys

from frontdesk.cli import UsageError, creating_db


def register(sub) -> None:
    p = sub.add_parser("init", help="create the centre and its first admin",
                       description="Create the centre and its first admin in an empty database.")
    p.add_argument("--center", "--centre", dest="center", help="the centre's name, e.g. 阳光花园物业服务中心")
    p.add_argument("--admin", help="the admin's user name")
    p.add_argument("--password-stdin", action="store_true", help="read the admin's password from standard input")
    p.add_argument("--address", default="", help="the centre's address (letterhead)")
    p.add_argument("--phone", default="", help="the centre's phone (letterhead)")
    p.add_argument("--join", metavar="BUNDLE_DIR", help="join as a second terminal of the same centre (not yet)")
    p.set_defaults(func=run)


def run(args) -> int:
    if args.join:
        from frontdesk.core.errors import Refused
        raise Refused("not_available", "joining a second terminal comes with head-office sync, "
                      "which this version does not have yet")
    if not args.center or not args.admin:
        raise UsageError("init needs --center NAME and --admin USER")
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    elif sys.stdin.isatty():
        password = getpass.getpass("password for %s: " % args.admin)
        if getpass.getpass("again: ") != password:
            raise UsageError("the passwords differ")
    else:
        raise UsageError("give the password with --password-stdin")
    from frontdesk.store.staff import init_centre
    with creating_db(args) as db:                  # a refused init leaves no database behind
        user = init_centre(db, centre=args.center, admin=args.admin, password=password,
                           address=args.address, phone=args.phone)
    print(f"centre '{args.center}' created; admin '{user['username']}'")
    return 0
