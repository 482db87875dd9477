"""Staff accounts and roles: add, change role/department/active, reset a password."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QHeaderView, QInputDialog, QLabel, QLineEdit, QMessageBox,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from frontdesk.core.errors import Refused
from frontdesk.core.model import ROLES
from frontdesk.store import staff
from frontdesk.ui.i18n import Retranslating
from frontdesk.ui.labels import invalid_text, role_label


class StaffDialog(Retranslating, QDialog):
    """One account: a new one (with its first password) or an existing one's details."""

    def __init__(self, ctx, person: dict | None = None, parent=None):
        super().__init__(parent)
        self.ctx, self.person, self.saved = ctx, person, None
        self.username = QLineEdit((person or {}).get("username", ""))
        self.username.setReadOnly(person is not None)
        self.display_name = QLineEdit((person or {}).get("display_name", ""))
        self.role = QComboBox()
        for role in ROLES:
            self.role.addItem(role_label(role), role)
        self.role.setCurrentIndex(max(self.role.findData((person or {}).get("role", "receptionist")), 0))
        self.department = QLineEdit((person or {}).get("department") or "")
        self.phone = QLineEdit((person or {}).get("phone") or "")
        self.active = QCheckBox()
        self.active.setChecked(bool((person or {"active": 1})["active"]))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.Password)
        for name in ("username", "display_name", "role", "department", "phone", "active", "password"):
            getattr(self, name).setObjectName("staff_" + name)
        self.form = QFormLayout()
        self.fields = [self.username, self.display_name, self.role, self.department, self.phone, self.active]
        if person is None:
            self.fields.append(self.password)
        for field in self.fields:
            self.form.addRow(QLabel(buddy=field), field)
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Staff account"))
        texts = [self.tr("&User name"), self.tr("&Display name"), self.tr("&Role"), self.tr("D&epartment"),
                 self.tr("P&hone"), self.tr("Active")]
        if self.person is None:
            texts.append(self.tr("&Password"))
        for field, text in zip(self.fields, texts):
            self.form.labelForField(field).setText(text)
        self.active.setText(self.tr("may log in"))
        self.buttons.button(QDialogButtonBox.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))

    def save(self) -> bool:
        """Create or update the account; a refusal is explained and the dialog stays."""
        try:
            if self.person is None:
                self.saved = staff.create(self.ctx.db, username=self.username.text().strip(),
                                          display_name=self.display_name.text(), role=self.role.currentData(),
                                          password=self.password.text(), department=self.department.text().strip(),
                                          phone=self.phone.text().strip() or None, actor=self.ctx.user)
            else:
                self.saved = staff.update(self.ctx.db, self.person["username"], actor=self.ctx.user,
                                          display_name=self.display_name.text().strip(),
                                          role=self.role.currentData(), department=self.department.text().strip(),
                                          phone=self.phone.text().strip() or None,
                                          active=1 if self.active.isChecked() else 0)
        except Refused as exc:
            self.error.setText(invalid_text(exc))
            self.error.show()
            return False
        self.accept()
        return True


class StaffTab(Retranslating, QWidget):
    """The staff list (inactive accounts too) with add, edit and reset-password buttons."""
    COLUMNS = 5

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[dict] = []
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setObjectName("staffTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.edit_current())
        self.add_button, self.edit_button, self.reset_button = QPushButton(), QPushButton(), QPushButton()
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_current)
        self.reset_button.clicked.connect(self.reset_password)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.reset_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.refresh()
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("User name"), self.tr("Name"), self.tr("Role"),
                                              self.tr("Department"), self.tr("Status")])
        self.add_button.setText(self.tr("&Add…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.reset_button.setText(self.tr("&Reset password…"))
        self.refresh()

    def refresh(self) -> None:
        """Reload the staff list (inactive and locked accounts too)."""
        self.rows = staff.list_staff(self.ctx.db, active_only=False)
        self.table.setRowCount(len(self.rows))
        for r, person in enumerate(self.rows):
            status = self.tr("active") if person["active"] else self.tr("inactive")
            if person.get("locked_until"):
                status = self.tr("locked until %1").replace("%1", person["locked_until"][11:16])
            for c, text in enumerate((person["username"], person["display_name"], role_label(person["role"]),
                                      person["department"] or "", status)):
                item = QTableWidgetItem(text)
                if not person["active"]:
                    item.setForeground(Qt.gray)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()

    def current(self) -> dict | None:
        """The selected account, or None."""
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def add(self) -> None:
        """Add an account."""
        self._dialog(None)

    def edit_current(self) -> None:
        """Edit the selected account."""
        if self.current():
            self._dialog(self.current())

    def _dialog(self, person) -> None:
        """The account dialog; the list reloads after a save."""
        dialog = StaffDialog(self.ctx, person, self)
        if dialog.exec() == QDialog.Accepted:
            self.ctx.notify(tables={"staff"}, ids={dialog.saved["id"]})
            self.refresh()

    def reset_password(self) -> None:
        """Give the selected account a new password (this also lifts a lock-out)."""
        person = self.current()
        if person is None:
            return
        text, ok = QInputDialog.getText(self, self.tr("Reset password"),
                                        self.tr("New password for %1:").replace("%1", person["username"]),
                                        QLineEdit.Password)
        if not ok:
            return
        try:
            staff.update(self.ctx.db, person["username"], actor=self.ctx.user, password=text)
        except Refused as exc:
            QMessageBox.warning(self, self.tr("Reset password"), invalid_text(exc))
            return
        self.ctx.notify(tables={"staff"}, ids={person["id"]})
        self.refresh()
