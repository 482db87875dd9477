"""frontdesk check | backup | restore."""
from __future__ import annotations

from frontdesk.cli import db_path, open_db
from frontdesk.commands import emit_json


def register(sub) -> None:
    c = sub.add_parser("check", help="integrity check, foreign-key check and schema version")
    c.add_argument("--json", action="store_true", help="print JSON")
    c.set_defaults(func=check)
    b = sub.add_parser("backup", help="an online backup of the database, keeping the newest copies")
    b.add_argument("--to", metavar="DIR", help="the folder (default: backups/ beside the database)")
    b.add_argument("--keep", type=int, default=10, help="how many copies to keep (default 10)")
    b.set_defaults(func=backup)
    r = sub.add_parser("restore", help="replace the database with a backup (the current file is kept aside)")
    r.add_argument("backup_file", metavar="BACKUP")
    r.set_defaults(func=restore)


def check(args) -> int:
    from pathlib import Path
    from frontdesk.store.check import check as run_check
    path = Path(db_path(args))
    if not path.exists():
        from frontdesk.core.errors import Refused
        raise Refused("missing", f"{path}: no such database")
    db = open_db(args, migrate=False)
    result = run_check(db)
    if args.json:
        emit_json(result)
    else:
        print(f"integrity: {', '.join(result['integrity'][:5])}")
        print(f"foreign keys: {result['foreign_key_error_count']} problem(s)")
        print(f"schema version: {result['schema_version']} (this program: {result['schema_latest']})")
        for warning in result["warnings"]:
            print(f"warning: {warning}")
        print("ok" if result["ok"] else "NOT OK")
    return 0 if result["ok"] else 1


def backup(args) -> int:
    from frontdesk.store.backup import backup as run_backup, default_folder
    db = open_db(args)
    target = run_backup(db, args.to or default_folder(db_path(args)), keep=args.keep)
    print(target)
    return 0


def restore(args) -> int:
    from frontdesk.store.backup import restore as run_restore
    print(run_restore(args.backup_file, db_path(args)))
    return 0
