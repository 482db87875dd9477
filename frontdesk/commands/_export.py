"""The shared `frontdesk export WHAT` group: the archive and the daily log both hang their commands on it."""
from __future__ import annotations


def export_group(sub):
    """The `export` sub-parser group, created once whichever command module asks first."""
    group = getattr(sub, "_frontdesk_export_group", None)
    if group is None:
        p = sub.add_parser("export", help="export the archive or a report to a file")
        group = p.add_subparsers(dest="export_what", metavar="WHAT", required=True, parser_class=type(p))
        sub._frontdesk_export_group = group
    return group
