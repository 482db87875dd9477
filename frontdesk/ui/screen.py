"""Every dialog fits the screen it opens on (issue 10 #26: an 860×960 preview on a 1366×768 screen hid its
buttons). One application event filter clamps each dialog, when shown, to the available area of its screen —
size and position — so no dialog needs to know the screen; `fit()` sizes a dialog's wish to the screen."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QWidget

#: Room the window manager's title bar and borders take around a dialog (not known before it is shown).
FRAME = QSize(16, 48)


def available(widget: QWidget) -> QRect:
    """The free area (without task bars) of the screen `widget` opens on: its parent's, else the cursor's."""
    anchor = widget.parentWidget().window() if widget.parentWidget() else widget
    screen = anchor.screen() if anchor.isVisible() else None
    if screen is None:
        from PySide6.QtGui import QCursor
        screen = QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit(widget: QWidget, width: int, height: int) -> None:
    """Resize `widget` to width×height, or less where its screen has less room."""
    room = available(widget).size() - FRAME
    widget.resize(min(width, room.width()), min(height, room.height()))


def clamp(widget: QWidget) -> None:
    """Shrink (minimum size too) and move a window so that all of it is on its screen's free area."""
    area = available(widget)
    room = area.size() - FRAME
    minimum = widget.minimumSize()
    if minimum.width() > room.width() or minimum.height() > room.height():
        widget.setMinimumSize(minimum.boundedTo(room))
    size = widget.size().boundedTo(room)
    if size != widget.size():
        widget.resize(size)
    frame = QRect(widget.pos(), size + FRAME)
    x = min(max(frame.left(), area.left()), area.right() + 1 - frame.width())
    y = min(max(frame.top(), area.top()), area.bottom() + 1 - frame.height())
    if (x, y) != (frame.left(), frame.top()):
        widget.move(x, y)


class _ScreenFitter(QObject):
    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Show and isinstance(obj, (QDialog, QMainWindow)) and obj.isWindow() \
                and not (obj.isMaximized() or obj.isFullScreen()):
            clamp(obj)                          # a window restored from a bigger screen comes back on this one
        return False


def install(app: QApplication | None = None) -> None:
    """Clamp every dialog the application shows from now on (once per application)."""
    app = app or QApplication.instance()
    if app is not None and getattr(app, "_frontdesk_screen_fitter", None) is None:
        app._frontdesk_screen_fitter = _ScreenFitter(app)
        app.installEventFilter(app._frontdesk_screen_fitter)
