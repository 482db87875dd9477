"""常用答复 Standard answers: search while on the phone, read, copy, or use in an inquiry's intake;
supervisors and admins add, edit and delete; hot answers first."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QGuiApplication
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QMessageBox, QPushButton, QSplitter, QTextBrowser, QVBoxLayout, QWidget)

from frontdesk.store import answers
from frontdesk.ui.i18n import Retranslating
from frontdesk.ui.widgets.combo import refill

LIMIT = 200


class AnswersPage(Retranslating, QWidget):
    """Search box and list on the left, the answer to read out on the right."""
    key = "answers"

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[dict] = []
        self._build()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(150)
        self.timer.timeout.connect(self.refresh)
        self.search.textEdited.connect(lambda _t: self.timer.start())
        self.category.currentIndexChanged.connect(lambda _i: self.refresh())
        ctx.changed.connect(self._on_changed)
        ctx.user_changed.connect(lambda _u: self._update_buttons())
        self.retranslateUi()
        self.refresh()

    def title(self) -> str:
        """The navigation title."""
        return self.tr("Answers")

    def _build(self) -> None:
        """Search, list and count on the left; heading, text and buttons on the right."""
        self.search = QLineEdit()
        self.search.setObjectName("answerSearch")
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self._focus_list)
        self.search.installEventFilter(self)
        self.category = QComboBox()
        self.category.setObjectName("answerCategoryFilter")
        self.list = QListWidget()
        self.list.setObjectName("answerList")
        self.list.currentRowChanged.connect(self._show_current)
        self.list.itemActivated.connect(lambda _i: self.copy_current())
        self.count = QLabel()
        self.count.setObjectName("hintLabel")
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(12, 12, 6, 12)
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(self.category)
        lv.addLayout(row)
        lv.addWidget(self.list, 1)
        lv.addWidget(self.count)
        self.heading = QLabel()
        self.heading.setObjectName("answerHeading")
        self.heading.setWordWrap(True)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.meta = QLabel()
        self.meta.setObjectName("hintLabel")
        self.body = QTextBrowser()
        self.body.setObjectName("answerText")
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("copyButton")
        self.copy_button.clicked.connect(self.copy_current)
        self.use_button = QPushButton()
        self.use_button.setObjectName("useButton")
        self.use_button.clicked.connect(self.use_in_intake)
        self.new_button = QPushButton()
        self.new_button.setObjectName("newAnswerButton")
        self.new_button.clicked.connect(self.new_answer)
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("editAnswerButton")
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("deleteAnswerButton")
        self.delete_button.clicked.connect(self.delete_current)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(6, 12, 12, 12)
        rv.addWidget(self.heading)
        rv.addWidget(self.meta)
        rv.addWidget(self.body, 1)
        buttons = QHBoxLayout()
        for b in (self.copy_button, self.use_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        for b in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(b)
        rv.addLayout(buttons)
        self.splitter = QSplitter(Qt.Horizontal)
        self.splitter.setObjectName("answersSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setSizes([420, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.setFocusProxy(self.search)

    def retranslateUi(self) -> None:
        self.search.setPlaceholderText(self.tr("Search the answers (title, text, tags)…"))
        refill(self.category, [(self.tr("All categories"), None),
                               *((name, name) for name in answers.categories(self.ctx.db))])
        self.copy_button.setText(self.tr("&Copy"))
        self.copy_button.setToolTip(self.tr("Copy the answer to the clipboard (Enter in the list)"))
        self.use_button.setText(self.tr("&Use in intake"))
        self.new_button.setText(self.tr("&New…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.delete_button.setText(self.tr("&Delete"))
        self._show_count()
        self._show_current(self.list.currentRow())
        self._update_buttons()

    # ---- data -------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the list for the search text and category, keeping the selected answer if still there."""
        self.timer.stop()
        keep = self.current_answer()
        self.rows = answers.list_answers(self.ctx.db, self.search.text(), self.category.currentData(), LIMIT)
        self.list.blockSignals(True)
        self.list.clear()
        for answer in self.rows:
            item = QListWidgetItem(("★ " if answer["hot"] else "") + answer["title"])
            if answer["hot"]:
                font = QFont(self.list.font())
                font.setBold(True)
                item.setFont(font)
                item.setForeground(QColor("#9a4a00"))
            self.list.addItem(item)
        ids = [a["id"] for a in self.rows]
        row = ids.index(keep["id"]) if keep and keep["id"] in ids else (0 if ids else -1)
        self.list.setCurrentRow(row)
        self.list.blockSignals(False)
        self._show_current(row)
        self._show_count()
        self._update_buttons()

    def _on_changed(self, change: dict) -> None:
        """Reload when standard answers changed."""
        if not change.get("tables") or "standard_answers" in change["tables"]:
            self.refresh()

    def _show_count(self) -> None:
        """How many answers the list shows."""
        self.count.setText(self.tr("%1 answers (hot first)").replace("%1", str(len(self.rows))))

    def current_answer(self) -> dict | None:
        """The selected answer, or None."""
        row = self.list.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _show_current(self, _row: int) -> None:
        """Show the selected answer in the reading pane."""
        answer = self.current_answer()
        if answer is None:
            if self.search.text() or self.category.currentData():
                self.heading.setText(self.tr("No answer found"))
            else:
                self.heading.setText(self.tr("No standard answers yet"))
            self.meta.clear()
            self.body.clear()
        else:
            self.heading.setText(answer["title"])
            parts = [answer["category"]] if answer["category"] else []
            parts += ["#" + t for t in answer["tags"]]
            if answer["hot"]:
                parts.insert(0, self.tr("Hot"))
            self.meta.setText("  ·  ".join(parts))
            self.body.setPlainText(answer["body"])
        self._update_buttons()

    def _update_buttons(self) -> None:
        """Copy and use need an answer; add, edit and delete are for supervisors and admins."""
        has = self.current_answer() is not None
        lead = self.ctx.is_lead()
        self.copy_button.setEnabled(has)
        self.use_button.setEnabled(has)
        for b in (self.new_button, self.edit_button, self.delete_button):
            b.setVisible(lead)
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def eventFilter(self, obj, event) -> bool:
        """Up and Down in the search box move through the answers without leaving the box."""
        if obj is self.search and event.type() == QEvent.KeyPress and event.key() in (Qt.Key_Up, Qt.Key_Down):
            step = 1 if event.key() == Qt.Key_Down else -1
            row = min(max(self.list.currentRow() + step, 0), self.list.count() - 1)
            if row >= 0:
                self.list.setCurrentRow(row)
            return True
        return super().eventFilter(obj, event)

    def _focus_list(self) -> None:
        """Enter in the search box: go to the list."""
        if self.list.count():
            self.list.setFocus()

    # ---- actions ----------------------------------------------------------------------------------
    def copy_current(self) -> None:
        """Put the answer's text on the clipboard."""
        answer = self.current_answer()
        if answer:
            QGuiApplication.clipboard().setText(answer["body"])
            window = self.window()
            if hasattr(window, "statusBar"):
                window.statusBar().showMessage(self.tr("Copied: %1").replace("%1", answer["title"]), 4000)

    def use_in_intake(self) -> None:
        """Show the intake page and put the answer's text into it (when the intake page takes it)."""
        answer = self.current_answer()
        if not answer:
            return
        self.ctx.show_page.emit("intake")
        window = self.window()
        page = window.ensure_page("intake") if hasattr(window, "ensure_page") else None
        if page is not None and hasattr(page, "insert_answer"):
            page.insert_answer(answer["body"])
        else:
            self.copy_current()

    def new_answer(self) -> None:
        """Add an answer (supervisors and admins)."""
        self._edit(None)

    def edit_current(self) -> None:
        """Edit the selected answer."""
        if self.current_answer():
            self._edit(self.current_answer())

    def _edit(self, answer: dict | None) -> None:
        """The answer dialog; saved answers are broadcast and selected."""
        from frontdesk.ui.answer_dialog import AnswerDialog
        if not self.ctx.is_lead():
            return
        dialog = AnswerDialog(self.ctx, answer, self)
        if dialog.exec() == AnswerDialog.Accepted and dialog.saved:
            self.ctx.notify(tables={"standard_answers"}, ids={dialog.saved["id"]})
            self.retranslateUi()
            self.select(dialog.saved["id"])

    def select(self, answer_id: str) -> None:
        """Select the answer with this id, if listed."""
        for row, answer in enumerate(self.rows):
            if answer["id"] == answer_id:
                self.list.setCurrentRow(row)

    def delete_current(self) -> None:
        """Delete the selected answer after asking."""
        answer = self.current_answer()
        if not answer or not self.ctx.is_lead():
            return
        sure = QMessageBox.question(self, self.tr("Delete"), self.tr("Delete the answer “%1”?")
                                    .replace("%1", answer["title"]))
        if sure == QMessageBox.Yes:
            answers.delete_answer(self.ctx.db, self.ctx.user, answer["id"])
            self.ctx.notify(tables={"standard_answers"}, ids={answer["id"]})


#: the name the page registry looks for (the class name is the translation context)
Page = AnswersPage
