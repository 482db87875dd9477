"""The annual survey tab (满意度调查): create the year's survey, enter returned forms by keyboard (unit,
ten digits 1–5, comment; Enter moves on and, on the comment, saves and clears for the next form), and the
results per element, index and satisfied share by property type and building beside last year's."""
from __future__ import annotations


from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox,
                               QPushButton, QSpinBox, QVBoxLayout, QWidget)

from frontdesk.store.db import local_now  # the desk clock (FRONTDESK_NOW in tests and screenshots)
from frontdesk.core.reports import pct
from frontdesk.ui.i18n import Retranslating

from .monthly import _fill, _table
from frontdesk.ui.widgets import refusals
from frontdesk.ui.widgets import file_dialogs


def export_job(db, abort, report, year: int, path: str, actor: dict) -> dict:
    """Off the GUI thread: the same export the CLI runs."""
    from frontdesk.services.survey_export import export_results
    return export_results(db, year, path, actor)


def _n(value, digits: int = 1) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


class SurveyTab(Retranslating, QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.results: dict | None = None
        self.year = QSpinBox()
        self.year.setObjectName("surveyYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(local_now().year)
        self.year.valueChanged.connect(lambda _v: self.refresh())
        self.create_button = QPushButton()
        self.create_button.setObjectName("surveyCreate")
        self.create_button.clicked.connect(self.create_survey)
        self.export_button = QPushButton()
        self.export_button.setObjectName("surveyExport")
        self.export_button.clicked.connect(lambda: self.export())
        self.forms_button = QPushButton()
        self.forms_button.setObjectName("surveyForms")
        self.forms_button.clicked.connect(lambda: self.ctx.show_page.emit("print"))
        self.year_label = QLabel()
        self.state = QLabel()
        self.state.setObjectName("surveyState")
        top = QHBoxLayout()
        top.addWidget(self.year_label)
        top.addWidget(self.year)
        top.addWidget(self.create_button)
        top.addWidget(self.state, 1)
        top.addWidget(self.forms_button)
        top.addWidget(self.export_button)

        self.unit = QLineEdit()
        self.unit.setObjectName("surveyUnit")
        self.scores = QLineEdit()
        self.scores.setObjectName("surveyScores")
        self.scores.setMaxLength(40)           # what is typed stays (a 6 too): the store refuses it, naming it
        self.comment = QLineEdit()
        self.comment.setObjectName("surveyComment")
        self.save_button = QPushButton()
        self.save_button.setObjectName("surveySave")
        self.save_button.clicked.connect(self.save)
        self.unit.returnPressed.connect(self.scores.setFocus)
        self.scores.returnPressed.connect(self.comment.setFocus)
        self.comment.returnPressed.connect(self.save)
        self.entry_status = QLabel()
        self.entry_status.setObjectName("surveyEntryStatus")
        self.entry = QGroupBox()
        form = QFormLayout(self.entry)
        self.unit_label, self.scores_label, self.comment_label = QLabel(), QLabel(), QLabel()
        form.addRow(self.unit_label, self.unit)
        form.addRow(self.scores_label, self.scores)
        self.order = QLabel()                      # the ten elements in the form's order, in the window language
        self.order.setObjectName("hintLabel")
        form.addRow("", self.order)
        form.addRow(self.comment_label, self.comment)
        form.addRow(self.save_button, self.entry_status)

        self.overall = QLabel()
        self.overall.setObjectName("surveyOverall")
        self.elements = _table("surveyElements")
        self.by_type = _table("surveyByType")
        self.by_building = _table("surveyByBuilding")
        self.results_box = QGroupBox()
        rl = QVBoxLayout(self.results_box)
        rl.addWidget(self.overall)
        row = QHBoxLayout()
        row.addWidget(self.elements, 3, Qt.AlignTop)
        side = QVBoxLayout()
        side.addWidget(self.by_type)
        side.addWidget(self.by_building)
        side.addStretch(1)
        row.addLayout(side, 4)
        rl.addLayout(row)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.entry)
        lay.addWidget(self.results_box, 1)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.year_label.setText(self.tr("Year:"))
        self.create_button.setText(self.tr("Create this year's survey"))
        self.export_button.setText(self.tr("Export results…"))
        self.forms_button.setText(self.tr("Print the forms…"))
        self.forms_button.setToolTip(self.tr("Survey forms per unit are printed from the print centre"))
        self.entry.setTitle(self.tr("Enter returned forms"))
        from frontdesk.core.survey_elements import CODES
        self.order.setText("  ".join(f"{i}.{self.element_name(c)}" for i, c in enumerate(CODES, 1)))
        self.unit_label.setText(self.tr("Unit:"))
        self.scores_label.setText(self.tr("Ten scores (1-5):"))
        self.comment_label.setText(self.tr("Comment:"))
        self.save_button.setText(self.tr("Save (Enter)"))
        self.unit.setPlaceholderText("3-2-1202")
        self.scores.setPlaceholderText(self.tr("e.g. 5445354453, in the form's order"))
        self.results_box.setTitle(self.tr("Results"))
        if self.results:
            self._show(self.results)

    def refresh(self) -> None:
        from frontdesk.store import surveys
        year = self.year.value()
        exists = any(s["year"] == year for s in surveys.list_surveys(self.ctx.db))
        self.create_button.setEnabled(not exists)
        self.entry.setEnabled(exists)
        self.export_button.setEnabled(exists)
        if not exists:
            self.state.setText(self.tr("No survey for %1 yet.").replace("%1", str(year)))
            self.results = None
            self.overall.clear()
            for t in (self.elements, self.by_type, self.by_building):
                t.setRowCount(0)
            return
        self._show(surveys.results(self.ctx.db, year))

    def element_name(self, code: str) -> str:
        """A survey element's name in the window language (Chinese: 可靠性, 迅速反应, ...)."""
        names = {"reliability": self.tr("Reliability"), "responsiveness": self.tr("Responsiveness"),
                 "competence": self.tr("Competence"), "access": self.tr("Access"), "courtesy": self.tr("Courtesy"),
                 "communication": self.tr("Communication"), "credibility": self.tr("Credibility"),
                 "security": self.tr("Security"), "understanding": self.tr("Understanding"),
                 "tangibles": self.tr("Tangibles")}
        return names.get(code, code)

    def _show(self, res: dict) -> None:
        self.results = res
        o, p = res["overall"], res["last"]
        y, ly = str(res["year"]), str(res["last_year"])
        self.state.setText(self.tr("%1 forms entered").replace("%1", str(o["responses"])))
        self.overall.setText(
            self.tr("%1: index %2, satisfied %3 (%4 forms)   %5: index %6, satisfied %7 (%8 forms)")
            .replace("%1", y).replace("%2", _n(o["index"])).replace("%3", pct(o["satisfied_share"]))
            .replace("%4", str(o["responses"])).replace("%5", ly).replace("%6", _n(p["index"]))
            .replace("%7", pct(p["satisfied_share"])).replace("%8", str(p["responses"])))
        _fill(self.elements, [self.tr("Element"), self.tr("Mean %1").replace("%1", y), self.tr("Index %1").replace("%1", y),
                              self.tr("Mean %1").replace("%1", ly), self.tr("Index %1").replace("%1", ly)],
              [[self.element_name(e["code"]), _n(e["mean"], 2), _n(e["index"]), _n(e["last_mean"], 2), _n(e["last_index"])]
               for e in res["elements"]])
        for table, key, first in ((self.by_type, "by_property_type", self.tr("Property type")),
                                  (self.by_building, "by_building", self.tr("Building"))):
            _fill(table, [first, self.tr("Forms %1").replace("%1", y), self.tr("Index"), self.tr("Satisfied"),
                          self.tr("Forms %1").replace("%1", ly), self.tr("Index %1").replace("%1", ly)],
                  [[r["key"], r["responses"], _n(r["index"]), pct(r["satisfied_share"]), r["last_responses"],
                    _n(r["last_index"])] for r in res[key]])

    def create_survey(self) -> None:
        from frontdesk.core.errors import Refused
        from frontdesk.store import surveys
        try:
            surveys.create(self.ctx.db, self.year.value(), self.ctx.user)
        except Refused as exc:
            QMessageBox.warning(self, self.tr("Survey"), refusals.describe(exc))
            return
        self.ctx.notify(tables={"surveys"})
        self.refresh()
        self.unit.setFocus()

    def save(self) -> bool:
        """Save the form typed in; on success clear it for the next one and go back to the unit."""
        from frontdesk.core.errors import Refused
        from frontdesk.store import surveys
        try:
            r = surveys.enter_response(self.ctx.db, self.year.value(), self.unit.text(), self.scores.text(),
                                       self.ctx.user, comment=self.comment.text())
        except Refused as exc:
            self.entry_status.setText(refusals.describe(exc))
            self.entry_status.setStyleSheet("color: #c0392b")
            (self.scores if getattr(exc, "field", "").startswith("scores") else self.unit).setFocus()
            return False
        self.entry_status.setStyleSheet("")
        self.entry_status.setText(self.tr("Saved %1: %2").replace("%1", r["unit"])
                                  .replace("%2", "".join(str(v) for v in r["scores"].values())))
        for w in (self.unit, self.scores, self.comment):
            w.clear()
        self.unit.setFocus()
        self.ctx.notify(tables={"survey_responses"}, ids={r["id"]})
        self.refresh()
        return True

    def export(self, path: str | None = None):
        """Ask where (CSV or PDF), then export off the GUI thread; returns the job."""
        from frontdesk.ui.jobs import run_job
        year = self.year.value()
        if path is None:
            path, _ = file_dialogs.get_save_file_name(self, self.tr("Export the survey results"),
                                                  f"满意度调查结果-{year}.csv", "CSV (*.csv);;PDF (*.pdf)")
            if not path:
                return None
        return run_job(self, self.ctx, self.tr("Export the survey results"), export_job, year, path, self.ctx.user,
                       on_done=lambda res: self.state.setText(self.tr("Saved %1").replace("%1", res["path"])))
