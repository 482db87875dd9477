"""Adding or editing one standard answer (supervisors and admins)."""
from __future__ import annotations

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QVBoxLayout)

from frontdesk.core.errors import Invalid, Refused
from frontdesk.store import answers
from frontdesk.ui.i18n import Retranslating
from frontdesk.ui.widgets import refusals
from frontdesk.ui.widgets.text_box import text_box


class AnswerDialog(Retranslating, QDialog):
    """Title, category, tags, hot flag and body; saved through frontdesk.store.answers.save_answer."""

    def __init__(self, ctx, answer: dict | None = None, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.answer = answer
        self.saved: dict | None = None
        self.setMinimumSize(560, 420)
        self.title = QLineEdit((answer or {}).get("title", ""))
        self.title.setObjectName("answerTitle")
        self.category = QComboBox()
        self.category.setEditable(True)
        self.category.setObjectName("answerCategory")
        self.category.addItems([""] + answers.categories(ctx.db))
        self.category.setCurrentText((answer or {}).get("category", ""))
        self.tags = QLineEdit("，".join((answer or {}).get("tags", [])))
        self.tags.setObjectName("answerTags")
        self.hot = QCheckBox()
        self.hot.setChecked(bool((answer or {}).get("hot")))
        self.body = text_box((answer or {}).get("body", ""))
        self.body.setObjectName("answerBody")
        self.form = QFormLayout()
        for field in (self.title, self.category, self.tags, self.hot, self.body):
            self.form.addRow(QLabel(buddy=field), field)
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Edit standard answer") if self.answer else self.tr("New standard answer"))
        for field, text in ((self.title, self.tr("&Title")), (self.category, self.tr("&Category")),
                            (self.tags, self.tr("T&ags")), (self.hot, self.tr("Hot")), (self.body, self.tr("&Answer"))):
            self.form.labelForField(field).setText(text)
        self.tags.setPlaceholderText(self.tr("separated by commas, e.g. 停车，收费"))
        self.hot.setText(self.tr("a hot question: list it first"))
        self.buttons.button(QDialogButtonBox.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))

    def save(self) -> bool:
        """Save; a refusal keeps everything typed and points at the field."""
        try:
            self.saved = answers.save_answer(
                self.ctx.db, self.ctx.user, id=(self.answer or {}).get("id"), title=self.title.text(),
                body=self.body.toPlainText(), tags=self.tags.text(), category=self.category.currentText(),
                hot=self.hot.isChecked())
        except Invalid as exc:
            field = {"title": self.title, "body": self.body}.get(exc.field, self.title)
            self.error.setText({"title": self.tr("The title is required."),
                                "body": self.tr("The answer text is required.")}.get(exc.field, refusals.describe(exc)))
            self.error.show()
            field.setFocus()
            return False
        except Refused as exc:
            self.error.setText(refusals.describe(exc))
            self.error.show()
            return False
        self.accept()
        return True
