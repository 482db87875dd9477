"""The shared A4 page for every document: letterhead, document number, 第 x 页 / 共 y 页, CJK styles and tables.

Usage (plain data in, PDF bytes out; no Qt, no store):

    from frontdesk.printing.base import Letterhead, build_pdf, styles, table, zh_date
    from frontdesk.printing.fonts import register_cjk_font
    font = register_cjk_font(settings_font_path or None)       # once per process; font.warning if not embedded
    st = styles(font)                                          # st["title"], st["body"], st["cell"], ...
    head = Letterhead("阳光花园物业服务中心", "幸福路 1 号", "0571-88886666", [], None)
    story = [Paragraph("通知", st["title"]), Paragraph("正文……", st["body"]),
             table([["项目", "结果"], ["水泵", "正常"]], [80 * mm, 80 * mm], font=font)]
    pdf = build_pdf(story, letterhead=head, title="通知", doc_number="TZ-20261122-0001", font=font)
Several documents in one PDF (mail merge): start each with `section(doc_number)` after a PageBreak; page numbers
and the number in the header then count per section.
"""
from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field
from typing import Callable, Sequence

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape as _landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

from frontdesk.core.text import shown

from . import cjkwrap
from .cjkwrap import CANNOT_END, CANNOT_START  # re-exported: the 避头尾 sets documents are checked against
from .fonts import FontInfo, register_cjk_font

cjkwrap.install()           # no line starts with ，。、；：？！）》 etc., none ends with （《“ (避头尾)

MARGIN = 20 * mm              # prints on ordinary office printers (their unprintable edge is ~5 mm)
HEADER_HEIGHT = 24 * mm       # room the letterhead takes above the frame
FOOTER_HEIGHT = 10 * mm


@dataclass
class Letterhead:
    """The centre's details printed at the top of every page."""
    centre_name: str
    address: str = ""
    phone: str = ""
    lines: list[str] = field(default_factory=list)
    logo_path: str | None = None


def zh_date(day: dt.date | dt.datetime | str | None = None) -> str:
    """2026-11-22 -> '2026年11月22日' (today when None)."""
    if day is None:
        day = dt.date.today()
    if isinstance(day, str):
        day = dt.date.fromisoformat(day[:10])
    return f"{day.year}年{day.month}月{day.day}日"


def unit_zh(code: str | None) -> str:
    """A unit code as owners write it: '2-2-602' -> '2栋2单元602室', '5-101' -> '5栋101室'; else unchanged."""
    import re
    text = (code or "").strip()
    m = re.fullmatch(r"(\w+?)-(\w+?)-(\w+)", text) or re.fullmatch(r"(\w+?)-(\w+)", text)
    if not m:
        return text
    parts = m.groups()
    return f"{parts[0]}栋{parts[1]}单元{parts[2]}室" if len(parts) == 3 else f"{parts[0]}栋{parts[1]}室"


def _font(font: FontInfo | str | None) -> FontInfo:
    if font is None:
        return register_cjk_font()
    if isinstance(font, str):
        return FontInfo(name=font, path=None, embedded=True)
    return font


_STYLES: dict[tuple[str, str], dict[str, ParagraphStyle]] = {}


