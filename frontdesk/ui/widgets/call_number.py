"""The number to dial for a ticket's callback (回访), shown in full on request: an audited reveal for that one
ticket with purpose 'callback' (store.people.reveal_for_callback), never a blanket unmasking. The shown number
goes when another ticket is chosen, and with the page when its user leaves."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from frontdesk.core.errors import Refused
from frontdesk.ui.i18n import Retranslating
from frontdesk.ui.widgets import refusals


class CallNumber(Retranslating, QWidget):
    """'Number to call: 138****5678  [Show the number to call]' — full once asked for."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.number: str | None = None          # the ticket
        self.masked = ""
        self.full: str | None = None
        self.caption = QLabel(self)
        self.value = QLabel(self)
        self.value.setObjectName("callNumber")
        self.value.setTextInteractionFlags(Qt.TextSelectableByMouse | Qt.TextSelectableByKeyboard)
        self.value.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.button = QPushButton(self)
        self.button.setObjectName("revealCallNumber")
        self.button.clicked.connect(self.reveal)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.caption)
        lay.addWidget(self.value, 1)
        lay.addWidget(self.button)
        self.retranslateUi()
        self.set_ticket(None, "")

    def retranslateUi(self) -> None:
        self.caption.setText(self.tr("Number to call:"))
        self.button.setText(self.tr("Sho&w the number to call"))
        self.button.setToolTip(self.tr("Shows the full number for this callback; written to the audit log"))

    def set_ticket(self, number: str | None, masked: str | None) -> None:
        """Another ticket: its number masked again until asked for."""
        self.number, self.masked, self.full = number, masked or "", None
        self.value.setText(self.masked or "—")
        self.button.setEnabled(number is not None)
        self.button.setVisible(True)

    def reveal(self) -> str | None:
        """Show the full number (audited); a refusal is said in its place."""
        if self.number is None:
            return None
        if self.full is None:
            from frontdesk.store import people
            try:
                self.full = people.reveal_for_callback(self.ctx.db, self.number, actor=self.ctx.user)
            except Refused as exc:
                self.value.setText(refusals.describe(exc))
                return None
        self.value.setText(self.full or self.tr("no number on record"))
        self.button.setVisible(False)
        return self.full
