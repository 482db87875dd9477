"""frontdesk sync ...: bundles between the terminals of a centre (docs/bundle-format.md)."""
from __future__ import annotations

import sys

from frontdesk.cli import UsageError, open_db
from frontdesk.commands import actor_of, add_as, emit_json


def register(sub) -> None:
    p = sub.add_parser("sync", help="exchange data with the centre's other terminals and head office",
                       description="Signed CSV bundles on a shared folder or a USB stick.")
    s = p.add_subparsers(dest="sync_command", metavar="ACTION")
    s.required = True
    e = s.add_parser("export", help="write one bundle of what changed since the last export; prints its path")
    e.add_argument("--to", required=True, metavar="DIR", help="folder to write the bundle in")
    e.add_argument("--full", action="store_true", help="everything, not only the changes (to join a terminal)")
    add_as(e)
    e.set_defaults(func=run_export)
    i = s.add_parser("import", help="apply a bundle, or every new bundle in a folder")
    i.add_argument("--from", dest="source", required=True, metavar="PATH", help="a bundle or a folder of bundles")
    i.add_argument("--json", action="store_true", help="print what each bundle did as JSON")
    add_as(i)
    i.set_defaults(func=run_import)
    c = s.add_parser("conflicts", help="rows both sides changed, waiting to be settled")
    c.add_argument("--json", action="store_true", help="print JSON")
    c.set_defaults(func=run_conflicts)
    st = s.add_parser("settle", help="settle a conflict: keep ours, take theirs, or edit")
    st.add_argument("conflict", metavar="ID", help="the conflict's id (sync conflicts)")
    st.add_argument("--keep", required=True, choices=("ours", "theirs", "edit"))
    st.add_argument("--set", action="append", default=[], metavar="COLUMN=VALUE", help="with --keep edit")
    add_as(st)
    st.set_defaults(func=run_settle)
    k = s.add_parser("key", help="the centre's key (admin): hand it to head office and to a joining terminal")
    k.add_argument("--show", action="store_true", required=True, help="print the key alone")
    add_as(k)
    k.set_defaults(func=run_key)
    t = s.add_parser("trust-hq", help="accept head office's reference bundles signed with this key (admin)")
    t.add_argument("--key-file", required=True, metavar="FILE", help="head office's key ('-': standard input)")
    add_as(t)
    t.set_defaults(func=run_trust)
    stt = s.add_parser("status", help="this terminal, its last export and import, conflicts waiting")
    stt.add_argument("--json", action="store_true", help="print JSON")
    stt.set_defaults(func=run_status)


def run_export(args) -> int:
    from frontdesk.sync.export import export
    db = open_db(args)
    out = export(db, args.to, actor=actor_of(db, args), full=args.full)
    if out.path is None:
        print("nothing changed since the last export; no bundle written")
        return 0
    rows = sum(out.rows.values())
    print(f"bundle {out.seq}: {rows} rows in {len(out.rows)} tables, {out.files} files", file=sys.stderr)
    print(out.path)
    return 0


def run_import(args) -> int:
    from frontdesk.sync.apply import import_path
    from frontdesk.sync.conflicts import count_waiting
    db = open_db(args)
    results = import_path(db, args.source, actor=actor_of(db, args))
    if args.json:
        emit_json([r.as_dict() for r in results])
    else:
        if not results:
            print("no new bundles")
        for r in results:
            if r.status == "applied":
                parts = [f"{t} +{r.new.get(t, 0)} ~{r.updated.get(t, 0)}"
                         for t in sorted(set(r.new) | set(r.updated))]
                print(f"{r.path.name}: applied ({', '.join(parts) or 'nothing new'}"
                      f"{f', {r.conflicts} conflicts' if r.conflicts else ''})")
            elif r.status == "skipped":
                print(f"{r.path.name}: skipped, {r.message}")
            else:
                print(f"frontdesk: refused {r.message}", file=sys.stderr)
        waiting = count_waiting(db)
        if waiting:
            print(f"{waiting} conflicts wait to be settled (frontdesk sync conflicts)")
    return 1 if any(r.status == "refused" for r in results) else 0


def run_conflicts(args) -> int:
    from frontdesk.sync.conflicts import masked, waiting
    db = open_db(args)
    rows = [masked(c) for c in waiting(db)]
    if args.json:
        emit_json(rows)
        return 0
    if not rows:
        print("no conflicts")
    for c in rows:
        print(f"{c['id']}  {c['table']} {c['label']}  differ: {', '.join(c['differ']) or '-'}")
        for f in c["differ"]:
            print(f"    {f}: ours {c['ours'].get(f)!r} / theirs {c['theirs'].get(f)!r}")
    return 0


def run_settle(args) -> int:
    from frontdesk.sync.conflicts import settle
    values = {}
    for item in args.set:
        if "=" not in item:
            raise UsageError(f"--set {item}: write COLUMN=VALUE")
        k, v = item.split("=", 1)
        values[k] = v
    if values and args.keep != "edit":
        raise UsageError("--set goes with --keep edit")
    db = open_db(args)
    out = settle(db, args.conflict, args.keep, actor_of(db, args), values)
    print(f"{out['table']} {out['label']}: {out['decision']}")
    return 0


def run_key(args) -> int:
    from frontdesk.sync.identity import key_text
    db = open_db(args)
    print(key_text(db, actor_of(db, args)))
    return 0


def read_key_file(name: str) -> str:
    if name == "-":
        return sys.stdin.read()
    from frontdesk.core.errors import Invalid
    try:
        with open(name, encoding="utf-8") as f:
            return f.read()
    except OSError as exc:
        raise Invalid("key-file", f"{name}: {exc.strerror or exc}") from None


def run_trust(args) -> int:
    from frontdesk.sync.identity import trust_hq
    db = open_db(args)
    trust_hq(db, read_key_file(args.key_file), actor_of(db, args))
    print("head office's key registered: its reference bundles will be accepted")
    return 0


def run_status(args) -> int:
    from frontdesk.sync.status import status
    db = open_db(args)
    st = status(db)
    if args.json:
        emit_json(st)
    else:
        for k, v in st.items():
            print(f"{k}: {v if v is not None else '-'}")
    return 0
