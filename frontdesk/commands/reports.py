"""frontdesk export daily-log | report monthly | callback due, record | survey create, enter, results."""
from __future__ import annotations

import datetime as dt

from frontdesk.cli import UsageError, open_db
from frontdesk.commands import actor_of, add_as, emit_json
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

    cb = sub.add_parser("callback", help="satisfaction callbacks (满意度回访): who is due, and record a call")
    cbsub = cb.add_subparsers(dest="callback_command", metavar="ACTION", required=True, parser_class=type(cb))
    due = cbsub.add_parser("due", help="tickets waiting for the callback, the most urgent first")
    due.add_argument("--json", action="store_true", help="print JSON")
    due.set_defaults(func=callback_due)
    rec = cbsub.add_parser("record", help="record one callback try; unsatisfied reopens the ticket and leaves a "
                           "note to its first responder")
    rec.add_argument("number", help="the ticket number")
    got = rec.add_mutually_exclusive_group(required=True)
    got.add_argument("--reached", action="store_true", help="the owner answered")
    got.add_argument("--not-reached", action="store_true", help="nobody answered (after three tries the callback "
                     "letter is due: frontdesk print callback-letter)")
    rec.add_argument("--rating", help="the owner's rating when reached: satisfied, basic or unsatisfied")
    rec.add_argument("--comment", default="", help="what the owner said")
    add_as(rec)
    rec.set_defaults(func=callback_record)

    s = sub.add_parser("survey", help="the annual satisfaction survey (满意度调查)")
    ssub = s.add_subparsers(dest="survey_command", metavar="ACTION", required=True, parser_class=type(s))
    c = ssub.add_parser("create", help="create the year's survey")
    c.add_argument("year", type=int, help="the year, e.g. 2026")
    c.add_argument("--title", help="the title printed on the forms")
    add_as(c)
    c.set_defaults(func=survey_create)
    n = ssub.add_parser("enter", help="enter one returned form")
    n.add_argument("year", type=int, help="the survey's year")
    n.add_argument("--unit", required=True, help="the unit code, e.g. 3-2-1202")
    n.add_argument("--scores", required=True, help="ten digits 1-5 in the form's order, e.g. 5445354453")
    n.add_argument("--comment", default="", help="the owner's comment")
    add_as(n)
    n.set_defaults(func=survey_enter)
    res = ssub.add_parser("results", help="results per element, index, satisfied share, beside last year's")
    res.add_argument("year", type=int, help="the survey's year")
    res.add_argument("--json", action="store_true", help="print JSON")
    res.add_argument("--out", metavar="FILE", help="also write the results: FILE.csv, or FILE.pdf for a report "
                     "with a chart")
    add_as(res)
    res.set_defaults(func=survey_results)


YEARS = range(1900, 3000)          # the years a report can cover (date arithmetic stays in range)


def _day(text: str) -> dt.date:
    try:
        day = dt.date.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(f"--date: '{text}' is not YYYY-MM-DD") from None
    if day.year not in YEARS:
        raise UsageError(f"--date: '{text}' is out of range (years {YEARS.start}–{YEARS.stop - 1})")
    return day


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
    day = _day(args.date)
    db = open_db(args)
    out = export_daily_log(db, day, args.format, args.out, actor_of(db, args))
    print(f"{out['path']}  ({out['rows']} rows)")
    return 0


def monthly(args) -> int:
    from frontdesk.core.reports import pct, pp, verdict
    from frontdesk.services.reports import export_monthly
    month = _month(args.month)
    db = open_db(args)
    out = export_monthly(db, month, args.out, actor_of(db, args))
    f = out["figures"]
    if args.json:
        emit_json(f)
        return 0
    t, s, late = f["timeliness"], f["satisfaction"], f["late_repair"]
    print(out["path"])
    print(f"  intake {f['intake']['total']}  timely {pct(t['rate'])} ({t['met']}/{t['due']}, "
          f"{verdict(t['meets_target'])}, {pp(t['change'])})  satisfaction {pct(s['rate'])} "
          f"({s['satisfied'] + s['basic']}/{s['reached']}, {verdict(s['meets_target'])})  "
          f"late-repair complaints {pct(late['share'])} ({late['caused']}/{late['complaints']}, "
          f"{verdict(late['meets_target'])})")
    if f.get("inspections", {}).get("due"):
        i = f["inspections"]
        print(f"  inspections {pct(i['rate'] / 100)} ({i['done']}/{i['due']})  missed {i['missed']}")
    return 0


def survey_create(args) -> int:
    from frontdesk.store import surveys
    db = open_db(args)
    s = surveys.create(db, args.year, actor_of(db, args), title=args.title)
    print(f"{s['year']} {s['title']}")
    return 0


def survey_enter(args) -> int:
    from frontdesk.store import surveys
    db = open_db(args)
    r = surveys.enter_response(db, args.year, args.unit, args.scores, actor_of(db, args), comment=args.comment)
    print(f"{r['year']} {r['unit']} {''.join(str(v) for v in r['scores'].values())}")
    return 0


def survey_results(args) -> int:
    from frontdesk.core.reports import pct
    from frontdesk.store import surveys
    db = open_db(args)
    if args.out:
        from frontdesk.services.survey_export import export_results
        export_results(db, args.year, args.out, actor_of(db, args))
    res = surveys.results(db, args.year)
    if args.json:
        emit_json(res)
        return 0
    o, p = res["overall"], res["last"]
    fmt = lambda v: "—" if v is None else f"{v:.1f}"  # noqa: E731
    print(f"{args.year}: {o['responses']} forms  index {fmt(o['index'])}  satisfied {pct(o['satisfied_share'])}"
          f"   ({args.year - 1}: {p['responses']} forms  index {fmt(p['index'])}  "
          f"satisfied {pct(p['satisfied_share'])})")
    for e in res["elements"]:
        mean = "—" if e["mean"] is None else f"{e['mean']:.2f}"
        print(f"  {e['name']}\tmean {mean}\tindex {fmt(e['index'])}\t({args.year - 1}: index {fmt(e['last_index'])})")
    return 0


def callback_due(args) -> int:
    from frontdesk.store.tickets import callbacks_due
    db = open_db(args)
    rows = callbacks_due(db)
    if args.json:
        emit_json(rows)
        return 0
    for t in rows:
        late = "  LATE" if t["timing"] == "callback_overdue" else ""
        print(f"{t['number']}\t{t['status']}\t{t['unit'] or '-'}\t{t['contact_phone'] or '-'}\t"
              f"due {t['callback_due_at'] or '-'}\ttries {t['callback_attempts']}{late}")
    return 0


def callback_record(args) -> int:
    from frontdesk.services.callbacks import record
    if args.not_reached and args.rating:
        raise UsageError("--rating goes with --reached")
    db = open_db(args)
    res = record(db, args.number, actor_of(db, args), reached=args.reached, rating=args.rating, comment=args.comment)
    t = res["ticket"]
    print(f"{t['number']} {t['status']} tries {t['callback_attempts']}"
          + ("  (three tries failed: print the callback letter)" if res["offer_letter"] else ""))
    return 0
