"""What every XLSX the program writes needs to print on an office printer: the page set-up (landscape where
wide, fitted to the page width, the header row repeated on every page, a header naming the document and a
footer with page numbers), and real dates with the year, so a spreadsheet sorts and filters them. Plain
attributes on the worksheet the caller made: no openpyxl import here."""
from __future__ import annotations

import datetime as dt

DATE_TIME = "yyyy-mm-dd hh:mm"
DATE = "yyyy-mm-dd"


def print_setup(ws, *, title: str, landscape: bool = True, header_row: int = 1) -> None:
    """Page set-up of a worksheet (ordinary or write-only): A4, fit to width, the header row on every page."""
    ws.page_setup.paperSize = 9                                    # A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0                                  # as many pages down as it takes
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.print_options.gridLines = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.oddHeader.center.text = title.replace("&", "&&")
    ws.oddFooter.center.text = "第 &P 页 / 共 &N 页"


def as_datetime(value: str | None) -> dt.datetime | None:
    """A stored local ISO time as a datetime for a cell (minutes; no time zone), None when empty or unreadable."""
    if not value:
        return None
    try:
        return dt.datetime.fromisoformat(value).replace(tzinfo=None, second=0, microsecond=0)
    except ValueError:
        return None
