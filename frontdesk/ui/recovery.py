"""The recovery window at start: the database failed its quick check. It names the file and what failed,
offers the newest good backup with its date and time, says what will be missing, and keeps the damaged file
aside when restoring. Nothing here shows a traceback."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QMessageBox, QPushButton,
                               QVBoxLayout)
from frontdesk.ui.widgets import file_dialogs


class RecoveryDialog(QDialog):
    """Restore the newest good backup (or one chosen), or quit leaving everything as it is."""

    def __init__(self, db_path, problem: dict, parent=None):
        super().__init__(parent)
        from frontdesk.store import backup
        self.db_path = Path(db_path)
        self.problem = problem
        self.folder = backup.folder_of_file(db_path)
        self.candidate = backup.newest_good(self.folder)
        self.result_info: dict | None = None
        self.setObjectName("recoveryDialog")
        self.setMinimumWidth(620)
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 14pt; font-weight: bold; color: #b71c1c;")
        self.body = QLabel(self)
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.offer = QLabel(self)
        self.offer.setWordWrap(True)
        self.offer.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.offer.setStyleSheet("background: #fff8e1; padding: 8px; border-radius: 4px;")
        self.buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton(self)
        self.choose_button = QPushButton(self)
        self.quit_button = QPushButton(self)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.AcceptRole)
        self.buttons.addButton(self.choose_button, QDialogButtonBox.ActionRole)
        self.buttons.addButton(self.quit_button, QDialogButtonBox.RejectRole)
        self.restore_button.clicked.connect(lambda: self.restore(self.candidate["path"]) if self.candidate else None)
        self.choose_button.clicked.connect(self.choose)
        self.quit_button.clicked.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.heading)
        lay.addWidget(self.body)
        lay.addWidget(self.offer)
        lay.addStretch(1)
        lay.addWidget(self.buttons)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("The database needs attention"))
        self.heading.setText(self.tr("The centre's database is damaged"))
        failed = {"open": self.tr("opening"), "integrity": self.tr("integrity")}.get(
            self.problem.get("failed"), self.problem.get("failed") or "")
        self.body.setText(self.tr("The file %1 did not pass the %2 check at start (%3). Working on in it could "
                                  "lose more; it will not be changed.")
                          .replace("%1", str(self.db_path)).replace("%2", failed)
                          .replace("%3", str(self.problem.get("reason") or "")))
        if self.candidate:
            at = self.candidate["at"]
            self.offer.setText(self.tr("The newest good backup is from %1 (%2 tickets). Restoring it brings the "
                                       "data back as it was then: changes made after %1 will be missing. The "
                                       "damaged file is kept aside in %3.")
                               .replace("%1", f"{at:%Y-%m-%d %H:%M}").replace("%2", str(self.candidate["tickets"]))
                               .replace("%3", str(self.folder)))
        else:
            self.offer.setText(self.tr("No good backup was found in %1. Choose a backup file (for example from a "
                                       "USB stick), or quit and ask your administrator.")
                               .replace("%1", str(self.folder)))
        self.restore_button.setText(self.tr("&Restore this backup"))
        self.restore_button.setVisible(self.candidate is not None)
        self.choose_button.setText(self.tr("&Choose another backup…"))
        self.quit_button.setText(self.tr("&Quit"))

    def choose(self) -> None:
        start = str(self.folder if self.folder.is_dir() else Path.home())
        path, _ = file_dialogs.get_open_file_name(self, self.tr("Choose a backup"), start,
                                              self.tr("Backups (*.db);;All files (*)"))
        if path:
            self.restore(path)

    def restore(self, path) -> bool:
        """Restore `path` in place of the damaged file (kept aside); accept on success, say why if refused."""
        from frontdesk.core.errors import Refused
        from frontdesk.store import backup
        from frontdesk.ui.widgets.refusals import describe
        try:
            self.result_info = backup.restore(path, self.db_path, target=self.folder)
        except Refused as exc:
            QMessageBox.warning(self, self.windowTitle(), describe(exc))
            return False
        self.accept()
        return True


def recover(db_path, problem: dict) -> bool:
    """Run the recovery window; True when a backup was restored and the program may go on."""
    dialog = RecoveryDialog(db_path, problem)
    return dialog.exec() == QDialog.Accepted
