"""Two kinds of error (docs/architecture.md, Refusals): a refusal is told plainly; anything else is our bug, logged to the
data folder and shown as "an unexpected error" with the details."""
from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from frontdesk import applog
from frontdesk.ui.widgets import refusals

LOG_NAME = applog.LOG_NAME
log = logging.getLogger("frontdesk")


def setup_log(folder: str | Path) -> Path:
    """The rotating log in the data folder (frontdesk.applog)."""
    return applog.setup(folder)


def show_error(exc: BaseException, parent=None) -> None:
    """A refusal as a plain message; anything else as the crash dialog (already logged by the hook)."""
    from frontdesk.core.errors import Refused
    parent = parent or QApplication.activeWindow()
    exc = _storage(exc)
    if isinstance(exc, Refused):
        QMessageBox.warning(parent, QCoreApplication.translate("Crash", "Not possible"), refusals.describe(exc))
        return
    title = QCoreApplication.translate("Crash", "Unexpected error")
    text = QCoreApplication.translate("Crash", "An unexpected error occurred. Your saved work is safe; the details "
                                      "were written to the log file. Please tell your administrator what you "
                                      "were doing.")
    where = applog.current()
    if where is not None:
        text += "\n\n" + QCoreApplication.translate("Crash", "Log file: %1").replace("%1", str(where))
    box = QMessageBox(QMessageBox.Critical, title, text, QMessageBox.Ok, parent)
    box.setDetailedText(f"{type(exc).__name__}: {exc}"[:500])     # the traceback is in the log, not on screen
    box.setTextInteractionFlags(Qt.TextSelectableByMouse)
    box.exec()


def _storage(exc: BaseException) -> BaseException:
    """A full disk behind an SQLite or OS error, as the refusal that says so (not as an unexpected error)."""
    import sqlite3
    if isinstance(exc, (sqlite3.Error, OSError)):
        from frontdesk.store.db import default_path, storage_refusal
        return storage_refusal(default_path(), exc) or exc
    return exc


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
        if not isinstance(_storage(exc), Refused):
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
