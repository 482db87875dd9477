"""打印 The print centre: choose a document, its template, a ticket or a selection of units; preview, print,
save PDF; mail merges run off the GUI thread with progress and cancel; the log of recent printed documents."""
from __future__ import annotations

import functools

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QFormLayout, QGroupBox,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from frontdesk.core.errors import Refused
from frontdesk.ui import print_actions
from frontdesk.ui.i18n import Retranslating
from frontdesk.ui.widgets import refusals
from frontdesk.ui.widgets.combo import refill
from frontdesk.ui.widgets import file_dialogs
from frontdesk.ui.widgets.text_box import text_box

KINDS = ("complaint-reply", "callback-letter", "work-order", "notice", "survey-form", "inspection-sheet")
TICKET_KINDS = ("complaint-reply", "callback-letter", "work-order")
UNIT_KINDS = ("notice", "survey-form")
TEMPLATE_KIND = {"complaint-reply": "complaint-reply", "callback-letter": "callback-letter", "notice": "notice",
                 "survey-form": "survey-form", "inspection-sheet": "inspection"}
LOG_LIMIT = 200


class PrintCentrePage(Retranslating, QWidget):
    key = "print"

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._build()
        self.retranslateUi()
        self._load_choices()
        self._kind_changed()
        ctx.changed.connect(self._on_changed)
        self.refresh()

    def title(self) -> str:
        return self.tr("Print")

    # ---- building the form -------------------------------------------------------------------

    def _build(self) -> None:
        self.kind = QComboBox()
        self.kind.setObjectName("printKind")
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.template = QComboBox()
        self.template.setObjectName("printTemplate")
        self.template.currentIndexChanged.connect(lambda _i: self._template_changed())
        self.place = QComboBox()                 # an inspection sheet: which of the template's places (its round)
        self.place.setObjectName("printPlace")
        self.ticket = QLineEdit()
        self.ticket.setObjectName("printTicket")
        self.ticket.returnPressed.connect(self.preview)
        self.doc_box = QGroupBox()
        self.doc_form = QFormLayout(self.doc_box)
        self.kind_label, self.template_label, self.ticket_label = QLabel(), QLabel(), QLabel()
        self.place_label = QLabel()
        self.place_label.setBuddy(self.place)
        self.doc_form.addRow(self.kind_label, self.kind)
        self.doc_form.addRow(self.template_label, self.template)
        self.doc_form.addRow(self.place_label, self.place)
        self.doc_form.addRow(self.ticket_label, self.ticket)

        self.building = QComboBox()
        self.building.setObjectName("printBuilding")
        self.building.currentIndexChanged.connect(lambda _i: self._building_changed())
        self.entrance = QComboBox()
        self.entrance.setObjectName("printEntrance")
        self.entrance.currentIndexChanged.connect(lambda _i: self._update_count())
        self.codes = QLineEdit()
        self.codes.setObjectName("printCodes")
        self.codes.editingFinished.connect(self._update_count)
        self.property_type = QComboBox()
        self.property_type.setObjectName("printPropertyType")
        self.handover = QComboBox()
        self.handover.setObjectName("printHandover")
        self.tag = QComboBox()
        self.tag.setObjectName("printTag")
        for combo in (self.property_type, self.handover, self.tag):
            combo.currentIndexChanged.connect(lambda _i: self._update_count())
        self.public = QCheckBox()
        self.public.setObjectName("printPublic")
        self.public.toggled.connect(lambda _on: (self._update_count(), self._template_changed()))
        self.count = QLabel()
        self.count.setObjectName("printCount")
        self.units_box = QGroupBox()
        uf = QFormLayout(self.units_box)
        self.building_label, self.codes_label, self.filter_label = QLabel(), QLabel(), QLabel()
        row = QHBoxLayout()
        row.addWidget(self.building)
        row.addWidget(self.entrance)
        uf.addRow(self.building_label, row)
        uf.addRow(self.codes_label, self.codes)
        frow = QHBoxLayout()
        for w in (self.property_type, self.handover, self.tag):
            frow.addWidget(w)
        uf.addRow(self.filter_label, frow)
        uf.addRow("", self.public)
        uf.addRow("", self.count)

        self.values_box = QGroupBox()
        vf = QFormLayout(self.values_box)
        self.value_edits = {name: QLineEdit() for name in print_actions.NOTICE_FIELDS + ("title",)}
        self.value_labels = {}
        for name, edit in self.value_edits.items():
            edit.setObjectName(f"printValue_{name}")
            self.value_labels[name] = QLabel()
            vf.addRow(self.value_labels[name], edit)
        self.text = text_box()
        self.text.setObjectName("printText")
        self.text.setMaximumHeight(90)
        self.text_label = QLabel()
        vf.addRow(self.text_label, self.text)

        self.preview_button = QPushButton()
        self.preview_button.setObjectName("previewButton")
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(self.preview)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveButton")
        self.save_button.clicked.connect(self.save_pdf)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.save_button)

        left = QVBoxLayout()
        left.addWidget(self.doc_box)
        left.addWidget(self.units_box)
        left.addWidget(self.values_box)
        left.addLayout(buttons)
        left.addStretch(1)

        self.log_title = QLabel()
        self.log_title.setObjectName("sectionTitle")
        self.log = QTableWidget(0, 7)
        self.log.setObjectName("printLog")
        self.log.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.log.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.log.verticalHeader().setVisible(False)
        self.log.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.log.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        self.log.cellDoubleClicked.connect(self._open_logged)
        right = QVBoxLayout()
        right.addWidget(self.log_title)
        right.addWidget(self.log, 1)

        lay = QHBoxLayout(self)
        lay.setContentsMargins(12, 12, 12, 12)
        lay.addLayout(left, 2)
        lay.addLayout(right, 3)

    def retranslateUi(self) -> None:
        names = self.kind_names()
        refill(self.kind, ((names[k], k) for k in KINDS))
        self.doc_box.setTitle(self.tr("Document"))
        self.kind_label.setText(self.tr("Kind"))
        self.template_label.setText(self.tr("Template"))
        self.ticket_label.setText(self.tr("Ticket number"))
        self.place_label.setText(self.tr("Place"))
        self.ticket.setPlaceholderText(self.tr("e.g. TS-20261122-003"))
        self.units_box.setTitle(self.tr("Units (one page per unit)"))
        self.building_label.setText(self.tr("Building / entrance"))
        self.codes_label.setText(self.tr("Or unit codes"))
        self.codes.setPlaceholderText(self.tr("1-, 1-2-, 3-2-1202 … comma-separated"))
        self.filter_label.setText(self.tr("Only"))
        self.public.setText(self.tr("One public notice for the notice board instead"))
        self.values_box.setTitle(self.tr("Notice details (left empty: a blank to fill in by hand)"))
        for name, label in self.value_labels.items():
            label.setText(print_actions.field_label(name))
        self.text_label.setText(print_actions.field_label("text"))
        self.preview_button.setText(self.tr("Preview…"))
        self.save_button.setText(self.tr("Save PDF…"))
        self.log_title.setText(self.tr("Recently printed"))
        self.log.setHorizontalHeaderLabels([self.tr("When"), self.tr("Document"), self.tr("Number"),
                                            self.tr("Ticket"), self.tr("Unit"), self.tr("By"), self.tr("Pages")])

    def kind_names(self) -> dict[str, str]:
        return {"complaint-reply": self.tr("Complaint reply letter"), "callback-letter": self.tr("Callback letter"),
                "work-order": self.tr("Repair work order"), "notice": self.tr("Notice"),
                "survey-form": self.tr("Satisfaction survey form"), "inspection-sheet": self.tr("Inspection sheet")}

    def on_language_change(self) -> None:
        self.retranslateUi()
        self._load_choices()
        for i in range(self.template.count()):    # 标准 → Standard
            self.template.setItemText(i, self._template_text(self.kind.currentData(), self.template.itemData(i)))

    def _load_choices(self) -> None:
        """Buildings, filters and tags from the archive."""
        from frontdesk.core.importing import HANDOVER_STATES
        from frontdesk.core.model import PROPERTY_TYPES
        from frontdesk.store.archive import known_tags, tree
        self.tree = tree(self.ctx.db)
        from frontdesk.ui import labels
        for combo, items, any_text, show in (
                (self.property_type, PROPERTY_TYPES, self.tr("Any property type"), labels.property_type),
                (self.handover, HANDOVER_STATES, self.tr("Any handover status"), labels.handover),
                (self.tag, known_tags(self.ctx.db), self.tr("Any tag"), labels.tag)):
            refill(combo, [(any_text, "")] + [(show(item), item) for item in items])
        self.building.blockSignals(True)
        self.building.clear()
        self.building.addItem(self.tr("All buildings"), None)
        for b in self.tree:
            self.building.addItem(self.tr("Building %1").replace("%1", str(b["building"])), b["building"])
        self.building.blockSignals(False)
        self._building_changed()

    def _building_changed(self) -> None:
        b = self.building.currentData()
        self.entrance.blockSignals(True)
        self.entrance.clear()
        self.entrance.addItem(self.tr("All entrances"), None)
        for node in self.tree:
            if node["building"] == b:
                for e in node["entrances"]:
                    self.entrance.addItem(self.tr("Entrance %1").replace("%1", str(e["entrance"])), e["entrance"])
        self.entrance.setEnabled(b is not None)
        self.entrance.blockSignals(False)
        self._update_count()

    def _kind_changed(self) -> None:
        from frontdesk.services.printing import template_names
        kind = self.kind.currentData()
        self.template.blockSignals(True)
        self.template.clear()
        tkind = TEMPLATE_KIND.get(kind)
        for name in template_names(self.ctx.db, tkind) if tkind else []:
            self.template.addItem(self._template_text(kind, name), name)
        self.template.blockSignals(False)
        self.template.setEnabled(self.template.count() > 0)
        self.ticket.setEnabled(kind in TICKET_KINDS)
        self.doc_form.setRowVisible(self.ticket, kind in TICKET_KINDS)      # asked only where a ticket is meant
        self.units_box.setVisible(kind in UNIT_KINDS)
        self.public.setVisible(kind == "notice")
        self._template_changed()
        self._update_count()

    def _template_text(self, kind: str, name: str) -> str:
        """An inspection template by its own title (电梯巡检表, 物业服务巡检评分表（保洁）); others by their label."""
        if kind == "inspection-sheet":
            from frontdesk.store import inspections
            try:
                return inspections.template(self.ctx.db, name)["title"]
            except Refused:
                pass
        return print_actions.template_label(name)

    def _template_changed(self) -> None:
        kind, name = self.kind.currentData(), self.template.currentData()
        places: list[str] = []
        if kind == "inspection-sheet" and name:
            from frontdesk.services.printing import inspection_places
            try:
                places = inspection_places(self.ctx.db, name)
            except Refused:
                places = []
        refill(self.place, [(p, p) for p in places])
        self.doc_form.setRowVisible(self.place, kind == "inspection-sheet")
        self.place.setEnabled(bool(places))
        self.values_box.setVisible(kind == "notice")
        free = name == "free-text"
        used = self._fields_used(name) if kind == "notice" and name else set()
        for field, edit in self.value_edits.items():
            shown = field == "title" or (not free and field in used)  # the title, and what the template fills in
            if field == "take_down":                                  # the lobby poster says when it comes down
                shown = kind == "notice" and self.public.isChecked()
            edit.setVisible(shown)
            self.value_labels[field].setVisible(shown)
        self.text.setVisible(free)
        self.text_label.setVisible(free)

    def _fields_used(self, name: str) -> set[str]:
        """The placeholders the notice template `name` has in its title and body."""
        return print_actions.fields_used(self.ctx, name) or set(self.value_edits)

    # ---- what was chosen ---------------------------------------------------------------------

    def selection(self) -> str:
        """The SELECTION string: typed codes win, else the building / entrance chosen, else all."""
        typed = self.codes.text().strip()
        if typed:
            return typed
        b, e = self.building.currentData(), self.entrance.currentData()
        if b is None:
            return "all"
        return f"{b}-{e}-" if e is not None else f"{b}-"

    def filters(self):
        from frontdesk.store.archive import Filters
        return Filters(property_type=self.property_type.currentData() or "",
                       handover_status=self.handover.currentData() or "", tag=self.tag.currentData() or "")

    def unit_options(self) -> dict:
        """Keyword arguments for the unit documents' preparation."""
        opts: dict = {"filters": self.filters(), "template": self.template.currentData()}
        if self.kind.currentData() == "notice":
            values = {k: e.text().strip() for k, e in self.value_edits.items() if k != "title" and e.text().strip()}
            opts.update(values=values, public=self.public.isChecked(),
                        title=self.value_edits["title"].text().strip() or None,
                        text=self.text.toPlainText().strip() if opts["template"] == "free-text" else None)
        return opts

    def _update_count(self) -> None:
        from frontdesk.store.printed import count_units
        if self.kind.currentData() not in UNIT_KINDS:
            self.count.clear()
            return
        if self.public.isChecked() and self.kind.currentData() == "notice":
            self.count.setText(self.tr("One page for the notice board."))
            return
        try:
            n = count_units(self.ctx.db, self.selection(), self.filters())
        except Refused as exc:
            if getattr(exc, "field", None) == "units" or exc.code == "not_found":     # said in the window language
                self.count.setText(self.tr("Not units of this centre: %1 (write 1-, 1-2-, 3-2-1202, or all)")
                                   .replace("%1", self.selection()))
            else:
                self.count.setText(refusals.describe(exc))
            return
        self.count.setText(self.tr("%n unit(s): one page each, in one PDF.", "", n))

    # ---- actions -----------------------------------------------------------------------------

    def preview(self) -> None:
        kind = self.kind.currentData()
        if kind in TICKET_KINDS:
            number = self.ticket.text().strip().upper()
            if not number:
                QMessageBox.information(self, self.tr("Print"), self.tr("Type the ticket number first."))
                self.ticket.setFocus()
                return
            print_actions.print_ticket_document(self.ctx, self, number, kind)
            return
        if kind == "inspection-sheet":
            from frontdesk.services.printing import prepare_inspection_sheet
            try:
                prepared = prepare_inspection_sheet(self.ctx.db, self.template.currentData(),
                                                    place=self.place.currentData(), actor=self.ctx.user)
            except Refused as exc:
                QMessageBox.warning(self, self.tr("Print"), refusals.describe(exc))
                return
            print_actions.preview(self.ctx, self, prepared)
            return
        self._run_merge(out=None)

    def _run_merge(self, out: str | None):
        """Lay out notices or survey forms off the GUI thread; the preview (or the saved file) when done."""
        import frontdesk.printing.base  # noqa: F401 - reportlab imported here, not first inside the worker
        from frontdesk.services.printing import merge_job
        from frontdesk.ui.jobs import run_job
        title = self.tr("Preparing %1").replace("%1", self.kind.currentText())

        def done(prepared):
            if out:
                self.ctx.notify(tables={"printed_documents"})
                self.count.setText(self.tr("Saved %1 (%n page(s)).", "", prepared.pages).replace("%1", out))
            else:
                print_actions.preview(self.ctx, self, prepared)
            self.refresh()

        job = functools.partial(merge_job, **self.unit_options())       # its 'title' is the notice's
        return run_job(self, self.ctx, title, job, self.kind.currentData(), self.selection(), self.ctx.user,
                       out=out, on_done=done)

    def save_pdf(self) -> None:
        kind = self.kind.currentData()
        path, _ = file_dialogs.get_save_file_name(self, self.tr("Save PDF"), f"{kind}.pdf", self.tr("PDF files (*.pdf)"))
        if not path:
            return
        self.save_to(path if path.lower().endswith(".pdf") else path + ".pdf")

    def save_to(self, path: str):
        """Save the chosen document to `path` and record it (merges run as a job)."""
        from frontdesk.services import printing as sp
        kind = self.kind.currentData()
        if kind in UNIT_KINDS:
            return self._run_merge(out=path)
        try:
            extra = {"place": self.place.currentData()} if kind == "inspection-sheet" else {}
            sp.print_to_file(self.ctx.db, kind, path, self.ctx.user, ticket=self.ticket.text().strip() or None,
                             template=self.template.currentData(), **extra)
        except (Refused, OSError) as exc:
            QMessageBox.warning(self, self.tr("Save PDF"), refusals.describe(exc))
            return None
        self.ctx.notify(tables={"printed_documents", "ticket_events"}, numbers={self.ticket.text().strip().upper()})
        self.refresh()
        return path

    # ---- the log -----------------------------------------------------------------------------

    def refresh(self) -> None:
        from frontdesk.services.printing import recent
        rows = recent(self.ctx.db, LOG_LIMIT)
        names = self.kind_names()
        self.log.setRowCount(len(rows))
        for r, row in enumerate(rows):
            cells = [row["at"].replace("T", " ")[:16], names.get(row["kind"], row["kind"]), row["doc_number"],
                     row["ticket"] or "", row["unit"] or "", row["who"] or "", str(row["pages"])]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 6:
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                self.log.setItem(r, c, item)

    def _on_changed(self, change: dict) -> None:
        if "printed_documents" in change.get("tables", ()):
            self.refresh()

    def _open_logged(self, row: int, _col: int) -> None:
        ticket = self.log.item(row, 3).text() if self.log.item(row, 3) else ""
        if ticket:
            self.ctx.open_ticket.emit(ticket)


#: the name the page registry looks for (the class name is the translation context)
Page = PrintCentrePage
