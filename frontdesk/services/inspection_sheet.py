"""A round's inspection sheet: the round is planned (or found) first, so the sheet carries its number as text and
as a QR code; the desk scans or types it when the sheet comes back. No Qt here."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import sqlite_utils

from .printing import Prepared, _build, font_of, save_recorded


def period_text(period: str) -> str:
    """2026-12-04 → 2026年12月4日; 2026-12 → 2026年12月."""
    parts = [int(p) for p in period.split("-")]
    return f"{parts[0]}年{parts[1]}月" + (f"{parts[2]}日" if len(parts) == 3 else "")


def prepare_round_sheet(db: sqlite_utils.Database, actor: dict | None, template: str, place: str, *,
                        day: dt.date | None = None, period: str | None = None) -> Prepared:
    """The sheet of one round (template, place, period), the round planned if it was not yet."""
    from frontdesk.printing import inspection
    from frontdesk.printing.base import zh_date
    from frontdesk.store import inspections
    from frontdesk.store.printed import next_numbers
    tpl = inspections.template(db, template)
    r = inspections.open_round(db, actor, template, place, day=day, period=period)
    due = dt.date.fromisoformat(r["due_on"])
    number = next_numbers(db, "inspection-sheet", 1, due)[0]
    story = inspection.sheet(tpl, font_of(db), date=zh_date(due), number=r["number"], place=r["place"],
                             period=period_text(r["period"]) if len(r["period"]) == 7 else "")
    pdf, stats, font = _build(db, "inspection-sheet", story, number, landscape=True, title=tpl["title"])
    doc = {"kind": "inspection-sheet", "doc_number": number, "pages": stats["pages"],
           "detail": {"template": template, "round": r["number"], "place": r["place"], "period": r["period"]}}
    return Prepared("inspection-sheet", f"{tpl['title']} {r['place']}", pdf, stats["pages"], [doc], font.warning)


def print_round_sheet(db: sqlite_utils.Database, actor: dict, template: str, place: str, out: str | Path, *,
                      day: dt.date | None = None, period: str | None = None) -> Prepared:
    """Prepare, write and record a round's sheet (the command line)."""
    from .files import check_out
    check_out(out)
    prepared = prepare_round_sheet(db, actor, template, place, day=day, period=period)
    save_recorded(db, prepared, actor, out)          # the file only with its record
    return prepared
