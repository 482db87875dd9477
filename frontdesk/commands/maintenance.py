"""frontdesk check | backup | restore."""
from __future__ import annotations

import argparse
import sys

from frontdesk.cli import db_path, open_db
from frontdesk.commands import actor_of, add_as, emit_json


def _at_least_one(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value}: keep at least 1 copy (the newest is always kept)")
    return value


def register(sub) -> None:
    c = sub.add_parser("check", help="integrity check, foreign-key check and schema version; says which failed")
    c.add_argument("--json", action="store_true", help="print JSON")
    c.set_defaults(func=check)
    b = sub.add_parser("backup", help="a checked online backup of the database, then the rotation "
                       "(7 daily, 4 weekly, 12 monthly unless set otherwise)")
    b.add_argument("--to", metavar="DIR", help="the folder (default: the backup folder setting, else backups/ "
                   "beside the database)")
    b.add_argument("--keep", type=_at_least_one, default=None,
                   help="keep only the newest N copies instead of the daily/weekly/monthly rotation")
    add_as(b)
    b.set_defaults(func=backup)
    r = sub.add_parser("restore", help="replace the database with a checked backup (the current file is kept "
                       "aside first)")
    r.add_argument("backup_file", metavar="BACKUP")
    add_as(r)
    r.set_defaults(func=restore)


def _missing(path):
    from frontdesk.core.errors import Refused
    return Refused("missing", f"{path}: no such database")


def check(args) -> int:
    from pathlib import Path

    from frontdesk.store.check import check_file
    from frontdesk.store.db import NoDatabase, empty_file
    path = Path(db_path(args))
    if not path.exists():
        raise _missing(path)
    if empty_file(path):                    # no centre to check (it would read as sound and of schema 0)
        raise NoDatabase(path)
    result = check_file(path)
    if args.json:
        emit_json(result)
        return 0 if result["ok"] else 1
    steps = (("open", "open"), ("integrity", "integrity"), ("schema", "schema version"),
             ("foreign_keys", "foreign keys"))
    failed = result["failed"]
    for key, name in steps:
        if key == failed:
            print(f"{name}: FAILED ({result['reason']})")
            break
        if key == "integrity":
            print("integrity: ok")
        elif key == "schema":
            print(f"schema version: {result['schema_version']} (this program: {result['schema_latest']})")
        elif key == "foreign_keys":
            print(f"foreign keys: {result['foreign_key_error_count']} problem(s)")
    for warning in result["warnings"]:
        print(f"warning: {warning}")
    if result["ok"]:
        print("ok")
        return 0
    print("NOT OK")
    advice = ("; writes to it are refused until a backup is restored ('frontdesk restore BACKUP')"
              if failed in ("open", "integrity") else "")
    print(f"frontdesk: {path}: the {dict(steps)[failed]} check failed: {result['reason']}{advice}", file=sys.stderr)
    return 1


def backup(args) -> int:
    from pathlib import Path

    from frontdesk.store.backup import backup as run_backup
    path = Path(db_path(args))
    if not path.exists():
        raise _missing(path)
    from frontdesk.store.backup import BackupRefused
    from frontdesk.store.db import DatabaseDamaged
    try:
        db = open_db(args)
    except DatabaseDamaged as exc:                # not even readable: refused, the earlier backups untouched
        raise BackupRefused(path, "open", exc.data.get("reason", "")) from None
    try:
        target = run_backup(db, args.to, actor=actor_of(db, args), keep=args.keep)
    finally:
        db.close()
    print(target)
    return 0


def restore(args) -> int:
    import sqlite3
    from pathlib import Path

    from frontdesk.core.errors import Refused
    from frontdesk.store.backup import inspect, restore as run_restore
    from frontdesk.store.db import connect
    from frontdesk import instance
    path = Path(db_path(args))
    inspect(args.backup_file)                     # refuse a bad backup before anything else
    if instance.running(path):                    # the window would go on under a user and a centre not there
        raise Refused("window_open", f"{path}: a window is open on this database; close it first, or restore "
                      "from the window (设置 → 备份), which closes and reopens itself", field="db")
    actor = None
    for source in (path, Path(args.backup_file)):  # who acts: from the live data, or the backup's if damaged
        if not source.is_file():
            continue
        try:
            db = connect(source, migrate=False)
        except Refused:
            continue
        try:
            actor = actor_of(db, args)
            break
        except (Refused, sqlite3.DatabaseError):
            if source != path:
                raise
        finally:
            db.close()
    result = run_restore(args.backup_file, path, actor=actor)
    if result["kept_aside"]:
        print(f"kept aside: {result['kept_aside']}")
    print(result["db"])
    return 0