def styles(font: FontInfo | str | None = None) -> dict[str, ParagraphStyle]:
    """Paragraph styles in the CJK font, all with CJK wrapping: title, subtitle, heading, body, body_indent,
    small, right, center, cell, cell_center, cell_header, signature."""
    f = _font(font)
    key = (f.name, f.bold)
    if key in _STYLES:
        return _STYLES[key]
    base = dict(fontName=f.name, wordWrap="CJK", fontSize=11, leading=18)

    def mk(name, **kw):
        return ParagraphStyle(name, **{**base, **kw})

    cell = dict(fontSize=10, leading=14)
    s = {
        "title": mk("title", fontName=f.bold, alignment=TA_CENTER, fontSize=18, leading=26, spaceAfter=10),
        "subtitle": mk("subtitle", alignment=TA_CENTER, spaceAfter=6),
        "heading": mk("heading", fontName=f.bold, fontSize=12.5, leading=20, spaceBefore=6, spaceAfter=3),
        "body": mk("body", spaceAfter=4),
        "body_indent": mk("body_indent", firstLineIndent=22, spaceAfter=4),
        "small": mk("small", fontSize=9, leading=13),
        "right": mk("right", alignment=TA_RIGHT),
        "center": mk("center", alignment=TA_CENTER),
        "cell": mk("cell", **cell),
        "cell_center": mk("cell_center", alignment=TA_CENTER, **cell),
        "cell_header": mk("cell_header", fontName=f.bold, alignment=TA_CENTER, **cell),
        "signature": mk("signature", alignment=TA_RIGHT, spaceBefore=4),
    }
    _STYLES[key] = s
    return s


