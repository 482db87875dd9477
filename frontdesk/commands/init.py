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
    p.add_argument("--legal-name", default="", help="the legal name that signs and seals documents (法定名称), "
                                                    "e.g. the company's; default: the centre's name")
    p.add_argument("--address", default="", help="the centre's address (printed once on every document)")
    p.add_argument("--phone", default="", help="the service hotline (服务热线, printed on every document)")
    p.add_argument("--join", metavar="BUNDLE_DIR", help="join as another terminal of a centre, from a full bundle")
    p.add_argument("--key-file", metavar="FILE", help="with --join: the centre's key (default: standard input)")
    p.set_defaults(func=run)


def run(args) -> int:
    if args.join:
        return _join(args)
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
                           address=args.address, phone=args.phone, legal_name=args.legal_name)
    print(f"centre '{args.center}' created; admin '{user['username']}'")
    from frontdesk.sync.identity import key_text
    print(f"centre key (shown once; hand it to head office and to a joining terminal): {key_text(db, user)}")
    return 0


def _join(args) -> int:
    from frontdesk.commands.sync import read_key_file
    from frontdesk.sync.join import join
    if args.key_file is None and sys.stdin.isatty():
        key = getpass.getpass("the centre's key (frontdesk sync key --show on the first terminal): ")
    else:
        key = read_key_file(args.key_file or "-")
    with creating_db(args) as db:                  # a refused join leaves no database behind either
        out = join(db, args.join, key)
    print(f"joined '{out['centre']}' as terminal {out['letter'] or '(first)'}: {out['rows']} rows")
    return 0
