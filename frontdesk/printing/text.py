"""Template text to flowables: blank lines separate paragraphs; Chinese paragraphs indented two characters."""
from __future__ import annotations

from reportlab.platypus import Paragraph

from .base import escape


def paragraphs(text: str, st: dict, style: str = "body_indent") -> list:
    """One Paragraph per blank-line-separated block; single new lines become line breaks."""
    blocks = [b.strip("\n") for b in text.replace("\r\n", "\n").split("\n\n")]
    return [Paragraph(escape(b.strip()), st[style]) for b in blocks if b.strip()]
