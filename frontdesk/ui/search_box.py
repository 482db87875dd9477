"""The global search box: results while typing (units, people, phones, pinyin initials, ticket numbers).

A line edit and a small results view over frontdesk.store.search.find; arrow keys move, Enter opens,
Esc closes. Shown as a popup under the edit (the main window's Ctrl+F) or inline (the intake form)."""
from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTreeView, QVBoxLayout, QWidget

from frontdesk.ui.i18n import Retranslating
from frontdesk.ui.models.search_results import SearchResultsModel

DEBOUNCE_MS = 120


class GlobalSearch(Retranslating, QWidget):
    """Emits `chosen(dict)` with kind 'unit'|'person'|'ticket', id, key, label, detail (and units for persons)."""

    chosen = Signal(dict)
    # Enter on text that found nothing (the intake takes it as a unit code typed in full)
    nothing_found = Signal(str)

    def __init__(self, ctx, parent=None, *, popup: bool = True, limit: int = 20):
        super().__init__(parent)
        self.ctx, self.limit, self.popup = ctx, limit, popup
        self.last_ms = 0.0
        self.edit = QLineEdit(self)
        self.edit.setClearButtonEnabled(True)
        self.edit.setObjectName("globalSearchEdit")
        self.model = SearchResultsModel(self)
        self.view = QTreeView(self)
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setHeaderHidden(True)
        self.view.setUniformRowHeights(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.view.setFocusPolicy(Qt.NoFocus)
        self.view.header().setStretchLastSection(True)
        # fixed widths: ResizeToContents re-measured every row on each keystroke (10 ms)
        self.view.header().setSectionResizeMode(0, QHeaderView.Interactive)
        self.view.header().setSectionResizeMode(1, QHeaderView.Interactive)
        self.view.clicked.connect(self._open_index)
        self.view.setObjectName("globalSearchResults")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(self.edit)
        if popup:
            self.view.setWindowFlags(Qt.Tool | Qt.FramelessWindowHint | Qt.WindowDoesNotAcceptFocus)
            self.view.setAttribute(Qt.WA_ShowWithoutActivating)
            self.view.hide()
        else:
            lay.addWidget(self.view)
            self.view.setMinimumHeight(90)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.search_now)
        self.edit.textEdited.connect(lambda _t: self.timer.start())
        self.edit.installEventFilter(self)
        self.setFocusProxy(self.edit)
        self.retranslateUi()

    # ---- public --------------------------------------------------------------------------------
    def focus_search(self) -> None:
        """Focus the edit and select what is in it (Ctrl+F)."""
        self.edit.setFocus(Qt.ShortcutFocusReason)
        self.edit.selectAll()
        if self.model.rowCount():
            self._show_results()

    def clear(self) -> None:
        self.timer.stop()
        self.edit.clear()
        self.model.set_results([])
        self._hide_results()

    def text(self) -> str:
        return self.edit.text()

    def search_now(self) -> None:
        """Run the search for what is typed now (the debounce timer calls it)."""
        from frontdesk.store.search import find
        self.timer.stop()
        start = time.perf_counter()
        rows = find(self.ctx.db, self.edit.text(), limit=self.limit) if self.edit.text().strip() else []
        self.model.set_results(rows)
        self.last_ms = (time.perf_counter() - start) * 1000
        if rows:
            self.view.setCurrentIndex(self.model.index(0, 0))
            self._show_results()
        elif self.popup:
            self._hide_results()

    def retranslateUi(self) -> None:
        from frontdesk.ui import labels
        fm = self.view.fontMetrics()
        kinds = [labels.search_kind(k) for k in ("unit", "person", "ticket")]
        self.view.setColumnWidth(0, max(fm.horizontalAdvance(k) for k in kinds) + 16)
        self.view.setColumnWidth(1, fm.horizontalAdvance("BX-20261122-B007") + 16)
        self.edit.setPlaceholderText(self.tr("Search: unit 3-2-1202, name, phone or last 4 digits, zsf, ticket no."))
        self.edit.setToolTip(self.tr("Ctrl+F. Up/Down choose, Enter opens, Esc closes"))

    # ---- keys ----------------------------------------------------------------------------------
    def eventFilter(self, obj, event):
        if obj is self.edit and event.type() == QEvent.KeyPress:
            key = event.key()
            if key in (Qt.Key_Down, Qt.Key_Up, Qt.Key_PageDown, Qt.Key_PageUp):
                if self.timer.isActive():
                    self.search_now()
                self._move(key)
                return True
            if key in (Qt.Key_Return, Qt.Key_Enter) and not event.modifiers() & Qt.ControlModifier:
                if self.timer.isActive() or (self.edit.text().strip() and not self.model.rowCount()):
                    self.search_now()
                if self.model.rowCount():
                    self._open_index(self.view.currentIndex())
                    return True
                self.nothing_found.emit(self.edit.text().strip())
                return False
            if key == Qt.Key_Escape and self.popup and self.view.isVisible():
                self._hide_results()
                return True
        elif obj is self.edit and event.type() == QEvent.FocusOut and self.popup:
            QTimer.singleShot(150, self._hide_if_unfocused)
        return super().eventFilter(obj, event)

    def _move(self, key) -> None:
        n = self.model.rowCount()
        if not n:
            return
        self._show_results()
        row = self.view.currentIndex().row()
        step = {Qt.Key_Down: 1, Qt.Key_Up: -1, Qt.Key_PageDown: 8, Qt.Key_PageUp: -8}[key]
        row = 0 if row < 0 else max(0, min(n - 1, row + step))
        self.view.setCurrentIndex(self.model.index(row, 0))

    def _open_index(self, index: QModelIndex) -> None:
        result = self.model.result(index.row() if index.isValid() else 0)
        if result is None:
            return
        if self.popup:
            self._hide_results()
        self.chosen.emit(dict(result))

    # ---- popup ---------------------------------------------------------------------------------
    def _show_results(self) -> None:
        if not self.popup:
            return
        width = max(self.edit.width(), 420)
        rows = min(self.model.rowCount(), 12)
        height = self.view.sizeHintForRow(0) * rows + 2 * self.view.frameWidth() + 2 if rows else 0
        self.view.setGeometry(0, 0, width, max(height, 24))
        self.view.move(self.edit.mapToGlobal(QPoint(0, self.edit.height())))
        self.view.show()
        self.view.raise_()

    def _hide_results(self) -> None:
        if self.popup:
            self.view.hide()

    def _hide_if_unfocused(self) -> None:
        if not self.edit.hasFocus() and not self.view.underMouse():
            self._hide_results()

    def hideEvent(self, event):
        self._hide_results()
        super().hideEvent(event)
