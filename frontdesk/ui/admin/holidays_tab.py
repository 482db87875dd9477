"""The holiday calendar of a year, with make-up workdays (调休). Once a year has the admin's own rows,
they replace the official table for that year: the tab says so and offers to start from a copy."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QMessageBox, QPushButton, QSpinBox, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from frontdesk.core.errors import Refused
from frontdesk.store import reference
from frontdesk.store.db import local_now
from frontdesk.ui.i18n import Retranslating
from frontdesk.ui.widgets import refusals


class HolidaysTab(Retranslating, QWidget):
    """A year's holiday table, official or the centre's own."""
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.table_data: dict = {"source": "official", "days": []}
        self.year = QSpinBox()
        self.year.setObjectName("holidayYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(local_now().year)
        self.year.valueChanged.connect(lambda _v: self.refresh())
        self.year_label = QLabel()
        self.banner = QLabel()
        self.banner.setObjectName("holidayBanner")
        self.banner.setWordWrap(True)
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("copyOfficial")
        self.copy_button.clicked.connect(self.copy_official)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("holidayTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        self.date = QDateEdit()
        self.date.setObjectName("holidayDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.kind = QComboBox()
        self.kind.setObjectName("holidayKind")
        self.kind.addItem("", "holiday")
        self.kind.addItem("", "workday")
        self.name = QLineEdit()
        self.name.setObjectName("holidayName")
        self.add_button, self.remove_button = QPushButton(), QPushButton()
        self.add_button.setObjectName("addDay")
        self.remove_button.setObjectName("removeDay")
        self.add_button.clicked.connect(self.add_day)
        self.remove_button.clicked.connect(self.remove_day)
        top = QHBoxLayout()
        top.addWidget(self.year_label)
        top.addWidget(self.year)
        top.addStretch(1)
        top.addWidget(self.copy_button)
        add_row = QHBoxLayout()
        for w in (self.date, self.kind):
            add_row.addWidget(w)
        add_row.addWidget(self.name, 1)
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        layout.addLayout(add_row)
        self.retranslateUi()

    def kind_names(self) -> dict[str, str]:
        """Translated names of holiday and make-up workday."""
        return {"holiday": self.tr("Holiday (day off)"), "workday": self.tr("Make-up workday (调休)")}

    def retranslateUi(self) -> None:
        self.year_label.setText(self.tr("&Year"))
        self.year_label.setBuddy(self.year)
        names = self.kind_names()
        for i in range(self.kind.count()):
            self.kind.setItemText(i, names[self.kind.itemData(i)])
        self.name.setPlaceholderText(self.tr("name, e.g. 春节"))
        self.add_button.setText(self.tr("&Add or change"))
        self.remove_button.setText(self.tr("&Remove"))
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Weekday"), self.tr("Kind"), self.tr("Name")])
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True            # the year's table loads when the tab is first shown

    def showEvent(self, event) -> None:
        if getattr(self, "_stale", True):
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Show the table in force for the chosen year (the admin's or the official one)."""
        self._stale = False
        year = self.year.value()
        self.table_data = reference.year_days(self.ctx.db, year)
        admin = self.table_data["source"] == "admin"
        if admin:
            self.banner.setText(self.tr("%1: the centre's own table is in force; it replaces the official table "
                                        "for this year. Remove all its days to go back to the official one.")
                                .replace("%1", str(year)))
            self.banner.setStyleSheet("background: #fff4e0; color: #8a4b00; padding: 6px;")
        else:
            self.banner.setText(self.tr("%1: the official table is in force (read only). Adding a day starts the "
                                        "centre's own table, which then replaces the official one for the whole "
                                        "year: copy the official table first to keep its days.")
                                .replace("%1", str(year)))
            self.banner.setStyleSheet("background: #e8f1fb; color: #1f3a5f; padding: 6px;")
        self.copy_button.setText(self.tr("Copy official table for %1").replace("%1", str(year)))
        self.copy_button.setEnabled(not admin)
        self.remove_button.setEnabled(admin)
        self.date.setDate(QDate(year, self.date.date().month(), min(self.date.date().day(), 28)))
        weekdays = [QLocale().dayName(i, QLocale.ShortFormat) for i in range(1, 8)]
        kinds = self.kind_names()
        days = self.table_data["days"]
        self.table.setRowCount(len(days))
        for r, day in enumerate(days):
            d = dt.date.fromisoformat(day["date"])
            cells = (day["date"], weekdays[d.weekday()], kinds[day["kind"]], day["name"])
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if day["kind"] == "workday":
                    item.setForeground(Qt.darkBlue)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()

    def copy_official(self) -> None:
        """Start the centre's table for this year from the official one."""
        try:
            n = reference.copy_official(self.ctx.db, self.ctx.user, self.year.value())
        except Refused as exc:
            QMessageBox.information(self, self.tr("Holidays"), refusals.describe(exc))
            return
        self.ctx.notify(tables={"holidays"})
        self.refresh()
        self.banner.setText(self.banner.text() + "  " + self.tr("(%1 days copied)").replace("%1", str(n)))

    def add_day(self) -> None:
        """Add or change a day; in an official year, ask first (the admin's table would replace it); a day
        already in the table is changed only once the admin says so."""
        year = self.year.value()
        if not self.confirm_overwrite():
            return
        if self.table_data["source"] == "official" and self.table_data["days"]:
            answer = QMessageBox.question(
                self, self.tr("Holidays"),
                self.tr("%1 uses the official table. Copy it first, so your day is added to it? "
                        "(No: your table starts empty and replaces the official one.)").replace("%1", str(year)),
                QMessageBox.Yes | QMessageBox.No | QMessageBox.Cancel, QMessageBox.Yes)
            if answer == QMessageBox.Cancel:
                return
            if answer == QMessageBox.Yes:
                reference.copy_official(self.ctx.db, self.ctx.user, year)
        try:
            reference.set_day(self.ctx.db, self.ctx.user, self.date.date().toPython(), self.kind.currentData(),
                              self.name.text())
        except Refused as exc:
            QMessageBox.warning(self, self.tr("Holidays"), refusals.describe(exc))
            return
        day = self.date.date().toPython()
        if day.year != year:
            self.year.setValue(day.year)
        self.ctx.notify(tables={"holidays"})
        self.refresh()

    def confirm_overwrite(self) -> bool:
        """True when the date is not in the table yet, is unchanged, or the admin agrees to replace it."""
        day = self.date.date().toPython()
        days = self.table_data["days"] if day.year == self.year.value() else \
            reference.year_days(self.ctx.db, day.year)["days"]
        old = next((d for d in days if d["date"] == day.isoformat()), None)
        new_name = self.name.text().strip()
        if old is None or (old["kind"] == self.kind.currentData() and old["name"] == new_name):
            return True
        kinds = self.kind_names()
        answer = QMessageBox.question(
            self, self.tr("Holidays"),
            self.tr("%1 is already in the table as %2 (%3). Replace it with %4 (%5)?")
            .replace("%1", day.isoformat()).replace("%2", old["name"] or "—").replace("%3", kinds[old["kind"]])
            .replace("%4", new_name or "—").replace("%5", kinds[self.kind.currentData()]),
            QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
        return answer == QMessageBox.Yes

    def remove_day(self) -> None:
        """Take the selected day out of the centre's table."""
        row = self.table.currentRow()
        if self.table_data["source"] != "admin" or not 0 <= row < len(self.table_data["days"]):
            return
        reference.remove_day(self.ctx.db, self.ctx.user, self.table_data["days"][row]["date"])
        self.ctx.notify(tables={"holidays"})
        self.refresh()
