"""Long work off the GUI thread (docs/architecture.md, A write): a plain function fn(db, abort, report, *args) runs in a
QThread with its own connection; a progress dialog with Cancel shows while it runs.

The function calls report(fraction, message) now and then and checks abort() often; when abort() is
true it raises frontdesk.ui.jobs.Cancelled (or returns) and must leave no half result (one transaction)."""
from __future__ import annotations

import threading
import traceback
from typing import Callable

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget
from frontdesk.ui.widgets import refusals


class Cancelled(Exception):
    """Raised by a job that saw abort() become true."""


class _Worker(QObject):
    progress = Signal(float, str)
    finished = Signal(object)
    failed = Signal(object, str)    # exception, traceback text

    def __init__(self, ctx, fn, args, kwargs, abort: threading.Event):
        super().__init__()
        self._ctx, self._fn, self._args, self._kwargs, self._abort = ctx, fn, args, kwargs, abort

    def run(self):
        db = None
        try:
            db = self._ctx.worker_db() if self._ctx is not None else None
            result = self._fn(db, self._abort.is_set, lambda f, m="": self.progress.emit(float(f), str(m)),
                              *self._args, **self._kwargs)
            self.finished.emit(result)
        except BaseException as exc:  # noqa: BLE001 - reported to the GUI thread
            self.failed.emit(exc, traceback.format_exc())
        finally:
            if db is not None:
                db.close()
            # The thread ends itself: waiting for it must never depend on the GUI thread's event loop (a wait
            # from the GUI thread, or after app.exec() returned, would otherwise block for ever).
            QThread.currentThread().quit()


class Job(QObject):
    """One run of a long function; emits done(result) or error(exc) on the GUI thread."""
    done = Signal(object)
    error = Signal(object)
    cancelled = Signal()

    def __init__(self, parent: QWidget, ctx, title: str, fn: Callable, *args, show_dialog: bool = True, **kwargs):
        super().__init__(parent)
        self.abort = threading.Event()
        self.thread = QThread(self)
        self.worker = _Worker(ctx, fn, args, kwargs, self.abort)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.finished.connect(self._finished)
        self.worker.failed.connect(self._failed)
        self.dialog = None
        if show_dialog:
            self.dialog = QProgressDialog(title, self.tr("Cancel"), 0, 1000, parent)
            self.dialog.setWindowTitle(title)
            self.dialog.setWindowModality(Qt.WindowModal)
            self.dialog.setMinimumDuration(300)
            self.dialog.setAutoClose(False)
            self.dialog.setAutoReset(False)
            self.dialog.canceled.connect(self.abort.set)
            self.worker.progress.connect(self._progress)

    def start(self) -> "Job":
        self.thread.start()
        return self

    def wait(self, msecs: int | None = None) -> bool:
        """Block until the function has returned (its result is still delivered by the GUI thread's loop)."""
        return self.thread.wait() if msecs is None else self.thread.wait(msecs)

    def _progress(self, fraction: float, message: str) -> None:
        if self.dialog:
            self.dialog.setValue(int(max(0.0, min(1.0, fraction)) * 1000))
            if message:
                self.dialog.setLabelText(message)

    def _end(self) -> None:
        self.thread.quit()
        self.thread.wait()
        if self.dialog:
            self.dialog.close()

    def _finished(self, result) -> None:
        aborted = self.abort.is_set()      # before _end: closing the dialog emits canceled
        self._end()
        if aborted:
            self.cancelled.emit()
        else:
            self.done.emit(result)

    def _failed(self, exc, text: str) -> None:
        aborted = self.abort.is_set()
        self._end()
        if isinstance(exc, Cancelled) or aborted:
            self.cancelled.emit()
            return
        from frontdesk.core.errors import Refused
        if not isinstance(exc, (Refused, OSError)):
            import logging
            logging.getLogger("frontdesk").error("job failed:\n%s", text)
        self.error.emit(exc)


def run_job(parent: QWidget, ctx, title: str, fn: Callable, *args, on_done: Callable | None = None,
            on_error: Callable | None = None, **kwargs) -> Job:
    """Start fn off the GUI thread with a cancellable progress dialog; errors become a message box."""
    job = Job(parent, ctx, title, fn, *args, **kwargs)
    if on_done:
        job.done.connect(on_done)
    job.error.connect(on_error or (lambda exc: QMessageBox.warning(parent, title, refusals.describe(exc))))
    return job.start()
