"""登记 Intake, for a receptionist on the phone: find the caller, then type, category, channel, urgency,
place, description, visit time — all by keyboard. Shows the deadline at once, warns of a repeat complaint,
offers the standard answers for an inquiry; Ctrl+Enter saves and shows the number to read out."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout, QWidget)

from frontdesk.core.errors import Invalid, Refused
from frontdesk.core.model import CHANNELS, PLACES, TYPES
from frontdesk.core.states import QUICK_TYPES
from frontdesk.ui.i18n import Retranslating
from frontdesk.ui.models.ticket_list import TicketListModel
from frontdesk.ui.search_box import GlobalSearch
from frontdesk.ui import labels
from frontdesk.ui.widgets.answers_panel import AnswersPanel
from frontdesk.ui.widgets.tables import fit_columns, ticket_table
from frontdesk.ui.writes import after_write
from frontdesk.ui.widgets.text_box import text_box

ERROR_STYLE = "border: 2px solid #c62828;"


SAVED_STYLE = "font-size: 26pt; font-weight: bold; color: #2e7d32;"
#: The last number, once the next call is being typed: small and grey, so it is not read to the next caller.
FADED_STYLE = "font-size: 12pt; color: #9e9e9e;"


class Page(Retranslating, QWidget):
    key = "intake"

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self._clearing = False
        self.ctx = ctx
        self.person: dict | None = None      # the caller found by the search
        self.repeat: dict | None = None      # the earlier complaint a new one repeats
        self.last_number: str | None = None
        self._marked: QWidget | None = None
        self._build()
        self._wire()
        self.retranslateUi()
        self.start_new()
        from frontdesk.ui.intake_draft import attach
        attach(self)                  # the intake typed is kept as a draft and offered back after a crash

    def title(self) -> str:
        return self.tr("Intake")

    # ---- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.search = GlobalSearch(self.ctx, self, popup=False, limit=12)
        self.search.view.setMaximumHeight(120)
        self.caller = QLabel(self)
        self.caller.setWordWrap(True)
        self.unit = QComboBox(self)
        self.unit.setEditable(True)
        self.unit.setInsertPolicy(QComboBox.NoInsert)
        self.type_box = QComboBox(self)
        for t in TYPES:
            self.type_box.addItem("", t)
        self.category = QComboBox(self)
        self.channel = QComboBox(self)
        for c in CHANNELS:
            self.channel.addItem("", c)
        self.urgent = QCheckBox(self)
        self.place = QComboBox(self)
        for p in PLACES:
            self.place.addItem("", p)
        self.place_detail = QLineEdit(self)
        place_row = QHBoxLayout()
        place_row.addWidget(self.place)
        place_row.addWidget(self.place_detail, 1)
        self.description = text_box(parent=self)
        self.description.setMinimumHeight(80)
        self.preferred = QLineEdit(self)
        self.contact = QLineEdit(self)
        self.close_now = QCheckBox(self)
        self.answer = text_box(parent=self)
        self.answer.setMaximumHeight(70)
        self.save_button = QPushButton(self)
        self.save_button.setDefault(False)
        self.clear_button = QPushButton(self)
        self.deadline = QLabel(self)
        self.deadline.setStyleSheet("font-size: 12pt; font-weight: bold; color: #1565c0;")
        self.repeat_label = QLabel(self)
        self.repeat_label.setWordWrap(True)
        self.repeat_label.setStyleSheet("background: #fdecea; color: #b71c1c; padding: 6px; border-radius: 4px;")
        self.repeat_label.setTextInteractionFlags(Qt.TextBrowserInteraction)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828; font-weight: bold;")
        self.saved = QLabel(self)
        self.saved.setAlignment(Qt.AlignCenter)
        self.saved.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.saved.setStyleSheet(SAVED_STYLE)
        self.saved_hint = QLabel(self)
        self.saved_hint.setAlignment(Qt.AlignCenter)
        self.answers = AnswersPanel(self.ctx, self)
        self.history_caption = QLabel(self)
        self.history_caption.setStyleSheet("font-weight: bold;")
        self.history = TicketListModel(self, last="received")
        self.history_view = ticket_table(self, self.history)
        self.history_view.setFocusPolicy(Qt.ClickFocus)
        self.history_view.setColumnHidden(1, True)          # the unit: it is the one chosen
        self.history_view.setMaximumHeight(170)
        self.history_view.doubleClicked.connect(
            lambda idx: self.open_repeat(self.history.number(idx.row())))

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.rows = {}
        for key, field in (("search", self.search), ("caller", self.caller), ("unit", self.unit),
                           ("type", self.type_box), ("category", self.category), ("channel", self.channel),
                           ("urgent", self.urgent), ("place", place_row), ("text", self.description),
                           ("preferred", self.preferred), ("contact", self.contact), ("close", self.close_now),
                           ("answer", self.answer)):
            cap = QLabel(self)
            self.rows[key] = cap
            self.form.addRow(cap, field)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        left = QVBoxLayout()
        left.addLayout(self.form)
        left.addWidget(self.error)
        left.addLayout(buttons)
        left.addStretch(1)

        side = QVBoxLayout()
        side.addWidget(self.deadline)
        side.addWidget(self.repeat_label)
        box = QFrame(self)
        box.setFrameShape(QFrame.StyledPanel)
        saved_lay = QVBoxLayout(box)
        saved_lay.addWidget(self.saved)
        saved_lay.addWidget(self.saved_hint)
        self.saved_box = box
        side.addWidget(box)
        side.addWidget(self.history_caption)
        side.addWidget(self.history_view)
        side.addWidget(self.answers, 1)
        side.addStretch(0)
        lay = QHBoxLayout(self)
        lay.addLayout(left, 3)
        lay.addLayout(side, 2)
        for a, b in ((self.search.edit, self.unit), (self.unit, self.type_box), (self.type_box, self.category),
                     (self.category, self.channel), (self.channel, self.urgent), (self.urgent, self.place),
                     (self.place, self.place_detail), (self.place_detail, self.description),
                     (self.description, self.preferred), (self.preferred, self.contact),
                     (self.contact, self.close_now), (self.close_now, self.answer), (self.answer, self.save_button),
                     (self.save_button, self.clear_button)):
            QWidget.setTabOrder(a, b)

    def _wire(self) -> None:
        self.search.chosen.connect(self.choose)
        self.search.nothing_found.connect(self._nothing_found)
        self.type_box.currentIndexChanged.connect(self._type_changed)
        self.category.currentIndexChanged.connect(self._category_changed)
        self.urgent.toggled.connect(lambda _c: self._update_deadline())
        self.unit.currentTextChanged.connect(lambda _t: self._unit_changed())
        self.place.currentIndexChanged.connect(lambda _i: self.place_detail.setFocus()
                                               if self.place.hasFocus() and self.place.currentData() == "common" else None)
        self.close_now.toggled.connect(self._update_close)
        self.answers.use.connect(self.insert_answer)
        self.repeat_label.linkActivated.connect(self.open_repeat)
        self.save_button.clicked.connect(self.save)
        self.clear_button.clicked.connect(self.start_new)
        for seq in ("Ctrl+Return", "Ctrl+Enter", "Ctrl+S"):
            QShortcut(QKeySequence(seq), self, context=Qt.WidgetWithChildrenShortcut, activated=self.save)
        for w in (self.unit, self.category, self.description, self.place_detail, self.type_box, self.channel):
            w.installEventFilter(self)
        self.clock = QTimer(self, interval=30_000)
        self.clock.timeout.connect(self._update_deadline)
        self.clock.start()
        self.ctx.changed.connect(self._on_changed)
        self.search.edit.textEdited.connect(self._next_call_started)
        self.description.textChanged.connect(self._next_call_started)
        self.unit.lineEdit().textEdited.connect(self._next_call_started)

    def _next_call_started(self, *_a) -> None:
        """Typing the next call fades the last number (issue 10 #32): it is not read to the wrong caller."""
        if self.last_number and self.saved.styleSheet() != FADED_STYLE and not self._clearing:
            self.saved.setStyleSheet(FADED_STYLE)
            self.saved_hint.setText(self.tr("Previous ticket"))

    def retranslateUi(self) -> None:
        caps = {"search": self.tr("&Caller"), "caller": "", "unit": self.tr("&Unit"), "type": self.tr("&Type"),
                "category": self.tr("Cate&gory"), "channel": self.tr("C&hannel"), "urgent": self.tr("Urgency"),
                "place": self.tr("&Place"), "text": self.tr("&Description"), "preferred": self.tr("&Visit time"),
                "contact": self.tr("Call-back &number"), "close": "", "answer": self.tr("&Answer given")}
        buddies = {"search": self.search.edit, "unit": self.unit, "type": self.type_box, "category": self.category,
                   "channel": self.channel, "place": self.place, "text": self.description,
                   "preferred": self.preferred, "contact": self.contact, "answer": self.answer}
        for key, cap in self.rows.items():
            cap.setText(caps[key])
            if key in buddies:
                cap.setBuddy(buddies[key])
        # numbered items: typing the digit picks the item (QComboBox's own keyboard search)
        for i in range(self.type_box.count()):
            self.type_box.setItemText(i, f"{i + 1} {labels.type_(self.type_box.itemData(i))}")
        for i in range(self.channel.count()):
            self.channel.setItemText(i, f"{i + 1} {labels.channel(self.channel.itemData(i))}")
        for i in range(self.place.count()):
            self.place.setItemText(i, labels.place(self.place.itemData(i)))
        self.urgent.setText(self.tr("&Emergency (leak, power cut, lift entrapment, gas)"))
        self.place_detail.setPlaceholderText(self.tr("Where exactly: kitchen, lift hall of 3-2, car park B2 …"))
        self.description.setPlaceholderText(self.tr("What the caller says, in their words"))
        self.preferred.setPlaceholderText(self.tr("e.g. tomorrow morning, after 18:00"))
        self.contact.setPlaceholderText(self.tr("Only if different from the caller's phone"))
        self.unit.lineEdit().setPlaceholderText(self.tr("e.g. 3-2-1202 (building-entrance-room)"))
        self.close_now.setText(self.tr("Answered on the spot: c&lose it now"))
        self.answer.setPlaceholderText(self.tr("What the caller was told (a standard answer can be taken from the right)"))
        self.save_button.setText(self.tr("&Save (Ctrl+Enter)"))
        self.clear_button.setText(self.tr("New call (Ctrl+N)"))
        if self.saved.styleSheet() == FADED_STYLE:
            self.saved_hint.setText(self.tr("Previous ticket"))
        else:
            self.saved_hint.setText(self.tr("Read the number to the caller") if self.last_number else
                                    self.tr("The new ticket's number appears here"))
        self._show_caller()
        self._update_deadline()
        self._show_repeat()

    def on_language_change(self) -> None:
        self.retranslateUi()
        self._show_history()

    # ---- public --------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._update_deadline()
        self._check_repeat()

    def start_new(self) -> None:
        """Clear for the next call and put the cursor in the caller search (Ctrl+N)."""
        self._clearing = True
        try:
            self._start_new()
        finally:
            self._clearing = False

    def _start_new(self) -> None:
        self.person = None
        self.search.clear()
        self.unit.clear()
        self.unit.setEditText("")
        self.type_box.setCurrentIndex(0)
        self._fill_categories()
        self.channel.setCurrentIndex(0)
        self.urgent.setChecked(False)
        self.place.setCurrentIndex(0)
        self.place_detail.clear()
        self.description.clear()
        self.preferred.clear()
        self.contact.clear()
        self.close_now.setChecked(False)
        self.answer.clear()
        self._clear_error()
        self._show_caller()
        self._type_changed()
        self._show_history()
        self.search.edit.setFocus(Qt.OtherFocusReason)

    def insert_answer(self, text: str) -> None:
        """Take a standard answer into the inquiry (and offer to close it on the spot)."""
        if self.type_box.currentData() not in QUICK_TYPES:
            self.type_box.setCurrentIndex(self.type_box.findData("inquiry"))
        self.answer.setPlainText(text)
        self.close_now.setChecked(True)
        self.answer.setFocus()

    def choose(self, result: dict) -> None:
        """A search result: a person (pick among their units), a unit, or a ticket (opens it)."""
        if result["kind"] == "ticket":
            from frontdesk.ui.ticket_window import open_ticket
            open_ticket(self.ctx, result["key"], self)
            return
        self.unit.clear()
        if result["kind"] == "person":
            self.person = result
            codes = result.get("units") or []
            self.unit.addItems(codes)
            self.unit.setCurrentIndex(0 if codes else -1)
            if not codes:
                self.unit.setEditText("")
        else:
            self.person = None
            self.unit.addItem(result["label"])
            self.unit.setCurrentIndex(0)
        self._show_caller(result)
        self._check_repeat()
        if self.unit.count() > 1:
            self.unit.setFocus()
            self.unit.showPopup()
        else:
            self.type_box.setFocus()

    def _nothing_found(self, text: str) -> None:
        """Enter on a search that found nothing: a unit code goes to the unit field; on to the unit either way."""
        from frontdesk.core.ids import normalize_unit_code
        code = normalize_unit_code(text)
        if code:
            self.unit.setEditText(code)
        self.unit.setFocus()

    # ---- reactions -----------------------------------------------------------------------------
    def _show_caller(self, result: dict | None = None) -> None:
        if result is None and self.person is None:
            self.caller.setText(self.tr("No caller chosen: the unit's owner is taken, or choose the common area"))
            self.caller.setStyleSheet("color: #757575;")
            return
        r = result or self.person
        self.caller.setStyleSheet("font-weight: bold;")
        if r["kind"] == "person":
            self.caller.setText(f"{r['label']}  {r.get('detail', '')}".strip())
        else:
            self.caller.setText(self.tr("Unit %1: %2").replace("%1", r["label"]).replace("%2", r.get("detail", "")))

    def _fill_categories(self) -> None:
        from frontdesk.store import settings
        type_ = self.type_box.currentData()
        cats = settings.categories(self.ctx.db).get(type_, [])
        current = self.category.currentData()
        self.category.blockSignals(True)
        self.category.clear()
        for i, name in enumerate(cats):
            self.category.addItem(f"{i + 1} {labels.category(name)}" if i < 9 else labels.category(name), name)
        if current in cats:
            self.category.setCurrentIndex(cats.index(current))
        self.category.blockSignals(False)

    def _type_changed(self, *_a) -> None:
        type_ = self.type_box.currentData()
        self._fill_categories()
        self.urgent.setEnabled(type_ == "repair")
        if type_ != "repair":
            self.urgent.setChecked(False)
        quick = type_ in QUICK_TYPES
        self.close_now.setEnabled(quick)
        if not quick:
            self.close_now.setChecked(False)
        self.answers.setVisible(type_ == "inquiry")
        self._update_close()
        self._category_changed()

    def _category_changed(self, *_a) -> None:
        self._update_deadline()
        self._check_repeat()
        if self.type_box.currentData() == "inquiry":
            self.answers.set_category(self.category.currentData() or None)

    def _update_close(self, *_a) -> None:
        on = self.close_now.isChecked()
        self.answer.setEnabled(on)
        self.rows["answer"].setEnabled(on)

    def _update_deadline(self) -> None:
        from frontdesk.store import tickets
        from frontdesk.store.db import local_now
        type_ = self.type_box.currentData()
        if not type_:
            return
        now = local_now()
        due = tickets.preview_due(self.ctx.db, type_, self.urgent.isChecked(), now)
        self.deadline.setText(self.tr("Deadline: %1 (%2)").replace("%1", f"{due:%Y-%m-%d %H:%M}")
                              .replace("%2", labels.time_left(due, now)))
        self.deadline.setStyleSheet("font-size: 12pt; font-weight: bold; color: %s;"
                                    % ("#c62828" if self.urgent.isChecked() else "#1565c0"))

    def _unit_id(self) -> str | None:
        from frontdesk.store import tickets
        unit = tickets.unit_by_code(self.ctx.db, self.unit.currentText())
        return unit["id"] if unit else None

    def _unit_changed(self) -> None:
        self._check_repeat()
        self._show_history()

    def _show_history(self) -> None:
        """The unit's recent tickets: is this call about something already registered?"""
        from frontdesk.store import tickets
        from frontdesk.store.db import local_now
        uid = self._unit_id()
        rows = tickets.list_tickets(self.ctx.db, unit_id=uid, limit=8) if uid else []
        self.history.set_rows(rows, local_now())
        fit_columns(self.history_view)
        self.history_caption.setText(self.tr("Recent tickets of %1").replace("%1", self.unit.currentText())
                                     if uid else self.tr("Recent tickets of the unit"))
        self.history_caption.setVisible(bool(rows))
        self.history_view.setVisible(bool(rows))

    def _check_repeat(self) -> None:
        from frontdesk.store import tickets
        from frontdesk.store.db import local_now
        self.repeat = None
        if self.type_box.currentData() == "complaint" and self.category.currentData():
            self.repeat = tickets.repeat_candidate(self.ctx.db, self._unit_id(), "complaint",
                                                   self.category.currentData(), local_now())
        self._show_repeat()

    def _show_repeat(self) -> None:
        r = self.repeat
        if not r:
            self.repeat_label.hide()
            return
        when = str(r["received_at"])[:16].replace("T", " ")
        self.repeat_label.setText(self.tr("Repeat complaint (二次投诉): the same unit complained of %1 on %2: "
                                          "<a href='%3'>%3</a> (%4). Handle with care and press the department.")
                                  .replace("%1", r["category"]).replace("%2", when).replace("%3", r["number"])
                                  .replace("%4", labels.state(r["status"])))
        self.repeat_label.show()

    def open_repeat(self, number: str | None = None) -> None:
        from frontdesk.ui.ticket_window import open_ticket
        number = number or (self.repeat or {}).get("number")
        if number:
            open_ticket(self.ctx, number, self)

    def _on_changed(self, change: dict) -> None:
        if "tickets" in change.get("tables", ()) and self.isVisible():
            self._unit_changed()
        if {"categories", "settings"} & set(change.get("tables", ())):
            self._fill_categories()

    def eventFilter(self, obj, event):
        # Enter moves on like Tab in single-line fields (a receptionist keeps typing)
        if event.type() == QEvent.KeyPress and event.key() in (Qt.Key_Return, Qt.Key_Enter) \
                and not event.modifiers() & Qt.ControlModifier and obj is not self.description:
            if isinstance(obj, QComboBox) and obj.view().isVisible():
                return False
            self.focusNextChild()
            return True
        return super().eventFilter(obj, event)

    # ---- saving --------------------------------------------------------------------------------
    def _clear_error(self) -> None:
        if self._marked is not None:
            self._marked.setStyleSheet("")
            self._marked = None
        self.error.clear()
        self.error.hide()

    def field_widget(self, field: str | None) -> QWidget:
        return {"unit": self.unit, "text": self.description, "category": self.category, "type": self.type_box,
                "channel": self.channel, "place": self.place, "place_detail": self.place_detail,
                "preferred_time": self.preferred, "contact_phone": self.contact, "answer": self.answer,
                "close_now": self.close_now, "person": self.search.edit, "at": self.description,
                "note": self.answer}.get(field or "", self.description)

    def _refuse(self, exc: Refused) -> None:
        """Keep everything typed; point at the field and say why."""
        self._clear_error()
        field = exc.field if isinstance(exc, Invalid) else ("close_now" if exc.code == "repair_loop_required" else None)
        widget = self.field_widget(field) if field else None
        if widget is not None:
            widget.setStyleSheet(ERROR_STYLE)
            self._marked = widget
            widget.setFocus()
        from frontdesk.ui.widgets.refusals import describe
        self.error.setText(describe(exc))
        self.error.show()

    def values(self) -> dict:
        """What the form would save (the arguments of frontdesk.store.tickets.create)."""
        from frontdesk.core.ids import normalize_unit_code
        text = self.unit.currentText().strip()
        place = self.place.currentData()
        return {"type": self.type_box.currentData(), "category": self.category.currentData() or "",
                "description": self.description.toPlainText(), "channel": self.channel.currentData(),
                "urgent": self.urgent.isChecked(), "unit": (normalize_unit_code(text) or text) or None,
                "person_id": self.person["id"] if self.person and (self.unit.currentText() in (self.person.get("units") or [])
                                                                  or not self.person.get("units")) else None,
                "contact_phone": self.contact.text().strip() or None, "place": place,
                "place_detail": self.place_detail.text().strip(), "preferred_time": self.preferred.text().strip() or None,
                "close_now": self.close_now.isChecked(), "answer": self.answer.toPlainText().strip()}

    def save(self) -> dict | None:
        """Ctrl+Enter: one transaction on the GUI thread (well under a millisecond), then the number, big."""
        from frontdesk.store import tickets
        v = self.values()                     # the store checks them all (phone, unit, caller, lengths)
        if v["place"] == "common" and not v["unit"]:
            v["unit"] = None
        try:
            ticket = tickets.create(self.ctx.db, actor=self.ctx.user, **v)
        except Refused as exc:
            self._refuse(exc)
            return None
        self.last_number = ticket["number"]
        self.saved.setText(ticket["number"])
        self.saved.setStyleSheet(SAVED_STYLE)
        status = labels.state(ticket["status"])
        self.saved_hint.setText(self.tr("Read the number to the caller") + " · " + status)
        after_write(self.ctx, ticket)
        self.start_new()
        return ticket
