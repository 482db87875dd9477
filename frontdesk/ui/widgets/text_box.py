"""The one many-line text box of the window: Tab moves on to the next field (a tab character typed into a
letter, a note or a template is never what the receptionist meant, and a box that swallows Tab traps the
keyboard: the dialog's buttons could then only be reached with the mouse). tests/ui/test_text_box.py holds it."""
from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit, QWidget


def text_box(text: str = "", parent: QWidget | None = None) -> QPlainTextEdit:
    box = QPlainTextEdit(text or "", parent)
    box.setTabChangesFocus(True)
    return box
