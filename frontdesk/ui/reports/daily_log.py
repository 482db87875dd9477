"""The daily log tab (来电来访登记台账): pick a day, read every intake of that day, export CSV/XLSX/PDF."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QDateEdit, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView,
                               QVBoxLayout, QWidget)

from frontdesk.store.db import local_now  # the desk clock (FRONTDESK_NOW in tests and screenshots)
from frontdesk.core.model import TYPES
from frontdesk.core.reports import DAILY_COLUMNS
from frontdesk.ui.i18n import Retranslating
from frontdesk.ui.widgets import file_dialogs

from .table_model import RowsModel


def export_job(db, abort, report, day: dt.date, fmt: str, path: str, actor: dict) -> dict:
    """Off the GUI thread: the same export the CLI runs."""
    from frontdesk.services.reports import export_daily_log
    return export_daily_log(db, day, fmt, path, actor, report=report)


class DailyLogTab(Retranslating, QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.date = QDateEdit(QDate(local_now().date()))
        self.date.setObjectName("dailyDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.dateChanged.connect(lambda _d: self.refresh())
        self.summary = QLabel()
        self.summary.setObjectName("dailySummary")
        self.buttons = {}
        top = QHBoxLayout()
        self.date_label = QLabel()
        top.addWidget(self.date_label)
        top.addWidget(self.date)
        top.addWidget(self.summary, 1)
        for fmt in ("csv", "xlsx", "pdf"):
            b = QPushButton()
            b.setObjectName(f"export_{fmt}")
            b.clicked.connect(lambda _c=False, f=fmt: self.export(f))
            self.buttons[fmt] = b
            top.addWidget(b)
        self.model = RowsModel([(k, zh) for k, zh, _ in DAILY_COLUMNS], self)
        self.view = QTableView()
        self.view.setObjectName("dailyTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectRows)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        self.view.doubleClicked.connect(self._open)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.view, 1)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.date_label.setText(self.tr("Day:"))
        self.buttons["csv"].setText(self.tr("Export CSV"))
        self.buttons["xlsx"].setText(self.tr("Export XLSX"))
        self.buttons["pdf"].setText(self.tr("Export PDF"))
        headers = {"number": self.tr("Number"), "time": self.tr("Time"), "channel": self.tr("Channel"),
                   "type": self.tr("Type"), "category": self.tr("Category"), "unit": self.tr("Unit"),
                   "person": self.tr("Person"), "phone": self.tr("Phone"), "description": self.tr("Description"),
                   "first_responder": self.tr("First responder"), "handler": self.tr("Handler"),
                   "status": self.tr("Status"), "due": self.tr("Deadline"), "done": self.tr("Done"),
                   "satisfaction": self.tr("Satisfaction")}
        self.model.set_headers([(k, headers[k]) for k, _, _ in DAILY_COLUMNS])
        self._show_summary()

    def day(self) -> dt.date:
        d = self.date.date()
        return dt.date(d.year(), d.month(), d.day())

    def refresh(self) -> None:
        from frontdesk.store.reports import daily_log
        from frontdesk.ui import labels
        rows = []
        for r in daily_log(self.ctx.db, self.day()):      # the same rows as the export, codes in the window's language
            c = r["codes"]
            rows.append({**r, "channel": labels.channel(c["channel"]), "type": labels.type_(c["type"]),
                         "category": labels.category(r["category"]),
                         "status": labels.state(c["status"]),
                         "satisfaction": labels.rating(c["satisfaction"]) if c["satisfaction"] else ""})
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        self.view.setColumnWidth(8, min(max(self.view.columnWidth(8), 200), 360))
        self._show_summary()

    def _show_summary(self) -> None:
        from frontdesk.ui import labels
        per: dict[str, int] = {}
        for r in self.model.rows:
            per[r["codes"]["type"]] = per.get(r["codes"]["type"], 0) + 1
        s = {"total": len(self.model.rows)}
        parts = self.tr(", ").join(f"{labels.type_(t)} {per[t]}" for t in TYPES if t in per)
        shown = self.tr("(%1)").replace("%1", parts) if parts else ""       # Chinese: full-width （投诉 1，咨询 1）
        self.summary.setText(self.tr("%n intake(s)", "", s["total"]) + ("  " + shown if shown else ""))

    def _open(self, index) -> None:
        row = self.model.row(index.row())
        if row:
            self.ctx.open_ticket.emit(row["number"])

    def export(self, fmt: str, path: str | None = None):
        """Ask where (unless `path` is given), then export off the GUI thread; returns the job."""
        from frontdesk.ui.jobs import run_job
        day = self.day()
        if path is None:
            filters = {"csv": "CSV (*.csv)", "xlsx": "Excel (*.xlsx)", "pdf": "PDF (*.pdf)"}
            path, _ = file_dialogs.get_save_file_name(self, self.tr("Export the daily log"),
                                                  f"来电来访登记台账-{day.isoformat()}.{fmt}", filters[fmt])
            if not path:
                return None
        return run_job(self, self.ctx, self.tr("Exporting the daily log"), export_job, day, fmt, path, self.ctx.user,
                       on_done=lambda res: self.summary.setText(
                           self.tr("Exported %1 rows to %2").replace("%1", str(res["rows"])).replace("%2", res["path"])))
