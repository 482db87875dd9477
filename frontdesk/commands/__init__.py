"""The command line's commands, one module per group; each registers its sub-parsers."""
import json
import sys


def emit_json(data) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def actor_of(db, args):
    from frontdesk.store.staff import resolve_actor
    return resolve_actor(db, getattr(args, "as_user", None))


def add_as(parser) -> None:
    parser.add_argument("--as", dest="as_user", metavar="USER",
                        help="who does this (default: FRONTDESK_USER, or the centre's first admin)")
