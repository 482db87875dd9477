"""frontdesk privacy export PERSON --out FILE.json | privacy retention [--years N] [--apply] (PIPL)."""
from __future__ import annotations

from frontdesk.cli import open_db
from frontdesk.commands import actor_of, add_as


def register(sub) -> None:
    p = sub.add_parser("privacy", help="personal data (PIPL): what we hold about a person; anonymising "
                       "people who left long ago")
    psub = p.add_subparsers(dest="privacy_command", metavar="ACTION", required=True)
    e = psub.add_parser("export", help="everything the centre holds about one person, as JSON (audited)")
    e.add_argument("person", metavar="PERSON", help="the person's id, or a name only one person has")
    e.add_argument("--out", required=True, metavar="FILE.json", help="where to write the file")
    add_as(e)
    e.set_defaults(func=export)
    r = psub.add_parser("retention", help="anonymise the people who left more than N years ago (tickets stay; "
                        "the person becomes 已匿名); without --apply only says who")
    r.add_argument("--years", type=int, help="N (default: the retention_years setting; 0 = never)")
    r.add_argument("--set", action="store_true", help="keep --years as the centre's rule (applied every day)")
    r.add_argument("--apply", action="store_true", help="anonymise them now (audited)")
    add_as(r)
    r.set_defaults(func=retention)


def export(args) -> int:
    from frontdesk.store import privacy
    db = open_db(args)
    try:
        actor = actor_of(db, args)
        path = privacy.export_person(db, actor, privacy.find_person(db, args.person), args.out)
    finally:
        db.close()
    print(path)
    return 0


def retention(args) -> int:
    from frontdesk.core.errors import Invalid
    from frontdesk.store import privacy
    db = open_db(args)
    try:
        actor = actor_of(db, args)
        if args.years is not None and args.years < 0:
            raise Invalid("years", f"{args.years}: 0 (never) or more")
        if args.set:
            if args.years is None:
                raise Invalid("years", "--set needs --years")
            privacy.set_retention(db, actor, args.years)
        years = privacy.retention_years(db) if args.years is None else args.years
        if years == 0:
            print("no retention rule (0 years: nobody is anonymised)")
            return 0
        if args.apply:
            from frontdesk.core.permissions import require
            require(actor, "retention")
        found = privacy.apply_retention(db, actor, years=years, dry_run=not args.apply)
    finally:
        db.close()
    verb = "anonymised" if args.apply else "would be anonymised (add --apply)"
    print(f"{len(found)} person(s) who left more than {years} year(s) ago {verb}")
    return 0
