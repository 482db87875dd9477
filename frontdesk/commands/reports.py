"""frontdesk export daily-log | report monthly (callbacks: commands/callbacks.py; the survey: commands/survey.py)."""
from __future__ import annotations


from frontdesk.cli import UsageError, open_db
from frontdesk.commands import YEARS, actor_of, add_as, check_suffix, emit_json, parse_day
from frontdesk.commands._export import export_group


def register(sub) -> None:
    e = export_group(sub).add_parser("daily-log", help="the call-and-visit register (来电来访登记台账) of one day")
    e.add_argument("--date", required=True, help="the day, YYYY-MM-DD")
    e.add_argument("--format", required=True, choices=("csv", "xlsx", "pdf"),
                   help="csv (UTF-8 with BOM), xlsx or pdf (landscape, with the letterhead)")
    e.add_argument("--out", required=True, metavar="FILE", help="the file to write")
    add_as(e)
    e.set_defaults(func=daily_log)

    r = sub.add_parser("report", help="the monthly analysis (月度分析报告)")
    rsub = r.add_subparsers(dest="report_what", metavar="WHAT", required=True, parser_class=type(r))
    m = rsub.add_parser("monthly", help="the monthly analysis with charts, as a PDF")
    m.add_argument("--month", required=True, help="the month, YYYY-MM")
    m.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF to write")
    m.add_argument("--json", action="store_true", help="also print the figures as JSON")
    add_as(m)
    m.set_defaults(func=monthly)


def _month(text: str) -> str:
    from frontdesk.core.reports import month_key, parse_month
    try:
        year, month = parse_month(text)
    except ValueError:
        raise UsageError(f"--month: '{text}' is not YYYY-MM") from None
    if year not in YEARS:
        raise UsageError(f"--month: '{text}' is out of range (years {YEARS.start}–{YEARS.stop - 1})")
    return month_key(year, month)


def daily_log(args) -> int:
    from frontdesk.services.reports import export_daily_log
    day = parse_day(args.date)
    check_suffix(args.format, args.out)
    db = open_db(args)
    out = export_daily_log(db, day, args.format, args.out, actor_of(db, args))
    print(f"{out['path']}  ({out['rows']} rows)")
    return 0


def monthly(args) -> int:
    check_suffix("pdf", args.out)
    from frontdesk.core.reports import pct, pp, verdict
    from frontdesk.services.reports import export_monthly
    month = _month(args.month)
    db = open_db(args)
    out = export_monthly(db, month, args.out, actor_of(db, args))
    f = out["figures"]
    if args.json:
        emit_json(f)
        return 0
    t, s, late = f["repair_timeliness"], f["satisfaction"], f["late_repair"]
    print(out["path"])
    print(f"  intake {f['intake']['total']}  repairs timely {pct(t['rate'])} ({t['met']}/{t['due']}, "
          f"{verdict(t['meets_target'])}, {pp(t['change'])})  satisfaction {pct(s['rate'])} "
          f"({s['satisfied'] + s['basic']}/{s['reached']}, {verdict(s['meets_target'])})  "
          f"late-repair complaints {pct(late['share'])} ({late['caused']}/{late['complaints']}, "
          f"{verdict(late['meets_target'])})")
    if f.get("inspections", {}).get("due"):
        i = f["inspections"]
        print(f"  inspections {pct(i['rate'] / 100)} ({i['done']}/{i['due']})  missed {i['missed']}")
    return 0
