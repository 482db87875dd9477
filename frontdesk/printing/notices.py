"""Notices 通知 and reminder letters 催办函: one per unit by mail merge (one PDF, a page each) or one public notice."""
from __future__ import annotations

from typing import Callable, Sequence

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, Spacer

from frontdesk.core.templates import fill

from .base import escape, section, styles
from .fonts import FontInfo
from .letters import salutation, signature
from .text import paragraphs

PUBLIC_VALUES = {"owner_name": "各位业主、住户", "unit": "本小区各单元"}


class Cancelled(Exception):
    """The merge was cancelled: nothing is written."""


def notice(values: dict, template: dict, font: FontInfo, *, public: bool = False) -> list:
    """One notice: title, to whom (this unit's owner, or everyone), the filled body, 特此通知, centre and date."""
    st = styles(font)
    if public:
        values = {**values, **PUBLIC_VALUES}
    title = fill(template.get("title") or "通知", values)
    story = [Paragraph(escape(title), st["title"])]
    story.append(Paragraph("各位业主、住户：", st["body"]) if public else salutation(values, st))
    story += paragraphs(fill(template["body"], values), st)
    story.append(Paragraph("特此通知。", st["body_indent"]))
    return story + signature(values, st, seal=True, people=False)


class _Progress(section):
    """A section start that also reports progress and honours cancel while the PDF is laid out."""

    def __init__(self, doc_number: str, index: int, total: int, abort: Callable[[], bool] | None,
                 report: Callable[[float, str], None] | None):
        super().__init__(doc_number)
        self.index, self.total, self.abort, self.report = index, total, abort, report

    def draw(self):
        if self.abort and self.abort():
            raise Cancelled()
        if self.report and (self.index % 25 == 0 or self.index == self.total - 1):
            self.report(0.1 + 0.85 * self.index / max(self.total, 1), f"{self.index + 1}/{self.total}")
        super().draw()


def merge(recipients: Sequence[dict], template: dict, base_values: dict, doc_numbers: Sequence[str],
          font: FontInfo, *, abort=None, report=None) -> list:
    """The story of a mail merge: one section (own number, own page count) per recipient's values."""
    story: list = []
    total = len(recipients)
    for i, (person, number) in enumerate(zip(recipients, doc_numbers)):
        if abort and i % 50 == 0 and abort():
            raise Cancelled()
        if i:
            story.append(PageBreak())
        story.append(_Progress(number, i, total, abort, report))
        story += notice({**base_values, **person, "doc_number": number}, template, font)
    if report:
        report(0.1, f"0/{total}")
    return story


def spacer() -> Spacer:
    return Spacer(1, 4 * mm)
