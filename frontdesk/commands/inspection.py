"""frontdesk inspection templates | due | record (docs/architecture.md, The command line): rounds planned from templates, entered from the
returned sheet, findings opened as repair tickets."""
from __future__ import annotations


from frontdesk.cli import open_db
from frontdesk.commands import actor_of, add_as, check_suffix, emit_json, parse_day

STATE_ZH = {"upcoming": "未到", "due": "今日应检", "late": "逾期未检", "done": "已完成", "missed": "漏检"}


def register(sub) -> None:
    p = sub.add_parser("inspection", help="inspection templates, rounds due, and entering a returned sheet")
    isub = p.add_subparsers(dest="inspection_command", metavar="ACTION", required=True, parser_class=type(p))

    t = isub.add_parser("templates", help="the inspection templates: places, frequency and items")
    t.add_argument("--json", action="store_true", help="print JSON")
    t.set_defaults(func=templates)

    d = isub.add_parser("due", help="rounds due today, late, done today and missed in the last 7 days")
    d.add_argument("--date", help="the day, YYYY-MM-DD (default today)")
    d.add_argument("--json", action="store_true", help="print JSON")
    d.set_defaults(func=due)

    r = isub.add_parser("record", help="enter a returned sheet; prints the numbers of the repair tickets it opened",
                        description="Enter a returned inspection sheet. FILE.json is a list with one object per "
                                    "item: {\"item\": NAME, \"result\": \"normal\"|\"abnormal\", \"count\"|\"reading\": "
                                    "NUMBER, \"remark\": TEXT}. An abnormal item or a count or reading outside its "
                                    "range opens a repair ticket (channel patrol); entering the same round again "
                                    "updates it and opens no second ticket. A bad sheet is refused naming the "
                                    "item, and nothing is written.")
    r.add_argument("--template", required=True, help="the template's name (see 'inspection templates')")
    r.add_argument("--place", required=True, help="one of the template's places")
    r.add_argument("--results", required=True, metavar="FILE.json", help="the results, one object per item")
    r.add_argument("--at", help="when it was inspected, 'YYYY-MM-DD HH:MM' (default now)")
    r.add_argument("--inspector", help="who inspected (default: the user entering it)")
    r.add_argument("--period", help="the round's period when it is not the one --at falls in "
                                    "(YYYY-MM-DD, or YYYY-MM for a monthly round)")
    add_as(r)
    r.set_defaults(func=record)

    s = isub.add_parser("sheet", help="print a round's sheet with its number and QR code (the round is planned)")
    s.add_argument("--template", required=True, help="the template's name")
    s.add_argument("--place", required=True, help="one of the template's places")
    s.add_argument("--date", help="a day of the round's period, YYYY-MM-DD (default today)")
    s.add_argument("--out", required=True, metavar="FILE.pdf", help="where to write the PDF")
    add_as(s)
    s.set_defaults(func=sheet)


def templates(args) -> int:
    from frontdesk.store import inspections
    rows = inspections.templates(open_db(args))
    out = []
    for t in rows:
        items = []
        for i in t["items"]:
            item = {"name": i["name"], "judged": i["judged"], "standard": i["standard"]}
            if i["judged"] != "normal_abnormal":
                item.update(unit=i["unit"], min=i["min"], max=i["max"])
            if t["kind"] == "quality":
                item["weight"] = i["weight"]
            items.append(item)
        out.append({"name": t["name"], "title": t["title"], "kind": t["kind"], "area": t["area"],
                    "places": t["places"], "frequency": t["frequency"], "items": items})
    if args.json:
        emit_json(out)
        return 0
    for t in out:
        f = t["frequency"]
        when = {"daily": "daily", "weekly": f"weekly on {f.get('days')}", "monthly": f"monthly on day {f.get('day')}",
                "days": f"every {f.get('n')} days from {f.get('start')}"}[f["every"]]
        print(f"{t['name']}\t{t['title']}\t{t['kind']}\t{when}\t{len(t['items'])} items\t{', '.join(t['places'])}")
    return 0


def due(args) -> int:
    from frontdesk.store import inspections
    rows = inspections.due(open_db(args), parse_day(args.date))
    if args.json:
        emit_json(rows)
        return 0
    for s in rows:
        print(f"{s['due_on']}\t{STATE_ZH[s['state']]} ({s['state']})\t{s['template']}\t{s['place']}\t"
              f"period {s['period']}\t{s['number'] or '-'}")
    return 0


def record(args) -> int:
    import sys

    from frontdesk.commands.tickets import parse_at
    from frontdesk.store import inspections
    at = parse_at(args.at)
    db = open_db(args)
    actor = actor_of(db, args)
    results = inspections.load_results(args.results)
    got = inspections.record(db, actor, template_name=args.template, place=args.place, results_in=results, at=at,
                             inspector=args.inspector, period=args.period)
    r = got["round"]
    print(f"{r['number']} {'recorded' if got['created'] else 'updated'}: {r['findings']} finding(s), "
          f"{len(got['opened'])} ticket(s) opened", file=sys.stderr)
    for number in got["opened"]:
        print(number)
    return 0


def sheet(args) -> int:
    check_suffix("pdf", args.out)
    from frontdesk.services.inspection_sheet import print_round_sheet
    day = parse_day(args.date)
    db = open_db(args)
    prepared = print_round_sheet(db, actor_of(db, args), args.template, args.place, args.out, day=day)
    print(prepared.docs[0]["detail"]["round"])
    return 0
