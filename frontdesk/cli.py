"""The command line (docs/architecture.md, The command line). No Qt import unless the GUI starts.

Exit 0 on success, 1 on a refused action (the message says why), 2 on bad usage."""
from __future__ import annotations

import argparse
import importlib
import os
import sys

from frontdesk import __version__

#: Modules in frontdesk.commands; each has register(subparsers) adding its commands.
COMMANDS = ("init", "demo", "tickets", "callbacks", "survey", "maintenance", "printing", "reports", "archive", "shot",
            "inspection",
            "hq", "sync", "ring", "audit", "privacy")


class UsageError(Exception):
    """Bad usage found after parsing (exit 2)."""


class Parser(argparse.ArgumentParser):
    def error(self, message):  # exit 2 with the usage, as argparse does, but in one place
        self.print_usage(sys.stderr)
        print(f"{self.prog}: error: {message}", file=sys.stderr)
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="frontdesk", description="物业服务中心客服前台 — the front desk of a property-management "
                    "service centre. Without a command, starts the window.")
    parser.add_argument("--db", help="the centre's database file (default: FRONTDESK_DB, or the per-user data folder)")
    parser.add_argument("--version", action="version", version=f"frontdesk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for name in COMMANDS:
        importlib.import_module(f"frontdesk.commands.{name}").register(sub)
    return parser


def open_db(args, *, migrate: bool = True):
    from frontdesk.store.db import connect, default_path
    path = args.db or default_path()
    return connect(path, migrate=migrate)


def db_path(args):
    from frontdesk.store.db import default_path
    return args.db or str(default_path())


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.db:
        os.environ["FRONTDESK_DB"] = str(args.db)
    from frontdesk.core.errors import Refused
    try:
        if not args.command:
            if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get(
                    "WAYLAND_DISPLAY") or os.environ.get("QT_QPA_PLATFORM")):
                raise Refused("no_display", "no screen to show the window on (DISPLAY is not set); "
                              "run it on a desktop, or use 'frontdesk shot' for a picture of a page")
            from frontdesk.ui.app import run
            return run(db_path(args))
        return args.func(args) or 0
    except UsageError as exc:
        print(f"frontdesk: error: {exc}", file=sys.stderr)
        return 2
    except Refused as exc:
        print(f"frontdesk: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:                      # `frontdesk ticket list | head`
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as exc:                       # disk full, no permission, a file vanished
        print(f"frontdesk: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:
        import sqlite3
        if isinstance(exc, sqlite3.OperationalError) and any(
                w in str(exc) for w in ("locked", "readonly", "disk", "unable to open", "busy")):
            print(f"frontdesk: the database cannot be written now ({exc}); nothing was changed", file=sys.stderr)
            return 1
        raise
    except KeyboardInterrupt:
        print("frontdesk: cancelled", file=sys.stderr)
        return 130
