"""First start: the database has no centre yet; create it and its admin (the same function as `frontdesk init`)."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from frontdesk.core.errors import Invalid, Refused
from frontdesk.store import staff
from frontdesk.ui.i18n import Retranslating
from frontdesk.ui.labels import invalid_text


class SetupDialog(Retranslating, QDialog):
    """Centre name, address, phone, and the first admin's account; `user` is the admin after accept()."""

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.db = db
        self.user: dict | None = None
        self.setMinimumWidth(480)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.centre = QLineEdit()
        self.legal_name = QLineEdit()
        self.address = QLineEdit()
        self.phone = QLineEdit()
        self.admin = QLineEdit("admin")
        self.display_name = QLineEdit()
        self.password = QLineEdit()
        self.again = QLineEdit()
        for name in ("centre", "legal_name", "address", "phone", "admin", "display_name", "password", "again"):
            getattr(self, name).setObjectName(name)
        for field in (self.password, self.again):
            field.setEchoMode(QLineEdit.Password)
        self.form = QFormLayout()
        for field in (self.centre, self.legal_name, self.address, self.phone, self.admin, self.display_name,
                      self.password, self.again):
            self.form.addRow(QLabel(buddy=field), field)
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.try_create)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslateUi()
        self.centre.setFocus()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Set up the service centre"))
        self.intro.setText(self.tr("This database has no service centre yet. Enter the centre's details and "
                                   "the first administrator's account."))
        labels = (self.tr("&Centre name"), self.tr("&Legal name"), self.tr("&Address"), self.tr("Service &hotline"),
                  self.tr("Admin &user name"), self.tr("Admin &display name"), self.tr("&Password"),
                  self.tr("Password &again"))
        fields = (self.centre, self.legal_name, self.address, self.phone, self.admin, self.display_name,
                  self.password, self.again)
        for field, text in zip(fields, labels):
            self.form.labelForField(field).setText(text)
        self.centre.setPlaceholderText(self.tr("e.g. 阳光花园物业服务中心"))
        self.legal_name.setPlaceholderText(self.tr("signs and seals every document; empty: the centre's name"))
        self.display_name.setPlaceholderText(self.tr("Administrator"))
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Create"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))

    def _fail(self, text: str, field) -> bool:
        """Show why, focus the field, keep the dialog open."""
        self.error.setText(text)
        self.error.show()
        field.setFocus()
        return False

    def try_create(self) -> bool:
        """Create the centre; a refusal keeps everything typed and points at the field."""
        if self.password.text() != self.again.text():
            return self._fail(self.tr("The two passwords differ."), self.again)
        try:
            self.user = staff.init_centre(self.db, centre=self.centre.text(), admin=self.admin.text().strip(),
                                          password=self.password.text(),
                                          display_name=self.display_name.text().strip() or None,
                                          address=self.address.text().strip(), phone=self.phone.text().strip(),
                                          legal_name=self.legal_name.text().strip())
        except Invalid as exc:
            target = {"centre": self.centre, "username": self.admin, "display_name": self.display_name,
                      "password": self.password}.get(exc.field, self.centre)
            return self._fail(invalid_text(exc), target)
        except Refused as exc:
            return self._fail(invalid_text(exc), self.centre)
        self.accept()
        return True
