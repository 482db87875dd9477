"""Settings → Inspection templates (admin): a template's name, kind, places, frequency and items — how each item is
judged (normal/abnormal, a count, a reading with unit and range) and its weight on a score sheet. Saved as the
admin's copy (the shipped file stays, Reset goes back to it); core.inspections checks it and names what is wrong."""
from __future__ import annotations

import json

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QPushButton, QSpinBox,
                               QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from frontdesk.store.db import local_now  # the desk clock (FRONTDESK_NOW in tests and screenshots)
from frontdesk.core import inspections as rules
from frontdesk.core.errors import Refused
from frontdesk.ui.i18n import Retranslating
from frontdesk.ui.inspections.words import EVERY, HOLIDAYS, JUDGED, KINDS, word
from frontdesk.ui.widgets import refusals
from frontdesk.ui.widgets.text_box import text_box

ITEM_COLUMNS = ("name", "standard", "judged", "unit", "min", "max", "weight")
WEEKDAYS = "一二三四五六日"


class InspectionTemplatesTab(Retranslating, QWidget):
    """The list of templates on the left, the chosen one's form and items on the right."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.setObjectName("inspectionTemplates")
        self.ctx = ctx
        self._build()
        self.retranslateUi()
        self.refresh()

    def tab_title(self) -> str:
        return self.tr("Inspection templates")

    # ---- building ---------------------------------------------------------------------------------
    def _build(self) -> None:
        self.list = QListWidget()
        self.list.setObjectName("inspectionTemplateList")
        self.list.currentItemChanged.connect(lambda cur, _p: self.load(cur.data(Qt.UserRole)) if cur else None)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.list, 1)
        lv.addWidget(self.new_button)
        self.name, self.title_edit, self.fields = QLineEdit(), QLineEdit(), QLineEdit()
        self.name.setObjectName("inspectionName")
        self.title_edit.setObjectName("inspectionTitle")
        self.kind, self.area, self.every, self.holidays, self.category = (QComboBox() for _ in range(5))
        self.every.setObjectName("inspectionEvery")
        self.every.currentIndexChanged.connect(lambda _i: self._show_frequency())
        self.places = text_box()
        self.places.setObjectName("inspectionPlaces")
        self.places.setMaximumHeight(70)
        self.days = [QCheckBox(d) for d in WEEKDAYS]
        self.day = QSpinBox(minimum=1, maximum=31)
        self.n = QSpinBox(minimum=1, maximum=366)
        self.start = QDateEdit(QDate(2026, 1, 1))
        self.start.setDisplayFormat("yyyy-MM-dd")
        self.times = QSpinBox(minimum=1, maximum=12)
        freq = QHBoxLayout()
        freq.addWidget(self.every)
        for w in (*self.days, self.day, self.n, self.start):
            freq.addWidget(w)
        freq.addWidget(self.holidays)
        freq.addStretch(1)
        self.form = QFormLayout()
        self.captions = [QLabel() for _ in range(9)]
        for cap, w in zip(self.captions, (self.name, self.title_edit, self.kind, self.area, self.places, freq,
                                          self.times, self.fields, self.category)):
            self.form.addRow(cap, w)
        self.items = QTableWidget(0, len(ITEM_COLUMNS))
        self.items.setObjectName("inspectionItems")
        self.items.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        self.add_button, self.remove_button, self.save_button, self.reset_button = (QPushButton() for _ in range(4))
        self.save_button.setObjectName("saveInspectionTemplate")
        self.add_button.clicked.connect(lambda: self._add_item({}))
        self.remove_button.clicked.connect(lambda: self.items.removeRow(self.items.currentRow()))
        self.save_button.clicked.connect(self.save)
        self.reset_button.clicked.connect(self.reset)
        self.message = QLabel()
        self.message.setObjectName("inspectionTemplateMessage")
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.save_button)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addLayout(self.form)
        rv.addWidget(self.items, 1)
        rv.addLayout(buttons)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 4)
        QVBoxLayout(self).addWidget(split)

    def retranslateUi(self) -> None:
        texts = (self.tr("Short name"), self.tr("Title"), self.tr("Kind"), self.tr("Area (score sheets)"),
                 self.tr("Places (one a line; {building} = each building)"), self.tr("Frequency"),
                 self.tr("Passes per sheet"), self.tr("Extra fields on the sheet (、)"),
                 self.tr("Repair category of findings"))
        for cap, text in zip(self.captions, texts):
            cap.setText(text)
        self._fill_combo(self.kind, [(k, word(KINDS, k)) for k in rules.KINDS])
        self._fill_combo(self.area, [(a, a) for a in rules.AREAS])
        self._fill_combo(self.every, [(k, word(EVERY, k)) for k in rules.EVERY])
        self._fill_combo(self.holidays, [(k, word(HOLIDAYS, k)) for k in rules.HOLIDAY_RULES])
        from frontdesk.store import settings
        self._fill_combo(self.category, [(c, c) for c in settings.categories(self.ctx.db).get("repair", [])])
        self.day.setSuffix(self.tr(" th (31 = month end)"))
        self.n.setPrefix(self.tr("every "))
        self.n.setSuffix(self.tr(" days from"))
        self.items.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Standard"), self.tr("Judged by"),
                                              self.tr("Unit"), self.tr("Min"), self.tr("Max"), self.tr("Weight")])
        self.new_button.setText(self.tr("New template"))
        self.add_button.setText(self.tr("Add item"))
        self.remove_button.setText(self.tr("Remove item"))
        self.save_button.setText(self.tr("Save"))
        self.reset_button.setText(self.tr("Reset to shipped"))
        for row in range(self.items.rowCount()):
            combo = self.items.cellWidget(row, 2)
            self._fill_combo(combo, [(k, word(JUDGED, k)) for k in rules.JUDGED])
        self._show_frequency()

    @staticmethod
    def _fill_combo(combo: QComboBox, pairs: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for code, text in pairs:
            combo.addItem(text, code)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def _show_frequency(self) -> None:
        every = self.every.currentData()
        for d in self.days:
            d.setVisible(every == "weekly")
        self.day.setVisible(every == "monthly")
        self.n.setVisible(every == "days")
        self.start.setVisible(every == "days")

    # ---- data -------------------------------------------------------------------------------------
    def refresh(self) -> None:
        from frontdesk.store import inspections
        current = self.list.currentItem().data(Qt.UserRole) if self.list.currentItem() else None
        self.list.blockSignals(True)
        self.list.clear()
        for name in inspections.template_names(self.ctx.db):
            try:
                title = inspections.template(self.ctx.db, name)["title"]
            except Refused:
                title = "?"
            item = QListWidgetItem(f"{title}  ({name})")
            item.setData(Qt.UserRole, name)
            self.list.addItem(item)
        self.list.blockSignals(False)
        names = [self.list.item(i).data(Qt.UserRole) for i in range(self.list.count())]
        if names:
            self.list.setCurrentRow(names.index(current) if current in names else 0)

    def load(self, name: str) -> None:
        from frontdesk.store import inspections
        try:
            tpl = inspections.template(self.ctx.db, name)
        except Refused as exc:
            self.message.setText(refusals.describe(exc))
            return
        self.show_template(name, tpl)

    def show_template(self, name: str, tpl: dict) -> None:
        self.name.setText(name)
        self.title_edit.setText(tpl["title"])
        self.kind.setCurrentIndex(self.kind.findData(tpl["kind"]))
        self.area.setCurrentIndex(max(0, self.area.findData(tpl["area"])))
        self.places.setPlainText("\n".join(tpl["places"]))
        f = tpl["frequency"]
        self.every.setCurrentIndex(self.every.findData(f["every"]))
        for i, box in enumerate(self.days, 1):
            box.setChecked(i in f.get("days", []))
        self.day.setValue(f.get("day", 1))
        self.n.setValue(f.get("n", 7))
        self.start.setDate(QDate.fromString(f.get("start", "2026-01-01"), "yyyy-MM-dd"))
        self.holidays.setCurrentIndex(self.holidays.findData(f["holidays"]))
        self.times.setValue(tpl["times"])
        self.fields.setText("、".join(tpl["fields"]))
        self.category.setCurrentIndex(max(0, self.category.findData(tpl["category"])))
        self.items.setRowCount(0)
        for item in tpl["items"]:
            self._add_item(item)
        self.message.clear()
        self._show_frequency()

    def _add_item(self, item: dict) -> None:
        row = self.items.rowCount()
        self.items.insertRow(row)
        for col, key in enumerate(ITEM_COLUMNS):
            if key == "judged":
                combo = QComboBox()
                self._fill_combo(combo, [(k, word(JUDGED, k)) for k in rules.JUDGED])
                combo.setCurrentIndex(combo.findData(item.get("judged", "normal_abnormal")))
                self.items.setCellWidget(row, col, combo)
                continue
            value = item.get(key)
            self.items.setItem(row, col, QTableWidgetItem("" if value is None else
                                                          f"{value:g}" if isinstance(value, float) else str(value)))

    def new(self) -> None:
        self.list.clearSelection()
        self.show_template("", rules.parse_template({"title": self.tr("New inspection sheet"), "places": ["—"],
                                                     "items": [{"name": "—"}]}))
        self.places.clear()
        self.items.setRowCount(0)
        self._add_item({})
        self.name.setFocus()

    def body(self) -> dict:
        """The form as a template (core checks it on save)."""
        every = self.every.currentData()
        freq: dict = {"every": every, "holidays": self.holidays.currentData()}
        if every == "weekly":
            freq["days"] = [i for i, box in enumerate(self.days, 1) if box.isChecked()]
        elif every == "monthly":
            freq["day"] = self.day.value()
        elif every == "days":
            freq.update(n=self.n.value(), start=self.start.date().toString("yyyy-MM-dd"))
        items = []
        for row in range(self.items.rowCount()):
            item: dict = {"judged": self.items.cellWidget(row, 2).currentData()}
            for col, key in enumerate(ITEM_COLUMNS):
                cell = self.items.item(row, col)
                text = cell.text().strip() if cell else ""
                if key in ("min", "max", "weight") and text:
                    try:
                        item[key] = float(text)
                    except ValueError:
                        item[key] = text            # refused by core, naming the item and the field
                elif key != "judged" and text:
                    item[key] = text
            if item.get("name") or len(item) > 1:
                items.append(item)
        return {"title": self.title_edit.text().strip(), "kind": self.kind.currentData(),
                "area": self.area.currentData(), "places": self.places.toPlainText().splitlines(),
                "frequency": freq, "times": self.times.value(),
                "fields": [f for f in self.fields.text().replace(",", "、").split("、") if f.strip()],
                "category": self.category.currentData(), "items": items}

    def save(self) -> None:
        from frontdesk.services.printing import save_template
        body = self.body()
        try:
            save_template(self.ctx.db, self.ctx.user, "inspection", self.name.text().strip(),
                          json.dumps(body, ensure_ascii=False, indent=2), body["title"])
        except Refused as exc:
            self.message.setText(refusals.describe(exc))
            return
        self.message.setText(self.tr("Saved %1.").replace("%1", local_now().strftime("%H:%M")))
        self.ctx.notify(tables={"templates"})
        self.refresh()

    def reset(self) -> None:
        from frontdesk.services.printing import reset_template
        try:
            reset_template(self.ctx.db, self.ctx.user, "inspection", self.name.text().strip())
        except Refused as exc:
            self.message.setText(refusals.describe(exc))
            return
        self.ctx.notify(tables={"templates"})
        self.refresh()
        self.load(self.name.text().strip())
