"""The command line (docs/architecture.md, The command line). No Qt import unless the GUI starts.

Exit 0 on success, 1 on a refused action (the message says why), 2 on bad usage."""
from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import sys

from frontdesk import __version__

#: Modules in frontdesk.commands; each has register(subparsers) adding its commands.
COMMANDS = ("init", "demo", "tickets", "callbacks", "survey", "maintenance", "printing", "reports", "archive", "shot",
            "inspection",
            "hq", "sync", "ring", "audit", "privacy", "settings")


DB_HELP = "the centre's database file (default: FRONTDESK_DB, or the per-user data folder)"
#: The only commands that may create a database file.
CREATING = ("init", "demo")


class UsageError(Exception):
    """Bad usage found after parsing (exit 2)."""


class Parser(argparse.ArgumentParser):
    def error(self, message):  # exit 2 with the usage, as argparse does, but in one place
        self.print_usage(sys.stderr)
        shown = message.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")   # non-UTF-8 bytes
        print(f"{self.prog}: error: {shown}", file=sys.stderr)
        raise SystemExit(2)


class VersionAction(argparse.Action):
    """--version: what an installer or a support call needs first (the --db given before it counts)."""

    def __call__(self, parser, namespace, values, option_string=None):
        from frontdesk.store.backup import folder_of_file
        from frontdesk.store.db import default_path
        path = getattr(namespace, "db", None) or default_path()
        print(f"frontdesk {__version__}\ndatabase: {path}\nbackups: {folder_of_file(path)}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="frontdesk", description="物业服务中心客服前台 — the front desk of a property-management "
                    "service centre. Without a command, starts the window.")
    parser.add_argument("--db", help=DB_HELP)
    parser.add_argument("--version", action=VersionAction, nargs=0,
                        help="print the version, the database file and the backup folder, one per line, and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for name in COMMANDS:
        importlib.import_module(f"frontdesk.commands.{name}").register(sub)
    for command in _subparsers(parser):       # `frontdesk ticket list --db X` as well as `frontdesk --db X ...`
        command.add_argument("--db", default=argparse.SUPPRESS, help=DB_HELP)
    return parser


def _subparsers(parser: argparse.ArgumentParser, seen: set | None = None):
    """Every sub-command's parser below parser, each once (aliases share one)."""
    seen = set() if seen is None else seen
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                if id(child) not in seen:
                    seen.add(id(child))
                    yield child
                    yield from _subparsers(child, seen)


def _options(parser: argparse.ArgumentParser) -> dict[str, str]:
    """dest -> how the user wrote it (--text, FILE), over the parser and all its sub-commands."""
    names: dict[str, str] = {}
    for p in [parser, *_subparsers(parser)]:
        for action in p._actions:
            if action.dest and action.dest != argparse.SUPPRESS:
                names.setdefault(action.dest, action.option_strings[0] if action.option_strings
                                 else (action.metavar or action.dest))
    return names


def _refuse_undecodable(parser: argparse.ArgumentParser, args) -> None:
    """Bytes that are not UTF-8 (kept by Python as lone surrogates) are refused naming the argument."""
    for dest, value in vars(args).items():
        for text in value if isinstance(value, list) else [value]:
            if isinstance(text, str) and any("\udc80" <= ch <= "\udcff" for ch in text):
                from frontdesk.core.errors import Invalid
                bad = text.encode("utf-8", "surrogateescape")
                raise Invalid(_options(parser).get(dest, dest).lstrip("-"),
                              f"not UTF-8 text ({bad!r}); type it again or set the terminal to UTF-8")


def open_db(args, *, migrate: bool = True, create: bool = False):
    """The centre's database; a missing file is refused unless the command creates one (init, demo)."""
    from frontdesk.store.db import connect
    return connect(db_path(args), migrate=migrate, create=create)


def db_path(args):
    from frontdesk.store.db import default_path
    return args.db or str(default_path())


def existing_db_path(args) -> str:
    """db_path, refused (naming it) when no such database file exists."""
    from pathlib import Path

    from frontdesk.store.db import NoDatabase, empty_file
    path = db_path(args)
    if not Path(path).is_file() or empty_file(Path(path)):
        raise NoDatabase(path)
    return path


@contextlib.contextmanager
def creating_db(args):
    """The database for init and demo: when this command made the file (and its folders) and then fails, the
    file, its -wal/-shm and the folders it made are removed, so a refused init leaves nothing behind."""
    from pathlib import Path
    path = Path(db_path(args)).absolute()
    existed = path.exists()
    made = []
    folder = path.parent
    while not folder.exists():
        made.append(folder)
        folder = folder.parent
    db = None
    try:
        db = open_db(args, create=True)
        yield db
    except BaseException:
        if db is not None:
            db.close()
        if not existed:
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            for folder in made:                   # deepest first; only if still empty
                try:
                    folder.rmdir()
                except OSError:
                    break
        raise


class _Shown:
    """Standard output through `core.text.shown`: no command prints a stored control character (an ESC
    sequence in a ticket's text) raw to the terminal."""

    def __init__(self, stream):
        self._stream = stream

    def write(self, text: str) -> int:
        from frontdesk.core.text import shown
        return self._stream.write(shown(text))

    def __getattr__(self, name):
        return getattr(self._stream, name)


def _say(message) -> None:
    """A refusal or an error on standard error, control characters in echoed values made visible."""
    from frontdesk.core.text import shown
    print(f"frontdesk: {shown(str(message))}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    real = sys.stdout
    sys.stdout = _Shown(real)
    try:
        return _main(argv)
    finally:
        sys.stdout = real


def _main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser()
    args = parser.parse_args(argv)
    from frontdesk.core.errors import Refused
    try:
        _refuse_undecodable(parser, args)
        if args.db is not None and not str(args.db).strip():
            from frontdesk.core.errors import Invalid
            raise Invalid("db", "empty file name; give the centre's database file, e.g. --db centre.db")
        if args.db:
            os.environ["FRONTDESK_DB"] = str(args.db)
        if not args.command:
            if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get(
                    "WAYLAND_DISPLAY") or os.environ.get("QT_QPA_PLATFORM")):
                raise Refused("no_display", "no screen to show the window on (DISPLAY is not set); "
                              "run it on a desktop, or use 'frontdesk shot' for a picture of a page")
            from frontdesk.ui.app import run
            return run(db_path(args))
        return args.func(args) or 0
    except UsageError as exc:
        _say(f"error: {exc}")
        return 2
    except Refused as exc:
        _say(exc)
        return 1
    except BrokenPipeError:                      # `frontdesk ticket list | head`
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as exc:                       # disk full, no permission, a file vanished
        from frontdesk.store.db import storage_refusal
        _say(storage_refusal(db_path(args), exc) or exc)
        return 1
    except Exception as exc:
        import sqlite3

        from frontdesk.store.db import storage_refusal
        refusal = storage_refusal(db_path(args), exc) if isinstance(exc, sqlite3.Error) else None
        if refusal is not None:
            _say(refusal)
            return 1
        if isinstance(exc, sqlite3.OperationalError) and any(
                w in str(exc) for w in ("locked", "readonly", "disk", "unable to open", "busy")):
            _say(f"the database cannot be written now ({exc}); nothing was changed")
            return 1
        raise
    except KeyboardInterrupt:
        print("frontdesk: cancelled", file=sys.stderr)
        return 130
