"""工作台 Dashboard: my open tickets as first responder, what is overdue, callbacks due today, today's counts."""
from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QTableView, QVBoxLayout, QWidget

from frontdesk.core.model import CHANNELS, TYPES
from frontdesk.ui.i18n import Retranslating
from frontdesk.ui.models.ticket_list import TicketListModel
from frontdesk.ui import labels
from frontdesk.ui.widgets.tables import fit_columns, ticket_table
from frontdesk.ui.widgets.timing import AMBER, RED

REFRESH_MS = 60_000


class Tile(QFrame):
    """A big number with a caption."""

    def __init__(self, colour: str, parent=None):
        super().__init__(parent)
        self.setFrameShape(QFrame.StyledPanel)
        self.setStyleSheet(f"Tile {{ background: white; border-left: 5px solid {colour}; border-radius: 4px; }}")
        self.value = QLabel("0", self)
        self.value.setStyleSheet(f"font-size: 22pt; font-weight: bold; color: {colour};")
        self.caption = QLabel(self)
        lay = QVBoxLayout(self)
        lay.addWidget(self.value)
        lay.addWidget(self.caption)


class Page(Retranslating, QWidget):
    key = "dashboard"

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.last_ms = 0.0
        self.data: dict = {}
        self.tiles = {k: Tile(c, self) for k, c in (("mine", "#1565c0"), ("overdue", RED),
                                                   ("callbacks", AMBER), ("today", "#2e7d32"))}
        tiles = QHBoxLayout()
        for t in self.tiles.values():
            tiles.addWidget(t)
        self.models = {"mine": TicketListModel(self), "overdue": TicketListModel(self),
                       "callbacks": TicketListModel(self, last="callback")}
        self.boxes: dict[str, QGroupBox] = {}
        self.views: dict[str, QTableView] = {}
        for key, model in self.models.items():
            box = QGroupBox(self)
            view = ticket_table(box, model)
            view.doubleClicked.connect(lambda idx, m=model: self._open(m.number(idx.row())))
            view.activated.connect(lambda idx, m=model: self._open(m.number(idx.row())))
            QVBoxLayout(box).addWidget(view)
            self.boxes[key], self.views[key] = box, view
        self.counts_box = QGroupBox(self)
        self.counts = QGridLayout(self.counts_box)
        self.count_labels: dict[tuple[str, str], QLabel] = {}
        for col, (group, codes, _fn) in enumerate((("type", TYPES, labels.type_), ("channel", CHANNELS, labels.channel))):
            for row, code in enumerate(codes):
                name, value = QLabel(self), QLabel("0", self)
                value.setAlignment(Qt.AlignRight)
                value.setStyleSheet("font-weight: bold;")
                self.count_labels[(group, code)] = value
                name.setProperty("code", (group, code))
                self.counts.addWidget(name, row, col * 2)
                self.counts.addWidget(value, row, col * 2 + 1)
        self.counts.setColumnMinimumWidth(2, 80)
        self.counts.setRowStretch(len(CHANNELS), 1)
        grid = QGridLayout()
        grid.addWidget(self.boxes["mine"], 0, 0)
        grid.addWidget(self.boxes["overdue"], 0, 1)
        grid.addWidget(self.boxes["callbacks"], 1, 0)
        grid.addWidget(self.counts_box, 1, 1)
        self.when = QLabel(self)
        self.when.setStyleSheet("color: #757575;")
        lay = QVBoxLayout(self)
        from frontdesk.ui.widgets.backup_banner import BackupBanner
        lay.addWidget(BackupBanner(ctx, self))       # old or missing backups (issue 13)
        lay.addLayout(tiles)
        from frontdesk.ui.inspections.hooks import DueStrip        # 巡检: rounds due today, late, missed
        lay.addWidget(DueStrip(ctx, self))
        lay.addLayout(grid, 1)
        lay.addWidget(self.when)
        from frontdesk.ui.sync_auto import SyncLine                 # 同步: last export and import
        lay.addWidget(SyncLine(ctx, self))
        self.timer = QTimer(self, interval=REFRESH_MS)
        self.timer.timeout.connect(self.refresh_if_shown)
        self.timer.start()
        self._soon = QTimer(self, singleShot=True, interval=200)
        self._soon.timeout.connect(self.refresh)
        ctx.changed.connect(lambda change: self._soon.start() if "tickets" in change.get("tables", ()) else None)
        self._soon.timeout.disconnect()
        self._soon.timeout.connect(self.refresh_if_shown)
        ctx.user_changed.connect(lambda _u: self.refresh_if_shown())
        self.stale = True           # loaded when first shown: the main window builds pages it may not show
        self.retranslateUi()

    def title(self) -> str:
        return self.tr("Dashboard")

    def retranslateUi(self) -> None:
        caps = {"mine": self.tr("My open tickets (first responder)"), "overdue": self.tr("Overdue"),
                "callbacks": self.tr("Callbacks due today"), "today": self.tr("Calls and visits today")}
        for key, tile in self.tiles.items():
            tile.caption.setText(caps[key])
        for key, box in self.boxes.items():
            box.setTitle(caps[key])
        self.counts_box.setTitle(self.tr("Today by type and channel"))
        for i in range(self.counts.count()):
            w = self.counts.itemAt(i).widget()
            code = w.property("code") if w is not None else None
            if code:
                group, c = code
                w.setText(labels.type_(c) if group == "type" else labels.channel(c))

    def on_language_change(self) -> None:
        self.retranslateUi()
        self.refresh_if_shown()

    def refresh_if_shown(self) -> None:
        """Refresh now when visible; otherwise remember to when next shown (no work for a hidden page)."""
        if self.isVisible():
            self.refresh()
        else:
            self.stale = True

    def showEvent(self, event):
        super().showEvent(event)
        if self.stale:
            self.refresh()

    def refresh(self) -> None:
        """Reload the four parts from frontdesk.store.dashboard.summary (indexed queries)."""
        self.stale = False
        from frontdesk.store import dashboard
        start = time.perf_counter()
        user = self.ctx.user
        self.data = dashboard.summary(self.ctx.db, user["id"] if user else None, role=user["role"] if user else None)
        mine = (self.tr("Dispatched to me (handler)") if self.data["mine_is"] == "handler"
                else self.tr("My open tickets (first responder)"))
        self.tiles["mine"].caption.setText(mine)
        self.boxes["mine"].setTitle(mine)
        now = self.data["now"]
        for key, model in self.models.items():
            model.set_rows(self.data[key], now)
            fit_columns(self.views[key])
        today = self.data["today"]
        values = {**self.data["counts"], "today": today["total"]}
        for key, tile in self.tiles.items():
            tile.value.setText(str(values[key]))
        for (group, code), label in self.count_labels.items():
            label.setText(str(today["by_" + group].get(code, 0)))
        self.when.setText(self.tr("Updated %1").replace("%1", f"{now:%H:%M}"))
        self.last_ms = (time.perf_counter() - start) * 1000

    def _open(self, number: str | None) -> None:
        if number:
            from frontdesk.ui.ticket_window import open_ticket
            open_ticket(self.ctx, number, self)
