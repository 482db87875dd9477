"""`frontdesk hq view`: the group report in a window — the ranked table of centres with the group's line,
bar charts of the judged measures, and a drill-down from a centre to its month's tickets.

It shows what frontdesk.hq.report.group_report returns (the same figures as `hq report`); the report is
computed off the GUI thread with its own connection (frontdesk.ui.jobs)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QMainWindow, QPushButton, QSplitter, QVBoxLayout, QWidget)

from frontdesk.core.model import TYPES
from frontdesk.core.reports import month_key, shift_month
from frontdesk.hq.figures import cell
from frontdesk.ui import labels
from frontdesk.ui.i18n import Retranslating
from frontdesk.ui.reports.table_model import RowsModel
from frontdesk.ui.widgets.tables import fit_columns, ticket_table
from frontdesk.ui.widgets.tabs import tab_widget

CTX = "HqView"
RED, GREEN = QColor(190, 40, 30), QColor(30, 120, 50)

#: The window's columns: (key in a report row, English header translated in context HqView, kind).
COLUMNS = (
    ("rank", QT_TRANSLATE_NOOP("HqView", "Rank"), "int"),
    ("centre", QT_TRANSLATE_NOOP("HqView", "Centre"), "text"),
    ("intake", QT_TRANSLATE_NOOP("HqView", "Intakes"), "int"),
    *((f"intake_{t}", t, "type") for t in TYPES),
    ("intake_change", QT_TRANSLATE_NOOP("HqView", "Intakes vs last month"), "signed"),
    ("timeliness", QT_TRANSLATE_NOOP("HqView", "Timely (month)"), "pct"),
    ("timeliness_change", QT_TRANSLATE_NOOP("HqView", "Change (points)"), "pp"),
    ("timeliness_ytd", QT_TRANSLATE_NOOP("HqView", "Timely (year to date)"), "pct"),
    ("satisfaction", QT_TRANSLATE_NOOP("HqView", "Callback satisfaction"), "pct"),
    ("satisfaction_change", QT_TRANSLATE_NOOP("HqView", "Change (points)"), "pp"),
    ("repeats", QT_TRANSLATE_NOOP("HqView", "Repeat complaints"), "int"),
    ("late_repair", QT_TRANSLATE_NOOP("HqView", "Complaints from late repair"), "pct"),
    ("late_repair_change", QT_TRANSLATE_NOOP("HqView", "Change (points)"), "pp"),
    ("survey_index", QT_TRANSLATE_NOOP("HqView", "Survey index"), "index"),
    ("targets_met", QT_TRANSLATE_NOOP("HqView", "Targets met"), "met"),
)
#: Words the models look up by text (translated in context HqView).
WORDS = (QT_TRANSLATE_NOOP("HqView", "Group total"), QT_TRANSLATE_NOOP("HqView", "Target met"),
         QT_TRANSLATE_NOOP("HqView", "Target missed"))
JUDGED = ("timeliness", "timeliness_ytd", "satisfaction", "late_repair")

TICKET_COLUMNS = (
    ("number", QT_TRANSLATE_NOOP("HqView", "Number")), ("received_at", QT_TRANSLATE_NOOP("HqView", "Received")),
    ("type", QT_TRANSLATE_NOOP("HqView", "Type")), ("category", QT_TRANSLATE_NOOP("HqView", "Category")),
    ("unit", QT_TRANSLATE_NOOP("HqView", "Unit")), ("status", QT_TRANSLATE_NOOP("HqView", "Status")),
    ("due_at", QT_TRANSLATE_NOOP("HqView", "Due")), ("met_at", QT_TRANSLATE_NOOP("HqView", "Met at")),
    ("satisfaction", QT_TRANSLATE_NOOP("HqView", "Rating")),
    ("description", QT_TRANSLATE_NOOP("HqView", "Description")),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


class CentresModel(RowsModel):
    """The ranked centres and, last, the group's line; missed targets red, met ones green."""

    def __init__(self, parent=None):
        super().__init__(COLUMNS, parent)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role != Qt.DisplayRole or orientation != Qt.Horizontal:
            return None
        key, text, kind = COLUMNS[section]
        return labels.type_(text) if kind == "type" else _tr(text)

    def text(self, row: dict, col: int) -> str:
        key, _, kind = COLUMNS[col]
        value = row.get(key)
        if kind == "type":
            kind = "int"
        if kind == "met":
            return f"{value}/4"
        if key == "centre" and row.get("rank") is None:
            return _tr("Group total")
        if kind in ("text", "int"):
            return "" if value is None else str(value)
        return cell(kind, value)

    def column_texts(self, col: int) -> list[str]:
        return [self.text(r, col) for r in self.rows[:40]]

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        row, (key, _, kind) = self.rows[index.row()], COLUMNS[index.column()]
        if role == Qt.DisplayRole:
            return self.text(row, index.column())
        if role == Qt.ForegroundRole and key in JUDGED and row.get(f"{key}_met") is not None:
            return QBrush(GREEN if row[f"{key}_met"] else RED)
        if role == Qt.FontRole and row.get("rank") is None:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.TextAlignmentRole and kind != "text":
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.ToolTipRole and key in JUDGED and row.get(f"{key}_met") is not None:
            return _tr("Target met") if row[f"{key}_met"] else _tr("Target missed")
        return None


