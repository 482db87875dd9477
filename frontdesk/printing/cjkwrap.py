"""Chinese line breaking (避头尾) for reportlab's wordWrap='CJK'.

reportlab hangs at most one closing mark in the margin and knows mostly Japanese marks; a run like `。」` or
`？！` could still start a line, and an opening mark (（《“) could end one. These replacements choose the break
so that no line starts with a closing mark and none ends with an opening one; installed by `install()`.
"""
from __future__ import annotations

from unicodedata import category

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import paragraph as _paragraph
from reportlab.rl_config import _FUZZ

#: Must not start a line (避头点).
CANNOT_START = frozenset("，。、；：？！）》」』】〕〉’”．…—～％·,.;:?!)]}" "\u3005\u30fc\u3063\u3083\u3085\u3087")
#: The fill-in blank's character (＿＿＿＿): a run of them stays on one line.
BLANK = "＿"
#: Must not end a line (避尾点).
CANNOT_END = frozenset("（《「『【〔〈‘“([{￥$#@§")


def _western_break(chars, widths, line_start: int, i: int) -> int | None:
    """Inside a Latin run (a number, a code), break at a space or where Chinese resumes, not mid-word."""
    limit = line_start            # as far back as the line's start: a phone or ticket number stays whole
    for j in range(i - 1, limit, -1):
        cj = chars[j]
        if cj and (category(cj) == "Zs" or ord(cj) >= 0x3000):
            return j + 1
    return None


def _latin(ch) -> bool:
    """A letter or digit of a Latin run (a ticket number, a phone): not to be split."""
    return bool(ch) and ord(ch[:1]) < 0x3000 and category(ch[:1]) != "Zs"


def next_line_start(chars, line_start: int, i: int) -> int:
    """Given that chars[i] no longer fits on the line begun at line_start, where the next line starts."""
    n = len(chars)
    k = i
    if ord(chars[i][:1] or " ") < 0x3000:
        w = _western_break(chars, None, line_start, i)
        if w is not None and line_start < w <= i:
            k = w
    if k < n and chars[k] in CANNOT_START:
        if k + 1 >= n or chars[k + 1] not in CANNOT_START:
            k += 1                                   # one closing mark hangs in the margin
        else:
            while k > line_start + 1 and chars[k] in CANNOT_START:
                k -= 1                               # a run of marks: take the last character down with it
            if _latin(chars[k]) and _latin(chars[k - 1]):
                w = _western_break(chars, None, line_start, k)    # ... but never half a number or code
                if w is not None and line_start < w <= k:
                    k = w
    while k - 1 > line_start + 1 and k < n and chars[k - 1] in CANNOT_END:
        k -= 1                                       # an opening mark goes down with what it opens
    if 0 < k < n and chars[k] == BLANK and chars[k - 1] == BLANK:
        j = k
        while j > line_start + 1 and chars[j - 1] == BLANK:
            j -= 1
        if j > line_start + 1:
            k = j                                    # a blank to fill in is never broken across lines
    return max(k, line_start + 1)


def word_split(word, maxWidths, fontName, fontSize, encoding="utf8"):
    """Replacement for reportlab.lib.textsplit.wordSplit (a paragraph of one style)."""
    if isinstance(word, bytes):
        word = word.decode(encoding)
    if not isinstance(maxWidths, (list, tuple)):
        maxWidths = [maxWidths]
    widths = [stringWidth(c, fontName, fontSize) for c in word]
    lines, line_start, used, i, n = [], 0, 0.0, 0, len(word)
    max_width = maxWidths[0]
    while i < n:
        used += widths[i]
        if used > max_width + _FUZZ and i > line_start:
            k = next_line_start(word, line_start, i)
            lines.append([max_width - sum(widths[line_start:k]), word[line_start:k].strip()])
            max_width = maxWidths[min(len(lines), len(maxWidths) - 1)]
            line_start, used, i = k, 0.0, k
            continue
        i += 1
    if line_start < n:
        lines.append([max_width - sum(widths[line_start:]), word[line_start:]])
    return lines


def frag_split(frags, maxWidths, calcBounds, encoding="utf8"):
    """Replacement for reportlab's cjkFragSplit (several styles or explicit line breaks)."""
    U = []
    for f in frags:
        text = f.text.decode(encoding) if isinstance(f.text, bytes) else f.text
        U.extend([_paragraph.cjkU(t, f, encoding) for t in text] if text else [_paragraph.cjkU(text, f, encoding)])
    lines, line_start, used, i, n = [], 0, 0.0, 0, len(U)
    max_width = maxWidths[0]

    def width(u):
        w = u.width
        if hasattr(w, "normalizedValue"):
            w._normalizer = max_width
            w = w.normalizedValue(max_width)
        return w

    while i < n:
        u = U[i]
        used += width(u)
        if hasattr(u.frag, "lineBreak"):
            i += 1
            lines.append(_paragraph.makeCJKParaLine(U[line_start:i], max_width, used, max_width - used, True,
                                                    calcBounds))
        elif used > max_width + _FUZZ and i > line_start:
            i = next_line_start(U, line_start, i)
            used = sum(width(x) for x in U[line_start:i])
            lines.append(_paragraph.makeCJKParaLine(U[line_start:i], max_width, used, max_width - used, False,
                                                    calcBounds))
        else:
            i += 1
            continue
        max_width = maxWidths[min(len(lines), len(maxWidths) - 1)]
        line_start, used = i, 0.0
    if used > 0 or line_start < n:
        lines.append(_paragraph.makeCJKParaLine(U[line_start:], max_width, used, max_width - used, False,
                                                calcBounds))
    return _paragraph.ParaLines(kind=1, lines=lines)


def install() -> None:
    """Use these line breakers for every wordWrap='CJK' paragraph in this process."""
    _paragraph.wordSplit = word_split
    _paragraph.cjkFragSplit = frag_split
