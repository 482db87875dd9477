"""The dashboard's backup warning: shown when the last good backup is older than two days or the backup
folder is missing (a USB stick not plugged in); hidden otherwise. Reads the folder, never the database file."""
from __future__ import annotations

import logging

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel

from frontdesk.ui.i18n import Retranslating

log = logging.getLogger("frontdesk")
RECHECK_MS = 10 * 60_000


class BackupBanner(Retranslating, QLabel):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.state: dict = {}
        self.setObjectName("backupWarning")
        self.setWordWrap(True)
        self.setStyleSheet("background: #fdecea; color: #b71c1c; padding: 8px; border-radius: 4px; "
                           "font-weight: bold;")
        self.hide()
        self.timer = QTimer(self, interval=RECHECK_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        ctx.changed.connect(lambda change: self.refresh()
                            if {"backups", "settings"} & set(change.get("tables") or ()) else None)
        self.refresh()

    def refresh(self) -> None:
        from frontdesk.store import backup
        try:
            self.state = backup.status(self.ctx.db, self.ctx.db_path)
        except Exception:  # noqa: BLE001 - a warning must never take the dashboard down
            log.exception("backup status failed")
            return
        self.retranslateUi()

    def retranslateUi(self) -> None:
        s = self.state
        if not s or not s["warn"]:
            self.hide()
            return
        if not s["present"]:
            text = self.tr("The backup folder %1 is missing: plug in the backup disk or USB stick, or choose "
                           "another folder (Settings → Backups).").replace("%1", s["folder"])
        elif s["last"] is None:
            text = self.tr("There is no backup yet in %1: make one now (Settings → Backups).").replace("%1", s["folder"])
        else:
            text = self.tr("The last good backup is from %1, more than two days ago: check the backup folder %2 "
                           "(Settings → Backups).").replace("%1", f"{s['last']:%Y-%m-%d %H:%M}").replace("%2", s["folder"])
        self.setText(text)
        self.show()
