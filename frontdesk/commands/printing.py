"""frontdesk print KIND [--ticket NUMBER] [--units SELECTION] [--template NAME] --out FILE.pdf (docs/architecture.md, The command line)."""
from __future__ import annotations

import sys

from frontdesk.cli import UsageError, open_db
from frontdesk.commands import actor_of, add_as

KINDS = ("complaint-reply", "callback-letter", "notice", "work-order", "inspection-sheet", "survey-form")


def register(sub) -> None:
    p = sub.add_parser(
        "print", help="print a document to a PDF file (and record it)",
        description="Lay out a document with the centre's letterhead and write it as a PDF. Ticket documents "
                    "(complaint-reply, callback-letter, work-order) need --ticket; notices and survey forms need "
                    "--units (one page per unit, one PDF) or --public; an inspection sheet needs --template. "
                    "Every document printed is recorded with its number and checksum.")
    p.add_argument("kind", metavar="KIND", choices=KINDS, help="one of: " + ", ".join(KINDS))
    p.add_argument("--ticket", metavar="NUMBER", help="the ticket a letter or work order is for")
    p.add_argument("--units", metavar="SELECTION",
                   help="unit code prefixes, comma-separated: 1- (building 1), 1-2- (its entrance 2), "
                        "3-2-1202 (one unit) or all")
    p.add_argument("--template", metavar="NAME",
                   help="template short name (or one an admin made): for a notice water-outage (the default), "
                        "power-outage, handover-reminder, fee-reminder or free-text (the default with --text); "
                        "for an inspection sheet (required) elevator, fire-safety, water-supply, public-lighting "
                        "or patrol; letters and survey forms use 'default' unless given")
    p.add_argument("--place", help="for an inspection sheet: which of the template's places (needed when it has "
                   "several here); the sheet is that round's, with its number and QR code")
    p.add_argument("--text", help="the text of a free-text notice; for complaint-reply and callback-letter, what "
                                  "was found and done, written for the owner (kept on the ticket)")
    p.add_argument("--title", help="the notice's title (default: the template's own; 通知 for free text)")
    p.add_argument("--public", action="store_true", help="one poster for the lobby notice board instead of one "
                                                         "per unit (refused for fee and handover reminders, "
                                                         "which speak to one unit); --set take_down=DATE prints "
                                                         "when it comes down")
    p.add_argument("--set", dest="values", action="append", default=[], metavar="NAME=VALUE",
                   help="a value for a template placeholder, e.g. --set start='11月25日 8:00' (repeatable); "
                        "left out, it prints as a blank to fill in by hand")
    p.add_argument("--out", required=True, metavar="FILE.pdf", help="where to write the PDF")
    add_as(p)
    p.set_defaults(func=run)


def _values(pairs: list[str]) -> dict:
    out = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise UsageError(f"--set: '{pair}' is not NAME=VALUE")
        out[name.strip()] = value
    return out


def run(args) -> int:
    from frontdesk.core.templates import PLACEHOLDERS
    from frontdesk.services import printing as sp
    values = _values(args.values)
    known = PLACEHOLDERS.get(sp.TEMPLATE_OF.get(args.kind, ""), {})
    unknown = [k for k in values if k not in known]
    if unknown:
        raise UsageError(f"--set: unknown placeholder {unknown[0]} for {args.kind}"
                         + (f" (valid: {', '.join(known)})" if known else ""))
    if args.kind in sp.TICKET_KINDS and args.units:
        raise UsageError(f"{args.kind} is printed for a ticket (--ticket), not for --units")
    if args.public and args.units:
        raise UsageError("--public prints one notice for the notice board: leave out --units")
    if args.kind in sp.UNIT_KINDS and args.ticket:
        raise UsageError(f"{args.kind} is printed for units (--units or --public), not for a ticket")
    from frontdesk.commands import check_suffix
    from frontdesk.services.files import check_out
    check_suffix("pdf", args.out)
    check_out(args.out)                          # a bad --out is refused before anything is written
    db = open_db(args)
    actor = actor_of(db, args)
    if args.place and args.kind != "inspection-sheet":
        raise UsageError(f"--place is for an inspection sheet, not for {args.kind}")
    kw: dict = {"ticket": args.ticket, "units": args.units, "template": args.template}
    if args.kind == "inspection-sheet":
        kw["place"] = args.place
    if args.kind in sp.UNIT_KINDS:
        kw.update(values=values, text=args.text, title=args.title, public=args.public)
    elif args.kind in ("complaint-reply", "callback-letter") and args.text and args.ticket:
        sp.set_handling(db, args.ticket or "", actor, args.text)
    prepared = sp.print_to_file(db, args.kind, args.out, actor, **kw)
    if prepared.warning:
        print(f"frontdesk: warning: {prepared.warning}", file=sys.stderr)
    numbers = prepared.doc_numbers
    shown = numbers[0] if len(numbers) == 1 else f"{numbers[0]} … {numbers[-1]} ({len(numbers)} documents)"
    print(f"{args.out}\t{shown}\t{prepared.pages} page{'' if prepared.pages == 1 else 's'}")
    return 0
