"""One ticket in its own window: every field, the timeline, notes and calls, the steps of the loop,
callback, printing, and for supervisors escalation (督办) and transfer of ownership."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QDialog, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget)

from frontdesk.core import states
from frontdesk.core.errors import Refused
from frontdesk.ui import ticket_actions
from frontdesk.ui.writes import run_write
from frontdesk.ui.i18n import Retranslating
from frontdesk.ui.models.events import EventsModel
from frontdesk.ui import labels
from frontdesk.ui.widgets.tables import fit_columns
from frontdesk.ui.widgets.timing import TimingBadge
from frontdesk.ui.widgets import refusals

_OPEN: dict[str, "TicketWindow"] = {}
PRINT_KINDS = ("complaint-reply", "callback-letter", "work-order")
#: Every action the window offers on a ticket (its buttons' object names) and the command that does the same
#: through the same function (tests/ui/test_desk_commands.py holds the two together).
COMMANDS = {
    "move_": "ticket move NUMBER --to STATE [--handler USER] [--note TEXT] [--rating R]",
    "callback_button": "callback record NUMBER --reached --rating R | --not-reached",
    "note_button": "ticket note NUMBER --text TEXT",
    "call_button": "ticket note NUMBER --call --text TEXT",
    "handling_save": "ticket handling NUMBER --text TEXT",
    "escalate_button": "ticket escalate NUMBER --note TEXT",
    "transfer_button": "ticket transfer NUMBER --to USER --reason TEXT",
    "print_": "print KIND --ticket NUMBER --out FILE.pdf",
}


def open_ticket(ctx, number: str, parent=None) -> "TicketWindow":
    """Show the ticket's window (one per ticket; an open one is raised and focused)."""
    number = number.strip().upper()
    win = _OPEN.get(number)
    if win is not None and win.ctx is not ctx:
        win.close()
        win = None
    if win is not None:
        try:
            win.isVisible()
        except RuntimeError:          # deleted on the C++ side
            win = None
    if win is None:
        win = TicketWindow(ctx, number, parent)
        _OPEN[number] = win
    win.show()
    win.raise_()
    win.activateWindow()
    return win


