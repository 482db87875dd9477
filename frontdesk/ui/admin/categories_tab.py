"""Ticket categories per type: the built-in ones, plus those the admin adds (and may remove)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QPushButton, QVBoxLayout, QWidget)

from frontdesk.core.errors import Refused
from frontdesk.core.model import TYPES
from frontdesk.store import reference
from frontdesk.ui.i18n import Retranslating
from frontdesk.ui.labels import category, type_
from frontdesk.ui.widgets import refusals


class CategoriesTab(Retranslating, QWidget):
    """The categories of one ticket type, with add and remove."""
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.type_box = QComboBox()
        self.type_box.setObjectName("categoryType")
        for t in TYPES:
            self.type_box.addItem(type_(t), t)
        self.type_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.list = QListWidget()
        self.list.setObjectName("categoryList")
        self.list.currentRowChanged.connect(lambda _r: self._update())
        self.name = QLineEdit()
        self.name.setObjectName("categoryName")
        self.name.returnPressed.connect(self.add)
        self.add_button, self.remove_button = QPushButton(), QPushButton()
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.note = QLabel()
        self.note.setObjectName("hintLabel")
        self.note.setWordWrap(True)
        self.type_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.type_label)
        top.addWidget(self.type_box)
        top.addStretch(1)
        add_row = QHBoxLayout()
        add_row.addWidget(self.name, 1)
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addLayout(add_row)
        layout.addWidget(self.note)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.type_label.setText(self.tr("Ticket &type"))
        self.type_label.setBuddy(self.type_box)
        for i, t in enumerate(TYPES):
            self.type_box.setItemText(i, type_(t))
        self.name.setPlaceholderText(self.tr("new category, e.g. 燃气"))
        self.add_button.setText(self.tr("&Add"))
        self.remove_button.setText(self.tr("&Remove"))
        self.note.setText(self.tr("Built-in categories cannot be removed. Removing one of yours keeps it on "
                                  "the tickets that already have it."))
        self.refresh()

    def refresh(self) -> None:
        """Reload the chosen type's categories."""
        self.rows = reference.list_categories(self.ctx.db, self.type_box.currentData())
        self.list.clear()
        for row in self.rows:
            item = QListWidgetItem(category(row["name"]) + ("  " + self.tr("(built-in)") if row["builtin"] else ""))
            if row["builtin"]:
                item.setForeground(Qt.gray)
            self.list.addItem(item)
        self._update()

    def current(self) -> dict | None:
        """The selected category, or None."""
        r = self.list.currentRow()
        return self.rows[r] if 0 <= r < len(self.rows) else None

    def _update(self) -> None:
        """Only the admin's own categories can be removed."""
        cur = self.current()
        self.remove_button.setEnabled(bool(cur and not cur["builtin"]))

    def add(self) -> None:
        """Add the typed category to the chosen type."""
        try:
            reference.add_category(self.ctx.db, self.ctx.user, self.type_box.currentData(), self.name.text())
        except Refused as exc:
            self.note.setText(refusals.describe(exc))
            return
        self.name.clear()
        self.ctx.notify(tables={"categories"})
        self.refresh()

    def remove(self) -> None:
        """Remove the selected (admin-added) category."""
        cur = self.current()
        if not cur or cur["builtin"]:
            return
        reference.remove_category(self.ctx.db, self.ctx.user, cur["type"], cur["name"])
        self.ctx.notify(tables={"categories"})
        self.refresh()
