"""The login dialog: user name and password against the store's staff; on the demo centre it lists the
demo accounts. A wrong password never says which half was wrong; five in a row lock the account."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QVBoxLayout)

from frontdesk.core.errors import Refused
from frontdesk.store import settings, staff
from frontdesk.ui.i18n import Retranslating
from frontdesk.ui.labels import refusal_text, role_label


class LoginDialog(Retranslating, QDialog):
    """Ask for a user name and password; `user` holds the staff dict after accept()."""

    def __init__(self, db, parent=None, *, username: str = ""):
        super().__init__(parent)
        self.db = db
        self.user: dict | None = None
        self.setObjectName("loginDialog")
        self.setMinimumWidth(420)
        self.centre = QLabel(settings.get(db, "centre_name") or "")
        self.centre.setObjectName("lockTitle")
        self.centre.setAlignment(Qt.AlignCenter)
        self.username = QLineEdit(username)
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.Password)
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.hide()
        self.form = QFormLayout()
        self.form.addRow(QLabel(buddy=self.username), self.username)
        self.form.addRow(QLabel(buddy=self.password), self.password)
        self.demo_hint = QLabel()
        self.demo_hint.setObjectName("hintLabel")
        self.demo_hint.setWordWrap(True)
        self.demo = QListWidget()
        self.demo.setObjectName("demoAccounts")
        self.demo.itemActivated.connect(self._pick_demo)
        self.demo.itemClicked.connect(self._pick_demo)
        self.accounts = [a for a in (settings.get(db, "demo_accounts") or []) if isinstance(a, dict)]
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.try_login)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.centre)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.demo_hint)
        layout.addWidget(self.demo)
        layout.addWidget(self.buttons)
        self.demo_hint.setVisible(bool(self.accounts))
        self.demo.setVisible(bool(self.accounts))
        self.retranslateUi()
        (self.password if username else self.username).setFocus()

    def retranslateUi(self) -> None:
        """Every visible text, again in the current language."""
        self.setWindowTitle(self.tr("Log in"))
        self.form.labelForField(self.username).setText(self.tr("&User name"))
        self.form.labelForField(self.password).setText(self.tr("&Password"))
        self.username.setPlaceholderText(self.tr("e.g. desk1"))
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Log in"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))
        self.demo_hint.setText(self.tr("This is a demo centre. Its accounts (click one to fill in the user name):"))
        self.demo.clear()
        for account in self.accounts:
            text = f"{account.get('username', '')}  ·  {role_label(account.get('role'))}"
            if account.get("password_hint"):
                text += "  ·  " + self.tr("password: %1").replace("%1", str(account["password_hint"]))
            item = QListWidgetItem(text)
            item.setData(Qt.UserRole, account.get("username", ""))
            self.demo.addItem(item)
        rows = self.demo.count()
        if rows:
            self.demo.setFixedHeight(self.demo.sizeHintForRow(0) * rows + 2 * self.demo.frameWidth() + 4)

    def _pick_demo(self, item: QListWidgetItem) -> None:
        """A demo account chosen: fill in its name and ask for the password."""
        self.username.setText(item.data(Qt.UserRole))
        self.password.clear()
        self.password.setFocus()

    def show_error(self, text: str) -> None:
        """Say why the login failed, under the fields."""
        self.error.setText(text)
        self.error.show()

    def try_login(self) -> bool:
        """Check the password; accept on success, else say why and keep the dialog open."""
        name = self.username.text().strip()
        if not name:
            self.show_error(self.tr("Enter your user name."))
            self.username.setFocus()
            return False
        if not self.password.text():          # Enter after the name: go on to the password, count no miss
            self.password.setFocus()
            return False
        try:
            self.user = staff.authenticate(self.db, name, self.password.text())
        except Refused as exc:
            self.show_error(refusal_text(exc))
            self.password.clear()
            self.password.setFocus()
            return False
        self.accept()
        return True
