"""The monthly analysis tab (月度分析): pick a month; the measures against their targets with the change on
last month, counts, hot issues, and twelve-month charts, all from store.reports.monthly_analysis (the same
function the PDF and the CLI print); export the PDF."""
from __future__ import annotations

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QDateEdit, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QScrollArea, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from frontdesk.store.db import local_now  # the desk clock (FRONTDESK_NOW in tests and screenshots)
from frontdesk.core.reports import pct
from frontdesk.ui import labels
from frontdesk.ui.i18n import Retranslating
from frontdesk.ui.widgets import file_dialogs

from .charts import BLUE, BROWN, GREEN, RED, BarChart, LineChart

DASH = "—"          # no figure: the same dash as core.reports.pct(None) prints


def analysis_job(db, abort, report, month: str) -> dict:
    """Off the GUI thread: the figures of `month`."""
    from frontdesk.store.reports import monthly_analysis
    return monthly_analysis(db, month)


def export_job(db, abort, report, month: str, path: str, actor: dict) -> dict:
    from frontdesk.services.reports import export_monthly
    res = export_monthly(db, month, path, actor, report=report)
    return {"path": res["path"]}


def _table(name: str, rows: int = 0, cols: int = 0) -> QTableWidget:
    t = QTableWidget(rows, cols)
    t.setObjectName(name)
    t.setEditTriggers(QTableWidget.NoEditTriggers)
    t.verticalHeader().setVisible(False)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
    return t


def _fill(t: QTableWidget, headers: list[str], rows: list[list[str]], colours: dict | None = None,
          stretch: int | None = None) -> None:
    """Fill a small result table; columns share the width, or only column `stretch` takes what is left."""
    t.clear()
    t.setColumnCount(len(headers))
    t.setRowCount(len(rows))
    t.setHorizontalHeaderLabels(headers)
    head = t.horizontalHeader()
    for c in range(len(headers)):
        if stretch is None:
            head.setSectionResizeMode(c, QHeaderView.ResizeToContents if c == 0 else QHeaderView.Stretch)
        else:
            head.setSectionResizeMode(c, QHeaderView.Stretch if c == stretch else QHeaderView.ResizeToContents)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem(str(value))
            item.setTextAlignment(Qt.AlignCenter if c else Qt.AlignLeft | Qt.AlignVCenter)
            if colours and (r, c) in colours:
                item.setForeground(colours[(r, c)])
            t.setItem(r, c, item)
    t.resizeRowsToContents()
    header = t.horizontalHeader().sizeHint().height()
    t.setFixedHeight(header + sum(t.rowHeight(i) for i in range(len(rows))) + 2 * t.frameWidth() + 2)


