"""Refilling a combo box (new data, or a language switch) without losing the user's choice."""
from __future__ import annotations

from typing import Iterable

from PySide6.QtWidgets import QComboBox


def refill(box: QComboBox, items: Iterable[tuple[str, object]]) -> None:
    """Replace the items (text, data), keep the current data selected if it is still there, emit nothing."""
    current = box.currentData()
    box.blockSignals(True)
    try:
        box.clear()
        for text, data in items:
            box.addItem(text, data)
        box.setCurrentIndex(max(box.findData(current), 0))
    finally:
        box.blockSignals(False)
