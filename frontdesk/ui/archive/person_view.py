"""One person: units held, masked phones and ID (reveal for supervisors, audited), class, tags, care needs,
preferences, notes, and the history of tickets and callbacks with satisfaction."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QFormLayout, QGroupBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget)

from frontdesk.core.errors import Refused
from frontdesk.core.ids import mask_id, mask_phone
from frontdesk.store import archive, people
from frontdesk.ui.i18n import Retranslating
from frontdesk.ui import labels

from .unit_view import NUMBER_ROLE, fill, short_time, table
from frontdesk.ui.widgets import refusals
from frontdesk.ui.widgets.tabs import tab_widget

UNIT_ROLE = Qt.UserRole + 12


class PersonView(Retranslating, QWidget):
    """Shows one person; emits unit_requested(code) when a unit they hold is opened."""
    unit_requested = Signal(str)

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.person: dict | None = None
        self.revealed: set[str] = set()
        self.heading = QLabel()
        self.heading.setObjectName("personHeading")
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("editPersonButton")
        self.edit_button.clicked.connect(self.edit)
        self.merge_button = QPushButton()
        self.merge_button.setObjectName("mergePersonButton")
        self.merge_button.clicked.connect(self.merge)
        self.reveal_button = QPushButton()
        self.reveal_button.setObjectName("revealButton")
        self.reveal_button.clicked.connect(self.reveal)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.reveal_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.merge_button)
        from frontdesk.ui.privacy_actions import add_button
        self.holdings_button = add_button(self, top)      # PIPL: what we hold about this person

        self.values = {k: QLabel() for k in ("phones", "id_number", "customer_class", "tags", "care_needs",
                                             "preferences", "notes")}
        self.box = box = QGroupBox()
        form = QFormLayout(box)
        self.captions = {}
        for key in self.values:
            w = self.values[key]
            label = self.captions[key] = QLabel()
            w.setObjectName(f"person_{key}")
            w.setWordWrap(True)
            w.setTextInteractionFlags(Qt.TextSelectableByMouse)
            form.addRow(label, w)
        self.units = table(["", "", "", ""], "personUnits")
        self.units.itemDoubleClicked.connect(lambda item: self.unit_requested.emit(item.data(UNIT_ROLE) or ""))
        self.units.itemActivated.connect(lambda item: self.unit_requested.emit(item.data(UNIT_ROLE) or ""))
        self.history = table([""] * 8, "personHistory")
        self.history.itemDoubleClicked.connect(lambda item: self._open_ticket(item.data(NUMBER_ROLE)))
        self.tabs = tab_widget()
        self.tabs.addTab(self.units, "")
        self.tabs.addTab(self.history, "")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 12, 12, 12)
        lay.addLayout(top)
        lay.addWidget(box)
        lay.addWidget(self.tabs, 1)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        """Every fixed text in the current language; the person shown is read again for its translated words."""
        self.edit_button.setText(self.tr("Edit…"))
        self.merge_button.setText(self.tr("Merge…"))
        self.reveal_button.setText(self.tr("Show full ID and phones"))
        self.reveal_button.setToolTip(self.tr("Supervisors and administrators only; written to the audit log"))
        self.box.setTitle(self.tr("Customer archive"))
        for key, label in (("phones", self.tr("Phones")), ("id_number", self.tr("ID number")),
                           ("customer_class", self.tr("Customer class")), ("tags", self.tr("Tags")),
                           ("care_needs", self.tr("Care needs")), ("preferences", self.tr("Preferences")),
                           ("notes", self.tr("Notes"))):
            self.captions[key].setText(label)
        self.units.setHorizontalHeaderLabels([self.tr("Unit"), self.tr("Relation"), self.tr("Area"),
                                              self.tr("Property type")])
        self.history.setHorizontalHeaderLabels([self.tr("Ticket"), self.tr("Unit"), self.tr("Type"),
                                                self.tr("Category"), self.tr("Status"), self.tr("Received"),
                                                self.tr("Callback"), self.tr("Satisfaction")])
        self.tabs.setTabText(0, self.tr("Units held"))
        self.tabs.setTabText(1, self.tr("Tickets and callbacks"))
        if self.person:
            revealed = set(self.revealed)
            self.load(self.person["id"])
            self.revealed = revealed        # a language switch does not hide what was revealed
            self._show_personal()

    def load(self, person_id: str) -> None:
        p = people.get(self.ctx.db, person_id)
        if p.get("merged_into"):
            p = people.get(self.ctx.db, p["merged_into"])
        if not self.person or self.person["id"] != p["id"]:
            self.revealed = set()
        self.person = p
        self.heading.setText(p["name"])
        self._show_personal()
        v = self.values
        v["customer_class"].setText(labels.customer_class(p["customer_class"]))
        v["tags"].setText(labels.tags(p["tags"]) or "—")
        for k in ("care_needs", "preferences", "notes"):
            v[k].setText(p[k] or "—")
        held = archive.person_units(self.ctx.db, p["id"])
        fill(self.units, [[u["code"], labels.relation(u["relation"]), f"{u['area']:g} ㎡" if u["area"] else "",
                           labels.property_type(u["property_type"])] for u in held], UNIT_ROLE,
             [u["code"] for u in held])
        hist = archive.person_history(self.ctx.db, p["id"])
        fill(self.history, [[h["number"], h["unit"] or "", labels.type_(h["type"]), labels.category(h["category"]),
                             labels.state(h["status"]), short_time(h["received_at"]), self._callback(h),
                             labels.rating(h["satisfaction"]) if h["satisfaction"] else ""] for h in hist],
             NUMBER_ROLE, [h["number"] for h in hist])
        self.reveal_button.setVisible(self.ctx.is_lead())

    def _callback(self, h: dict) -> str:
        if h["callback_at"]:
            return short_time(h["callback_at"])
        if h["callback_attempts"]:
            return self.tr("%1 tries, not reached").replace("%1", str(h["callback_attempts"]))
        return ""

    def _show_personal(self) -> None:
        p = self.person
        phones = p["phones"] if "phone" in self.revealed else [mask_phone(x) for x in p["phones"]]
        self.values["phones"].setText("  ".join(phones) or "—")
        idn = p["id_number"] if "id" in self.revealed else mask_id(p["id_number"])
        self.values["id_number"].setText(idn or "—")

    def reveal(self) -> None:
        """Show the full ID number and phones: supervisors and admins only, each view audited."""
        if not self.person:
            return
        try:
            people.reveal(self.ctx.db, self.person["id"], "id", actor=self.ctx.user)
            people.reveal(self.ctx.db, self.person["id"], "phone", actor=self.ctx.user)
        except Refused as exc:
            QMessageBox.warning(self, self.tr("Not allowed"), refusals.describe(exc))
            return
        self.revealed = {"id", "phone"}
        self._show_personal()

    def _open_ticket(self, number) -> None:
        if number:
            self.ctx.open_ticket.emit(number)

    def edit(self) -> None:
        from .dialogs import PersonDialog
        if self.person and PersonDialog(self.ctx, self.person, self, revealed=self.revealed).exec():
            self.load(self.person["id"])

    def merge(self) -> None:
        from .dialogs import MergeDialog
        if self.person and MergeDialog(self.ctx, self.person, self).exec():
            self.load(self.person["id"])