class TicketWindow(Retranslating, QDialog):
    """Non-modal; refreshes itself when ctx.changed names its number."""

    def __init__(self, ctx, number: str, parent=None):
        super().__init__(parent)
        self.ctx, self.number = ctx, number
        self.ticket: dict = {}
        self.last_message = None
        self.pending_dialog = None
        self.setAttribute(Qt.WA_DeleteOnClose)
        self.setModal(False)
        self.resize(900, 640)
        self._build()
        ctx.changed.connect(self._on_changed)
        ctx.user_changed.connect(self._on_user_changed)
        self.clock = QTimer(self, interval=30_000)         # the time left moves on, as on the board's cards
        self.clock.timeout.connect(self._show_time)
        self.clock.start()
        self.retranslateUi()
        self.refresh()
        self.note.setText(self._drafts().get(self._draft_key(), ""))

    # ---- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.head = QLabel(self)
        self.head.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.head.setStyleSheet("font-size: 18pt; font-weight: bold;")
        self.status = QLabel(self)
        self.status.setStyleSheet("font-size: 12pt;")
        self.badge = TimingBadge(self)
        self.repeat = QLabel(self)
        self.repeat.setStyleSheet("color: #c62828;")
        self.repeat.linkActivated.connect(lambda n: open_ticket(self.ctx, n, self.parent()))
        from frontdesk.ui.inspections.hooks import RoundLink      # the inspection round it came from
        self.round_link = RoundLink(self)
        top = QHBoxLayout()
        for w in (self.head, self.status, self.badge, self.repeat, self.round_link):
            top.addWidget(w)
        top.addStretch(1)

        self.fields_box = QGroupBox(self)
        self.grid = QGridLayout(self.fields_box)
        self.values: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        keys = ("type", "category", "channel", "urgent", "unit", "person", "contact_phone", "place",
                "created_at", "due_at", "first_responder", "handler", "preferred_time", "callback_due_at",
                "satisfaction", "escalated")
        for i, key in enumerate(keys):
            cap, val = QLabel(self), QLabel(self)
            val.setTextInteractionFlags(Qt.TextSelectableByMouse)
            self.captions[key], self.values[key] = cap, val
            row, col = divmod(i, 2)
            self.grid.addWidget(cap, row, col * 2)
            self.grid.addWidget(val, row, col * 2 + 1)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(3, 1)
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.description.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.description.setStyleSheet("background: #fafafa; padding: 6px; border: 1px solid #e0e0e0;")
        self.grid.addWidget(self.description, len(keys) // 2 + 1, 0, 1, 4)

        self.handling = QLineEdit(self)
        self.handling_save = QPushButton(self)
        self.handling_save.setObjectName("handling_save")
        self.handling_save.clicked.connect(self.save_handling)
        self.handling.returnPressed.connect(self.save_handling)
        handling_row = QHBoxLayout()
        self.handling_caption = QLabel(self)
        handling_row.addWidget(self.handling_caption)
        handling_row.addWidget(self.handling, 1)
        handling_row.addWidget(self.handling_save)
        self.handling_saved = QLabel(self)
        self.handling_saved.setStyleSheet("color: #2e7d32;")
        self.handling_saved.hide()
        self.handling.textEdited.connect(lambda _t: self.handling_saved.hide())
        handling_row.addWidget(self.handling_saved)

        self.events = EventsModel(self)
        self.timeline = QTableView(self)
        self.timeline.setModel(self.events)
        self.timeline.verticalHeader().hide()
        self.timeline.setSelectionBehavior(QTableView.SelectRows)
        self.timeline.setEditTriggers(QTableView.NoEditTriggers)
        self.timeline.horizontalHeader().setStretchLastSection(True)
        self.timeline.setWordWrap(True)

        self.note = QLineEdit(self)
        self.note.returnPressed.connect(lambda: self.add_note())
        self.note_button = QPushButton(self)
        self.note_button.setObjectName("note_button")
        self.note_button.clicked.connect(lambda: self.add_note())
        self.call_button = QPushButton(self)
        self.call_button.setObjectName("call_button")
        self.call_button.clicked.connect(lambda: self.add_note(kind="call"))
        note_row = QHBoxLayout()
        note_row.addWidget(self.note, 1)
        note_row.addWidget(self.note_button)
        note_row.addWidget(self.call_button)

        self.moves_caption = QLabel(self)
        self.move_row = QHBoxLayout()
        self.move_buttons: list[QPushButton] = []
        self.callback_button = QPushButton(self)
        self.callback_button.setObjectName("callback_button")
        self.callback_button.clicked.connect(self.callback)
        self.escalate_button = QPushButton(self)
        self.escalate_button.setObjectName("escalate_button")
        self.escalate_button.clicked.connect(
            lambda: ticket_actions.request_escalate(self, self.ctx, self.number))
        self.transfer_button = QPushButton(self)
        self.transfer_button.setObjectName("transfer_button")
        self.transfer_button.clicked.connect(
            lambda: ticket_actions.request_transfer(self, self.ctx, self.number))
        steps = QHBoxLayout()
        steps.addWidget(self.moves_caption)
        steps.addLayout(self.move_row)
        steps.addStretch(1)
        steps.addWidget(self.callback_button)
        steps.addWidget(self.escalate_button)
        steps.addWidget(self.transfer_button)

        self.print_buttons: dict[str, QPushButton] = {}
        print_row = QHBoxLayout()
        for kind in PRINT_KINDS:
            b = QPushButton(self)
            b.setObjectName(f"print_{kind}")
            b.clicked.connect(lambda _c=False, k=kind: self.print_document(k))
            self.print_buttons[kind] = b
            print_row.addWidget(b)
        print_row.addStretch(1)

        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addLayout(steps)
        lay.addWidget(self.fields_box)
        lay.addLayout(handling_row)
        lay.addWidget(self.timeline, 1)
        from frontdesk.ui.widgets.attachments import AttachmentsPanel
        self.attachments = AttachmentsPanel(self.ctx, self, ticket=self.number, compact=True)   # photos, 返单
        lay.addWidget(self.attachments)
        lay.addLayout(note_row)
        lay.addLayout(print_row)
        QShortcut(QKeySequence("Ctrl+W"), self, activated=self.close)
        self.note.setFocus()

    def retranslateUi(self) -> None:
        self.fields_box.setTitle(self.tr("Ticket"))
        names = {"type": self.tr("Type"), "category": self.tr("Category"), "channel": self.tr("Channel"),
                 "urgent": self.tr("Urgency"), "unit": self.tr("Unit"), "person": self.tr("Caller"),
                 "contact_phone": self.tr("Contact phone"), "place": self.tr("Place"),
                 "created_at": self.tr("Received"), "due_at": self.tr("Deadline"),
                 "first_responder": self.tr("First responder"), "handler": self.tr("Handler"),
                 "preferred_time": self.tr("Preferred visit time"), "callback_due_at": self.tr("Callback due"),
                 "satisfaction": self.tr("Rating"), "escalated": self.tr("Escalated")}
        for key, cap in self.captions.items():
            cap.setText(self.tr("%1:").replace("%1", names[key]))
            cap.setStyleSheet("color: #616161;")
        self.handling_caption.setText(self.tr("Found and done:"))
        self.handling.setPlaceholderText(self.tr("What was found and done (used in the reply letter)"))
        self.handling_save.setText(self.tr("Save"))
        self.note.setPlaceholderText(self.tr("A note, or what was said on the call to the owner"))
        self.note_button.setText(self.tr("Add &note"))
        self.call_button.setText(self.tr("Log &call to owner"))
        self.moves_caption.setText(self.tr("Next step:"))
        self.callback_button.setText(self.tr("Call&back…"))
        self.escalate_button.setText(self.tr("&Escalate (督办)…"))
        self.transfer_button.setText(self.tr("&Transfer ownership…"))
        texts = {"complaint-reply": self.tr("Print complaint reply"), "callback-letter": self.tr("Print callback letter"),
                 "work-order": self.tr("Print work order")}
        for kind, b in self.print_buttons.items():
            b.setText(texts[kind])
        if self.ticket:
            self._fill()

    def _drafts(self) -> dict:
        """Half-typed notes of this session (the ctx lives as long as the session), by user and ticket."""
        drafts = getattr(self.ctx, "ticket_drafts", None)
        if drafts is None:
            drafts = self.ctx.ticket_drafts = {}
        return drafts

    def _draft_key(self) -> tuple:
        return ((self.ctx.user or {}).get("id"), self.number)

    def keep_draft(self) -> None:
        """Esc or closing never loses a half-typed note: it waits in the same ticket's window next time."""
        text = self.note.text()
        if text.strip():
            self._drafts()[self._draft_key()] = text
        else:
            self._drafts().pop(self._draft_key(), None)

    def _forget(self) -> None:
        if getattr(self, "_forgotten", False):
            return
        self._forgotten = True
        self.keep_draft()
        if _OPEN.get(self.number) is self:
            del _OPEN[self.number]
        for signal, slot in ((self.ctx.changed, self._on_changed), (self.ctx.user_changed, self._on_user_changed)):
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass

    def closeEvent(self, event):
        self._forget()
        super().closeEvent(event)

    def done(self, result):
        """Esc closes the window too; it is forgotten and deleted the same way."""
        self._forget()
        super().done(result)
        self.deleteLater()

    # ---- data ----------------------------------------------------------------------------------
    def _on_changed(self, change: dict) -> None:
        if self.number in change.get("numbers", ()) or (not change.get("numbers") and "tickets" in change.get("tables", ())):
            self.refresh()

    def _on_user_changed(self, user) -> None:
        """Another user (switch user, unlock): the steps offered follow the new role; logged out closes."""
        if user is None:
            self.close()
        else:
            self.refresh()

    def refresh(self) -> None:
        from frontdesk.store import tickets
        try:
            self.ticket = tickets.get(self.ctx.db, self.number)
        except Refused as exc:
            self.head.setText(self.number)
            self.status.setText(refusals.describe(exc))
            return
        self.events.set_events(tickets.events(self.ctx.db, self.ticket["id"]))
        fit_columns(self.timeline)
        self.timeline.resizeRowsToContents()
        self.timeline.scrollToBottom()
        self._fill()

    def _show_time(self) -> None:
        """The time left, as the board's card says it (one rounding rule, core/sla.remaining), kept current."""
        t = self.ticket
        if not t:
            return
        if t["status"] in states.FINAL_STATES:
            self.badge.set_timing(t["timing"], labels.timing(t["timing"]))
            return
        from frontdesk.store.db import local_now
        from frontdesk.ui.widgets.card_delegate import card_time_text
        self.badge.set_timing(t["timing"], card_time_text(t, local_now()))

    def _fill(self) -> None:
        t = self.ticket
        self.setWindowTitle(f"{t['number']} — {labels.type_(t['type'])} {labels.category(t['category'])}")
        self.head.setText(t["number"])
        self.status.setText(labels.state(t["status"]))
        self._show_time()
        if t.get("repeat_of"):
            self.repeat.setText(self.tr("Repeat complaint of <a href='%1'>%1</a>").replace("%1", t["repeat_of"]))
        self.repeat.setVisible(bool(t.get("repeat_of")))
        self.round_link.show_for(self.ctx.db, t.get("id"))
        v = self.values
        v["type"].setText(labels.type_(t["type"]))
        v["category"].setText(labels.category(t["category"]))
        v["channel"].setText(labels.channel(t["channel"]))
        v["urgent"].setText(self.tr("Emergency") if t["urgent"] else self.tr("Ordinary"))
        v["urgent"].setStyleSheet("color: #c62828; font-weight: bold;" if t["urgent"] else "")
        v["unit"].setText(t.get("unit") or "—")
        v["person"].setText(t.get("person") or "—")
        v["contact_phone"].setText(t.get("contact_phone") or "—")
        v["place"].setText(" ".join(x for x in (labels.place(t.get("place")), t.get("place_detail") or "") if x))
        v["created_at"].setText(_when(t["created_at"]))
        v["due_at"].setText(_when(t["due_at"]))
        v["first_responder"].setText(t.get("first_responder_name") or t.get("first_responder") or "")
        v["handler"].setText(" ".join(x for x in (t.get("handler_name") or "", t.get("department") or "") if x) or "—")
        v["preferred_time"].setText(t.get("preferred_time") or "—")
        v["callback_due_at"].setText(_when(t.get("callback_due_at")) or "—")
        v["satisfaction"].setText(labels.rating(t.get("satisfaction")) if t.get("satisfaction") else "—")
        v["escalated"].setText(str(t["escalated"] and self.tr("Yes") or self.tr("No")))
        self.description.setText(t.get("description") or "")
        if not self.handling.hasFocus():
            self.handling.setText(t.get("handling_text") or "")
        self._fill_moves()

    def _fill_moves(self) -> None:
        from frontdesk.store import tickets
        for b in self.move_buttons:
            self.move_row.removeWidget(b)
            b.deleteLater()
        self.move_buttons = []
        allowed = tickets.allowed_moves(self.ctx.db, self.number, self.ctx.user) if self.ctx.user else []
        for i, target in enumerate(allowed, start=1):
            b = QPushButton(f"&{i} {labels.state(target)}", self)
            b.setObjectName(f"move_{target}")
            b.clicked.connect(lambda _c=False, tg=target: self.request_move(tg))
            self.move_row.addWidget(b)
            self.move_buttons.append(b)
        self.moves_caption.setVisible(bool(allowed))
        role = (self.ctx.user or {}).get("role")
        self.callback_button.setVisible(states.can_callback(self.ticket, role))
        self.escalate_button.setVisible(states.can_escalate(self.ticket, role))
        self.transfer_button.setVisible(states.can_transfer(self.ticket, role))
        self.print_buttons.get("complaint-reply", QWidget()).setVisible(self.ticket["type"] == "complaint")
        self.print_buttons.get("work-order", QWidget()).setVisible(self.ticket["type"] == "repair")

    # ---- actions -------------------------------------------------------------------------------
    def move_button(self, target: str) -> QPushButton | None:
        return next((b for b in self.move_buttons if b.objectName() == f"move_{target}"), None)

    def request_move(self, target: str):
        return ticket_actions.request_move(self, self.ctx, self.number, target)

    def callback(self):
        return ticket_actions.request_callback(self, self.ctx, self.number)

    def add_note(self, kind: str = "note") -> None:
        from frontdesk.store import tickets
        def refused(exc):
            ticket_actions.explain(self, exc)
            self.note.setFocus()
        run_write(self.ctx, lambda: tickets.add_note(self.ctx.db, self.number, self.ctx.user, self.note.text(),
                                                     kind=kind),
                  refused=refused, done=lambda _t: self.note.clear())

    def save_handling(self) -> None:
        """处理情况 saved: said beside the field, and on the timeline as an event (when it changed)."""
        from frontdesk.store import tickets
        def saved(_t):
            self.handling_saved.setText(self.tr("Saved."))
            self.handling_saved.show()
        run_write(self.ctx, lambda: tickets.set_handling_text(self.ctx.db, self.number, self.ctx.user,
                                                              self.handling.text()),
                  refused=lambda exc: ticket_actions.explain(self, exc), done=saved)

    def keyPressEvent(self, event):
        """Enter in a field that saves on Enter (the note, 处理情况) is that field's alone: the dialog's default
        button must not fire after it on the now empty field (issue 10 #27)."""
        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and self.focusWidget() in (self.note, self.handling):
            event.accept()
            return
        super().keyPressEvent(event)

    def print_document(self, kind: str) -> None:
        from frontdesk.ui import print_actions
        print_actions.print_ticket_document(self.ctx, self, self.number, kind)


def _when(text: str | None) -> str:
    return (text or "").replace("T", " ")[:16]
