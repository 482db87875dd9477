"""Remembered layout: splitter positions and column widths, kept in QSettings keyed by objectName.

Pages name their QSplitter / QTableView (setObjectName) and the main window calls save_state(page) on
close and restore_state(page) when the page is first created; a page may call them itself too."""
from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QHeaderView, QSplitter, QWidget

PREFIX = "layout"


def _key(widget: QWidget) -> str | None:
    """A stable key for a splitter or header: its objectName, or its view's name plus the orientation."""
    name = widget.objectName()
    if isinstance(widget, QHeaderView) and not name:
        parent = widget.parentWidget()
        if parent is None or not parent.objectName():
            return None
        side = "h" if widget.orientation() == Qt.Horizontal else "v"
        name = f"{parent.objectName()}.{side}header"
    return f"{PREFIX}/{name}" if name else None


def _targets(widget: QWidget) -> list[QWidget]:
    """The widget itself (if a splitter or header) and every splitter and header inside it."""
    found = [widget] if isinstance(widget, (QSplitter, QHeaderView)) else []
    return found + widget.findChildren(QSplitter) + widget.findChildren(QHeaderView)


def save_state(widget: QWidget) -> int:
    """Save every named splitter and header view in `widget` (itself included); returns how many."""
    settings = QSettings()
    n = 0
    for target in _targets(widget):
        key = _key(target)
        if key:
            settings.setValue(key, target.saveState())
            n += 1
    return n


def restore_state(widget: QWidget) -> int:
    """Restore what save_state kept for `widget`'s splitters and headers; returns how many were restored."""
    settings = QSettings()
    n = 0
    for target in _targets(widget):
        key = _key(target)
        value = settings.value(key) if key else None
        if value is not None and target.restoreState(value):
            n += 1
    return n
