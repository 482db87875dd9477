"""看板 The first-responder board: a column per open state, cards coloured by the SLA, moves through core."""
from __future__ import annotations

import operator
import time

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QFrame, QHBoxLayout, QLabel, QListView,
                               QPushButton, QScrollArea, QSizePolicy, QVBoxLayout, QWidget)

from frontdesk.core import states
from frontdesk.core.sla import OVERDUE_TIMINGS
from frontdesk.core.states import OPEN_STATES
from frontdesk.ui.i18n import Retranslating
from frontdesk.ui.models.board_column import BoardColumnModel
from frontdesk.ui import labels
from frontdesk.ui.widgets.card_delegate import CardDelegate
from frontdesk.ui.widgets.combo import refill

REFRESH_MS = 60_000
UNIT = operator.itemgetter("unit")


class Page(Retranslating, QWidget):
    key = "board"

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list = []          # store.tickets.Card rows, read by name like dicts
        self.selected: str | None = None
        self.last_ms = 0.0
        self.last_message = None
        self.pending_dialog = None
        self._staff: dict[str, dict] = {}
        self._build()
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)         # deadlines pass even when nothing changes
        self.timer.timeout.connect(self.refresh_if_shown)
        self.timer.start()
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(30)
        self._soon.timeout.connect(self.refresh_if_shown)
        ctx.changed.connect(self._on_changed)
        ctx.user_changed.connect(lambda _u: self.refresh_if_shown())
        self.stale = True           # loaded when first shown: the main window builds pages it may not show
        self.retranslateUi()

    def title(self) -> str:
        return self.tr("Board")

    # ---- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.mine = QCheckBox(self)
        self.overdue = QCheckBox(self)
        self.type_box = QComboBox(self)
        self.building_box = QComboBox(self)
        self.handler_box = QComboBox(self)
        self.total = QLabel(self)
        for w in (self.mine, self.overdue):
            w.toggled.connect(self._apply)
        for w in (self.type_box, self.building_box, self.handler_box):
            w.currentIndexChanged.connect(self._apply)
            w.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        filters = QHBoxLayout()
        for w in (self.mine, self.overdue, self.type_box, self.building_box, self.handler_box):
            filters.addWidget(w)
        filters.addStretch(1)
        filters.addWidget(self.total)

        self.selected_label = QLabel(self)
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self.open_selected)
        self.move_bar = QHBoxLayout()
        self.move_buttons: list[QPushButton] = []
        actions = QHBoxLayout()
        actions.addWidget(self.selected_label)
        actions.addWidget(self.open_button)
        actions.addLayout(self.move_bar)
        actions.addStretch(1)

        self.models: dict[str, BoardColumnModel] = {}
        self.views: dict[str, QListView] = {}
        self.headers: dict[str, QLabel] = {}
        cols = QHBoxLayout()
        cols.setSpacing(6)
        self.delegate = CardDelegate(self._now, self)
        for state in OPEN_STATES:
            model = BoardColumnModel(state, self)
            model.dropped.connect(lambda number, target: QTimer.singleShot(0, lambda: self.request_move(number, target)))
            view = QListView(self)
            view.setModel(model)
            view.setItemDelegate(self.delegate)
            view.setUniformItemSizes(True)
            view.setSelectionMode(QAbstractItemView.SingleSelection)
            view.setDragDropMode(QAbstractItemView.DragDrop)
            view.setDefaultDropAction(Qt.CopyAction)
            view.setDragEnabled(True)
            view.setAcceptDrops(True)
            view.setDropIndicatorShown(True)
            view.setMinimumWidth(146)
            view.setResizeMode(QListView.Adjust)
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
            view.setObjectName(f"board_{state}")
            view.doubleClicked.connect(lambda idx, m=model: self._open_card(m, idx.row()))
            view.selectionModel().currentChanged.connect(lambda cur, _p, m=model: self._select(m, cur.row()))
            view.installEventFilter(self)
            header = QLabel(self)
            header.setAlignment(Qt.AlignCenter)
            header.setStyleSheet("font-weight: bold; padding: 4px; background: #eceff1; border-radius: 4px;")
            box = QVBoxLayout()
            box.addWidget(header)
            box.addWidget(view, 1)
            cols.addLayout(box, 1)
            self.models[state], self.views[state], self.headers[state] = model, view, header
        inner = QFrame(self)
        inner.setLayout(cols)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        scroll.setWidget(inner)
        scroll.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        lay = QVBoxLayout(self)
        lay.addLayout(filters)
        lay.addLayout(actions)
        lay.addWidget(scroll, 1)
        sc = QShortcut(QKeySequence("Ctrl+Right"), self, context=Qt.WidgetWithChildrenShortcut)
        sc.activated.connect(self.move_forward)
        sc = QShortcut(QKeySequence("F5"), self, context=Qt.WidgetWithChildrenShortcut)
        sc.activated.connect(self.refresh)

    def retranslateUi(self) -> None:
        self.mine.setText(self.tr("&Mine (first responder)"))
        self.overdue.setText(self.tr("&Overdue only"))
        self.open_button.setText(self.tr("Open (Enter)"))
        self._fill_filter(self.type_box, self.tr("All types"),
                          [(labels.type_(t), t) for t in ("repair", "complaint", "inquiry", "suggestion", "praise")])
        for state, header in self.headers.items():
            header.setProperty("base", labels.state(state))
        self._update_headers()
        self._update_selection()

    def on_language_change(self) -> None:
        self.retranslateUi()
        self._apply()

    @staticmethod
    def _fill_filter(box: QComboBox, all_text: str, items: list[tuple[str, object]]) -> None:
        refill(box, [(all_text, None), *items])

    # ---- data ----------------------------------------------------------------------------------
    def _now(self):
        from frontdesk.store.db import local_now
        return local_now()

    def _on_changed(self, change: dict) -> None:
        if "tickets" in change.get("tables", ()) or "staff" in change.get("tables", ()):
            if "staff" in change.get("tables", ()):
                self._staff = {}
            self._soon.start()

    def refresh_if_shown(self) -> None:
        """Refresh now when visible; otherwise remember to when next shown (no work for a hidden page)."""
        if self.isVisible():
            self.refresh()
        else:
            self.stale = True

    def refresh(self) -> None:
        """Reload the open tickets (one query on the covering index) and redraw the columns."""
        self.stale = False
        from frontdesk.store import staff, tickets
        start = time.perf_counter()
        if not self._staff:
            self._staff = {s["id"]: s for s in staff.list_staff(self.ctx.db, active_only=False)}
            handlers = sorted((s for s in self._staff.values() if s["active"]), key=lambda s: (s["role"] != "engineer", s["username"]))
            self._fill_filter(self.handler_box, self.tr("All handlers"),
                              [(s["display_name"], s["id"]) for s in handlers])
        self.rows = tickets.board(self.ctx.db, now=self._now())
        self.delegate.names = {sid: s["display_name"] for sid, s in self._staff.items()}
        buildings = {b for b in map(tickets.building_of, set(map(UNIT, self.rows))) if b}
        self._fill_filter(self.building_box, self.tr("All buildings"),
                          [(self.tr("Building %1").replace("%1", b), b) for b in sorted(buildings, key=int)])
        self._apply()
        self.last_ms = (time.perf_counter() - start) * 1000

    def _apply(self) -> None:
        me = self.ctx.user["id"] if self.ctx.user else None
        mine = ("handler_id" if (self.ctx.user or {}).get("role") in states.HANDLER_ONLY_ROLES
                else "first_responder_id")             # an engineer's own work is what is dispatched to them
        want_type, want_building, want_handler = (self.type_box.currentData(), self.building_box.currentData(),
                                                  self.handler_box.currentData())
        mine_only, overdue_only = self.mine.isChecked(), self.overdue.isChecked()   # asked once, not per card
        from frontdesk.store.tickets import building_of
        per_state: dict[str, list[dict]] = {s: [] for s in OPEN_STATES}
        shown = overdue = 0
        for r in self.rows:
            if mine_only and r[mine] != me:
                continue
            late = r["timing"] in OVERDUE_TIMINGS
            if overdue_only and not late:
                continue
            if want_type and r["type"] != want_type:
                continue
            if want_building and building_of(r["unit"]) != want_building:    # remembered per code
                continue
            if want_handler and r["handler_id"] != want_handler:
                continue
            per_state.setdefault(r["status"], []).append(r)
            shown += 1
            overdue += late
        for state, model in self.models.items():
            model.set_cards(per_state.get(state, []))
        self._update_headers()
        self.total.setText(self.tr("%1 open, %2 overdue").replace("%1", str(shown)).replace("%2", str(overdue)))
        self._reselect()

    def _update_headers(self) -> None:
        for state, header in self.headers.items():
            header.setText(f"{header.property('base') or labels.state(state)} ({self.models[state].rowCount()})")

    # ---- selection and moves -------------------------------------------------------------------
    def _select(self, model: BoardColumnModel, row: int) -> None:
        card = model.card(row)
        if card:
            self.selected = card["number"]
            for other in self.views.values():
                if other.model() is not model:
                    other.selectionModel().clearSelection()
        self._update_selection()

    def _reselect(self) -> None:
        found = False
        for state, model in self.models.items():
            row = model.row_of(self.selected) if self.selected else -1
            if row >= 0:
                found = True
                view = self.views[state]
                view.selectionModel().setCurrentIndex(model.index(row), QItemSelectionModel.ClearAndSelect)
        if not found:
            self.selected = None
        self._update_selection()

    def select_number(self, number: str) -> bool:
        """Select a card by its number (tests, and the main window after opening from search)."""
        for state, model in self.models.items():
            row = model.row_of(number)
            if row >= 0:
                self.views[state].setFocus()
                self.views[state].selectionModel().setCurrentIndex(model.index(row), QItemSelectionModel.ClearAndSelect)
                self.selected = number
                self._update_selection()
                return True
        return False

    def allowed(self) -> list[str]:
        from frontdesk.store import tickets
        if not self.selected or not self.ctx.user:
            return []
        try:
            return tickets.allowed_moves(self.ctx.db, self.selected, self.ctx.user)
        except Exception:  # noqa: BLE001 - the ticket vanished between refreshes
            return []

    def _update_selection(self) -> None:
        for b in self.move_buttons:
            self.move_bar.removeWidget(b)
            b.deleteLater()
        self.move_buttons = []
        self.open_button.setEnabled(bool(self.selected))
        if not self.selected:
            self.selected_label.setText(self.tr("Select a card: Enter opens it, 1–9 or Ctrl+Right moves it on"))
            return
        self.selected_label.setText(self.tr("%1 → move to:").replace("%1", self.selected))
        for i, target in enumerate(self.allowed(), start=1):
            b = QPushButton(f"&{i} {labels.state(target)}", self)
            b.setObjectName(f"move_{target}")
            b.clicked.connect(lambda _c=False, t=target: self.request_move(self.selected, t))
            self.move_bar.addWidget(b)
            self.move_buttons.append(b)
        card = self.selected_card()
        if card and states.can_callback(card, (self.ctx.user or {}).get("role")):
            b = QPushButton(self.tr("Call&back…"), self)       # 回访: closes (or reopens) once the owner was told
            b.setObjectName("callback")
            b.clicked.connect(self.callback_selected)
            self.move_bar.addWidget(b)
            self.move_buttons.append(b)

    def selected_card(self) -> dict | None:
        for model in self.models.values():
            row = model.row_of(self.selected) if self.selected else -1
            if row >= 0:
                return model.card(row)
        return None

    def callback_selected(self):
        from frontdesk.ui import ticket_actions
        if self.selected:
            return ticket_actions.request_callback(self, self.ctx, self.selected)
        return None

    def request_move(self, number: str | None, target: str):
        """Ask for a move through core; a refusal is explained and changes nothing."""
        from frontdesk.ui import ticket_actions
        if not number:
            return None
        self.selected = number
        return ticket_actions.request_move(self, self.ctx, number, target)

    def move_forward(self) -> None:
        """Ctrl+Right: the next step of the loop for the selected card, when it is allowed."""
        allowed = self.allowed()
        forward = [t for t in allowed if t in states.LOOP_ORDER and t != "registered"]
        if forward:
            self.request_move(self.selected, forward[0])

    def open_selected(self) -> None:
        if self.selected:
            from frontdesk.ui.ticket_window import open_ticket
            open_ticket(self.ctx, self.selected, self)

    def _open_card(self, model: BoardColumnModel, row: int) -> None:
        card = model.card(row)
        if card:
            self.selected = card["number"]
            self.open_selected()

    def showEvent(self, event):
        """Keyboard first: the first card of the first non-empty column has the focus when the page opens."""
        super().showEvent(event)
        if self.stale:
            self.refresh()
        if not any(v.hasFocus() for v in self.views.values()):
            QTimer.singleShot(0, self._focus_first)

    def _focus_first(self) -> None:
        for state, view in self.views.items():
            if self.models[state].rowCount():
                view.setFocus(Qt.OtherFocusReason)
                if not self.selected:
                    view.setCurrentIndex(self.models[state].index(0))
                return

    def eventFilter(self, obj, event):
        if event.type() == QEvent.KeyPress and obj in self.views.values():
            if event.key() in (Qt.Key_Return, Qt.Key_Enter):
                self.open_selected()
                return True
            digit = event.key() - Qt.Key_1
            if 0 <= digit < 9 and not event.modifiers() & ~Qt.KeypadModifier:
                if digit < len(self.move_buttons):            # the key a move button's label shows
                    self.move_buttons[digit].click()
                return True
            if event.key() in (Qt.Key_Left, Qt.Key_Right) and not event.modifiers():
                states = list(self.views)
                i = states.index(next(s for s, v in self.views.items() if v is obj))
                i = max(0, min(len(states) - 1, i + (1 if event.key() == Qt.Key_Right else -1)))
                view = self.views[states[i]]
                view.setFocus()
                if view.model().rowCount():
                    view.setCurrentIndex(view.model().index(0))
                return True
        return super().eventFilter(obj, event)
