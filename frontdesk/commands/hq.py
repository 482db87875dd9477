"""frontdesk hq init | centre add | merge | report | publish | view — head office (docs/hq.md)."""
from __future__ import annotations

import sys

from frontdesk.cli import UsageError
from frontdesk.commands import emit_json

INTO_HELP = "head office's database: a SQLite file, or a postgresql://user@host:port/dbname URL"


def register(sub) -> None:
    h = sub.add_parser("hq", help="head office: every centre's bundles in one database, and the group report")
    hsub = h.add_subparsers(dest="hq_command", metavar="ACTION", required=True, parser_class=type(h))

    i = hsub.add_parser("init", help="make an empty head-office database and head office's signing key "
                        "(shown once)")
    i.add_argument("--into", required=True, metavar="HQ", help=INTO_HELP)
    i.add_argument("--name", default="总部", help="head office's name (printed on the group report)")
    i.set_defaults(func=init)

    c = hsub.add_parser("centre", help="register a centre whose bundles head office accepts")
    csub = c.add_subparsers(dest="centre_command", metavar="ACTION", required=True, parser_class=type(c))
    a = csub.add_parser("add", help="register a centre by name with the key its admin handed over")
    a.add_argument("--into", required=True, metavar="HQ", help=INTO_HELP)
    a.add_argument("--name", required=True, help="the centre's name")
    a.add_argument("--key-file", required=True, metavar="FILE",
                   help="the centre's key (frontdesk sync key --show, saved to a file)")
    a.set_defaults(func=centre_add)
    ls = csub.add_parser("list", help="the registered centres and their last merge")
    ls.add_argument("--into", required=True, metavar="HQ", help=INTO_HELP)
    ls.add_argument("--json", action="store_true", help="print JSON")
    ls.set_defaults(func=centre_list)

    m = hsub.add_parser("merge", help="check and merge centres' bundles (a bundle, or a folder of bundles)")
    m.add_argument("--into", required=True, metavar="HQ", help=INTO_HELP)
    m.add_argument("paths", nargs="+", metavar="BUNDLE_OR_FOLDER", help="bundles, or folders holding bundles")
    m.add_argument("--json", action="store_true", help="print what was merged as JSON")
    m.set_defaults(func=merge)

    r = hsub.add_parser("report", help="the cross-centre monthly report: PDF with charts, CSV or XLSX")
    r.add_argument("--into", required=True, metavar="HQ", help=INTO_HELP)
    r.add_argument("--month", required=True, help="the month, YYYY-MM")
    r.add_argument("--out", required=True, metavar="FILE", help="FILE.pdf, FILE.csv or FILE.xlsx")
    r.add_argument("--json", action="store_true", help="also print the figures per centre as JSON")
    r.set_defaults(func=report)

    p = hsub.add_parser("publish", help="write a reference bundle (categories, templates, standard answers, "
                        "SLA settings, holidays) signed by head office")
    p.add_argument("--into", required=True, metavar="HQ", help=INTO_HELP)
    p.add_argument("--to", required=True, metavar="DIR", help="the folder to write the bundle in")
    p.set_defaults(func=publish)

    v = hsub.add_parser("view", help="the group report in a window, with charts and each centre's tickets")
    v.add_argument("--into", required=True, metavar="HQ", help=INTO_HELP)
    v.add_argument("--month", help="the month to open on, YYYY-MM (default: last month)")
    v.set_defaults(func=view)


def _month(text: str) -> str:
    from frontdesk.core.reports import month_key, parse_month
    try:
        return month_key(*parse_month(text))
    except ValueError:
        raise UsageError(f"--month: '{text}' is not YYYY-MM") from None


def init(args) -> int:
    from frontdesk.hq.centres import init as make
    made = make(args.into, args.name)
    print(f"head office made in {made['target']}", file=sys.stderr)
    print("head office's key (shown once; every centre registers it with 'frontdesk sync trust-hq --key-file FILE' "
          "to accept published reference data):", file=sys.stderr)
    print(made["key"])
    return 0


def centre_add(args) -> int:
    from frontdesk.hq.centres import add_centre, open_hq, read_key_file
    key = read_key_file(args.key_file)
    with open_hq(args.into) as hq:
        add_centre(hq, args.name, key)
    print(f"centre '{args.name.strip()}' registered; its first bundle binds it to its centre id")
    return 0


def centre_list(args) -> int:
    from frontdesk.hq.centres import centres, open_hq
    with open_hq(args.into) as hq:
        rows = centres(hq)
    if args.json:
        emit_json(rows)
        return 0
    for r in rows:
        print(f"{r['name']}\t{r['centre_id'] or '(no bundle yet)'}\t{r['bundles']} bundles\t"
              f"{r['last_merged_at'] or ''}")
    return 0


def merge(args) -> int:
    from frontdesk.hq.centres import open_hq
    from frontdesk.hq.merge import merge as run
    with open_hq(args.into) as hq:
        done = run(hq, args.paths)
    if args.json:
        emit_json(done)
        return 0
    for r in done["merged"]:
        print(f"merged {r['bundle']} ({r['centre']}): {r['rows']} rows, {r['applied']} new or newer")
    for r in done["skipped"]:
        print(f"already merged, passed over: {r['bundle']} ({r['centre']})")
    print(f"{len(done['merged'])} bundles merged, {len(done['skipped'])} already merged; "
          f"{done['applied']} of {done['rows']} rows applied")
    return 0


def report(args) -> int:
    from frontdesk.hq.centres import open_hq
    from frontdesk.hq.output import write_report
    month = _month(args.month)
    with open_hq(args.into) as hq:
        out = write_report(hq, month, args.out)
    if args.json:
        emit_json([{**c["row"], "centre_id": c["centre_id"]} for c in out["report"]["centres"]]
                  + [out["report"]["group"]["row"]])
    print(out["path"])
    return 0


def publish(args) -> int:
    from frontdesk.hq.centres import open_hq
    from frontdesk.hq.reference import publish as run
    with open_hq(args.into) as hq:
        out = run(hq, args.to)
    counts = ", ".join(f"{t} {n}" for t, n in out["rows"].items())
    print(f"reference data: {counts}", file=sys.stderr)
    print(out["path"])
    return 0


def view(args) -> int:
    from frontdesk.hq.centres import open_hq
    month = _month(args.month) if args.month else None
    open_hq(args.into).close()                    # refuse a wrong target before any window opens
    from frontdesk.ui.hq_view import run
    return run(args.into, month)
