"""About (F1, or the button in the status bar): the version, the database, the backup folder and the log —
what a maintainer asks for first on the phone."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QPushButton, QToolButton, QVBoxLayout

from frontdesk.ui.i18n import Retranslating


def facts(ctx) -> dict:
    """What the box shows, as text."""
    from frontdesk import __version__, applog
    from frontdesk.store import backup
    log = applog.current() or Path(ctx.db_path).parent / applog.LOG_NAME
    try:
        folder = str(backup.folder(ctx.db, ctx.db_path))
    except Exception:  # noqa: BLE001 - About must open whatever state the database is in
        folder = str(backup.default_folder(ctx.db_path))
    return {"version": __version__, "database": str(Path(ctx.db_path).resolve()), "backups": folder, "log": str(log)}


class AboutDialog(QDialog):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.facts = facts(ctx)
        self.setWindowTitle(self.tr("About frontdesk"))
        heading = QLabel(self.tr("Front desk of the property service centre"), self)
        heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        form = QFormLayout()
        for key, caption in (("version", self.tr("Version")), ("database", self.tr("Database")),
                             ("backups", self.tr("Backup folder")), ("log", self.tr("Log file"))):
            value = QLabel(self.facts[key], self)
            value.setObjectName(f"about_{key}")
            value.setTextInteractionFlags(Qt.TextSelectableByMouse)
            form.addRow(caption, value)
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        self.open_log = QPushButton(self.tr("Open the log's folder"), self)
        buttons.addButton(self.open_log, QDialogButtonBox.ActionRole)
        self.open_log.clicked.connect(lambda: QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(Path(self.facts["log"]).parent))))
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(heading)
        lay.addLayout(form)
        lay.addWidget(buttons)


def show_about(window) -> None:
    AboutDialog(window.ctx, window).exec()


class AboutButton(Retranslating, QToolButton):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("aboutButton")
        self.setAutoRaise(True)
        self.setFocusPolicy(Qt.NoFocus)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setText(QCoreApplication.translate("AboutDialog", "About"))
        self.setToolTip(QCoreApplication.translate("AboutDialog", "Version, database, backups and log (F1)"))


def install(window) -> None:
    """F1 and a small button in the status bar open the box."""
    button = AboutButton(window)
    button.clicked.connect(lambda: show_about(window))
    window.statusBar().addPermanentWidget(button)
    shortcut = QShortcut(QKeySequence(Qt.Key_F1), window)
    shortcut.activated.connect(lambda: show_about(window))
    window._about_button = button
