"""frontdesk import owners FILE | frontdesk export archive (docs/architecture.md, The command line)."""
from __future__ import annotations

import contextlib
import sys

from frontdesk.cli import UsageError, open_db
from frontdesk.commands import actor_of, add_as, check_suffix
from frontdesk.commands._export import export_group
from frontdesk.core.importing import FIELDS


def register(sub) -> None:
    p = sub.add_parser("import", help="import a centre's data from a spreadsheet")
    isub = p.add_subparsers(dest="import_what", metavar="WHAT", required=True, parser_class=type(p))
    o = isub.add_parser("owners", help="import owners and units from a CSV (UTF-8 or GB18030) or XLSX file; "
                        "refused lines go to NAME.rejects.csv beside the file")
    o.add_argument("file", metavar="FILE", help="the spreadsheet: .csv or .xlsx (the sheet holding the owners); "
                   "the header may sit under title rows; lines are numbered as Excel numbers its rows; a line "
                   "with a unit and nobody in it imports the unit alone")
    o.add_argument("--dry-run", action="store_true", help="report what would be added, changed and refused; "
                   "write nothing to the database")
    o.add_argument("--encoding", default="auto", choices=("auto", "utf-8", "gb18030"),
                   help="the CSV's text encoding (default auto: UTF-8 with or without BOM, then GB18030; "
                   "UTF-16 with its BOM as Excel's Unicode text)")
    o.add_argument("--map", action="append", default=[], metavar="COLUMN=FIELD",
                   help="read COLUMN as FIELD (over the guess from the headers; FIELD '-' leaves the column out); "
                   "fields: " + ", ".join(FIELDS) + "; repeat for more columns")
    o.add_argument("--values", action="append", default=[], metavar="FIELD:FROM=TO",
                   help="read the value FROM as TO in FIELD (for example relation:租住=租户, "
                   "handover_status:已售未收=未交房); repeat for more. Codes of documented peer templates (HC "
                   "小区管理系统: 110/119/120, 1001–1004, 2001–2009) are known already")
    o.add_argument("--profile", metavar="NAME", help="use the mapping saved under NAME (--map and --values add to it)")
    o.add_argument("--save-profile", metavar="NAME", help="save the mapping used (with --profile's) under NAME")
    o.add_argument("--json", action="store_true", help="print the counts as JSON")
    add_as(o)
    o.set_defaults(func=import_owners)

    e = export_group(sub).add_parser("archive", help="export the archive (units and their people) to CSV or XLSX; "
                                     "phones and ID numbers masked unless --unmasked")
    e.add_argument("--format", required=True, choices=("csv", "xlsx"), help="csv (UTF-8 with BOM) or xlsx")
    e.add_argument("--out", required=True, metavar="FILE", help="the file to write")
    e.add_argument("--unmasked", action="store_true", help="full phones and ID numbers (supervisor or admin "
                   "only; audited)")
    add_as(e)
    e.set_defaults(func=export_archive)


@contextlib.contextmanager
def _centre_language(db):
    """The rejects file is read by the desk, not a script: its reasons are said in the centre's language
    (Chinese by default) with the window's own words (ui/labels.refused_line), through Qt's core module only.
    A QCoreApplication made here is shut down after; one already running keeps its own language after."""
    from PySide6.QtCore import QCoreApplication

    from frontdesk.store import settings
    from frontdesk.ui import i18n
    app = QCoreApplication.instance()
    made = app is None
    if made:
        app = QCoreApplication([])
    before = getattr(app, "_frontdesk_language", None)
    i18n.install(app, settings.get(db, "language") or i18n.DEFAULT)
    try:
        yield
    finally:
        if made:
            app.shutdown()
        elif before is not None:
            i18n.install(app, before)
        else:
            for tr in app._frontdesk_translators:
                app.removeTranslator(tr)
            del app._frontdesk_translators, app._frontdesk_language


def import_owners(args) -> int:
    from pathlib import Path

    from frontdesk.store import importer
    if not Path(args.file).is_file():
        what = "a folder, not a file" if Path(args.file).is_dir() else "no such file"
        print(f"frontdesk: {args.file}: {what}", file=sys.stderr)
        return 1
    from frontdesk.core import importing
    from frontdesk.core.errors import Invalid
    from frontdesk.store import import_profiles
    try:                                            # a malformed --map or --values is bad usage (exit 2)
        given_map, given_values = importing.parse_map(args.map), importing.parse_values(args.values)
    except Invalid as exc:
        raise UsageError(f"--{exc.field}: {str(exc).split(': ', 1)[-1]}") from None
    db = open_db(args)
    actor = actor_of(db, args)
    mapping, values = import_profiles.load(db, args.profile) if args.profile else ({}, {})
    mapping.update(given_map)
    for fld, pairs in given_values.items():
        values.setdefault(fld, {}).update(pairs)
    from frontdesk.ui import labels
    with _centre_language(db):
        result = importer.import_owners(db, args.file, mapping=mapping or None, values=values or None,
                                        encoding=args.encoding, dry_run=args.dry_run, actor=actor,
                                        say=labels.refused_line, reason_header=labels.rejects_reason_header())
    if args.save_profile:
        import_profiles.save(db, args.save_profile, mapping, values, actor)
    if args.json:
        print(importer.to_json(result))
    else:
        print("\n".join(importer.summary_lines(result)))
    # every line read was refused: nothing of the file went in, and a script must see it (exit 1)
    return 1 if result.lines and len(result.refused) == result.lines else 0


def export_archive(args) -> int:
    from frontdesk.store import archive
    out = args.out
    check_suffix(args.format, out)
    db = open_db(args)
    actor = actor_of(db, args)
    n = archive.export_archive(db, out, args.format, unmasked=args.unmasked, actor=actor)
    print(f"{out}: {n} rows" + (" (unmasked)" if args.unmasked else " (phones and ID numbers masked)"))
    return 0