def table(rows: Sequence[Sequence], col_widths: Sequence[float], header: bool = True,
          font: FontInfo | str | None = None, *, row_heights=None, center_cols: Sequence[int] = (),
          extra_style: Sequence[tuple] = ()) -> Table:
    """A gridded table whose text cells wrap (Chinese) inside their width; the header row repeats on each page.
    Text that fits on one line is drawn as a plain string (much faster than a Paragraph in long merges)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    f = _font(font)
    st = styles(f)
    out = []
    for r, row in enumerate(rows):
        cells = []
        for c, cell in enumerate(row):
            if isinstance(cell, (str, int, float)) or cell is None:
                text = printable(str(cell if cell is not None else ""))
                is_head = header and r == 0
                name = f.bold if is_head else f.name
                if "\n" not in text and stringWidth(text, name, 10) <= col_widths[c] - 12:
                    cells.append(text)
                    continue
                style = st["cell_header"] if is_head else (st["cell_center"] if c in center_cols else st["cell"])
                cells.append(Paragraph(escape(text), style))
            else:
                cells.append(cell)
        out.append(cells)
    t = Table(out, colWidths=list(col_widths), rowHeights=row_heights, repeatRows=1 if header else 0)
    commands = [("FONT", (0, 0), (-1, -1), f.name, 10, 14),      # also keeps Helvetica out of the file
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    commands += [("ALIGN", (c, 0), (c, -1), "CENTER") for c in center_cols]
    if header:
        commands += [("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
                     ("FONT", (0, 0), (-1, 0), f.bold, 10, 14), ("ALIGN", (0, 0), (-1, 0), "CENTER")]
    t.setStyle(TableStyle(commands + list(extra_style)))
    return t


#: An empty and a ticked box as printed text (plain table cells); tick() draws them as tall as the text.
BOX, TICKED = "□", "■"


def tick(checked: bool = False, size: float = 11) -> str:
    """Paragraph markup of a tick box as tall as `size`-point text (the font's □ glyph is half that): a drawn
    square from resources/print, a tick in it when `checked`."""
    from frontdesk import resource
    image = resource("print", "tick-box-ticked.png" if checked else "tick-box.png")
    side = size * 0.92
    return f'<img src="{image}" width="{side:.1f}" height="{side:.1f}" valign="{-size * 0.1:.1f}"/>'


def choices(options, chosen=None, size: float = 11, gap: str = "　　") -> str:
    """Paragraph markup of tick boxes with their labels ('□ 满意　　□ 基本满意'); `chosen` is ticked. The gap is
    kept as non-breaking spaces (a Paragraph folds the ideographic space like any other)."""
    sep = "&nbsp;" * (4 * len(gap)) + " "
    return sep.join(f"{tick(o == chosen, size)}&nbsp;{escape(o)}" for o in options)


#: Characters some CJK fonts map to an empty glyph (WenQuanYi Micro Hei draws ℃ as nothing), spelled out.
BLANK_GLYPHS = {"℃": "°C", "℉": "°F"}


def printable(text: str) -> str:
    """Text with the characters that print blank in common CJK fonts replaced by a visible spelling (and control
    characters stored by older versions shown as U+FFFD, `core.text.shown`)."""
    text = shown(text)
    for ch, spelled in BLANK_GLYPHS.items():
        if ch in text:
            text = text.replace(ch, spelled)
    return text


def escape(text: str) -> str:
    """Text for a Paragraph: & < > escaped, new lines kept as line breaks, blank-glyph characters spelled out."""
    text = printable(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace("\r\n", "\n").replace("\n", "<br/>")


class section(Flowable):
    """Marks the start of one document inside a PDF of many (mail merge): own number, own page count."""

    def __init__(self, doc_number: str):
        super().__init__()
        self.doc_number = doc_number
        self.width = self.height = 0

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        canv = self.canv
        canv._fd_section_seq = getattr(canv, "_fd_section_seq", 0) + 1
        canv._fd_doc_number = self.doc_number


def _numbered_canvas(letterhead: Letterhead, font: FontInfo, title: str, stats: dict | None):
    """A Canvas class that keeps every page until the end, then writes header number and 第 x 页 / 共 y 页."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            kwargs["initialFontName"] = font.name     # else Helvetica, unembedded, is referenced
            super().__init__(*args, **kwargs)
            self._fd_pages: list[tuple[dict, int, str]] = []
            self._fd_section_seq = 0
            self._fd_doc_number = ""

        def showPage(self):
            self._fd_pages.append((dict(self.__dict__), self._fd_section_seq, self._fd_doc_number))
            self._startPage()

        def save(self):
            counts: dict[int, int] = {}
            for _, seq, _ in self._fd_pages:
                counts[seq] = counts.get(seq, 0) + 1
            if stats is not None:
                stats["pages"] = len(self._fd_pages)
                stats["sections"] = {}
                for _, seq, number in self._fd_pages:
                    stats["sections"][number] = counts[seq]
            seen: dict[int, int] = {}
            for state, seq, number in self._fd_pages:
                self.__dict__.update(state)
                seen[seq] = seen.get(seq, 0) + 1
                _draw_page_marks(self, font, number, seen[seq], counts[seq], title)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


#: Labels of the details the letterhead takes from settings (a letterhead line's own copy is left out).
CONTACT_LABELS = ("地址", "电话", "热线", "手机", "传真")


def other_details(line: str) -> str:
    """A letterhead line less its address and phone parts ('24 小时服务电话：X　邮编：Y' -> '邮编：Y')."""
    import re
    parts = [p for p in re.split(r"[　\s]{2,}|　", (line or "").strip()) if p.strip()]
    return "　".join(p for p in parts if not any(label in p.split("：")[0] for label in CONTACT_LABELS))


def _repeats(line: str, letterhead: Letterhead, details: str) -> bool:
    """A letterhead line saying again what the name or the 地址/电话 line already says (or nothing)."""
    text = (line or "").strip()
    if not text:
        return True
    bare = text.split("：", 1)[1].strip() if "：" in text else text        # '地址：X' says X
    shown = {letterhead.centre_name.strip(), letterhead.address.strip(), letterhead.phone.strip()} - {""}
    return text in shown or bare in shown or text in details


def _draw_letterhead(canv: Canvas, doc, letterhead: Letterhead, font: FontInfo) -> None:
    """Centre name, address and phone, extra lines and the logo, then a rule, at the top of the page."""
    width, height = doc.pagesize
    top = height - MARGIN + 8 * mm
    canv.saveState()
    x_text = width / 2
    if letterhead.logo_path:
        try:
            canv.drawImage(letterhead.logo_path, MARGIN, top - 15 * mm, width=15 * mm, height=15 * mm,
                           preserveAspectRatio=True, mask="auto")
        except Exception:                      # a missing or unreadable logo never stops a print
            pass
    name = letterhead.centre_name or "物业服务中心"
    room = width - 2 * MARGIN - (36 * mm if letterhead.logo_path else 0)
    size = 15.0
    while size > 9 and canv.stringWidth(name, font.bold, size) > room:     # a long name shrinks to fit
        size -= 0.5
    canv.setFont(font.bold, size)
    canv.drawCentredString(x_text, top - 5 * mm, name)
    details = "  ".join(p for p in (f"地址：{letterhead.address}" if letterhead.address else "",
                                    f"服务热线：{letterhead.phone}" if letterhead.phone else "") if p)
    extra = [line for line in letterhead.lines if not _repeats(line, letterhead, details)]
    lines = ([details] if details else []) + extra[:2]
    canv.setFont(font.name, 8.5)
    y = top - 10 * mm
    for line in lines:
        canv.drawCentredString(x_text, y, line)
        y -= 3.8 * mm
    canv.setLineWidth(1.2)
    rule = height - MARGIN - HEADER_HEIGHT + 10 * mm
    canv.line(MARGIN, rule, width - MARGIN, rule)
    canv.setLineWidth(0.4)
    canv.line(MARGIN, rule - 1.2, width - MARGIN, rule - 1.2)
    canv.restoreState()


def _draw_page_marks(canv: Canvas, font: FontInfo, doc_number: str, page: int, pages: int, title: str) -> None:
    """The document number under the rule at the right and the footer 第 x 页 / 共 y 页."""
    width, height = canv._pagesize
    canv.saveState()
    canv.setFont(font.name, 9)
    if doc_number:
        canv.drawRightString(width - MARGIN, height - MARGIN - HEADER_HEIGHT + 6 * mm, f"编号：{doc_number}")
    if title:
        canv.drawString(MARGIN, MARGIN - 8 * mm, title)
    canv.drawCentredString(width / 2, MARGIN - 8 * mm, f"第 {page} 页 / 共 {pages} 页")
    canv.restoreState()


def build_pdf(story: list, *, letterhead: Letterhead, title: str, doc_number: str, landscape: bool = False,
              on_page: Callable | None = None, font: FontInfo | None = None, author: str = "",
              stats: dict | None = None) -> bytes:
    """Lay out `story` on A4 pages with the letterhead, number and page count; returns the PDF bytes.
    `stats`, when given, is filled with {'pages': n, 'sections': {doc_number: pages}}."""
    f = _font(font)
    size = _landscape(A4) if landscape else A4
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=size, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN + HEADER_HEIGHT - 6 * mm, bottomMargin=MARGIN,
                            title=title, author=author or letterhead.centre_name, subject=doc_number,
                            creator="frontdesk", initialFontName=f.name)

    def page(canv, d):
        _draw_letterhead(canv, d, letterhead, f)
        if on_page:
            on_page(canv, d)

    flow = list(story)
    if not flow or not isinstance(flow[0], section):
        flow.insert(0, section(doc_number))
    doc.build(flow, onFirstPage=page, onLaterPages=page, canvasmaker=_numbered_canvas(letterhead, f, title, stats))
    return buf.getvalue()


def lines_block(count: int, width: float, *, gap: float = 9 * mm, font: FontInfo | None = None) -> Table:
    """`count` empty ruled lines for handwriting (comments, remarks)."""
    t = Table([[""] for _ in range(count)], colWidths=[width], rowHeights=[gap] * count)
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.grey),
                           ("FONT", (0, 0), (-1, -1), _font(font).name, 10)]))
    return t


__all__ = ["CANNOT_END", "CANNOT_START", "Letterhead", "styles", "zh_date", "build_pdf", "table", "section", "escape", "lines_block",
           "printable", "other_details", "unit_zh", "tick", "choices", "MARGIN", "mm", "TA_LEFT", "TA_CENTER", "TA_RIGHT"]
