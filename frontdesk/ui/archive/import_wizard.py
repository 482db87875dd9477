"""The owner import wizard: choose a file, map its columns, check it (dry run), import it off the GUI thread
with progress and Cancel. The work is store.importer.import_owners — the same function as the CLI."""
from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QFormLayout, QGridLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QScrollArea, QVBoxLayout, QWidget, QWizard, QWizardPage)

from frontdesk.core import importing
from frontdesk.core.errors import Refused
from frontdesk.store import importer
from frontdesk.ui.jobs import run_job

from frontdesk.ui import labels
from frontdesk.ui.widgets import refusals
from frontdesk.ui.widgets import file_dialogs
from frontdesk.ui.widgets.text_box import text_box


class FilePage(QWizardPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Choose the owners' spreadsheet"))
        self.setSubTitle(self.tr("CSV (UTF-8 or GB18030) or XLSX, with a header line. Refused lines are written to "
                                 "NAME.rejects.csv beside the file, to correct and import again."))
        self.path = QLineEdit()
        self.path.setObjectName("importPath")
        self.path.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        self.encoding = QComboBox()
        self.encoding.setObjectName("importEncoding")
        for code, text in (("auto", self.tr("Detect (UTF-8, then GB18030)")), ("utf-8", "UTF-8"),
                           ("gb18030", "GB18030")):
            self.encoding.addItem(text, code)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("File"), row)
        form.addRow(self.tr("Text encoding"), self.encoding)

    def _browse(self) -> None:
        name, _ = file_dialogs.get_open_file_name(self, self.tr("Owners' spreadsheet"), "",
                                              self.tr("Spreadsheets (*.csv *.xlsx)"))
        if name:
            self.path.setText(name)

    def isComplete(self) -> bool:
        return bool(self.path.text().strip())


def _masked(value: str) -> str:
    """A sample cell as the window shows personal data: ID numbers and mobile phones masked."""
    import re

    from frontdesk.core.ids import mask_id, mask_phone
    text = value.strip()
    if re.fullmatch(r"\d{17}[\dXx]|\d{15}", text):
        return mask_id(text)
    if re.fullmatch(r"1\d{10}", text):
        return mask_phone(text)
    return value


