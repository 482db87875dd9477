"""frontdesk ticket attach NUMBER FILE: a photo or scan attached to a ticket (docs/architecture.md, The command line); the same function as
the ticket window's 附件 panel."""
from __future__ import annotations

from frontdesk.commands import actor_of, add_as


def register_ticket(tsub) -> None:
    """Adds `attach` to the `ticket` command's actions."""
    from frontdesk.store.attachments import KINDS_TEXT, MAX_BYTES, PURPOSES
    a = tsub.add_parser("attach", help=f"attach a photo or scan ({KINDS_TEXT}, at most {MAX_BYTES // 2**20} MB) "
                        "to a ticket; stored once under its SHA-256 in the data folder")
    a.add_argument("number", metavar="NUMBER", help="the ticket's number")
    a.add_argument("file", metavar="FILE", help="the picture or PDF")
    a.add_argument("--purpose", default="other", choices=PURPOSES,
                   help="what it is: return_slip (the signed work order back, 返单), photo (现场照片), letter (来函), "
                   "other (default)")
    a.add_argument("--note", default="", help="a few words about it")
    add_as(a)
    a.set_defaults(func=attach)


def attach(args) -> int:
    from frontdesk.cli import open_db
    from frontdesk.store import attachments
    db = open_db(args)
    row = attachments.attach(db, args.file, actor=actor_of(db, args), ticket=args.number, purpose=args.purpose,
                             note=args.note)
    print(f"{row['ticket']}: {row['name']} attached ({row['bytes']:,} bytes, sha256 {row['sha256'][:12]}…)")
    return 0
