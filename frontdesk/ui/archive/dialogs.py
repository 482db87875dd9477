"""Editing a person or a unit, and merging two records of one person. A refused save keeps the form open and
points at the field: focus, a red border and a message naming it."""
from __future__ import annotations

import re

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QMessageBox, QVBoxLayout, QWidget)

from frontdesk.core.errors import Invalid, Refused
from frontdesk.core.ids import mask_id, mask_phone
from frontdesk.core.model import CUSTOMER_CLASSES, PROPERTY_TYPES, RELATIONS
from frontdesk.store import archive, people, search, units
from frontdesk.store.units import HANDOVER_STATES

from frontdesk.ui import labels
from frontdesk.ui.widgets import refusals
from frontdesk.ui.widgets.text_box import text_box

INVALID_STYLE = "border: 2px solid #d32f2f; border-radius: 3px;"


class _Form(QDialog):
    """A dialog with a form, an error line and OK/Cancel; subclasses fill `fields` and implement save()."""

    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.fields: dict[str, QWidget] = {}
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setStyleSheet("color: #d32f2f;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self._try_save)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(self.form)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def add(self, key: str, label: str, widget: QWidget) -> QWidget:
        widget.setObjectName(f"field_{key}")
        self.fields[key] = widget
        self.form.addRow(label, widget)
        return widget

    def _try_save(self) -> None:
        for w in self.fields.values():
            w.setStyleSheet("")
        try:
            self.save()
        except Invalid as exc:
            self.point_at(exc.field, refusals.describe(exc))
            return
        except Refused as exc:
            self.error.setText(refusals.describe(exc))
            self.error.show()
            self.adjustSize()
            return
        self.accept()

    def point_at(self, field: str, message: str) -> None:
        """Show the refusal on the field it names: focus, red border, and the field's name in the message."""
        key = "phones" if field == "phone" else field
        widget = self.fields.get(key)
        if message.startswith(f"{field}: "):                # the store's English detail: name the field here
            reason = labels.reason(message.split(": ", 1)[1])
            message = self.tr("%1: %2").replace("%1", labels.field_name(field)).replace("%2", reason)
        self.error.setText(message)                            # describe() already names the field once
        self.error.show()
        if widget is not None:
            widget.setStyleSheet(INVALID_STYLE)
            widget.setFocus()
        self.adjustSize()

    def save(self) -> None:
        raise NotImplementedError


def split_list(text: str) -> list[str]:
    return [x for x in re.split(r"[\s,，、;；/]+", text or "") if x]


class PersonDialog(_Form):
    """Edit a person (person given) or add one to a unit (person None, unit_id given)."""

    def __init__(self, ctx, person: dict | None, parent=None, *, unit_id: str | None = None,
                 revealed: set[str] = frozenset()):
        super().__init__(self.tr("Edit person") if person else self.tr("Add a person"), parent)
        self.ctx, self.person, self.unit_id = ctx, person, unit_id
        p = person or {"name": "", "phones": [], "id_number": None, "customer_class": "一般", "tags": [],
                       "care_needs": "", "preferences": "", "notes": ""}
        # full values only where the person view already revealed them (an audited act); masked hints otherwise
        self.show_phones = person is None or "phone" in revealed or not p["phones"]
        self.show_id = person is None or "id" in revealed or not p["id_number"]
        self.add("name", labels.field_name("name"), QLineEdit(p["name"]))
        phones = QLineEdit(" ".join(p["phones"]) if self.show_phones else "")
        if not self.show_phones:
            phones.setPlaceholderText(" ".join(mask_phone(x) for x in p["phones"]) + "  " +
                                      self.tr("(type the full list to replace)"))
        self.add("phones", labels.field_name("phones"), phones)
        idn = QLineEdit((p["id_number"] or "") if self.show_id else "")
        if not self.show_id:
            idn.setPlaceholderText(mask_id(p["id_number"]) + "  " + self.tr("(leave empty to keep)"))
        self.add("id_number", labels.field_name("id_number"), idn)
        if person is None:
            rel = QComboBox()
            for code in RELATIONS:
                rel.addItem(labels.relation(code), code)
            self.add("relation", labels.field_name("relation"), rel)
        cls = QComboBox()
        for c in CUSTOMER_CLASSES:
            cls.addItem(labels.customer_class(c), c)
        cls.setCurrentIndex(CUSTOMER_CLASSES.index(p["customer_class"]) if p["customer_class"] in CUSTOMER_CLASSES
                            else 1)
        self.add("customer_class", labels.field_name("customer_class"), cls)
        tags = QLineEdit("、".join(p["tags"]))
        tags.setPlaceholderText("、".join(archive.known_tags(ctx.db)[:6]))
        self.add("tags", labels.field_name("tags"), tags)
        self.add("care_needs", labels.field_name("care_needs"), QLineEdit(p["care_needs"]))
        self.add("preferences", labels.field_name("preferences"), QLineEdit(p["preferences"]))
        notes = text_box(p["notes"])
        notes.setFixedHeight(80)
        self.add("notes", labels.field_name("notes"), notes)
        self.saved: dict | None = None

    def values(self) -> dict:
        f = self.fields
        out = {"name": f["name"].text(), "customer_class": f["customer_class"].currentData(),
               "tags": split_list(f["tags"].text()), "care_needs": f["care_needs"].text().strip(),
               "preferences": f["preferences"].text().strip(), "notes": f["notes"].toPlainText().strip()}
        if f["phones"].text().strip() or self.show_phones:
            out["phones"] = split_list(f["phones"].text())
        if f["id_number"].text().strip() or self.show_id:
            out["id_number"] = f["id_number"].text().strip() or None
        return out

    def save(self) -> None:
        v = self.values()
        if self.person:
            self.saved = people.update(self.ctx.db, self.person["id"], actor=self.ctx.user, **v)
        else:
            rel = self.fields["relation"].currentData()
            self.saved = people.add(self.ctx.db, v.pop("name"), phones=v.pop("phones", []),
                                    id_number=v.pop("id_number", None), unit_id=self.unit_id, relation=rel,
                                    customer_class=v.pop("customer_class"), tags=v.pop("tags"), actor=self.ctx.user,
                                    **v)
        self.ctx.notify(tables={"people", "phones", "occupancies"}, ids={self.saved["id"]})


class UnitDialog(_Form):
    """Edit a unit's area, property type, handover status and notes."""

    def __init__(self, ctx, unit: dict, parent=None):
        super().__init__(self.tr("Edit unit %1").replace("%1", unit["code"]), parent)
        self.ctx, self.unit = ctx, unit
        self.add("area", labels.field_name("area"), QLineEdit(f"{unit['area']:g}" if unit["area"] else ""))
        pt = QComboBox()
        for v in PROPERTY_TYPES:
            pt.addItem(labels.property_type(v), v)
        pt.setCurrentIndex(max(0, pt.findData(unit["property_type"])))
        self.add("property_type", labels.field_name("property_type"), pt)
        hs = QComboBox()
        for v in HANDOVER_STATES:
            hs.addItem(labels.handover(v), v)
        hs.setCurrentIndex(max(0, hs.findData(unit["handover_status"])))
        self.add("handover_status", labels.field_name("handover_status"), hs)
        notes = text_box(unit["notes"])
        notes.setFixedHeight(80)
        self.add("notes", labels.field_name("notes"), notes)

    def save(self) -> None:
        f = self.fields
        units.update(self.ctx.db, self.unit["code"], actor=self.ctx.user, area=f["area"].text().strip() or None,
                     property_type=f["property_type"].currentData(),
                     handover_status=f["handover_status"].currentData(), notes=f["notes"].toPlainText().strip())
        self.ctx.notify(tables={"units"}, ids={self.unit["id"]})


class MergeDialog(QDialog):
    """Choose another record of the same person to fold into this one (its tickets, phones, units, notes move)."""

    def __init__(self, ctx, person: dict, parent=None):
        super().__init__(parent)
        self.ctx, self.person = ctx, person
        self.setWindowTitle(self.tr("Merge records of %1").replace("%1", person["name"]))
        self.hint = QLabel(self.tr("Choose the other record of this person. Its tickets, phones, units, tags and "
                                   "notes move to this record; the other record is kept, marked as merged."))
        self.hint.setWordWrap(True)
        self.find = QLineEdit()
        self.find.setObjectName("mergeSearch")
        self.find.setPlaceholderText(self.tr("Search by name, phone or pinyin"))
        self.find.textEdited.connect(self._search)
        self.list = QListWidget()
        self.list.setObjectName("mergeCandidates")
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Merge"))
        self.buttons.accepted.connect(self.do_merge)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        for w in (self.hint, self.find, self.list, self.buttons):
            lay.addWidget(w)
        self.setMinimumWidth(460)
        self._show(people.duplicates_of(ctx.db, person["id"]))

    def _show(self, found: list[dict]) -> None:
        self.list.clear()
        for f in found:
            if f["id"] == self.person["id"]:
                continue
            held = ", ".join(u["code"] for u in archive.person_units(self.ctx.db, f["id"])[:3])
            phones = " ".join(mask_phone(x) for x in people.get(self.ctx.db, f["id"])["phones"][:2])
            item = QListWidgetItem(f"{f['name']}  {phones}  {held}".strip())
            item.setData(256, f["id"])
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def _search(self, text: str) -> None:
        hits = [h for h in search.find(self.ctx.db, text) if h["kind"] == "person"]
        self._show([{"id": h["id"], "name": h["label"]} for h in hits])

    def do_merge(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        other = item.data(256)
        answer = QMessageBox.question(self, self.windowTitle(), self.tr("Merge %1 into this record of %2?")
                                      .replace("%1", item.text()).replace("%2", self.person["name"]))
        if answer != QMessageBox.Yes:
            return
        try:
            people.merge(self.ctx.db, self.person["id"], other, actor=self.ctx.user)
        except Refused as exc:
            QMessageBox.warning(self, self.windowTitle(), refusals.describe(exc))
            return
        self.ctx.notify(tables={"people", "tickets", "phones", "occupancies"}, ids={self.person["id"], other})
        self.accept()