class MappingPage(QWizardPage):
    """One row per column of the file: which field it holds (guessed from the header; any header can be mapped)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(self.tr("Unit and name are required; columns left as 'not imported' are skipped."))
        self.combos: dict[str, QComboBox] = {}
        self.body = QWidget()
        self.grid = QGridLayout(self.body)     # column | what the first lines hold | imported as
        self.grid.setColumnStretch(1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.body)
        self.error = QLabel()
        self.error.setObjectName("mappingError")
        self.error.setStyleSheet("color: #d32f2f;")
        self.error.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(scroll, 1)
        lay.addWidget(self.error)

    def initializePage(self) -> None:
        from frontdesk.store.sheets import read_sample
        wiz = self.wizard()
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.combos = {}
        self.error.clear()
        try:
            headers, sample, used = read_sample(wiz.file_page.path.text().strip(),
                                                wiz.file_page.encoding.currentData())
        except Refused as exc:
            self.error.setText(refusals.describe(exc))
            return
        for c, text in enumerate((self.tr("Column in the file"), self.tr("First lines hold"),
                                  self.tr("Imported as"))):
            head = QLabel(text)
            head.setStyleSheet("font-weight: bold;")
            self.grid.addWidget(head, 0, c)
        guess = importing.guess_mapping(headers)
        for i, h in enumerate(headers):
            if not h or h in self.combos:
                continue
            combo = QComboBox()
            combo.setObjectName(f"map_{i}")
            combo.addItem(self.tr("(not imported)"), "")
            for f in importing.FIELDS:
                combo.addItem(labels.field_name(f if f != "handover_status" else "handover_status"), f)
            combo.setCurrentIndex(max(0, combo.findData(guess.get(i, ""))))
            combo.currentIndexChanged.connect(self.completeChanged)
            self.combos[h] = combo
            values = [_masked(line[i]) for line in sample if i < len(line) and line[i]]
            shown = QLabel(" · ".join(values) or "—")
            shown.setObjectName(f"sample_{i}")
            shown.setStyleSheet("color: #4a5563;")
            shown.setToolTip("\n".join(values))
            shown.setMinimumWidth(60)
            shown.setMaximumWidth(420)
            row = len(self.combos)
            name = QLabel(h)
            name.setBuddy(combo)
            self.grid.addWidget(name, row, 0)
            self.grid.addWidget(shown, row, 1)
            self.grid.addWidget(combo, row, 2)
        self.grid.setRowStretch(len(self.combos) + 1, 1)     # rows at the top, not spread over the page
        self.completeChanged.emit()

    def mapping(self) -> dict[str, str]:
        return {h: c.currentData() for h, c in self.combos.items() if c.currentData()}

    def isComplete(self) -> bool:
        chosen = set(self.mapping().values())
        missing = [f for f in importing.REQUIRED if f not in chosen]
        if self.combos:
            self.error.setText(self.tr("Still to choose: %1").replace("%1", "、".join(labels.field_name(f)
                                                                                       for f in missing))
                               if missing else "")
        return bool(self.combos) and not missing


class RunPage(QWizardPage):
    """Check first (dry run, nothing written), then import; the outcome and every refused line are shown."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Check and import"))
        self.setSubTitle(self.tr("'Check' reads the whole file and writes nothing. 'Import' writes everything in "
                                 "one go: a cancel leaves the archive as it was."))
        self.check_button = QPushButton(self.tr("Check"))
        self.check_button.setObjectName("checkImportButton")
        self.check_button.clicked.connect(lambda: self.run(dry_run=True))
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setObjectName("runImportButton")
        self.import_button.clicked.connect(lambda: self.run(dry_run=False))
        self.report = text_box()
        self.report.setObjectName("importReport")
        self.report.setReadOnly(True)
        self.done = False
        self.last_job = None
        self.result = None
        row = QHBoxLayout()
        row.addWidget(self.check_button)
        row.addWidget(self.import_button)
        row.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addLayout(row)
        lay.addWidget(self.report, 1)

    def isComplete(self) -> bool:
        return self.done

    def say_refused(self, x) -> str:
        """A refused line in the window's language: on screen and in the rejects file's reason column."""
        return labels.refused_line(x)

    def run(self, *, dry_run: bool) -> None:
        wiz = self.wizard()
        path = wiz.file_page.path.text().strip()
        mapping = wiz.mapping_page.mapping()
        encoding = wiz.file_page.encoding.currentData()
        actor = wiz.ctx.user

        def work(db, abort, report):
            return importer.import_owners(db, path, mapping=mapping, encoding=encoding, dry_run=dry_run,
                                          actor=actor, abort=abort, report=report, say=self.say_refused,
                                          reason_header=labels.rejects_reason_header())
        self.check_button.setEnabled(False)
        self.import_button.setEnabled(False)
        title = self.tr("Checking the file") if dry_run else self.tr("Importing owners")
        self.last_job = run_job(self, wiz.ctx, title, work, on_done=self._show, on_error=self._failed)
        self.last_job.cancelled.connect(self._cancelled)

    def _buttons(self) -> None:
        self.check_button.setEnabled(not self.done)
        self.import_button.setEnabled(not self.done)

    def _show(self, r) -> None:
        self.result = r
        lines = [self.tr("Check only: nothing was written.") if r.dry_run else self.tr("Imported."),
                 self.tr("Lines read: %1").replace("%1", str(r.lines)),
                 *([self.tr("Header found on line %1 (the lines above it are a title)")
                    .replace("%1", str(r.header_line))] if r.header_line > 1 else []),
                 self.tr("Units: %1 added, %2 changed").replace("%1", str(r.units_added))
                 .replace("%2", str(r.units_changed)),
                 self.tr("People: %1 added, %2 already on record (%3 of them changed)")
                 .replace("%1", str(r.people_added)).replace("%2", str(r.people_matched))
                 .replace("%3", str(r.people_changed)),
                 self.tr("Ties to units: %1 added, %2 changed").replace("%1", str(r.occupancies_added))
                 .replace("%2", str(r.occupancies_changed)),
                 *([self.tr("Lines with a unit and nobody in it: %1 (the units alone are imported)")
                    .replace("%1", str(r.units_only))] if r.units_only else []),
                 self.tr("Repeated lines: %1").replace("%1", str(r.duplicate_lines)),
                 self.tr("Refused lines: %1").replace("%1", str(len(r.refused)))]
        for x in r.refused:
            lines.append(self.say_refused(x))
        for m in r.matched_by_id_number:
            lines.append(self.tr("line %1: %2 has the ID number of %3 on record: taken as the same person")
                         .replace("%1", str(m["line"])).replace("%2", m["name"]).replace("%3", m["on_record"]))
        if r.rejects_path:
            lines.append(self.tr("Refused lines were written to %1").replace("%1", r.rejects_path))
        elif r.rejects_error:
            lines.append(self.tr("The refused lines could not be written to a file: %1").replace("%1", r.rejects_error))
        self.report.setPlainText("\n".join(lines))
        if not r.dry_run:
            self.done = True
            self.wizard().ctx.notify(tables={"units", "people", "phones", "occupancies"})
            self.completeChanged.emit()
        self._buttons()

    def _failed(self, exc) -> None:
        self.report.setPlainText(refusals.describe(exc))
        self._buttons()

    def _cancelled(self) -> None:
        self.report.setPlainText(self.tr("Cancelled: nothing was written."))
        self._buttons()


class ImportWizard(QWizard):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Import owners"))
        self.setObjectName("importWizard")
        self.file_page, self.mapping_page, self.run_page = FilePage(), MappingPage(), RunPage()
        for p in (self.file_page, self.mapping_page, self.run_page):
            self.addPage(p)
        self.resize(720, 520)
