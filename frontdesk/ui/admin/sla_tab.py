"""Deadline (SLA) numbers: one row per rule, a number and a unit; validated by core before saving."""
from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout,
                               QWidget)

from frontdesk.core.errors import Refused
from frontdesk.core.sla import DEFAULT_RULES, RULE_UNITS
from frontdesk.store import settings
from frontdesk.ui.i18n import Retranslating
from frontdesk.ui.widgets import refusals


class SlaTab(Retranslating, QWidget):
    """One row per deadline rule: a number and a unit."""
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.editors: dict[str, tuple[QSpinBox, QComboBox]] = {}
        self.form = QFormLayout()
        for key in DEFAULT_RULES:
            number = QSpinBox()
            number.setRange(-99999, 99999)      # what is typed (−5, 0) stays, to be refused, never clamped
            number.setObjectName(f"sla_{key}_n")
            unit = QComboBox()
            unit.setObjectName(f"sla_{key}_unit")
            for u in RULE_UNITS:
                unit.addItem(u, u)
            row = QWidget()
            box = QHBoxLayout(row)
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(number)
            box.addWidget(unit)
            box.addStretch(1)
            self.editors[key] = (number, unit)
            self.form.addRow(QLabel(), row)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("hintLabel")
        self.save_button, self.defaults_button = QPushButton(), QPushButton()
        self.save_button.setObjectName("saveSla")
        self.save_button.clicked.connect(self.save)
        self.defaults_button.clicked.connect(self.defaults)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.defaults_button)
        bottom.addWidget(self.save_button)
        box = QWidget()
        box.setMaximumWidth(760)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.intro)
        inner.addLayout(self.form)
        inner.addLayout(bottom)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addStretch(1)
        self.load(settings.sla_rules(ctx.db))
        self.retranslateUi()

    def rule_names(self) -> dict[str, str]:
        """Translated names of the rules."""
        return {"repair_urgent": self.tr("Emergency repair: on site within"),
                "repair": self.tr("Repair: respond within"),
                "complaint": self.tr("Complaint: answer within"), "inquiry": self.tr("Inquiry: answer within"),
                "suggestion": self.tr("Suggestion: answer within"), "praise": self.tr("Praise: answer within"),
                "callback": self.tr("Callback after completion within")}

    def unit_names(self) -> dict[str, str]:
        """Translated names of the units."""
        return {"minutes": self.tr("minutes"), "hours": self.tr("hours"), "working_days": self.tr("working days"),
                "days": self.tr("calendar days")}

    def on_language_change(self) -> None:
        self.retranslateUi()
        self.message.clear()                    # a "Saved." said in the other language goes

    def retranslateUi(self) -> None:
        self.intro.setText(self.tr("How long the desk has for each kind of request. Working days follow the "
                                   "holiday calendar (with make-up workdays)."))
        names, units = self.rule_names(), self.unit_names()
        for key, (number, unit) in self.editors.items():
            self.form.labelForField(number.parentWidget()).setText(names[key])
            for i in range(unit.count()):
                unit.setItemText(i, units[unit.itemData(i)])
        self.save_button.setText(self.tr("&Save"))
        self.defaults_button.setText(self.tr("Back to &defaults"))

    def load(self, rules: dict) -> None:
        """Show a rule set."""
        for key, (number, unit) in self.editors.items():
            (u, n), = rules.get(key, DEFAULT_RULES[key]).items()
            number.setValue(int(n))
            unit.setCurrentIndex(max(unit.findData(u), 0))

    def values(self) -> dict:
        """The rule set as edited."""
        return {key: {unit.currentData(): number.value()} for key, (number, unit) in self.editors.items()}

    def defaults(self) -> None:
        """Show the built-in rules (saved only with Save)."""
        self.load(DEFAULT_RULES)

    def save(self) -> bool:
        """Save the rules (validated by core); new tickets use them."""
        try:
            settings.put(self.ctx.db, "sla_rules", self.values(), actor=self.ctx.user)
        except Refused as exc:
            key = str(getattr(exc, "field", "") or "").partition(".")[2]
            if key in self.editors:             # the rule named, in the window's language
                number = self.editors[key][0]
                self.message.setText(self.tr("%1: %2 is not accepted; give a whole number from 1 to 10000.")
                                     .replace("%1", self.rule_names()[key]).replace("%2", str(number.value())))
                number.setFocus()
                number.selectAll()
            else:
                self.message.setText(refusals.describe(exc))
            self.message.setStyleSheet("color: #c62828;")
            return False
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Saved. New tickets get these deadlines."))
        self.ctx.notify(tables={"settings"})
        return True
