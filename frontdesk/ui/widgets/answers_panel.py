"""The standard answers (统一说辞) beside an inquiry: matching titles, the body, and 'use this answer'."""
from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from frontdesk.ui.i18n import Retranslating
from frontdesk.ui.models.answers_list import AnswersListModel


class AnswersPanel(Retranslating, QWidget):
    """Emits `use(body)` when the receptionist takes an answer into the inquiry."""

    use = Signal(str)

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.category: str | None = None
        self.caption = QLabel(self)
        self.caption.setStyleSheet("font-weight: bold;")
        self.filter = QLineEdit(self)
        self.filter.setClearButtonEnabled(True)
        self.model = AnswersListModel(self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setMaximumHeight(130)
        self.body = QTextBrowser(self)
        self.body.setMaximumHeight(150)
        self.use_button = QPushButton(self)
        self.use_button.clicked.connect(self._use)
        self.view.selectionModel().currentChanged.connect(lambda cur, _p: self._show(cur.row()))
        self.view.doubleClicked.connect(lambda _i: self._use())
        self.timer = QTimer(self, singleShot=True, interval=150)
        self.timer.timeout.connect(self.reload)
        self.filter.textEdited.connect(lambda _t: self.timer.start())
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        for w in (self.caption, self.filter, self.view, self.body, self.use_button):
            lay.addWidget(w)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.caption.setText(self.tr("Standard answers"))
        self.filter.setPlaceholderText(self.tr("Search the answers"))
        self.use_button.setText(self.tr("Use th&is answer"))

    def set_category(self, category: str | None) -> None:
        self.category = category
        self.reload()

    def reload(self) -> None:
        """Answers for the category (and the filter), hot ones first; all answers when none match."""
        from frontdesk.store.answers import list_answers as fn
        query = self.filter.text().strip()
        rows = fn(self.ctx.db, query, self.category) if self.category else []
        if not rows:
            rows = fn(self.ctx.db, query, None)
        self.model.set_answers(rows[:30])
        if rows:
            self.view.setCurrentIndex(self.model.index(0))
        else:
            self.body.clear()
        self.use_button.setEnabled(bool(rows))

    def _show(self, row: int) -> None:
        a = self.model.answer(row)
        self.body.setPlainText(a["body"] if a else "")

    def _use(self) -> None:
        a = self.model.answer(self.view.currentIndex().row())
        if a:
            self.use.emit(a["body"])
