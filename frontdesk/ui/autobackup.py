"""Automatic backups from the window: the first start of each day (off the GUI thread, a few seconds after
the window shows) and at close after a day's work. Before a migration, the store backs up by itself."""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, QTimer

log = logging.getLogger("frontdesk")
START_DELAY_MS = 3000


def _daily(db, abort, report):
    """The day's first backup, then the retention rule if the admin set one (both as the program itself)."""
    from frontdesk.store import backup
    made = backup.backup(db, reason="daily")
    try:
        from frontdesk.store import privacy
        privacy.apply_retention(db, actor=None)
    except ImportError:
        pass
    return str(made)


class AutoBackup(QObject):
    def __init__(self, ctx, window):
        super().__init__(window)
        self.ctx, self.window = ctx, window
        self.job = None
        QTimer.singleShot(START_DELAY_MS, self.start_of_day)

    def start_of_day(self) -> None:
        from frontdesk.store import backup
        from frontdesk.ui.jobs import Job
        try:
            if not backup.due_today(self.ctx.db, self.ctx.db_path):
                return
        except Exception:  # noqa: BLE001 - a backup check must never take the window down
            log.exception("daily backup check failed")
            return
        self.job = Job(self.window, self.ctx, "backup", _daily, show_dialog=False)
        self.job.done.connect(lambda path: self._finished(True))
        self.job.error.connect(self._failed)
        self.job.start()

    def _finished(self, ok: bool) -> None:
        log.info("daily backup %s", "made" if ok else "failed")
        self.ctx.notify(tables={"backups"})

    def _failed(self, exc) -> None:
        from PySide6.QtWidgets import QMessageBox

        from frontdesk.ui.widgets.refusals import describe
        log.warning("daily backup failed: %s", getattr(exc, "code", type(exc).__name__))
        self.ctx.notify(tables={"backups"})
        QMessageBox.warning(self.window, QCoreApplication.translate("AutoBackup", "Backup"),
                            QCoreApplication.translate("AutoBackup", "Today's automatic backup was not made: %1")
                            .replace("%1", describe(exc)))

    def wait(self) -> None:
        if self.job is not None and self.job.thread.isRunning():
            self.job.thread.wait()


def at_close(ctx) -> None:
    """After a day's work (anything written since the newest copy), one more checked backup."""
    from frontdesk.core.errors import Refused
    from frontdesk.store import backup
    try:
        if backup.changed_since_last(ctx.db, ctx.db_path):
            backup.backup(ctx.db, reason="close")
            log.info("backup at close made")
    except (Refused, OSError) as exc:
        log.warning("backup at close not made: %s", getattr(exc, "code", type(exc).__name__))
    except Exception:  # noqa: BLE001 - closing must finish
        log.exception("backup at close failed")