class TicketsModel(RowsModel):
    """One centre's tickets received in the month (the drill-down)."""

    def __init__(self, parent=None):
        super().__init__(TICKET_COLUMNS, parent)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return _tr(TICKET_COLUMNS[section][1])
        return None

    def text(self, row: dict, col: int) -> str:
        key = TICKET_COLUMNS[col][0]
        value = row.get(key)
        if value is None:
            return ""
        if key == "type":
            return labels.type_(value)
        if key == "status":
            return labels.state(value)
        if key == "satisfaction":
            return labels.rating(value)
        if key.endswith("_at"):
            return value[:16].replace("T", " ")
        return str(value)

    def column_texts(self, col: int) -> list[str]:
        return [self.text(r, col) for r in self.rows[:40]]

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.DisplayRole:
            return self.text(row, index.column())
        if role == Qt.ForegroundRole and TICKET_COLUMNS[index.column()][0] == "met_at":
            late = row.get("met_at") is None or row["met_at"] > row["due_at"]
            return QBrush(RED) if late else None
        return None


class BarChart(QWidget):
    """Bars with their values above them and a dashed target line; rates are 0..1 and drawn as percent."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.title, self.names, self.values, self.target, self.percent = "", [], [], None, True
        self.setMinimumHeight(190)

    def set_data(self, title: str, names: list[str], values: list, target: float | None, percent: bool) -> None:
        self.title, self.names, self.values, self.target, self.percent = title, names, values, target, percent
        self.update()

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        w, h = self.width(), self.height()
        fm = p.fontMetrics()
        p.drawText(QRectF(0, 2, w, fm.height()), int(Qt.AlignHCenter), self.title)
        left, top, bottom = 36, fm.height() + 14, h - fm.height() - 8
        if self.percent:
            span = 1.0
        else:                                            # whole, round steps: 0, 50, 100 … not 0, 37, 73
            from frontdesk.core.axis import nice_step
            step = nice_step(max([v or 0 for v in self.values] + [1]) * 1.15 / 4)
            span = step * 4
        plot_h = max(bottom - top, 10)
        p.setPen(QPen(QColor(200, 200, 200)))
        for k in range(5):
            y = bottom - plot_h * k / 4
            p.drawLine(left, int(y), w - 8, int(y))
            label = f"{span * k / 4 * 100:.0f}%" if self.percent else f"{span * k / 4:.0f}"
            p.setPen(QPen(self.palette().text().color()))
            p.drawText(QRectF(0, y - fm.height() / 2, left - 4, fm.height()), int(Qt.AlignRight), label)
            p.setPen(QPen(QColor(200, 200, 200)))
        n = max(len(self.values), 1)
        slot = (w - left - 8) / n
        for i, (name, v) in enumerate(zip(self.names, self.values)):
            x = left + i * slot + slot * 0.15
            bar_h = plot_h * min((v or 0) / span, 1.0)
            missed = self.target is not None and v is not None and v < self.target
            p.fillRect(QRectF(x, bottom - bar_h, slot * 0.7, bar_h), RED if missed else QColor(64, 115, 180))
            p.setPen(QPen(self.palette().text().color()))
            text = "—" if v is None else (f"{v * 100:.1f}" if self.percent else str(v))
            p.drawText(QRectF(x - 10, bottom - bar_h - fm.height() - 1, slot * 0.7 + 20, fm.height()),
                       int(Qt.AlignHCenter), text)
            p.drawText(QRectF(left + i * slot, bottom + 2, slot, fm.height()), int(Qt.AlignHCenter),
                       fm.elidedText(name, Qt.ElideRight, int(slot) - 2))
        if self.target is not None:
            y = bottom - plot_h * self.target / span
            p.setPen(QPen(GREEN, 1.5, Qt.DashLine))
            p.drawLine(left, int(y), w - 8, int(y))
        p.end()


def compute(_db, abort, report, target: str, month: str):
    """The group report of `month` (runs in a worker with its own connection)."""
    from frontdesk.hq.centres import open_hq
    from frontdesk.hq.report import group_report
    report(0.1, "")
    with open_hq(target) as hq:
        return group_report(hq, month)


def last_month(today: dt.date | None = None) -> str:
    today = today or dt.date.today()
    return shift_month(month_key(today.year, today.month), -1)


class HqWindow(Retranslating, QMainWindow):
    """The group report of one month; Enter or a double click on a centre lists its tickets of the month."""

    def __init__(self, target: str, month: str | None = None):
        super().__init__()
        self.target, self.month, self.report, self._conn, self.job = target, month or last_month(), None, None, None
        self.month_label, self.months, self.refresh = QLabel(), QComboBox(), QPushButton()
        start = last_month()
        for k in range(0, 25):
            self.months.addItem(shift_month(start, -k))
        if self.months.findText(self.month) < 0:
            self.months.insertItem(0, self.month)
        self.months.setCurrentText(self.month)
        self.months.currentTextChanged.connect(self.set_month)
        self.refresh.clicked.connect(self.load)
        bar = QHBoxLayout()
        bar.addWidget(self.month_label)
        bar.addWidget(self.months)
        bar.addWidget(self.refresh)
        bar.addStretch(1)
        self.summary = QLabel()
        bar.addWidget(self.summary)
        self.centres_model, self.tickets_model = CentresModel(self), TicketsModel(self)
        self.centres = ticket_table(self, self.centres_model)
        self.centres.activated.connect(self.drill)
        self.centres.doubleClicked.connect(self.drill)
        self.charts = QWidget()
        charts = QHBoxLayout(self.charts)
        self.timeliness_chart, self.satisfaction_chart, self.intake_chart = BarChart(), BarChart(), BarChart()
        for c in (self.timeliness_chart, self.satisfaction_chart, self.intake_chart):
            charts.addWidget(c)
        self.tickets_page = QWidget()
        tp = QVBoxLayout(self.tickets_page)
        self.tickets_title = QLabel()
        self.tickets = ticket_table(self, self.tickets_model)
        tp.addWidget(self.tickets_title)
        tp.addWidget(self.tickets)
        self.tabs = tab_widget()
        self.tabs.addTab(self.charts, "")
        self.tabs.addTab(self.tickets_page, "")
        split = QSplitter(Qt.Vertical)
        split.addWidget(self.centres)
        split.addWidget(self.tabs)
        split.setSizes([300, 300])
        body = QWidget()
        lay = QVBoxLayout(body)
        lay.addLayout(bar)
        lay.addWidget(split)
        self.setCentralWidget(body)
        self.resize(1280, 760)
        self.drilled: dict | None = None
        self.retranslateUi()
        self.load()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Head office — group report"))
        self.month_label.setText(self.tr("Month:"))
        self.refresh.setText(self.tr("Refresh"))
        self.tabs.setTabText(0, self.tr("Charts"))
        self.tabs.setTabText(1, self.tr("Tickets of a centre"))
        self.centres_model.headerDataChanged.emit(Qt.Horizontal, 0, len(COLUMNS) - 1)
        self.tickets_model.headerDataChanged.emit(Qt.Horizontal, 0, len(TICKET_COLUMNS) - 1)
        self._show_summary()
        self._show_charts()
        self._show_tickets_title()

    def set_month(self, month: str) -> None:
        if month and month != self.month:
            self.month = month
            self.load()

    def load(self) -> None:
        """Compute the month's report off the GUI thread."""
        from frontdesk.ui.jobs import Job
        from frontdesk.ui.widgets import refusals
        self.job = Job(self, None, self.tr("Computing the group report…"), compute, self.target, self.month)
        self.job.done.connect(self.show_report)
        self.job.error.connect(lambda exc: self.summary.setText(refusals.describe(exc)))
        self.job.start()

    def show_report(self, report: dict) -> None:
        from frontdesk.hq.output import rows_of
        self.report = report
        self.centres_model.set_rows(rows_of(report))
        fit_columns(self.centres)
        self._show_summary()
        self._show_charts()
        self.tickets_model.set_rows([])
        self.drilled = None
        self._show_tickets_title()

    def _show_summary(self) -> None:
        if self.report:
            group = self.report["group"]["row"]
            self.summary.setText(self.tr("Centres: %1; intakes in the group: %2")
                                 .replace("%1", str(len(self.report["centres"]))).replace("%2", str(group["intake"])))

    def _show_charts(self) -> None:
        if not self.report:
            return
        centres = self.report["centres"][:25]
        names = [c["name"] for c in centres]
        t = self.report["targets"]
        self.timeliness_chart.set_data(self.tr("Timely completion (month), target 60%"), names,
                                       [c["row"]["timeliness"] for c in centres], t["timeliness"], True)
        self.satisfaction_chart.set_data(self.tr("Callback satisfaction, target 85%"), names,
                                         [c["row"]["satisfaction"] for c in centres], t["satisfaction"], True)
        self.intake_chart.set_data(self.tr("Intakes"), names, [c["row"]["intake"] for c in centres], None, False)

    def _show_tickets_title(self) -> None:
        if self.drilled:
            self.tickets_title.setText(self.tr("%1 — tickets received in %2: %3").replace("%1", self.drilled["name"])
                                       .replace("%2", self.month).replace("%3", str(len(self.tickets_model.rows))))
        else:
            self.tickets_title.setText(self.tr("Double-click a centre to list its tickets of the month."))

    def _hq(self):
        """A connection for short reads on the GUI thread (one centre's month of tickets)."""
        if self._conn is None:
            from frontdesk.hq.centres import open_hq
            self._conn = open_hq(self.target)
        return self._conn

    def drill(self, index) -> None:
        """List the chosen centre's tickets of the month (the group's line has none of its own)."""
        if not self.report or not index.isValid() or index.row() >= len(self.report["centres"]):
            return
        from frontdesk.hq.report import month_tickets
        centre = self.report["centres"][index.row()]
        self.drilled = {"centre_id": centre["centre_id"], "name": centre["name"]}
        self.tickets_model.set_rows(month_tickets(self._hq(), centre["centre_id"], self.month))
        fit_columns(self.tickets)
        self._show_tickets_title()
        self.tabs.setCurrentWidget(self.tickets_page)

    def closeEvent(self, event) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        super().closeEvent(event)


def run(target: str, month: str | None = None) -> int:
    """Open the window on head office's database (Chinese, the program's default language)."""
    from frontdesk.ui import i18n
    from frontdesk.ui.app import make_app
    app = make_app()
    i18n.install(app, i18n.DEFAULT)
    window = HqWindow(target, month)
    window.show()
    return app.exec()
