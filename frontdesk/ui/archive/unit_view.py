"""One unit: its details, occupants, house health archive (房屋健康档案), timeline and tickets."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QMenu, QMessageBox, QPushButton,
                               QTableWidget, QTableWidgetItem, QToolButton, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout, QWidget)

from frontdesk.core.errors import Refused
from frontdesk.store import archive, units
from frontdesk.ui.i18n import Retranslating
from frontdesk.ui import labels

from frontdesk.ui.widgets import refusals
from frontdesk.ui.widgets.tabs import tab_widget

NUMBER_ROLE = Qt.UserRole + 10
PERSON_ROLE = Qt.UserRole + 11


def table(headers: list[str], name: str) -> QTableWidget:
    """A read-only, row-selecting table for a short list."""
    t = QTableWidget(0, len(headers))
    t.setObjectName(name)
    t.setHorizontalHeaderLabels(headers)
    t.setEditTriggers(QAbstractItemView.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectRows)
    t.setAlternatingRowColors(True)
    t.verticalHeader().setVisible(False)
    t.horizontalHeader().setStretchLastSection(True)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
    return t


def fill(t: QTableWidget, rows: list[list], role=None, keys: list | None = None) -> None:
    t.setRowCount(0)
    t.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem("" if value is None else str(value))
            if role is not None and keys is not None:
                item.setData(role, keys[r])
            t.setItem(r, c, item)


def short_time(text: str | None) -> str:
    return (text or "")[:16].replace("T", " ")


class UnitView(Retranslating, QWidget):
    """Shows one unit; emits person_requested(id) when an occupant is opened."""
    person_requested = Signal(str)

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.unit: dict | None = None
        self.heading = QLabel()
        self.heading.setObjectName("unitHeading")
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.details = QLabel()
        self.details.setObjectName("unitDetails")
        self.details.setWordWrap(True)
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("editUnitButton")
        self.edit_button.clicked.connect(self.edit)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addOccupantButton")
        self.add_button.clicked.connect(self.add_person)
        self.print_button = QToolButton()
        self.print_button.setObjectName("printUnitButton")
        self.print_button.setPopupMode(QToolButton.InstantPopup)
        self.print_button.setToolButtonStyle(Qt.ToolButtonTextOnly)
        self.print_button.setMinimumWidth(90)
        menu = QMenu(self.print_button)
        self.print_actions = [menu.addAction(kind, lambda k=kind: self.print_document(k))
                              for kind in ("notice", "survey-form")]
        self.print_button.setMenu(menu)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.add_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.print_button)

        self.occupants = table(["", "", "", "", ""], "occupantsTable")
        self.occupants.itemActivated.connect(self._open_person)
        self.occupants.itemDoubleClicked.connect(self._open_person)
        self.health = QTreeWidget()
        self.health.setObjectName("healthTree")
        self.health.itemDoubleClicked.connect(lambda item, _c: self._open_ticket(item.data(0, NUMBER_ROLE)))
        self.timeline = table(["", "", "", "", ""], "timelineTable")
        self.timeline.itemDoubleClicked.connect(lambda item: self._open_ticket(item.data(NUMBER_ROLE)))
        self.tickets = table(["", "", "", "", "", "", ""], "unitTickets")
        self.tickets.itemDoubleClicked.connect(lambda item: self._open_ticket(item.data(NUMBER_ROLE)))
        self.tabs = tab_widget()
        self.tabs.setObjectName("unitTabs")
        from frontdesk.ui.widgets.attachments import AttachmentsPanel
        self.attachments = AttachmentsPanel(ctx, self)         # the unit's photos and scans, and its tickets'
        for w in (self.occupants, self.health, self.timeline, self.tickets, self.attachments):
            self.tabs.addTab(w, "")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 12, 12, 12)
        lay.addLayout(top)
        lay.addWidget(self.details)
        lay.addWidget(self.tabs, 1)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        """Every fixed text in the current language; the unit shown is read again for its translated words."""
        self.edit_button.setText(self.tr("Edit unit…"))
        self.add_button.setText(self.tr("Add a person…"))
        self.print_button.setText(self.tr("Print"))
        self.print_actions[0].setText(self.tr("Notice to this unit"))
        self.print_actions[1].setText(self.tr("Satisfaction survey form"))
        self.occupants.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Relation"), self.tr("Phone"),
                                                  self.tr("Class"), self.tr("Tags")])
        self.health.setHeaderLabels([self.tr("Kind / date"), self.tr("Ticket"), self.tr("Category"),
                                     self.tr("Outcome"), self.tr("Done"), self.tr("Description")])
        self.timeline.setHorizontalHeaderLabels([self.tr("When"), self.tr("What"), self.tr("Ticket"), self.tr("Note"),
                                                 self.tr("Who")])
        self.tickets.setHorizontalHeaderLabels([self.tr("Ticket"), self.tr("Type"), self.tr("Category"),
                                                self.tr("Status"), self.tr("Received"), self.tr("Satisfaction"),
                                                self.tr("Description")])
        for i, text in enumerate((self.tr("Occupants"), self.tr("House health archive"), self.tr("Timeline"),
                                  self.tr("Tickets"), self.tr("Attachments"))):
            self.tabs.setTabText(i, text)
        if self.unit:
            self.load(self.unit["code"])

    def load(self, code: str) -> None:
        """Read the unit and everything about it (a few short queries on indexes)."""
        u = units.get(self.ctx.db, code)
        self.unit = u
        self.attachments.unit = u["code"]
        self.attachments.refresh()
        self.heading.setText(u["code"])
        parts = [self.tr("Building %1, entrance %2, floor %3").replace("%1", str(u["building"]))
                 .replace("%2", str(u["entrance"])).replace("%3", str(u["floor"])),
                 (f"{u['area']:g} ㎡" if u["area"] else self.tr("area not recorded")),
                 labels.property_type(u["property_type"]), labels.handover(u["handover_status"])]
        text = " · ".join(parts)
        if u["notes"]:
            text += "\n" + u["notes"]
        self.details.setText(text)
        occ = archive.occupants(self.ctx.db, u["id"])
        fill(self.occupants, [[o["name"], labels.relation(o["relation"]), o["phone"],
                               labels.customer_class(o["customer_class"]), labels.tags(o["tags"])] for o in occ],
             PERSON_ROLE, [o["id"] for o in occ])
        self._fill_health(archive.house_health(self.ctx.db, u["id"]))
        line = archive.timeline(self.ctx.db, u["id"])
        fill(self.timeline, [[short_time(x["at"]), self._event(x), x["number"], x["note"], x["who"]] for x in line],
             NUMBER_ROLE, [x["number"] for x in line])
        ts = archive.unit_tickets(self.ctx.db, u["id"])
        fill(self.tickets, [[t["number"], labels.type_(t["type"]), labels.category(t["category"]), labels.state(t["status"]),
                             short_time(t["received_at"]), labels.rating(t["satisfaction"]) if t["satisfaction"] else "",
                             t["description"]] for t in ts], NUMBER_ROLE, [t["number"] for t in ts])
        total = len(ts) if len(ts) < 500 else archive.unit_ticket_count(self.ctx.db, u["id"])
        self.tabs.setTabText(3, self.tr("Tickets (%1)").replace("%1", str(total)))

    def _event(self, x: dict) -> str:
        if x["kind"] == "printed":
            return self.tr("Printed: %1").replace("%1", x["what"])
        if x["kind"] == "inspection":
            return self.tr("Inspection finding")
        return labels.event_kind(x["kind"])

    def _fill_health(self, health: dict[str, list[dict]]) -> None:
        self.health.clear()
        for kind, rows in health.items():
            top = QTreeWidgetItem([f"{labels.health_kind(kind)} ({len(rows)})"])
            top.setFirstColumnSpanned(False)
            self.health.addTopLevelItem(top)
            for r in rows:
                outcome = labels.state(r["status"])
                if r["satisfaction"]:
                    outcome += " · " + labels.rating(r["satisfaction"])
                item = QTreeWidgetItem([short_time(r["received_at"])[:10], r["number"], labels.category(r["category"]), outcome,
                                        (r["done_at"] or r["closed_at"] or "")[:10], r["description"]])
                item.setData(0, NUMBER_ROLE, r["number"])
                for c in range(6):
                    item.setData(c, NUMBER_ROLE, r["number"])
                top.addChild(item)
            top.setExpanded(bool(rows))
        for c in range(5):
            self.health.resizeColumnToContents(c)

    def _open_person(self, item) -> None:
        pid = item.data(PERSON_ROLE)
        if pid:
            self.person_requested.emit(pid)

    def _open_ticket(self, number) -> None:
        if number:
            self.ctx.open_ticket.emit(number)

    def edit(self) -> None:
        from .dialogs import UnitDialog
        if self.unit and UnitDialog(self.ctx, self.unit, self).exec():
            self.load(self.unit["code"])

    def add_person(self) -> None:
        from .dialogs import PersonDialog
        if self.unit and PersonDialog(self.ctx, None, self, unit_id=self.unit["id"]).exec():
            self.load(self.unit["code"])

    def print_document(self, kind: str) -> None:
        """Hand over to the print centre's action (built by the printing part), when it is there."""
        if not self.unit:
            return
        from frontdesk.ui.print_actions import print_unit_document
        try:
            print_unit_document(self.ctx, self, self.unit["code"], kind)
        except (Refused, OSError) as exc:
            QMessageBox.warning(self, self.tr("Print"), refusals.describe(exc))
