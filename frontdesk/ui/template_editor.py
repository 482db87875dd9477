"""The admin's template editor (for the settings page): notice and letter texts with named placeholders, and
inspection items as JSON; an unknown placeholder is refused on save, naming it; reset goes back to the shipped text."""
from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout, QWidget)

from frontdesk.core.errors import Refused
from frontdesk.core.templates import KINDS, PLACEHOLDERS
from frontdesk.ui.i18n import Retranslating
from frontdesk.ui.widgets import refusals
from frontdesk.ui.widgets.combo import refill
from frontdesk.ui.widgets.text_box import text_box


class TemplateEditor(Retranslating, QWidget):
    """Pick a template kind and name, edit title and body, save (validated) or reset to the shipped text."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.setObjectName("templateEditor")
        self.ctx = ctx
        self._build()
        self.retranslateUi()
        self._kind_changed()

    def _build(self) -> None:
        self.kind = QComboBox()
        self.kind.setObjectName("templateKind")
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.name = QComboBox()
        self.name.setObjectName("templateName")
        self.name.setEditable(True)                 # a new short name makes a new template
        self.name.currentIndexChanged.connect(lambda _i: self.load())
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("templateTitle")
        self.body = text_box()
        self.body.setObjectName("templateBody")
        self.placeholders = QLabel()
        self.placeholders.setObjectName("hintLabel")
        self.placeholders.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("templateMessage")
        self.message.setWordWrap(True)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveTemplateButton")
        self.save_button.clicked.connect(self.save)
        self.reset_button = QPushButton()
        self.reset_button.setObjectName("resetTemplateButton")
        self.reset_button.clicked.connect(self.reset)
        self.form = QFormLayout()
        self.kind_label, self.name_label, self.title_label = QLabel(), QLabel(), QLabel()
        self.form.addRow(self.kind_label, self.kind)
        self.form.addRow(self.name_label, self.name)
        self.form.addRow(self.title_label, self.title_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.save_button)
        lay = QVBoxLayout(self)
        lay.addLayout(self.form)
        lay.addWidget(self.body, 1)
        lay.addWidget(self.placeholders)
        lay.addLayout(buttons)

    def retranslateUi(self) -> None:
        names = {"notice": self.tr("Notices"), "complaint-reply": self.tr("Complaint reply letter"),
                 "callback-letter": self.tr("Callback letter"), "survey-form": self.tr("Survey form"),
                 "inspection": self.tr("Inspection sheets (JSON items)")}
        refill(self.kind, ((names[k], k) for k in KINDS))
        from frontdesk.ui.print_actions import template_label
        for i in range(self.name.count()):
            if self.name.itemData(i):
                self.name.setItemText(i, template_label(self.name.itemData(i)))
        self.kind_label.setText(self.tr("Kind"))
        self.name_label.setText(self.tr("Short name"))
        self.title_label.setText(self.tr("Title"))
        self.save_button.setText(self.tr("Save"))
        self.reset_button.setText(self.tr("Back to the shipped text"))
        self._show_placeholders()

    def _show_placeholders(self) -> None:
        known = PLACEHOLDERS.get(self.kind.currentData() or "", {})
        text = "  ".join(f"{{{k}}} {v}" for k, v in known.items())
        self.placeholders.setText(self.tr("Placeholders: %1").replace("%1", text) if text else "")

    def _kind_changed(self) -> None:
        from frontdesk.services.printing import template_names
        self.name.blockSignals(True)
        self.name.clear()
        from frontdesk.ui.print_actions import template_label
        for n in template_names(self.ctx.db, self.kind.currentData()):
            self.name.addItem(template_label(n), n)     # 物业费催缴, not fee-reminder
        self.name.blockSignals(False)
        self._show_placeholders()
        self.load()

    def short_name(self) -> str:
        """The template's short name: the chosen one's (shown by its translated name), or a new one typed."""
        text = self.name.currentText().strip()
        index = self.name.findText(text)
        return self.name.itemData(index) if index >= 0 and self.name.itemData(index) else text

    def load(self) -> None:
        """Show the chosen template (the admin's copy when there is one)."""
        from frontdesk.services.printing import template_for
        self.message.clear()
        name = self.short_name()
        if not name:
            return
        try:
            t = template_for(self.ctx.db, self.kind.currentData(), name)
        except Refused:
            return
        self.title_edit.setText(t.get("title") or "")
        self.body.setPlainText(t["body"])

    def save(self) -> bool:
        """Validate and keep the admin's copy; a refusal (unknown placeholder, bad JSON) is shown, nothing kept."""
        from frontdesk.services.printing import save_template
        kind, name = self.kind.currentData(), self.short_name()
        try:
            row = save_template(self.ctx.db, self.ctx.user, kind, name, self.body.toPlainText(),
                                self.title_edit.text().strip())
        except Refused as exc:
            self.message.setStyleSheet("color: #b00020;")
            self.message.setText(refusals.describe(exc))
            return False
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Saved."))
        if self.name.findData(name) < 0:
            self.name.addItem(name, name)
        self.ctx.notify(tables={"templates"}, ids={row["name"]})
        return True

    def reset(self) -> None:
        from frontdesk.services.printing import reset_template
        try:
            reset_template(self.ctx.db, self.ctx.user, self.kind.currentData(), self.short_name())
        except Refused as exc:
            self.message.setText(refusals.describe(exc))
            return
        self.ctx.notify(tables={"templates"})
        self._kind_changed()
