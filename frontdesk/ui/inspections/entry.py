"""Entering a returned sheet by keyboard alone: item by item (Space ticks abnormal, Enter goes on), a count or
reading checked against its range as it is typed, a remark required for anything abnormal, who and when; a
finding offers a repair ticket. Saving goes through store.inspections.record, as the command line does."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, Qt
from PySide6.QtGui import QDoubleValidator, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractButton, QCheckBox, QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout,
                               QGridLayout, QLabel, QLineEdit, QScrollArea, QVBoxLayout, QWidget)

from frontdesk.core import inspections as rules
from frontdesk.core.errors import Invalid, Refused
from frontdesk.ui.widgets import refusals

RED = "color: #c62828;"


def _tr(text: str) -> str:
    return QCoreApplication.translate("EntryDialog", text)


class ItemRow:
    """The widgets of one item: value (count or reading), abnormal tick, remark, repair offer."""

    def __init__(self, dialog: "EntryDialog", grid: QGridLayout, n: int, item: dict):
        self.item, self.dialog = item, dialog
        name = QLabel(f"{n}. {item['name']}")
        name.setStyleSheet("font-weight: bold;")
        std = item["standard"] + (f"（{rules.range_note(item)}）" if rules.range_note(item) else "")
        standard = QLabel(std)
        standard.setStyleSheet("color: #616161;")
        standard.setWordWrap(True)
        self.value = None
        if item["judged"] != "normal_abnormal":
            self.value = QLineEdit()
            self.value.setObjectName(f"value{n}")
            self.value.setValidator(QDoubleValidator(-1e9, 1e9, 4 if item["judged"] == "reading" else 0))
            self.value.setPlaceholderText(item["unit"])
            self.value.setMaximumWidth(110)
            self.value.textChanged.connect(self.update)
        self.abnormal = QCheckBox(_tr("Abnormal"))
        self.abnormal.setObjectName(f"abnormal{n}")
        self.abnormal.toggled.connect(self.update)
        self.range_note = QLabel()
        self.range_note.setStyleSheet(RED)
        self.remark = QLineEdit()
        self.remark.setObjectName(f"remark{n}")
        self.remark.textChanged.connect(self.update)
        self.repair = QCheckBox(_tr("Open repair"))
        self.repair.setObjectName(f"repair{n}")
        self.repair.setChecked(dialog.tpl["kind"] == "equipment")     # a score sheet's finding is rarely a repair
        row = (n - 1) * 2
        grid.addWidget(name, row, 0)
        grid.addWidget(standard, row + 1, 0)
        if self.value is not None:
            grid.addWidget(self.value, row, 1, 2, 1)
        grid.addWidget(self.abnormal, row, 2, 2, 1)
        grid.addWidget(self.range_note, row, 3)
        grid.addWidget(self.remark, row + 1, 3)
        grid.addWidget(self.repair, row, 4, 2, 1)
        self.ticket = ""
        self.update()

    def widgets(self) -> list[QWidget]:
        """In the order the keyboard goes through them."""
        return [w for w in (self.value, self.abnormal, self.remark, self.repair) if w is not None]

    def number(self):
        text = self.value.text().strip().replace(",", ".") if self.value is not None else ""
        try:
            return float(text) if text else None
        except ValueError:
            return None

    def outside(self) -> bool:
        return rules.out_of_range(self.item, self.number())

    def finding(self) -> bool:
        return self.abnormal.isChecked() or self.outside()

    def update(self) -> None:
        """Re-judge the row as it is typed: out of range in red, remark required when ticked abnormal."""
        outside = self.outside()
        self.range_note.setText(_tr("Outside %1").replace("%1", rules.range_text(self.item))
                                if outside else "")
        if self.value is not None:
            self.value.setStyleSheet(RED + "font-weight: bold;" if outside else "")
        finding = self.finding()
        self.remark.setEnabled(finding)
        self.remark.setPlaceholderText(_tr("What was found (required)") if self.abnormal.isChecked()
                                       else _tr("Remark"))
        missing = self.abnormal.isChecked() and not self.remark.text().strip()
        self.remark.setStyleSheet("border: 1px solid #c62828;" if missing else "")
        self.repair.setEnabled(finding and not self.ticket)
        self.repair.setVisible(finding or bool(self.ticket))
        self.repair.setText(self.ticket or _tr("Open repair"))
        self.dialog.update_summary()

    def result(self) -> dict:
        out = {"item": self.item["name"], "remark": self.remark.text().strip() if self.finding() else ""}
        if self.abnormal.isChecked():
            out["result"] = "abnormal"
        elif self.item["judged"] == "normal_abnormal":
            out["result"] = "normal"
        if self.value is not None:
            out["count" if self.item["judged"] == "count" else "reading"] = self.number()
        return out

    def load(self, stored: dict) -> None:
        """Show what an earlier entry stored (entering the round again updates it)."""
        if self.value is not None and stored.get("value") is not None:
            self.value.setText(f"{stored['value']:g}")
        self.abnormal.setChecked(stored["result"] == "abnormal" and not rules.out_of_range(self.item, stored.get("value")))
        self.remark.setText(stored.get("remark") or "")
        self.ticket = stored.get("ticket") or ""
        if stored["result"] == "abnormal" and not self.ticket:
            self.repair.setChecked(False)            # left without a ticket last time: entering again keeps it so
        self.update()


class EntryDialog(QDialog):
    """One round's returned sheet. `outcome` holds what record() returned once saved."""

    def __init__(self, ctx, template_name: str, place: str, *, period: str | None = None, parent=None):
        super().__init__(parent)
        from frontdesk.store import inspections
        from frontdesk.store.db import local_now
        self.ctx, self.period = ctx, period
        self.tpl = inspections.template(ctx.db, template_name)
        self.place = place
        self.outcome: dict | None = None
        self.rows: list[ItemRow] = []
        self.setWindowTitle(f"{self.tpl['title']} — {place}")
        self.resize(980, 680)
        existing = self._existing()
        head = QLabel(f"{self.tpl['title']}　{place}　" + (existing["number"] if existing else ""))
        head.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.inspector = QLineEdit(existing["inspector"] if existing and existing.get("inspector") else "")
        self.inspector.setObjectName("inspector")
        self.inspector.setPlaceholderText(ctx.user.get("display_name") or "" if ctx.user else "")
        self.when = QDateTimeEdit()
        self.when.setObjectName("when")
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setCalendarPopup(True)
        when = dt.datetime.fromisoformat(existing["done_at"]) if existing and existing.get("done_at") else local_now()
        self.when.setDateTime(QDateTime(when))
        form = QFormLayout()
        form.addRow(self.tr("Inspected by"), self.inspector)
        form.addRow(self.tr("Inspected at"), self.when)
        body = QWidget()
        grid = QGridLayout(body)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(3, 3)
        self.summary = QLabel()
        for n, item in enumerate(self.tpl["items"], 1):
            self.rows.append(ItemRow(self, grid, n, item))
        if existing:
            stored = {r["item"]: r for r in existing["results"]}
            for row in self.rows:
                if row.item["name"] in stored:
                    row.load(stored[row.item["name"]])
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(RED)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Save).setText(self.tr("Save (Ctrl+S)"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        hint = QLabel(self.tr("Space ticks Abnormal, Enter goes to the next field; Ctrl+S saves."))
        hint.setStyleSheet("color: #757575;")
        lay = QVBoxLayout(self)
        lay.addWidget(head)
        lay.addLayout(form)
        lay.addWidget(hint)
        lay.addWidget(scroll, 1)
        lay.addWidget(self.summary)
        lay.addWidget(self.message)
        lay.addWidget(self.buttons)
        self._chain()
        QShortcut(QKeySequence.Save, self, activated=self.save)
        self.update_summary()
        (self.rows[0].widgets()[0] if self.rows else self.inspector).setFocus()

    def _existing(self) -> dict | None:
        """The round as entered (or printed) before: entering it again shows and updates it."""
        from frontdesk.store import inspections
        found = inspections.find_round(self.ctx.db, self.tpl["name"], self.place, period=self.period)
        if found:
            self.period = found["period"]
        return found

    def _chain(self) -> None:
        """Tab order: items top to bottom, then who and when, then Save."""
        order = [w for row in self.rows for w in row.widgets()] + [self.inspector, self.when,
                                                                   self.buttons.button(QDialogButtonBox.Save)]
        for a, b in zip(order, order[1:]):
            QWidget.setTabOrder(a, b)

    def keyPressEvent(self, event):
        """Enter moves to the next field (as Tab does); on the Save button it saves."""
        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and not event.modifiers() & Qt.ControlModifier:
            focus = self.focusWidget()
            if isinstance(focus, QAbstractButton) and not isinstance(focus, QCheckBox):
                focus.click()
            else:
                self.focusNextChild()
            return
        if event.key() in (Qt.Key_Return, Qt.Key_Enter):
            self.save()
            return
        super().keyPressEvent(event)

    def update_summary(self) -> None:
        if len(self.rows) < len(self.tpl["items"]):
            return
        found = sum(1 for r in self.rows if r.finding())
        text = self.tr("%1 finding(s)").replace("%1", str(found))
        if self.tpl["kind"] == "quality":
            total = sum(r.item["weight"] for r in self.rows)
            got = sum(r.item["weight"] for r in self.rows if not r.finding())
            text += "　" + self.tr("Score %1 / 100").replace("%1", f"{100.0 * got / total:.1f}")
        self.summary.setText(text)

    def save(self) -> None:
        from frontdesk.store import inspections
        when = self.when.dateTime().toPython().replace(second=0, microsecond=0)
        wanted = {r.item["name"] for r in self.rows if r.finding() and r.repair.isChecked() and not r.ticket}
        try:
            self.outcome = inspections.record(
                self.ctx.db, self.ctx.user, template_name=self.tpl["name"], place=self.place,
                results_in=[r.result() for r in self.rows], at=when, inspector=self.inspector.text(),
                period=self.period, open_tickets=wanted)
        except Invalid as exc:
            self._refused(exc)
            return
        except Refused as exc:
            self.message.setText(refusals.describe(exc))
            return
        changes = self.outcome["changes"]
        self.ctx.notify(tables=changes["tables"], numbers=changes["numbers"])
        self.accept()

    def _refused(self, exc: Invalid) -> None:
        """Say which item is wrong and put the cursor there."""
        item = (exc.data or {}).get("item")
        row = next((r for r in self.rows if r.item["name"] == item), None)
        if row is not None and exc.field == "remark":
            self.message.setText(self.tr("%1: abnormal — say what was found in its remark.").replace("%1", item))
            row.remark.setFocus()
        elif row is not None and exc.field in ("count", "reading"):
            self.message.setText(self.tr("%1: type a number.").replace("%1", item))
            row.value.setFocus()
        elif row is not None:
            self.message.setText(f"{item}: {refusals.describe(exc)}")
            row.widgets()[0].setFocus()
        elif exc.field == "at":
            self.message.setText(self.tr("The inspection time is in the future."))
            self.when.setFocus()
        else:
            self.message.setText(refusals.describe(exc))


# The row's words, for the translation tools (ItemRow says them in the dialog's context).
_WORDS = (QT_TRANSLATE_NOOP("EntryDialog", "Abnormal"), QT_TRANSLATE_NOOP("EntryDialog", "Open repair"),
          QT_TRANSLATE_NOOP("EntryDialog", "What was found (required)"), QT_TRANSLATE_NOOP("EntryDialog", "Remark"),
          QT_TRANSLATE_NOOP("EntryDialog", "Outside %1"))
