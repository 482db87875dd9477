"""档案 The archive: buildings → entrances → units with counts and filters, the unit view (occupants, house
health archive, timeline), the person view (customer archive), search, owner import and archive export."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QMessageBox, QPushButton, QScrollArea, QSplitter, QStackedWidget, QTreeView,
                               QVBoxLayout, QWidget)

from frontdesk.core.errors import Refused
from frontdesk.core.model import CUSTOMER_CLASSES, PROPERTY_TYPES
from frontdesk.store import archive, search
from frontdesk.store.units import HANDOVER_STATES
from frontdesk.ui.archive.person_view import PersonView
from frontdesk.ui.archive.tree_model import UNIT_ROLE, ArchiveTreeModel
from frontdesk.ui.archive.unit_view import UnitView
from frontdesk.ui.i18n import Retranslating
from frontdesk.ui.jobs import run_job
from frontdesk.ui import labels
from frontdesk.ui.widgets import refusals
from frontdesk.ui.widgets import file_dialogs

ARCHIVE_TABLES = {"units", "people", "phones", "occupancies", "tickets"}


class ArchivePage(Retranslating, QWidget):
    key = "archive"

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.current: tuple[str, str] | None = None     # ("unit", code) or ("person", id)
        self._build()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(150)
        self.timer.timeout.connect(self._search)
        self.search.textEdited.connect(lambda _t: self.timer.start())
        ctx.changed.connect(self._on_changed)
        ctx.user_changed.connect(lambda _u: self._show_current())
        self.refresh()
        QTimer.singleShot(0, self._overview)

    def title(self) -> str:
        return self.tr("Archive")

    # ---- building ----
    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setObjectName("archiveSearch")
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self._open_first_result)
        self.results = QListWidget()
        self.results.setObjectName("archiveResults")
        self.results.itemActivated.connect(self._open_result)
        self.results.itemClicked.connect(self._open_result)
        self.results.hide()
        self.filters: dict[str, QComboBox] = {}
        grid = QHBoxLayout()
        for key, values in (("property_type", PROPERTY_TYPES), ("handover_status", HANDOVER_STATES),
                            ("customer_class", CUSTOMER_CLASSES), ("tag", archive.known_tags(self.ctx.db))):
            combo = QComboBox()
            combo.setObjectName(f"filter_{key}")
            combo.addItem("", "")
            for v in values:
                combo.addItem(str(v), v)
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
            self.filters[key] = combo
            grid.addWidget(combo)
        self.model = ArchiveTreeModel(self.ctx.db, self)
        self.tree = QTreeView()
        self.tree.setObjectName("archiveTree")
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setStretchLastSection(True)
        self.tree.setIndentation(14)
        for col, width in ((0, 130), (1, 82), (2, 92)):        # room for 9-1-1704, 128.78 ㎡, Residential
            self.tree.setColumnWidth(col, width)
        self.tree.selectionModel().currentChanged.connect(self._tree_current)
        self.count = QLabel()
        self.count.setObjectName("hintLabel")
        self.import_button = QPushButton()
        self.import_button.setObjectName("importOwnersButton")
        self.import_button.clicked.connect(self.import_owners)
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportArchiveButton")
        self.export_button.clicked.connect(self.export)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(12, 12, 6, 12)
        lv.addWidget(self.search)
        lv.addWidget(self.results, 1)
        lv.addLayout(grid)
        lv.addWidget(self.tree, 3)
        lv.addLayout(buttons)

        self.placeholder = QLabel()
        self.placeholder.setObjectName("hintLabel")
        self.placeholder.setAlignment(Qt.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.unit_view = UnitView(self.ctx)
        self.unit_view.person_requested.connect(self.show_person)
        self.person_view = PersonView(self.ctx)
        self.person_view.unit_requested.connect(self.show_unit)
        self.stack = QStackedWidget()
        for w in (self.placeholder, self.unit_view, self.person_view):
            self.stack.addWidget(w)
        right = QScrollArea()                   # a wide view scrolls rather than widen the window past the screen
        right.setWidgetResizable(True)
        right.setFrameShape(QScrollArea.NoFrame)
        right.setWidget(self.stack)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([520, 780])
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(split)
        self._retranslate_fixed()

    def _retranslate_fixed(self) -> None:
        """The page's fixed texts and the filters' choices in the current language."""
        self.search.setPlaceholderText(self.tr("Unit, name, phone (last four), pinyin initials…"))
        self.import_button.setText(self.tr("Import owners…"))
        self.export_button.setText(self.tr("Export…"))
        self.placeholder.setText(self.tr("Choose a unit in the tree, or search for a unit, a person or a phone."))
        for key, any_text, show in (("property_type", self.tr("All types"), labels.property_type),
                                    ("handover_status", self.tr("Any handover"), labels.handover),
                                    ("customer_class", self.tr("Any class"), labels.customer_class),
                                    ("tag", self.tr("Any tag"), labels.tag)):
            combo = self.filters[key]
            combo.setItemText(0, any_text)
            for i in range(1, combo.count()):
                combo.setItemText(i, show(combo.itemData(i)))

    def retranslateUi(self) -> None:
        """Everything the page shows, again in the current language (Qt sends LanguageChange on a switch)."""
        self._retranslate_fixed()
        self.count.setText(self.tr("%1 units").replace("%1", f"{self.model.total:,}"))
        self.model.retranslate()
        for column in range(self.model.columnCount() - 1):     # "Residential" is wider than 住宅: no "Reside…"
            self.tree.resizeColumnToContents(column)
        if self.stack.currentWidget() is self.placeholder:
            self._overview()
        if self.results.isVisible():
            self._search()

    # ---- state ----
    def current_filters(self) -> archive.Filters:
        return archive.Filters(**{k: c.currentData() or "" for k, c in self.filters.items()})

    def refresh(self) -> None:
        """Read the buildings and entrances again under the filters; keep what was open and what is shown."""
        expanded = self._expanded()
        self.model.reload(self.current_filters())
        self.count.setText(self.tr("%1 units").replace("%1", f"{self.model.total:,}"))
        for b in range(self.model.rowCount()):
            bidx = self.model.index(b, 0)
            building = bidx.internalPointer().data["building"]
            if (building, None) in expanded:
                self.tree.expand(bidx)
            for e in range(self.model.rowCount(bidx)):
                eidx = self.model.index(e, 0, bidx)
                if (building, eidx.internalPointer().data["entrance"]) in expanded:
                    if self.model.canFetchMore(eidx):
                        self.model.fetchMore(eidx)
                    self.tree.expand(eidx)
        if self.current and self.current[0] == "unit":
            idx = self.model.find_unit(self.current[1])
            if idx.isValid():
                self._select(idx)

    def _update_tags(self) -> None:
        """New tags typed in a person's form appear in the tag filter (the chosen one stays chosen)."""
        combo = self.filters["tag"]
        have = [combo.itemData(i) for i in range(1, combo.count())]
        for tag in archive.known_tags(self.ctx.db):
            if tag not in have:
                combo.addItem(labels.tag(tag), tag)

    def _overview(self) -> None:
        """The right side before anything is chosen: the centre's archive in numbers."""
        s = archive.summary(self.ctx.db)
        lines = [self.tr("Choose a unit in the tree, or search for a unit, a person or a phone."), "",
                 self.tr("%1 units, %2 people on record, %3 key customers").replace("%1", f"{s['units']:,}")
                 .replace("%2", f"{s['people']:,}").replace("%3", f"{s['key_customers']:,}"),
                 " · ".join(f"{labels.property_type(k)} {v:,}" for k, v in s["by_type"].items()),
                 " · ".join(f"{labels.handover(k)} {v:,}" for k, v in s["by_handover"].items())]
        if s["tags"]:
            lines.append(" · ".join(f"{labels.tag(k)} {v:,}" for k, v in list(s["tags"].items())[:8]))
        self.placeholder.setText("\n".join(lines))

    def _expanded(self) -> set[tuple]:
        """(building, None) and (building, entrance) of the open branches."""
        out = set()
        for b in range(self.model.rowCount()):
            bidx = self.model.index(b, 0)
            if self.tree.isExpanded(bidx):
                out.add((bidx.internalPointer().data["building"], None))
                for e in range(self.model.rowCount(bidx)):
                    eidx = self.model.index(e, 0, bidx)
                    if self.tree.isExpanded(eidx):
                        out.add((bidx.internalPointer().data["building"], eidx.internalPointer().data["entrance"]))
        return out

    def _on_changed(self, change: dict) -> None:
        tables = set(change.get("tables") or ())
        if tables and not (tables & ARCHIVE_TABLES):
            return
        if not tables or "people" in tables:
            self._update_tags()
        f = self.current_filters()
        if not tables or tables & {"units", "occupancies"} or ("people" in tables and (f.tag or f.customer_class)):
            self.refresh()
        if self.stack.currentWidget() is self.placeholder and (not tables or tables & {"units", "people"}):
            self._overview()
        if self.results.isVisible() and (not tables or tables & {"units", "people", "phones", "occupancies"}):
            row = self.results.currentRow()
            self._search()                      # a merge or an edit: the list shows what is on record now
            self.results.setCurrentRow(min(row, self.results.count() - 1))
        self._show_current()

    def _show_current(self) -> None:
        if not self.current:
            return
        kind, key = self.current
        try:
            (self.unit_view if kind == "unit" else self.person_view).load(key)
        except Refused:
            self.current = None
            self.stack.setCurrentWidget(self.placeholder)

    def _select(self, idx) -> None:
        self.tree.selectionModel().blockSignals(True)
        self.tree.setCurrentIndex(idx)
        self.tree.selectionModel().blockSignals(False)
        self.tree.scrollTo(idx)

    # ---- opening ----
    def show_unit(self, code: str) -> None:
        """Open a unit (from the tree, a search, the main window or another view)."""
        if not code:
            return
        try:
            self.unit_view.load(code)
        except Refused as exc:
            QMessageBox.information(self, self.title(), refusals.describe(exc))
            return
        self.current = ("unit", self.unit_view.unit["code"])
        self.stack.setCurrentWidget(self.unit_view)
        idx = self.model.find_unit(self.current[1])
        if idx.isValid():
            self._select(idx)

    def show_person(self, person_id: str) -> None:
        if not person_id:
            return
        try:
            self.person_view.load(person_id)
        except Refused as exc:
            QMessageBox.information(self, self.title(), refusals.describe(exc))
            return
        self.current = ("person", self.person_view.person["id"])
        self.stack.setCurrentWidget(self.person_view)

    def _tree_current(self, current, _previous) -> None:
        code = current.siblingAtColumn(0).data(UNIT_ROLE) if current.isValid() else None
        if code:
            self.show_unit(code)

    # ---- search ----
    def _search(self) -> None:
        text = self.search.text().strip()
        self.results.clear()
        if not text:
            self.results.hide()
            return
        for hit in search.find(self.ctx.db, text, limit=30):
            item = QListWidgetItem(f"{labels.search_kind(hit['kind'])}  {hit['label']}   {hit['detail']}")
            item.setData(Qt.UserRole, hit)
            self.results.addItem(item)
        if not self.results.count():
            self.results.addItem(QListWidgetItem(self.tr("Nothing found")))
        self.results.show()

    def _open_first_result(self) -> None:
        self._search()
        if self.results.count():
            self._open_result(self.results.item(0))

    def _open_result(self, item) -> None:
        hit = item.data(Qt.UserRole) if item else None
        if not hit:
            return
        if hit["kind"] == "unit":
            self.show_unit(hit["key"])
        elif hit["kind"] == "person":
            self.show_person(hit["id"])
        elif hit["kind"] == "ticket":
            self.ctx.open_ticket.emit(hit["key"])

    # ---- import and export ----
    def import_owners(self) -> None:
        from frontdesk.ui.archive.import_wizard import ImportWizard
        self.wizard = ImportWizard(self.ctx, self)
        self.wizard.open()

    def export(self) -> None:
        name, chosen = file_dialogs.get_save_file_name(self, self.tr("Export the archive"), "archive.xlsx",
                                                   self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"))
        if name:
            unmasked = self.ctx.is_lead() and QMessageBox.question(
                self, self.tr("Export the archive"),
                self.tr("Include full phones and ID numbers? (The export is written to the audit log.)"),
                QMessageBox.Yes | QMessageBox.No, QMessageBox.No) == QMessageBox.Yes
            self.export_to(name, unmasked=unmasked)

    def export_to(self, path: str, *, unmasked: bool = False):
        """Write the archive off the GUI thread; returns the job (tests wait on it)."""
        fmt = "csv" if path.lower().endswith(".csv") else "xlsx"
        actor = self.ctx.user

        def work(db, abort, report):
            return archive.export_archive(db, path, fmt, unmasked=unmasked, actor=actor, abort=abort, report=report)
        return run_job(self, self.ctx, self.tr("Exporting the archive"), work,
                       on_done=lambda n: self.count.setText(self.tr("%1 rows written to %2")
                                                            .replace("%1", str(n)).replace("%2", path)))



Page = ArchivePage
