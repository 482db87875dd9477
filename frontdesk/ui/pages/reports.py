"""报表 Reports: the daily log, callbacks, the monthly analysis and the annual survey, one tab each."""
from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from frontdesk.ui.i18n import Retranslating
from frontdesk.ui.reports.callbacks import CallbacksTab
from frontdesk.ui.reports.daily_log import DailyLogTab
from frontdesk.ui.reports.monthly import MonthlyTab
from frontdesk.ui.reports.survey import SurveyTab
from frontdesk.ui.widgets.tabs import tab_widget


class ReportsPage(Retranslating, QWidget):
    key = "reports"

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.tabs = tab_widget()
        self.tabs.setObjectName("reportTabs")
        self.daily = DailyLogTab(ctx)
        self.callbacks = CallbacksTab(ctx)
        self.monthly = MonthlyTab(ctx)
        self.survey = SurveyTab(ctx)
        for w in (self.daily, self.callbacks, self.monthly, self.survey):
            self.tabs.addTab(w, "")
        self.tabs.currentChanged.connect(lambda _i: self._refresh_current())
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 8)
        lay.addWidget(self.tabs)
        self._stale: set = set()
        ctx.changed.connect(self._on_changed)
        self.retranslateUi()
        self.refresh()

    def title(self) -> str:
        return self.tr("Reports")

    def retranslateUi(self) -> None:
        for i, text in enumerate((self.tr("Daily log"), self.tr("Callbacks"), self.tr("Monthly analysis"),
                                  self.tr("Satisfaction survey"))):
            self.tabs.setTabText(i, text)

    def refresh(self) -> None:
        """Refresh what is shown: the current tab now, the others when they are next opened."""
        self._stale = {self.daily, self.callbacks, self.monthly, self.survey}
        self._refresh_current()

    def _refresh_current(self) -> None:
        w = self.tabs.currentWidget()
        if w in self._stale:
            self._stale.discard(w)
            w.refresh()

    def _on_changed(self, change: dict) -> None:
        tables = change.get("tables") or set()
        if tables & {"tickets", "ticket_events"}:
            self._stale |= {self.daily, self.callbacks, self.monthly}
        if tables & {"surveys", "survey_responses"}:
            self._stale.add(self.survey)
        if self.isVisible():
            self._refresh_current()


Page = ReportsPage
