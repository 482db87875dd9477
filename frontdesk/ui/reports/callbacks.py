"""The callbacks tab (回访): tickets waiting for the callback, the phone script, and the result (reached or
not, the owner's rating, a comment). Unsatisfied reopens the ticket with a note to its first responder;
after three failed tries the callback letter is offered for print."""
from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QButtonGroup, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox, QPushButton,
                               QRadioButton, QSplitter, QTableView, QTextBrowser, QVBoxLayout, QWidget)

from frontdesk.core.model import RATINGS
from frontdesk.ui.i18n import Retranslating

from frontdesk.ui.widgets import refusals
from frontdesk.ui.writes import after_write
from frontdesk.ui.widgets.call_number import CallNumber

from .table_model import RowsModel

COLUMNS = ("number", "unit", "person", "type", "category", "contact_phone", "notified_at", "callback_due_at",
           "callback_attempts", "status")


def callbacks_job(db, abort, report) -> list[dict]:
    """Off the GUI thread: the tickets waiting for the callback."""
    from frontdesk.store.tickets import callbacks_due
    return callbacks_due(db)


def _colour(row: dict):
    if row.get("timing") == "callback_overdue":
        return QColor("#c0392b")
    return None


class CallbacksTab(Retranslating, QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._job = None
        self._again = False
        self.loaded_rows: int | None = None
        self._place: int | None = None          # the row a saved callback was on: the next owner takes it
        self.model = RowsModel([(c, c) for c in COLUMNS], self, colour=_colour)
        self.view = QTableView()
        self.view.setObjectName("callbackTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectRows)
        self.view.setSelectionMode(QTableView.SingleSelection)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.view.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._show(cur.row()))
        self.count = QLabel()
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.view, 1)
        lv.addWidget(self.count)

        self.heading = QLabel()
        self.heading.setObjectName("callbackHeading")
        self.call = CallNumber(ctx, self)
        self.script = QTextBrowser()
        self.script.setObjectName("callbackScript")
        self.ratings = QButtonGroup(self)
        self.rating_buttons = {}
        rating_row = QHBoxLayout()
        for i, code in enumerate(RATINGS):
            b = QRadioButton()
            b.setObjectName(f"rating_{code}")
            self.ratings.addButton(b, i)
            self.rating_buttons[code] = b
            rating_row.addWidget(b)
        self.comment = QLineEdit()
        self.comment.setObjectName("callbackComment")
        self.reached_button = QPushButton()
        self.reached_button.setObjectName("callbackReached")
        self.reached_button.clicked.connect(lambda: self.save(reached=True))
        self.missed_button = QPushButton()
        self.missed_button.setObjectName("callbackMissed")
        self.missed_button.clicked.connect(lambda: self.save(reached=False))
        self.letter_button = QPushButton()
        self.letter_button.setObjectName("callbackLetter")
        self.letter_button.clicked.connect(self.print_letter)
        self.status = QLabel()
        self.status.setObjectName("callbackStatus")
        self.status.setWordWrap(True)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.heading)
        rv.addWidget(self.call)
        rv.addWidget(self.script, 1)
        self.rating_label = QLabel()
        rv.addWidget(self.rating_label)
        rv.addLayout(rating_row)
        self.comment_label = QLabel()
        rv.addWidget(self.comment_label)
        rv.addWidget(self.comment)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reached_button)
        buttons.addWidget(self.missed_button)
        buttons.addWidget(self.letter_button)
        rv.addLayout(buttons)
        rv.addWidget(self.status)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        lay = QVBoxLayout(self)
        lay.addWidget(split)
        self.retranslateUi()
        self._show(-1)

    def on_language_change(self) -> None:
        self.retranslateUi()
        self._show(self.view.currentIndex().row())   # the script in the new language

    def retranslateUi(self) -> None:
        from frontdesk.ui import labels
        names = {"number": self.tr("Number"), "unit": self.tr("Unit"), "person": self.tr("Person"),
                 "type": self.tr("Type"), "category": self.tr("Category"), "contact_phone": self.tr("Phone"),
                 "notified_at": self.tr("Owner told"), "callback_due_at": self.tr("Callback due"),
                 "callback_attempts": self.tr("Tries"), "status": self.tr("Status")}
        self.model.set_headers([(c, names[c]) for c in COLUMNS])
        for code, b in self.rating_buttons.items():
            b.setText(labels.rating(code))
        self.rating_label.setText(self.tr("The owner's rating:"))
        self.comment_label.setText(self.tr("Comment:"))
        self.reached_button.setText(self.tr("Reached: save the rating"))
        self.missed_button.setText(self.tr("Not reached"))
        self.letter_button.setText(self.tr("Print the callback letter"))
        self.count.setText(self.tr("%n ticket(s) waiting for the callback", "", len(self.model.rows)))

    def refresh(self):
        """Reload the list off the GUI thread (about 0.3 s on the benchmark centre); returns the job."""
        from frontdesk.ui.jobs import Job
        if self._job is not None and self._job.thread.isRunning():
            self._again = True
            return self._job
        self._again = False
        self._job = Job(self, self.ctx, "", callbacks_job, show_dialog=False)
        self._job.done.connect(self._loaded)
        self._job.error.connect(lambda exc: self.count.setText(refusals.describe(exc)))
        return self._job.start()

    def busy(self) -> bool:
        return self._job is not None and self._job.thread.isRunning()

    def _loaded(self, found: list[dict]) -> None:
        from frontdesk.ui import labels
        current = self.current()
        rows = [{**t, "type_code": t["type"], "type": labels.type_(t["type"]),
                 "category": labels.category(t["category"]),
                 "status_code": t["status"], "status": labels.state(t["status"]),
                 "notified_at": (t.get("notified_at") or "")[:16].replace("T", " "),
                 "callback_due_at": (t.get("callback_due_at") or "")[:16].replace("T", " ")} for t in found]
        self.model.set_rows(rows)
        self.count.setText(self.tr("%n ticket(s) waiting for the callback", "", len(rows)))
        numbers = [r["number"] for r in rows]
        place, self._place = self._place, None
        if current and current["number"] in numbers:
            self.view.selectRow(numbers.index(current["number"]))
        elif rows:
            self.view.selectRow(min(place or 0, len(rows) - 1))     # the list keeps its place after a save
        else:
            self._show(-1)
        self.loaded_rows = len(rows)
        if self._again:
            self.refresh()

    def current(self) -> dict | None:
        return self.model.row(self.view.currentIndex().row())

    def _show(self, i: int) -> None:
        from frontdesk.services.callbacks import LETTER_AFTER_TRIES
        from frontdesk.store import settings
        row = self.model.row(i)
        for w in (self.reached_button, self.missed_button, self.comment):
            w.setEnabled(row is not None)
        self._clear_rating()                    # each owner's rating is asked afresh
        self.call.set_ticket(row["number"] if row else None, row.get("contact_phone") if row else None)
        if row is None:
            self.heading.setText(self.tr("Nothing to call back."))
            self.script.clear()
            self.letter_button.setEnabled(False)
            return
        self.heading.setText(f"{row['number']}  {row.get('unit') or ''}  {row.get('person') or ''}")
        self.script.setPlainText(self.script_text(row, settings.get(self.ctx.db, "centre_name") or "",
                                                  (self.ctx.user or {}).get("display_name", "")))
        from frontdesk.core.states import CALLBACK_FROM
        self.reached_button.setEnabled(row["status_code"] == CALLBACK_FROM)     # reached closes: told first
        self.letter_button.setEnabled(row["callback_attempts"] >= LETTER_AFTER_TRIES)

    def script_text(self, row: dict, centre: str, staff: str) -> str:
        """What the desk says on the phone, filled in for this ticket, in the window's language (the Chinese
        window's is the script spoken to the owner)."""
        from PySide6.QtCore import QDate

        from frontdesk.ui import labels
        received = QDate.fromString((row.get("created_at") or row.get("received_at") or "")[:10], "yyyy-MM-dd")
        text = " ".join((row.get("description") or "").split())
        text = text if len(text) <= 30 else text[:30] + "…"
        return (self.tr("Hello, am I speaking with %1? This is %2 from %3 customer service.\n"
                        "The %4 you reported on %5 (%6: %7) has been dealt with; I am calling to ask how it went.\n"
                        "Are you satisfied with how it was handled: satisfied, basically satisfied or unsatisfied?\n"
                        "(If unsatisfied: what is still wrong? We will arrange the work again at once, and the "
                        "first responder will get back to you.)\n"
                        "Is there anything else we can do for you? Thank you for your support. Goodbye.")
                .replace("%1", row.get("person") or self.tr("the owner"))
                .replace("%2", staff)
                .replace("%3", centre or self.tr("the property service centre"))
                .replace("%4", labels.type_(row.get("type_code") or "").lower())
                .replace("%5", received.toString(self.tr("MMMM d")) if received.isValid() else "")
                .replace("%6", row.get("unit") or labels.place("common"))
                .replace("%7", text))

    def rating(self) -> str | None:
        """The rating chosen for this owner, None before one is chosen."""
        i = self.ratings.checkedId()
        return RATINGS[i] if i >= 0 else None

    def _clear_rating(self) -> None:
        self.ratings.setExclusive(False)
        for b in self.rating_buttons.values():
            b.setChecked(False)
        self.ratings.setExclusive(True)

    def save(self, *, reached: bool) -> dict | None:
        """Record this try; returns what services.callbacks.record returned (None when refused)."""
        from frontdesk.core.errors import Refused
        from frontdesk.services import callbacks
        row = self.current()
        if row is None:
            return None
        if reached and self.rating() is None:
            QMessageBox.information(self, self.tr("Callback"), self.tr("Choose the owner's rating first."))
            self.rating_buttons[RATINGS[0]].setFocus()
            return None
        self._place = self.view.currentIndex().row()
        try:
            res = callbacks.record(self.ctx.db, row["number"], self.ctx.user, reached=reached,
                                   rating=self.rating() if reached else None, comment=self.comment.text())
        except Refused as exc:
            QMessageBox.warning(self, self.tr("Callback"), refusals.describe(exc))
            return None
        t = res["ticket"]
        if not reached:
            self.status.setText(self.tr("%1: not reached (try %2).").replace("%1", t["number"])
                                .replace("%2", str(t["callback_attempts"])))
        elif t["status"] == "reopened":
            self.status.setText(self.tr("%1: unsatisfied, reopened; a note went to the first responder %2.")
                                .replace("%1", t["number"]).replace("%2", t.get("first_responder_name") or ""))
        else:
            self.status.setText(self.tr("%1: callback recorded, ticket closed.").replace("%1", t["number"]))
        self.comment.clear()
        after_write(self.ctx, t)
        self.refresh()
        if res["offer_letter"]:
            self.status.setText(self.status.text() + " " + self.tr("Three tries failed: print the callback letter."))
            self.letter_button.setEnabled(True)
        return res

    def print_letter(self) -> None:
        row = self.current()
        if row is None:
            return
        from frontdesk.ui.print_actions import print_ticket_document
        print_ticket_document(self.ctx, self, row["number"], "callback-letter")
