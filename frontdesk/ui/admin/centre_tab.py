"""Centre details, letterhead lines, logo and font, idle lock, and the window's language."""
from __future__ import annotations

from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QSpinBox, QVBoxLayout, QWidget)

from frontdesk.core.errors import Refused
from frontdesk.store import settings
from frontdesk.store.tx import writing
from frontdesk.ui import i18n
from frontdesk.ui.i18n import Retranslating
from frontdesk.ui.widgets import refusals
from frontdesk.ui.widgets import file_dialogs
from frontdesk.ui.widgets.text_box import text_box


def _path_row(edit: QLineEdit, button: QPushButton) -> QWidget:
    """A path field with its Browse button."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(edit, 1)
    row.addWidget(button)
    return box


class CentreTab(Retranslating, QWidget):
    """Edits the centre's settings; Save writes them in one transaction (each audited)."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.name = QLineEdit()
        self.legal_name = QLineEdit()
        self.address = QLineEdit()
        self.phone = QLineEdit()
        self.lines = text_box()
        self.lines.setMaximumHeight(96)
        self.logo = QLineEdit()
        self.logo_button = QPushButton()
        self.logo_button.clicked.connect(lambda: self._browse(self.logo, "*.png *.jpg *.jpeg"))
        self.font_path = QLineEdit()
        self.font_button = QPushButton()
        self.font_button.clicked.connect(lambda: self._browse(self.font_path, "*.ttf *.ttc *.otf"))
        self.idle = QSpinBox()
        self.idle.setRange(0, 240)
        self.parts = QCheckBox()                 # work orders in two parts, 工程联 / 业主联
        self.parts.setObjectName("centre_work_order_parts")
        self.anonymous = QCheckBox()             # survey forms without name and unit
        self.anonymous.setObjectName("centre_survey_anonymous")
        documents = QWidget()
        doc_row = QVBoxLayout(documents)
        doc_row.setContentsMargins(0, 0, 0, 0)
        doc_row.addWidget(self.parts)
        doc_row.addWidget(self.anonymous)
        self.language = QComboBox()
        self.language.setObjectName("languageBox")
        self.language.addItem("简体中文", "zh_CN")
        self.language.addItem("English", "en")
        self.language.activated.connect(self._language_picked)
        for name in ("name", "legal_name", "address", "phone", "lines", "logo", "font_path", "idle"):
            getattr(self, name).setObjectName("centre_" + name)
        self.form = QFormLayout()
        self.rows = [(self.name, self.name), (self.legal_name, self.legal_name), (self.address, self.address),
                     (self.phone, self.phone),
                     (self.lines, self.lines), (self.logo, _path_row(self.logo, self.logo_button)),
                     (self.font_path, _path_row(self.font_path, self.font_button)), (self.parts, documents),
                     (self.idle, self.idle),
                     (self.language, self.language)]
        for _, widget in self.rows:
            self.form.addRow(QLabel(), widget)
        self.message = QLabel()
        self.message.setObjectName("hintLabel")
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveCentre")
        self.save_button.clicked.connect(self.save)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.save_button)
        box = QWidget()
        box.setMaximumWidth(860)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(self.form)
        inner.addLayout(bottom)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addStretch(1)
        self.load()
        self.retranslateUi()

    def on_language_change(self) -> None:
        self.retranslateUi()
        self.message.clear()                    # a "Saved." said in the other language goes

    def retranslateUi(self) -> None:
        labels = (self.tr("Centre &name"), self.tr("Le&gal name"), self.tr("&Address"), self.tr("Ser&vice hotline"),
                  self.tr("Letter&head lines"),
                  self.tr("L&ogo (image)"), self.tr("&Font for documents"), self.tr("Printed &documents"),
                  self.tr("Lock after idle &minutes"),
                  self.tr("&Language"))
        for (_, widget), text in zip(self.rows, labels):
            label = self.form.labelForField(widget)
            label.setText(text)
            label.setBuddy(self.rows[labels.index(text)][0])
        self.lines.setPlaceholderText(self.tr("one line per row, printed at the top of every document"))
        self.legal_name.setPlaceholderText(self.tr("signs and seals every document; empty: the centre's name"))
        self.font_path.setPlaceholderText(self.tr("empty: a Chinese font found on this computer"))
        self.parts.setText(self.tr("Work orders in two parts: for the engineer and for the owner (工程联 / 业主联)"))
        self.anonymous.setText(self.tr("Anonymous survey forms: no name or unit printed, and the form promises "
                                       "confidentiality"))
        self.idle.setSpecialValueText(self.tr("never"))
        self.idle.setSuffix(self.tr(" min"))
        self.logo_button.setText(self.tr("Browse…"))
        self.font_button.setText(self.tr("Browse…"))
        self.save_button.setText(self.tr("&Save"))

    def load(self) -> None:
        """Fill the fields from the settings."""
        db = self.ctx.db
        self.name.setText(settings.get(db, "centre_name") or "")
        self.legal_name.setText(settings.get(db, "legal_name") or "")
        self.address.setText(settings.get(db, "centre_address") or "")
        self.phone.setText(settings.get(db, "centre_phone") or "")
        self.lines.setPlainText("\n".join(settings.get(db, "letterhead_lines") or []))
        self.logo.setText(settings.get(db, "logo_path", "") or "")
        self.font_path.setText(settings.get(db, "font_path") or "")
        self.idle.setValue(int(settings.get(db, "idle_lock_minutes") or 0))
        self.parts.setChecked(bool(settings.get(db, "work_order_parts")))
        self.anonymous.setChecked(bool(settings.get(db, "survey_anonymous")))
        self.language.setCurrentIndex(max(self.language.findData(i18n.current()), 0))

    def _browse(self, edit: QLineEdit, pattern: str) -> None:
        """Pick a file for a path field."""
        path, _ = file_dialogs.get_open_file_name(self, self.tr("Choose a file"), edit.text(), pattern)
        if path:
            edit.setText(path)

    def values(self) -> dict:
        """The settings as typed."""
        return {"centre_name": self.name.text().strip(), "legal_name": self.legal_name.text().strip(),
                "centre_address": self.address.text().strip(),
                "centre_phone": self.phone.text().strip(),
                "letterhead_lines": [s.strip() for s in self.lines.toPlainText().splitlines() if s.strip()],
                "logo_path": self.logo.text().strip(), "font_path": self.font_path.text().strip(),
                "idle_lock_minutes": self.idle.value(), "work_order_parts": self.parts.isChecked(),
                "survey_anonymous": self.anonymous.isChecked()}

    def save(self) -> bool:
        """Write the centre's settings (the name is required)."""
        values = self.values()
        if not values["centre_name"]:
            self.message.setText(self.tr("The centre needs a name."))
            self.name.setFocus()
            return False
        try:
            with writing(self.ctx.db):
                for key, value in values.items():
                    if settings.get(self.ctx.db, key, "") != value:
                        settings.put(self.ctx.db, key, value, actor=self.ctx.user)
        except Refused as exc:
            self.message.setText(refusals.describe(exc))
            return False
        self.message.setText(self.tr("Saved."))
        self.ctx.notify(tables={"settings"})
        return True

    def _language_picked(self, index: int) -> None:
        """The language box changed."""
        self.set_language(self.language.itemData(index))

    def set_language(self, lang: str) -> None:
        """Switch the window's language at once and remember it for the centre."""
        if settings.get(self.ctx.db, "language") != lang:
            settings.put(self.ctx.db, "language", lang, actor=self.ctx.user)
        self.language.setCurrentIndex(max(self.language.findData(lang), 0))
        i18n.switch_language(QApplication.instance(), lang)
        self.ctx.notify(tables={"settings"})
