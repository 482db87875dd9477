"""Automatic sync through the "sync folder" (a shared network folder): import new bundles at start and on F5,
export every N minutes and when the program closes. Off the GUI thread; a failure is logged, never a crash.

Also the jobs the 同步 page runs (export, import) and the one-line status the dashboard shows."""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QLabel

from frontdesk.ui.i18n import Retranslating

log = logging.getLogger("frontdesk")
START_DELAY_MS = 4000


def _cancellable(abort, report, label: str):
    from frontdesk.ui.jobs import Cancelled
    tables = {"n": 0, "last": None}

    def progress(table: str, rows: int) -> None:
        if abort():
            raise Cancelled()
        if table != tables["last"]:
            tables["last"], tables["n"] = table, tables["n"] + 1
        report(min(0.95, tables["n"] / 24), f"{label} {table}: {rows}")
    return progress


def export_job(db, abort, report, folder: str, actor: dict | None, full: bool = False):
    """The 同步 page's and the timer's export: returns frontdesk.sync.export.Exported."""
    from frontdesk.sync.export import export
    return export(db, folder, actor=actor, full=full, progress=_cancellable(abort, report, "⇧"))


def import_job(db, abort, report, path: str, actor: dict | None):
    """Import a bundle or every new bundle of a folder: returns a list of frontdesk.sync.apply.Imported."""
    from frontdesk.sync.apply import import_path
    return import_path(db, path, actor=actor, progress=_cancellable(abort, report, "⇩"))


def folder_of(db) -> str:
    from frontdesk.store import settings
    return settings.get(db, "sync_folder") or ""


def minutes_of(db) -> int:
    from frontdesk.store import settings
    return int(settings.get(db, "sync_every_minutes") or 10)


class AutoSync(QObject):
    """Installed on the main window by the application when it starts."""

    def __init__(self, ctx, window):
        super().__init__(window)
        self.ctx, self.window = ctx, window
        self.job = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.export_now)
        self.reschedule()
        QTimer.singleShot(START_DELAY_MS, self.import_now)
        hooks = getattr(window, "refresh_hooks", None)
        if hooks is not None:
            hooks.append(self.import_now)          # F5

    def reschedule(self) -> None:
        self.timer.setInterval(max(1, minutes_of(self.ctx.db)) * 60_000)
        self.timer.start()

    def _run(self, fn, *args) -> None:
        from pathlib import Path

        from frontdesk.ui.jobs import Job
        folder = folder_of(self.ctx.db)
        if not folder or self.job is not None or not Path(folder).is_dir():
            return
        self.job = Job(self.window, self.ctx, "sync", fn, folder, self.ctx.user, show_dialog=False)
        self.job.done.connect(self._done)
        self.job.error.connect(self._failed)
        self.job.cancelled.connect(lambda: self._failed(None))
        self.job.start()

    def import_now(self) -> None:
        self._run(import_job)

    def export_now(self) -> None:
        self._run(export_job)

    def _done(self, result) -> None:
        self.job = None
        tables = {"sync"}
        if isinstance(result, list) and any(r.status == "applied" for r in result):
            tables |= {"tickets", "people", "units", "staff", "settings"}
        self.ctx.notify(tables=tables)

    def _failed(self, exc) -> None:
        self.job = None
        log.warning("automatic sync failed: %s", getattr(exc, "code", type(exc).__name__))
        self.ctx.notify(tables={"sync"})

    def wait(self) -> None:
        if self.job is not None:
            self.job.wait(30_000)


def at_close(ctx) -> None:
    """The last export when the program closes (on the GUI thread: the window is already gone)."""
    from pathlib import Path
    folder = folder_of(ctx.db)
    if not folder or not Path(folder).is_dir():
        return
    try:
        from frontdesk.sync.export import export
        export(ctx.db, folder, actor=ctx.user)
    except Exception:  # noqa: BLE001 - closing must never fail because the share is away
        log.exception("export at close failed")


class SyncLine(Retranslating, QLabel):
    """The dashboard's line: when this terminal last exported and imported, and conflicts waiting."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("syncLine")
        self.setStyleSheet("color: #757575;")
        ctx.changed.connect(lambda change: self.refresh() if "sync" in change.get("tables", ()) else None)
        self.refresh()

    def retranslateUi(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        from frontdesk.sync.status import status
        try:
            st = status(self.ctx.db)
        except Exception:  # noqa: BLE001 - a database from before sync: say nothing
            self.setText("")
            return
        never = self.tr("never")
        text = self.tr("Sync: last export %1, last import %2").replace("%1", _local(st["last_export_at"]) or never)\
            .replace("%2", _local(st["last_import_at"]) or never)
        if st["conflicts_waiting"]:
            text += self.tr(" · %n conflict(s) wait", "", st["conflicts_waiting"])
        self.setText(text)


def _local(stamp: str | None) -> str:
    """A UTC stamp as the desk's local time, to the minute."""
    if not stamp:
        return ""
    import datetime as dt
    t = dt.datetime.strptime(stamp[:19], "%Y-%m-%dT%H:%M:%S").replace(tzinfo=dt.timezone.utc).astimezone()
    return t.strftime("%m-%d %H:%M")


def tr(text: str) -> str:
    return QCoreApplication.translate("SyncPage", text)
