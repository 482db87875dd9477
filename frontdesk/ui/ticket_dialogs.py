"""Small dialogs the desk's moves need: dispatch to a handler, the callback (回访), a reason, a transfer."""
from __future__ import annotations

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QVBoxLayout)

from frontdesk.core.model import RATINGS
from frontdesk.core.states import HANDLER_ROLES, OWNER_ROLES
from frontdesk.ui import labels
from frontdesk.ui.widgets.text_box import text_box


class _Base(QDialog):
    def __init__(self, parent, title: str):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(self.form)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


class DispatchDialog(_Base):
    """派单: choose the handler; the default is the engineering department without a named person."""

    def __init__(self, ctx, number: str, parent=None):
        super().__init__(parent, self.tr("Dispatch %1").replace("%1", number))
        from frontdesk.store import settings, staff
        self.handler = QComboBox(self)
        dept = settings.get(ctx.db, "engineering_department") or ""
        self.handler.addItem(self.tr("%1 (no named person)").replace("%1", dept), None)
        people = staff.list_staff(ctx.db)
        people.sort(key=lambda s: (s["role"] != "engineer", s["department"] or "", s["username"]))
        for s in people:
            if s["role"] in HANDLER_ROLES:
                self.handler.addItem(f"{s['display_name']} ({s['username']}) {s['department'] or ''}".strip(),
                                     s["username"])
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("What to do, when the owner is at home"))
        self.form.addRow(self.tr("&Handler"), self.handler)
        self.form.addRow(self.tr("&Note"), self.note)
        self.handler.setFocus()

    def values(self) -> dict:
        return {"handler": self.handler.currentData(), "note": self.note.text().strip()}


class CallbackDialog(_Base):
    """满意度回访: reached or not, the owner's rating and comment. Unsatisfied reopens the ticket."""

    def __init__(self, ctx, number: str, parent=None):
        super().__init__(parent, self.tr("Callback %1").replace("%1", number))
        from frontdesk.ui.widgets.call_number import CallNumber
        self.call = CallNumber(ctx, self)       # the number to dial, shown at once: an audited reveal (回访)
        self.call.set_ticket(number, "")
        self.call.reveal()
        self.form.addRow(self.call)
        self.reached = QCheckBox(self.tr("Owner &reached"), self)
        self.reached.setChecked(True)
        self.rating = QComboBox(self)
        for code in RATINGS:
            self.rating.addItem(labels.rating(code), code)
        self.comment = text_box(parent=self)
        self.comment.setFixedHeight(70)
        self.hint = QLabel(self.tr("Unsatisfied reopens the ticket for more work."), self)
        self.hint.setStyleSheet("color: #757575;")
        self.form.addRow("", self.reached)
        self.form.addRow(self.tr("R&ating"), self.rating)
        self.form.addRow(self.tr("&Comment"), self.comment)
        self.form.addRow("", self.hint)
        self.reached.toggled.connect(self.rating.setEnabled)
        self.rating.setFocus()

    def values(self) -> dict:
        reached = self.reached.isChecked()
        return {"reached": reached, "rating": self.rating.currentData() if reached else None,
                "comment": self.comment.toPlainText().strip()}


class ReasonDialog(_Base):
    """A line of text a step needs: why it is cancelled, reopened, escalated (督办)."""

    def __init__(self, title: str, prompt: str, parent=None, *, required: bool = True):
        super().__init__(parent, title)
        self.required = required
        self.text = QLineEdit(self)
        self.form.addRow(prompt, self.text)
        self.text.setFocus()

    def accept(self) -> None:
        if self.required and not self.text.text().strip():
            self.show_error(self.tr("Please say why."))
            self.text.setFocus()
            return
        super().accept()

    def values(self) -> dict:
        return {"note": self.text.text().strip()}


class TransferDialog(_Base):
    """Transfer ownership (首问负责制) to another desk member, with a reason that is kept."""

    def __init__(self, ctx, number: str, parent=None):
        super().__init__(parent, self.tr("Transfer ownership of %1").replace("%1", number))
        from frontdesk.store import staff
        self.to = QComboBox(self)
        for s in staff.list_staff(ctx.db):
            if s["role"] in OWNER_ROLES:
                self.to.addItem(f"{s['display_name']} ({s['username']})", s["username"])
        self.reason = QLineEdit(self)
        self.form.addRow(self.tr("&To"), self.to)
        self.form.addRow(self.tr("&Reason"), self.reason)
        self.to.setFocus()

    def accept(self) -> None:
        if not self.reason.text().strip():
            self.show_error(self.tr("A transfer needs a reason."))
            self.reason.setFocus()
            return
        super().accept()

    def values(self) -> dict:
        return {"to_user": self.to.currentData(), "reason": self.reason.text().strip()}