class MonthlyTab(Retranslating, QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.figures: dict | None = None
        self._job = None
        last = QDate(local_now().date()).addMonths(-1)
        self.month = QDateEdit(last)
        self.month.setObjectName("monthPicker")
        self.month.setDisplayFormat("yyyy-MM")
        self._later = QTimer(self)                 # a picked month is shown without pressing Show (debounced)
        self._later.setSingleShot(True)
        self._later.setInterval(400)
        self._later.timeout.connect(self.refresh)
        self.month.dateChanged.connect(lambda _d: self._later.start())
        self.show_button = QPushButton()
        self.show_button.setObjectName("monthlyShow")
        self.show_button.clicked.connect(self.compute)
        self.pdf_button = QPushButton()
        self.pdf_button.setObjectName("monthlyPdf")
        self.pdf_button.clicked.connect(lambda: self.export())
        self.month_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.month_label)
        top.addWidget(self.month)
        top.addWidget(self.show_button)
        top.addStretch(1)
        top.addWidget(self.pdf_button)
        self.heading = QLabel()
        self.heading.setObjectName("monthlyHeading")
        self.measures = _table("monthlyMeasures")
        self.by_type = _table("monthlyTimeliness")
        self.hot = _table("monthlyHot")
        self.charts = {k: BarChart() for k in ("types", "channels", "buildings", "intake")}
        self.charts["rates"] = LineChart()
        self.charts["complaints"] = LineChart()
        for k, c in self.charts.items():
            c.setObjectName(f"chart_{k}")
        self.definitions = QLabel()
        self.definitions.setWordWrap(True)
        self.definitions.setObjectName("hintLabel")
        body = QWidget()
        grid = QGridLayout(body)
        grid.addWidget(self.heading, 0, 0, 1, 2)
        grid.addWidget(self.measures, 1, 0, 1, 2, Qt.AlignTop)
        grid.addWidget(self.by_type, 2, 0, Qt.AlignTop)
        grid.addWidget(self.charts["types"], 2, 1)
        grid.addWidget(self.charts["rates"], 3, 0)
        grid.addWidget(self.charts["complaints"], 3, 1)
        grid.addWidget(self.charts["intake"], 4, 0)
        grid.addWidget(self.charts["channels"], 4, 1)
        grid.addWidget(self.hot, 5, 0, Qt.AlignTop)
        grid.addWidget(self.charts["buildings"], 5, 1)
        self.inspections = QLabel()                        # 巡检 completion (issue 12)
        self.inspections.setWordWrap(True)
        self.inspections.setObjectName("monthlyInspections")
        grid.addWidget(self.inspections, 6, 0, 1, 2)
        grid.addWidget(self.definitions, 7, 0, 1, 2)
        for r in (2, 3, 4, 5):
            grid.setRowMinimumHeight(r, 250)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(scroll, 1)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.month_label.setText(self.tr("Month:"))
        self.show_button.setText(self.tr("Show"))
        self.pdf_button.setText(self.tr("Export PDF"))
        if self.figures:
            self.show_figures(self.figures)
        else:
            self.heading.setText(self.tr("Pick a month and press Show."))

    def month_key(self) -> str:
        d = self.month.date()
        return f"{d.year():04d}-{d.month():02d}"

    def refresh(self) -> None:
        """Compute the picked month's figures (off the GUI thread: it reads a year of tickets)."""
        if self._job is None or not self._job.thread.isRunning():
            self._job = self.compute()

    def compute(self):
        from frontdesk.ui.jobs import run_job
        return run_job(self, self.ctx, self.tr("Computing the monthly analysis"), analysis_job, self.month_key(),
                       on_done=self.show_figures)

    def show_figures(self, f: dict) -> None:
        if f.get("month") != self.month_key() and not self._later.isActive():
            QTimer.singleShot(0, self.refresh)     # the month was changed while this one was computed
        self.figures = f
        y, m = f["month"].split("-")
        self.heading.setText(self.tr("Monthly analysis %1: %2 intakes").replace("%1", f"{y}-{m}")
                             .replace("%2", str(f["intake"]["total"])))
        self._fill_measures(f)
        t = f["timeliness"]
        _fill(self.by_type, [self.tr("Type"), self.tr("Due this month"), self.tr("Met in time"), self.tr("Rate")],
              [[self._type(r["type"]), r["due"], r["met"], pct(r["rate"])] for r in t["by_type"]]
              + [[self.tr("All"), t["due"], t["met"], pct(t["rate"])]])
        _fill(self.hot, [self.tr("Rank"), self.tr("Type"), self.tr("Category"), self.tr("Count"), self.tr("Keywords")],
              [[h["rank"], self._type(h["type"]), labels.category(h["category"]), h["count"],
                "、".join(f"{w}({n})" for w, n in h["keywords"])] for h in f["hot_issues"]], stretch=4)
        i = f["intake"]
        self.charts["types"].set_data(self.tr("Intake by type"), [self._type(t) for t, _, _ in i["by_type"]],
                                      [n for _, _, n in i["by_type"]])
        self.charts["channels"].set_data(self.tr("Intake by channel"), [self._channel(c) for c, _, _ in i["by_channel"]],
                                         [n for _, _, n in i["by_channel"]])
        buildings = [self.tr("Bldg %1").replace("%1", str(b)) if b is not None else DASH
                     for b, _ in i["by_building"][:15]]
        self.charts["buildings"].set_data(self.tr("Intake by building"), buildings,
                                          [n for _, n in i["by_building"][:15]])
        trend = f["trend"]
        months = [r["month"][2:].replace("-", ".") for r in trend]
        self.charts["intake"].set_data(self.tr("Intake per month"), months, [r["intake"] for r in trend])
        self.charts["rates"].set_data(
            self.tr("Repair timeliness and satisfaction (%)"), months,
            [(self.tr("Repair timeliness"), [r["repair_timeliness"] for r in trend], BLUE),
             (self.tr("Callback satisfaction"), [r["satisfaction"] for r in trend], GREEN)],
            [(self.tr("year target 80%"), f["targets"]["timeliness_ytd"], BLUE),
             (self.tr("target 85%"), f["targets"]["satisfaction"], GREEN)])
        self.charts["complaints"].set_data(
            self.tr("Complaints (%)"), months,
            [(self.tr("Caused by late repair"), [r["late_repair"] for r in trend], RED),
             (self.tr("Repeat complaints"), [r["repeat"] for r in trend], BROWN)],
            [(self.tr("limit 5%"), f["targets"]["late_repair_complaints"], RED)])
        from frontdesk.ui.inspections.hooks import completion_text
        self.inspections.setText(completion_text(f.get("inspections")))
        self.definitions.setText("\n".join(f["definitions"].values()))

    def _fill_measures(self, f: dict) -> None:
        t, s, late, rep = f["repair_timeliness"], f["satisfaction"], f["late_repair"], f["repeat"]
        ytd = f["repair_timeliness_ytd"]                # the 60 % / 80 % targets are the repairs'

        def verdict(ok):
            return DASH if ok is None else (self.tr("met") if ok else self.tr("missed"))

        rows = [
            [self.tr("Repair timely completion rate"), f"{pct(t['rate'])} ({t['met']}/{t['due']})", pct(t["previous"]),
             self._pp(t["change"]), f"≥ {pct(t['target'], 0)}", verdict(t["meets_target"])],
            [self.tr("Repair timely completion since January"), f"{pct(ytd['rate'])} ({ytd['met']}/{ytd['due']})",
             pct(ytd["previous"]), self._pp(ytd["change"]), f"≥ {pct(ytd['target'], 0)}", verdict(ytd["meets_target"])],
            [self.tr("Callback satisfaction rate"), f"{pct(s['rate'])} ({s['satisfied'] + s['basic']}/{s['reached']})",
             pct(s["previous"]), self._pp(s["change"]), f"≥ {pct(s['target'], 0)}",
             verdict(s["meets_target"])],
            [self.tr("Complaints caused by late repair"), f"{pct(late['share'])} ({late['caused']}/{late['complaints']})",
             pct(late["previous"]), self._pp(late["change"]), f"≤ {pct(late['target'], 0)}",
             verdict(late["meets_target"])],
            [self.tr("Repeat complaints"), f"{pct(rep['share'])} ({rep['repeats']}/{rep['complaints']})",
             pct(rep["previous"]), self._pp(rep["change"]), DASH, DASH],
        ]
        colours = {}
        for r, ok in enumerate((t["meets_target"], ytd["meets_target"], s["meets_target"], late["meets_target"])):
            if ok is not None:
                colours[(r, 5)] = QColor("#1e8449") if ok else QColor("#c0392b")
        _fill(self.measures, [self.tr("Measure"), self.tr("This month"), self.tr("Last month"), self.tr("Change"),
                              self.tr("Target"), self.tr("Verdict")], rows, colours)

    def _pp(self, value: float | None) -> str:
        """A change of a rate in percentage points."""
        return DASH if value is None else self.tr("%1 pp").replace("%1", f"{value * 100:+.1f}")

    def _type(self, code: str) -> str:
        from frontdesk.ui import labels
        return labels.type_(code)

    def _channel(self, code: str) -> str:
        from frontdesk.ui import labels
        return labels.channel(code)

    def export(self, path: str | None = None):
        from frontdesk.ui.jobs import run_job
        month = self.month_key()
        if path is None:
            path, _ = file_dialogs.get_save_file_name(self, self.tr("Export the monthly analysis"),
                                                  f"月度分析报告-{month}.pdf", "PDF (*.pdf)")
            if not path:
                return None
        return run_job(self, self.ctx, self.tr("Writing the monthly analysis"), export_job, month, path,
                       self.ctx.user, on_done=lambda res: self.heading.setText(
                           self.tr("Saved %1").replace("%1", res["path"])))
