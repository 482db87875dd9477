"""Automatic backups from the window: the first start of each day (off the GUI thread, a few seconds after
the window shows) and at close after a day's work. Before a migration, the store backs up by itself."""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, QTimer

log = logging.getLogger("frontdesk")
START_DELAY_MS = 3000


def _after_start(db, abort, report, db_path: str, daily: bool):
    """The whole file quick-checked (the start checked only the core tables); then, at the first start of the
    day, the day's backup and the retention rule if the admin set one (as the program itself)."""
    from frontdesk.store import backup, check
    problem = check.startup_problem(db_path, whole=True)
    if problem:
        return {"problem": problem}
    if not daily:
        return {}
    made = backup.backup(db, reason="daily")
    try:
        from frontdesk.store import privacy
        privacy.apply_retention(db, actor=None)
    except ImportError:
        pass
    return {"backup": str(made)}


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
            daily = backup.due_today(self.ctx.db, self.ctx.db_path)
        except Exception:  # noqa: BLE001 - a backup check must never take the window down
            log.exception("daily backup check failed")
            daily = False
        self.job = Job(self.window, self.ctx, "backup", _after_start, self.ctx.db_path, daily, show_dialog=False)
        self.job.done.connect(self._finished)
        self.job.error.connect(self._failed)
        self.job.start()

    def _finished(self, result: dict) -> None:
        if result.get("problem"):
            self.damaged(result["problem"])
            return
        if result.get("backup"):
            log.info("daily backup made")
            self.ctx.notify(tables={"backups"})

    def damaged(self, problem: dict) -> None:
        """The whole-file check failed: writes are refused from now on; offer to restart into the recovery."""
        from PySide6.QtWidgets import QMessageBox
        log.warning("database damaged: %s check failed", problem.get("failed"))
        box = QMessageBox(QMessageBox.Critical, QCoreApplication.translate("AutoBackup", "The database is damaged"),
                          QCoreApplication.translate(
                              "AutoBackup", "The check of %1 found damage (%2). Nothing more can be saved in it. "
                              "Restart now to restore the newest good backup (the damaged file is kept aside)?")
                          .replace("%1", self.ctx.db_path).replace("%2", str(problem.get("reason") or "")),
                          QMessageBox.NoButton, self.window)
        restart = box.addButton(QCoreApplication.translate("AutoBackup", "&Restart now"), QMessageBox.AcceptRole)
        box.addButton(QCoreApplication.translate("AutoBackup", "&Later"), QMessageBox.RejectRole)
        box.exec()
        if box.clickedButton() is restart:
            from frontdesk.ui.app import request_recovery
            request_recovery(self.window)

    def _failed(self, exc) -> None:
        from PySide6.QtWidgets import QMessageBox

        from frontdesk.ui.widgets.refusals import describe
        log.warning("daily backup failed: %s", getattr(exc, "code", type(exc).__name__))
        self.ctx.notify(tables={"backups"})
        QMessageBox.warning(self.window, QCoreApplication.translate("AutoBackup", "Backup"),
                            QCoreApplication.translate("AutoBackup", "Today's automatic backup was not made: %1")
                            .replace("%1", describe(exc)))

    def wait(self) -> None:
        if self.job is not None:
            self.job.wait()


def _close_backup(db, abort, report):
    from frontdesk.store import backup
    return str(backup.backup(db, reason="close"))


def at_close(ctx) -> None:
    """After a day's work (anything written since the newest copy), one more checked backup. The window is gone
    by then: a small 'backing up' box shows while the copy is made off the GUI thread (on a big register it
    takes seconds, and a program that seems to hang at close gets killed)."""
    from frontdesk.core.errors import Refused
    from frontdesk.store import backup
    try:
        if not backup.changed_since_last(ctx.db, ctx.db_path):
            return
        made = _with_progress(ctx) if QCoreApplication.instance() is not None else None
        if made is None:
            backup.backup(ctx.db, reason="close")
        log.info("backup at close made")
    except (Refused, OSError) as exc:
        log.warning("backup at close not made: %s", getattr(exc, "code", type(exc).__name__))
    except Exception:  # noqa: BLE001 - closing must finish
        log.exception("backup at close failed")


def _with_progress(ctx) -> str | None:
    """The close backup in a worker thread with a busy box and a local event loop; raises what the copy raised."""
    from PySide6.QtCore import QEventLoop, Qt
    from PySide6.QtWidgets import QApplication, QProgressDialog

    from frontdesk.ui.jobs import Job
    if not isinstance(QCoreApplication.instance(), QApplication):
        return None
    box = QProgressDialog(QCoreApplication.translate("AutoBackup", "Backing up today's work…"), "", 0, 0)
    box.setWindowTitle(QCoreApplication.translate("AutoBackup", "Backup"))
    box.setCancelButton(None)                    # a half-made copy is never kept anyway; the copy takes seconds
    box.setWindowModality(Qt.ApplicationModal)
    box.setMinimumDuration(500)
    box.setValue(0)
    job = Job(None, ctx, "backup", _close_backup, show_dialog=False)
    outcome: dict = {}
    loop = QEventLoop()
    job.done.connect(lambda path: (outcome.setdefault("path", path), loop.quit()))
    job.error.connect(lambda exc: (outcome.setdefault("error", exc), loop.quit()))
    job.start()
    loop.exec()
    box.close()
    box.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["path"]
