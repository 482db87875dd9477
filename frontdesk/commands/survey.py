"""frontdesk survey create | enter | results — the annual satisfaction survey (满意度调查)."""
from __future__ import annotations

from frontdesk.cli import open_db
from frontdesk.commands import actor_of, add_as, emit_json


def register(sub) -> None:
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
