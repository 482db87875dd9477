"""巡检 Inspections: the rounds of the day (due today, late, done, missed in the last week), entering a returned sheet
by keyboard (Enter on a round, or its number typed or scanned from the sheet's QR code), printing a round's sheet,
the history of a template at a place with a reading's trend, and the month's service-quality scores per area."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QDateEdit, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton, QSplitter,
                               QVBoxLayout, QWidget)

from frontdesk.store.db import local_now  # the desk clock (FRONTDESK_NOW in tests and screenshots)
from frontdesk.core.errors import Refused
from frontdesk.ui.i18n import Retranslating
from frontdesk.ui.widgets.lazy import RefreshWhenShown
from frontdesk.ui.inspections.history import HistoryPanel
from frontdesk.ui.inspections.model import RoundsModel
from frontdesk.ui.inspections.words import COLOURS, state
from frontdesk.ui.widgets import refusals
from frontdesk.ui.widgets.tables import fit_columns, ticket_table

TABLES = {"inspection_rounds", "inspection_results", "tickets", "templates"}


class InspectionsPage(Retranslating, RefreshWhenShown, QWidget):
    """The day's rounds on the left, the chosen round's history on the right."""
    key = "inspections"

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.stale = True
        self._build()
        self._soon = QTimer(self, singleShot=True, interval=200)
        self._soon.timeout.connect(self.refresh_if_shown)
        ctx.changed.connect(lambda change: self._soon.start() if TABLES & set(change.get("tables", ())) else None)
        self.retranslateUi()

    def title(self) -> str:
        return self.tr("Inspections")

    def _build(self) -> None:
        self.day = QDateEdit(QDate(local_now().date()))
        self.day.setObjectName("inspectionDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.dateChanged.connect(lambda _d: self.refresh())
        self.find = QLineEdit()
        self.find.setObjectName("roundNumber")
        self.find.setClearButtonEnabled(True)
        self.find.returnPressed.connect(self.open_number)
        self.enter_button = QPushButton()
        self.enter_button.setObjectName("enterSheet")
        self.enter_button.clicked.connect(self.enter_current)
        self.print_button = QPushButton()
        self.print_button.setObjectName("printSheet")
        self.print_button.clicked.connect(self.print_current)
        self.day_caption = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.day_caption)
        top.addWidget(self.day)
        top.addSpacing(16)
        top.addWidget(self.find, 1)
        top.addWidget(self.enter_button)
        top.addWidget(self.print_button)
        self.counts = QLabel()
        self.counts.setObjectName("inspectionCounts")
        self.counts.setTextFormat(Qt.RichText)
        self.model = RoundsModel(self)
        self.view = ticket_table(self, self.model)
        self.view.setObjectName("rounds")
        self.view.activated.connect(lambda _i: self.enter_current())
        self.view.doubleClicked.connect(lambda _i: self.enter_current())
        self.view.selectionModel().currentRowChanged.connect(lambda cur, _p: self._show_history(cur.row()))
        self.history = HistoryPanel(self.ctx, self)
        split = QSplitter(Qt.Horizontal)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.counts)
        lv.addWidget(self.view, 1)
        split.addWidget(left)
        split.addWidget(self.history)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.scores = QLabel()
        self.scores.setObjectName("areaScores")
        self.scores.setWordWrap(True)
        self.result = QLabel()
        self.result.setObjectName("entryResult")
        self.result.setTextFormat(Qt.RichText)
        self.result.linkActivated.connect(self.ctx.open_ticket.emit)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 12, 12, 8)
        lay.addLayout(top)
        lay.addWidget(split, 1)
        lay.addWidget(self.result)
        lay.addWidget(self.scores)
        QShortcut(QKeySequence("Ctrl+P"), self, activated=self.print_current, context=Qt.WidgetWithChildrenShortcut)

    def retranslateUi(self) -> None:
        self.day_caption.setText(self.tr("Rounds of"))
        self.find.setPlaceholderText(self.tr("Round number from the sheet (type or scan), Enter"))
        self.enter_button.setText(self.tr("Enter sheet (Enter)"))
        self.print_button.setText(self.tr("Print sheet (Ctrl+P)"))
        self.history.retranslate()
        self.refresh_if_shown()

    # ---- data -------------------------------------------------------------------------------------
    def selected_day(self) -> dt.date:
        return self.day.date().toPython()

    def refresh(self) -> None:
        """The day's rounds, their counts, and the month's scores per area."""
        from frontdesk.store import inspection_history, inspections
        self.stale = False
        current = self.model.row(self.view.currentIndex().row())
        rows = inspections.due(self.ctx.db, self.selected_day())
        self.model.set_rows(rows)
        fit_columns(self.view, cap=self.fontMetrics().horizontalAdvance("物业服务巡检评分") + 14)
        counts = {k: sum(1 for r in rows if r["state"] == k) for k in ("due", "late", "missed", "done")}
        self.counts.setText("　".join(f"<span style='color:{COLOURS[k]}; font-weight:bold'>{state(k)} {n}</span>"
                                     for k, n in counts.items()) + "　<span style='color:#757575'>"
                            + self.tr("(missed: in the last 7 days)") + "</span>")
        self._select(current)
        month = self.selected_day().strftime("%Y-%m")
        scores = inspection_history.area_scores(self.ctx.db, month, months=4)
        parts = []
        for area, values in scores["areas"].items():
            known = [(m, v) for m, v in zip(scores["months"], values) if v is not None]
            if not known:
                continue
            (m, now), before = known[-1], (known[-2][1] if len(known) > 1 else None)
            trend = "" if before is None else ("↑" if now > before else ("↓" if now < before else "→"))
            parts.append(f"{area} {now:g}{trend}" + (f"（{int(m[5:])}月）" if m != month else ""))
        self.scores.setText(self.tr("Service quality by area (score / 100, against the month before): %1").replace(
            "%1", "　".join(parts) if parts else self.tr("no score sheets yet")))

    def _select(self, previous: dict | None) -> None:
        row = 0
        if previous:
            for i, r in enumerate(self.model.rows):
                if (r["template"], r["place"], r["period"]) == (previous["template"], previous["place"],
                                                                previous["period"]):
                    row = i
        if self.model.rowCount():
            self.view.selectRow(row)
            self._show_history(row)

    def _show_history(self, row: int) -> None:
        r = self.model.row(row)
        if r:
            self.history.show_for(r["template"], r["place"])

    # ---- actions ----------------------------------------------------------------------------------
    def enter_current(self) -> None:
        r = self.model.row(self.view.currentIndex().row())
        if r:
            self.enter(r["template"], r["place"], r["period"])

    def enter(self, template: str, place: str, period: str | None):
        """Open the entry dialog for one round (window-modal); once saved, say what was saved and which tickets
        it opened."""
        from frontdesk.ui.inspections.entry import EntryDialog
        try:
            dialog = EntryDialog(self.ctx, template, place, period=period, parent=self)
        except Refused as exc:
            self.result.setText(refusals.describe(exc))
            return None
        self.last_dialog = dialog
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._saved(dialog.outcome))
        dialog.finished.connect(lambda _r: self.view.setFocus())
        dialog.open()
        return dialog

    def _saved(self, outcome: dict | None) -> None:
        if outcome:
            self.show_outcome(outcome)
            self.refresh()

    def show_outcome(self, outcome: dict) -> None:
        r = outcome["round"]
        links = "、".join(f"<a href='{n}'>{n}</a>" for n in outcome["opened"])
        text = self.tr("%1 saved: %2 finding(s).").replace("%1", r["number"]).replace("%2", str(r["findings"]))
        if links:
            text += " " + self.tr("Repair tickets opened: %1").replace("%1", links)
        self.result.setText(text)

    def open_number(self) -> None:
        """The number on the sheet (typed, or scanned: a scanner types it and presses Enter); Enter with the box
        empty enters the chosen round's sheet, as the button beside it says (录入巡检单 (Enter))."""
        from frontdesk.store import inspections
        if not self.find.text().strip():
            self.enter_current()
            return
        try:
            r = inspections.get_round(self.ctx.db, self.find.text())
        except Refused as exc:
            self.result.setText(refusals.describe(exc))
            return
        self.find.clear()
        self.enter(r["template"], r["place"], r["period"])

    def print_current(self) -> None:
        r = self.model.row(self.view.currentIndex().row())
        if not r:
            return
        from frontdesk.services.inspection_sheet import prepare_round_sheet
        from frontdesk.ui.print_actions import preview
        try:
            prepared = prepare_round_sheet(self.ctx.db, self.ctx.user, r["template"], r["place"], period=r["period"])
        except Refused as exc:
            QMessageBox.warning(self, self.tr("Print sheet"), refusals.describe(exc))
            return
        self.ctx.notify(tables={"inspection_rounds"})
        preview(self.ctx, self, prepared)


Page = InspectionsPage
