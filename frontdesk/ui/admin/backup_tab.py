"""Backups (admin): the folder (a second disk or a USB stick), the rotation, the copies there, a backup now,
and restore — the chosen backup is checked first, then the window closes, the current file is kept aside,
and the program reopens on the restored data at the login."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (QFormLayout, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton,
                               QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from frontdesk.core.errors import Refused
from frontdesk.ui.i18n import Retranslating
from frontdesk.ui.widgets import refusals
from frontdesk.ui.widgets import file_dialogs


class BackupTab(Retranslating, QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("backupTab")
        self.folder = QLineEdit(self)
        self.folder.setObjectName("backupFolder")
        self.choose_button = QPushButton(self)
        self.choose_button.clicked.connect(self.choose_folder)
        self.spins = {}
        for unit in ("daily", "weekly", "monthly"):
            spin = QSpinBox(self)
            spin.setRange(1 if unit == "daily" else 0, 400)
            self.spins[unit] = spin
        self.retention = QSpinBox(self)
        self.retention.setObjectName("retentionYears")
        self.retention.setRange(0, 100)
        self.retention_note = QLabel(self)
        self.retention_note.setWordWrap(True)
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.save)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("backupCopies")
        self.table.setSelectionBehavior(QTableWidget.SelectRows)
        self.table.setSelectionMode(QTableWidget.SingleSelection)
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.backup_button = QPushButton(self)
        self.restore_button = QPushButton(self)
        self.file_button = QPushButton(self)
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.file_button.clicked.connect(self.restore_file)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose_button)
        keep_row = QHBoxLayout()
        self.keep_labels = {}
        for unit, spin in self.spins.items():
            self.keep_labels[unit] = QLabel(self)
            keep_row.addWidget(self.keep_labels[unit])
            keep_row.addWidget(spin)
        keep_row.addStretch(1)
        keep_row.addWidget(self.save_button)
        self.form = QFormLayout()
        self.folder_caption, self.keep_caption = QLabel(self), QLabel(self)
        self.folder_caption.setBuddy(self.folder)
        self.form.addRow(self.folder_caption, folder_row)
        self.form.addRow(self.keep_caption, keep_row)
        self.retention_caption = QLabel(self)
        self.retention_caption.setBuddy(self.retention)
        retention_row = QHBoxLayout()
        retention_row.addWidget(self.retention)
        retention_row.addWidget(self.retention_note, 1)
        self.form.addRow(self.retention_caption, retention_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addStretch(1)
        buttons.addWidget(self.file_button)
        buttons.addWidget(self.restore_button)
        lay = QVBoxLayout(self)
        lay.addLayout(self.form)
        lay.addWidget(self.status)
        lay.addWidget(self.table, 1)
        lay.addLayout(buttons)
        self.retranslateUi()
        self.load()

    def tab_title(self) -> str:
        return self.tr("Backups")

    def retranslateUi(self) -> None:
        self.folder_caption.setText(self.tr("Backup &folder"))
        self.keep_caption.setText(self.tr("Keep"))
        self.folder.setPlaceholderText(self.tr("Empty: the backups folder beside the database"))
        self.choose_button.setText(self.tr("C&hoose…"))
        for unit, text in (("daily", self.tr("daily")), ("weekly", self.tr("weekly")), ("monthly", self.tr("monthly"))):
            self.keep_labels[unit].setText(text)
        self.save_button.setText(self.tr("&Save"))
        self.retention_caption.setText(self.tr("Anonymise &after"))
        self.retention.setSuffix(self.tr(" years"))
        self.retention.setSpecialValueText(self.tr("never"))
        self.retention_note.setText(self.tr("People who left more than this many years ago become 已匿名 (their "
                                            "tickets stay); checked once a day. Personal data law (PIPL)."))
        self.backup_button.setText(self.tr("&Back up now"))
        self.restore_button.setText(self.tr("&Restore the selected backup…"))
        self.file_button.setText(self.tr("Restore from a f&ile…"))
        self.table.setHorizontalHeaderLabels([self.tr("Made at"), self.tr("Why"), self.tr("Size")])
        self.load()

    def load(self) -> None:
        from frontdesk.store import backup, settings
        db = self.ctx.db
        self.folder.setText(settings.get(db, "backup_folder") or "")
        for unit, value in backup.rotation(db).items():
            self.spins[unit].setValue(int(value))
        from frontdesk.store import privacy
        self.retention.setValue(privacy.retention_years(db))
        state = backup.status(db, self.ctx.db_path)
        self.copies = backup.copies(state["folder"])
        reasons = {"daily": self.tr("start of the day"), "close": self.tr("at close"), "manual": self.tr("by hand")}
        self.table.setRowCount(len(self.copies))
        for row, c in enumerate(self.copies):
            why = reasons.get(c["reason"], c["reason"])
            if c["reason"].startswith("before-migration"):
                why = self.tr("before an upgrade")
            for col, text in enumerate((f"{c['at']:%Y-%m-%d %H:%M:%S}", why, f"{c['size'] / 1e6:.1f} MB")):
                item = QTableWidgetItem(text)
                item.setData(Qt.UserRole, str(c["path"]))
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        if not state["present"]:
            text = self.tr("The backup folder %1 is missing (a USB stick not plugged in?).")
        elif state["last"] is None:
            text = self.tr("No backup in %1 yet.")
        else:
            text = self.tr("Last good backup: %2, in %1.").replace("%2", f"{state['last']:%Y-%m-%d %H:%M}")
        self.status.setText(text.replace("%1", state["folder"]))
        self.status.setStyleSheet("color: #c62828; font-weight: bold;" if state["warn"] else "")
        self.restore_button.setEnabled(bool(self.copies))

    def choose_folder(self) -> None:
        start = self.folder.text() or QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation)
        chosen = file_dialogs.get_existing_directory(self, self.tr("Backup folder"), start)
        if chosen:
            self.folder.setText(chosen)

    def save(self) -> bool:
        from frontdesk.store import backup
        try:
            backup.set_policy(self.ctx.db, self.ctx.user, target=self.folder.text(),
                              rules={u: s.value() for u, s in self.spins.items()})
            from frontdesk.store import privacy
            if self.retention.value() != privacy.retention_years(self.ctx.db):
                privacy.set_retention(self.ctx.db, self.ctx.user, self.retention.value())
        except Refused as exc:
            QMessageBox.warning(self, self.tr("Backups"), refusals.describe(exc))
            return False
        self.ctx.notify(tables={"settings", "backups"})
        self.load()
        return True

    def backup_now(self) -> None:
        from frontdesk.store import backup
        from frontdesk.ui.jobs import run_job

        def done(_path) -> None:
            self.ctx.notify(tables={"backups", "audit"})
            self.load()
        user = self.ctx.user
        run_job(self, self.ctx, self.tr("Backing up…"),
                lambda db, abort, report: str(backup.backup(db, reason="manual", actor=user)), on_done=done)

    def selected_path(self) -> str | None:
        row = self.table.currentRow()
        return self.copies[row]["path"] if 0 <= row < len(self.copies) else None

    def restore_selected(self) -> None:
        path = self.selected_path()
        if path:
            self.restore(path)

    def restore_file(self) -> None:
        start = str(self.copies[0]["path"].parent) if self.copies else \
            QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation)
        path, _ = file_dialogs.get_open_file_name(self, self.tr("Restore from a file"), start,
                                              self.tr("Backups (*.db);;All files (*)"))
        if path:
            self.restore(path)

    def restore(self, path, *, confirm: bool = True) -> bool:
        """Check the backup; ask; then hand over to the start-up loop, which restores and reopens."""
        from frontdesk.core.permissions import require
        from frontdesk.store import backup
        try:
            require(self.ctx.user, "restore")
            info = backup.inspect(path)
        except Refused as exc:
            QMessageBox.warning(self, self.tr("Restore"), refusals.describe(exc))
            return False
        at = f"{info['at']:%Y-%m-%d %H:%M}"
        question = self.tr("Restore the backup of %1 (%2 tickets)?\n\nChanges made after %1 will be missing from "
                           "the restored data; the current data is kept aside first. The window closes and the "
                           "program reopens on the restored data at the login.").replace("%1", at) \
            .replace("%2", str(info["tickets"]))
        if confirm and QMessageBox.question(self, self.tr("Restore"), question) != QMessageBox.Yes:
            return False
        from frontdesk.ui.app import request_restore
        request_restore(self.window(), str(Path(path)))
        return True
