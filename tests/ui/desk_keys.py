"""Typing helpers for GUI tests: ASCII through QTest key clicks, Chinese as an input method commits it."""
from __future__ import annotations

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


def type_text(widget, text: str) -> None:
    """Type into `widget` (it gets the focus): key clicks for ASCII, an IME commit for anything else."""
    widget.setFocus()
    target = QApplication.focusWidget() or widget
    for chunk in _chunks(text):
        if chunk.isascii():
            QTest.keyClicks(target, chunk)
        else:
            event = QInputMethodEvent()
            event.setCommitString(chunk)
            QApplication.sendEvent(target, event)


def _chunks(text: str):
    out, cur = [], ""
    for ch in text:
        if cur and ch.isascii() != cur[-1].isascii():
            out.append(cur)
            cur = ""
        cur += ch
    if cur:
        out.append(cur)
    return out
