"""The "what we hold about this person" export from the person's view in the archive (supervisors and admins):
a JSON file for a person's request under PIPL, audited before it is written."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QMessageBox, QPushButton

from frontdesk.ui.widgets import file_dialogs

from frontdesk.ui.i18n import Retranslating


class HoldingsButton(Retranslating, QPushButton):
    def __init__(self, view):
        super().__init__(view)
        self.view = view
        self.setObjectName("holdingsButton")
        self.clicked.connect(self.export)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setText(QCoreApplication.translate("Privacy", "What we hold…"))
        self.setToolTip(QCoreApplication.translate(
            "Privacy", "Export everything the centre holds about this person (a request under PIPL)"))

    def export(self) -> str | None:
        from frontdesk.core.errors import Refused
        from frontdesk.store import privacy
        from frontdesk.ui.widgets.refusals import describe
        person = getattr(self.view, "person", None)
        if not person:
            return None
        folder = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation)
        title = QCoreApplication.translate("Privacy", "What we hold about this person")
        path, _ = file_dialogs.get_save_file_name(self, title, f"{folder}/{person['name']}.json",
                                                  QCoreApplication.translate("Privacy", "JSON files (*.json)"))
        if not path:
            return None
        try:
            privacy.export_person(self.view.ctx.db, self.view.ctx.user, person["id"], path)
        except Refused as exc:
            QMessageBox.warning(self, QCoreApplication.translate("Privacy", "What we hold about this person"), describe(exc))
            return None
        self.view.ctx.notify(tables={"audit"})
        QMessageBox.information(self, QCoreApplication.translate("Privacy", "What we hold about this person"),
                                QCoreApplication.translate("Privacy", "Written to %1").replace("%1", path))
        return path


def add_button(view, layout) -> HoldingsButton:
    """Put the button in the person view's top row; shown to supervisors and admins only."""
    from frontdesk.core.permissions import allowed
    button = HoldingsButton(view)
    layout.addWidget(button)
    button.setVisible(allowed(view.ctx.user, "privacy_export") and view.ctx.user is not None)
    view.ctx.user_changed.connect(lambda u: button.setVisible(u is not None and allowed(u, "privacy_export")))
    return button
