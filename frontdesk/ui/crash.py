"""Two kinds of error (STYLE §7): a refusal is told plainly; anything else is our bug, logged to the
data folder and shown as "an unexpected error" with the details."""
from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox
from frontdesk.ui.widgets import refusals

LOG_NAME = "frontdesk.log"
log = logging.getLogger("frontdesk")


def setup_log(folder: str | Path) -> Path:
    """Send the 'frontdesk' logger to <folder>/frontdesk.log (one such file at a time); returns its path."""
    path = Path(folder) / LOG_NAME
    path.parent.mkdir(parents=True, exist_ok=True)
    for old in [h for h in log.handlers if getattr(h, "_frontdesk", None) not in (None, str(path))]:
        log.removeHandler(old)
        old.close()
    if not any(getattr(h, "_frontdesk", None) == str(path) for h in log.handlers):
        handler = logging.FileHandler(path, encoding="utf-8", delay=True)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        handler._frontdesk = str(path)
        log.addHandler(handler)
        log.setLevel(logging.INFO)
    return path


def show_error(exc: BaseException, parent=None) -> None:
    """A refusal as a plain message; anything else as the crash dialog (already logged by the hook)."""
    from frontdesk.core.errors import Refused
    parent = parent or QApplication.activeWindow()
    if isinstance(exc, Refused):
        QMessageBox.warning(parent, QCoreApplication.translate("Crash", "Not possible"), refusals.describe(exc))
        return
    title = QCoreApplication.translate("Crash", "Unexpected error")
    text = QCoreApplication.translate("Crash", "An unexpected error occurred. Your saved work is safe; the details "
                                      "were written to the log file. Please tell your administrator what you "
                                      "were doing.")
    box = QMessageBox(QMessageBox.Critical, title, text, QMessageBox.Ok, parent)
    box.setDetailedText("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))
    box.exec()


class CrashHandler:
    """sys.excepthook: log the bug, then tell the user (once at a time: no dialog storms)."""

    def __init__(self, log_path: Path):
        self.log_path = log_path
        self.showing = False
        self.previous = sys.excepthook

    def __call__(self, exc_type, exc, tb) -> None:
        from frontdesk.core.errors import Refused
        if issubclass(exc_type, KeyboardInterrupt):
            self.previous(exc_type, exc, tb)
            return
        if not issubclass(exc_type, Refused):
            log.error("unexpected error:\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))
        if self.showing or QApplication.instance() is None:
            return
        self.showing = True
        try:
            show_error(exc)
        finally:
            self.showing = False


def install(folder: str | Path) -> CrashHandler:
    """Log to the data folder and route uncaught exceptions to the dialog."""
    handler = CrashHandler(setup_log(folder))
    sys.excepthook = handler
    return handler
