"""同步 Sync: export to and import from a folder (progress, cancel, a summary per table), the sync folder for
automatic exchange, and the conflicts waiting to be settled (supervisors and admins)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QDialog, QDialogButtonBox, QFormLayout,
                               QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox, QPushButton,
                               QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from frontdesk.ui.i18n import Retranslating
from frontdesk.ui.widgets.refusals import describe
from frontdesk.ui.widgets import file_dialogs

_T = "SyncNames"


def name_of(code: str) -> str:
    """A table's or a column's name as people read it (the code itself when it has no translation)."""
    text = QCoreApplication.translate(_T, code)
    return text.replace("_", " ").capitalize() if text == code else text


def _names_for_lupdate():  # never called: the table and column names, so that pyside6-lupdate finds them
    QCoreApplication.translate("SyncNames", "settings")
    QCoreApplication.translate("SyncNames", "staff")
    QCoreApplication.translate("SyncNames", "terminals")
    QCoreApplication.translate("SyncNames", "units")
    QCoreApplication.translate("SyncNames", "people")
    QCoreApplication.translate("SyncNames", "phones")
    QCoreApplication.translate("SyncNames", "occupancies")
    QCoreApplication.translate("SyncNames", "holidays")
    QCoreApplication.translate("SyncNames", "categories")
    QCoreApplication.translate("SyncNames", "standard_answers")
    QCoreApplication.translate("SyncNames", "templates")
    QCoreApplication.translate("SyncNames", "surveys")
    QCoreApplication.translate("SyncNames", "tickets")
    QCoreApplication.translate("SyncNames", "survey_responses")
    QCoreApplication.translate("SyncNames", "ticket_events")
    QCoreApplication.translate("SyncNames", "printed_documents")
    QCoreApplication.translate("SyncNames", "audit")
    QCoreApplication.translate("SyncNames", "inspection_rounds")
    QCoreApplication.translate("SyncNames", "inspection_results")
    QCoreApplication.translate("SyncNames", "attachments")
    QCoreApplication.translate("SyncNames", "notes")
    QCoreApplication.translate("SyncNames", "description")
    QCoreApplication.translate("SyncNames", "status")
    QCoreApplication.translate("SyncNames", "name")
    QCoreApplication.translate("SyncNames", "phone")
    QCoreApplication.translate("SyncNames", "category")
    QCoreApplication.translate("SyncNames", "handler_id")
    QCoreApplication.translate("SyncNames", "deleted_at")
    QCoreApplication.translate("SyncNames", "value")
    QCoreApplication.translate("SyncNames", "title")
    QCoreApplication.translate("SyncNames", "body")
    QCoreApplication.translate("SyncNames", "area")
    QCoreApplication.translate("SyncNames", "tags")
    QCoreApplication.translate("SyncNames", "care_needs")
    QCoreApplication.translate("SyncNames", "preferences")
    QCoreApplication.translate("SyncNames", "customer_class")
    QCoreApplication.translate("SyncNames", "handling_text")
    QCoreApplication.translate("SyncNames", "department")
    QCoreApplication.translate("SyncNames", "dispatched_at")
    QCoreApplication.translate("SyncNames", "cancelled_at")
    QCoreApplication.translate("SyncNames", "started_at")
    QCoreApplication.translate("SyncNames", "done_at")
    QCoreApplication.translate("SyncNames", "verified_at")
    QCoreApplication.translate("SyncNames", "notified_at")
    QCoreApplication.translate("SyncNames", "closed_at")
    QCoreApplication.translate("SyncNames", "due_at")
    QCoreApplication.translate("SyncNames", "urgent")
    QCoreApplication.translate("SyncNames", "contact_phone")
    QCoreApplication.translate("SyncNames", "satisfaction")
    QCoreApplication.translate("SyncNames", "escalated")
    QCoreApplication.translate("SyncNames", "person_id")
    QCoreApplication.translate("SyncNames", "unit_id")
    QCoreApplication.translate("SyncNames", "place_detail")
    QCoreApplication.translate("SyncNames", "first_responder_id")
    QCoreApplication.translate("SyncNames", "callback_attempts")
    QCoreApplication.translate("SyncNames", "callback_due_at")
    QCoreApplication.translate("SyncNames", "met_at")


class SyncPage(Retranslating, QWidget):
    key = "sync"
    roles = ("admin", "supervisor")

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.job = None
        self.last_result = None
        self.status = QLabel(self)
        self.status.setObjectName("syncStatus")
        self.status.setWordWrap(True)
        # exchange
        self.exchange = QGroupBox(self)
        self.folder = QLineEdit(self)
        self.folder.setObjectName("syncFolder")
        self.browse = QPushButton(self)
        self.browse.clicked.connect(self._browse)
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("syncExport")
        self.export_button.clicked.connect(lambda: self.export())
        self.full = QCheckBox(self)
        self.import_button = QPushButton(self)
        self.import_button.setObjectName("syncImport")
        self.import_button.clicked.connect(lambda: self.import_())
        self.auto = QCheckBox(self)
        self.minutes = QSpinBox(self)
        self.minutes.setRange(1, 240)
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.save_settings)
        self.key_button = QPushButton(self)
        self.key_button.setObjectName("syncShowKey")
        self.key_button.clicked.connect(self.show_key)
        self.trust_button = QPushButton(self)
        self.trust_button.clicked.connect(self.trust_hq)
        row1 = QHBoxLayout()
        row1.addWidget(self.folder, 1)
        row1.addWidget(self.browse)
        row2 = QHBoxLayout()
        row2.addWidget(self.export_button)
        row2.addWidget(self.full)
        row2.addWidget(self.import_button)
        row2.addStretch(1)
        row2.addWidget(self.key_button)
        row2.addWidget(self.trust_button)
        row3 = QHBoxLayout()
        row3.addWidget(self.auto)
        row3.addWidget(self.minutes)
        self.minutes_label = QLabel(self)
        row3.addWidget(self.minutes_label)
        row3.addStretch(1)
        row3.addWidget(self.save_button)
        ex = QVBoxLayout(self.exchange)
        ex.addLayout(row1)
        ex.addLayout(row2)
        ex.addLayout(row3)
        # summary
        self.summary_box = QGroupBox(self)
        self.summary_text = QLabel(self)
        self.summary_text.setObjectName("syncSummary")
        self.summary_text.setWordWrap(True)
        self.summary = QTableWidget(0, 3, self)
        self.summary.setObjectName("syncSummaryTable")
        _plain(self.summary)
        sl = QVBoxLayout(self.summary_box)
        sl.addWidget(self.summary_text)
        sl.addWidget(self.summary)
        # conflicts
        self.conflicts_box = QGroupBox(self)
        self.conflicts = QTableWidget(0, 5, self)
        self.conflicts.setObjectName("syncConflicts")
        _plain(self.conflicts)
        self.conflicts.setSelectionMode(QAbstractItemView.SingleSelection)
        self.ours = QPushButton(self)
        self.theirs = QPushButton(self)
        self.edit = QPushButton(self)
        self.ours.clicked.connect(lambda: self.settle("ours"))
        self.theirs.clicked.connect(lambda: self.settle("theirs"))
        self.edit.clicked.connect(lambda: self.settle("edit"))
        buttons = QHBoxLayout()
        for b in (self.ours, self.theirs, self.edit):
            buttons.addWidget(b)
        buttons.addStretch(1)
        cl = QVBoxLayout(self.conflicts_box)
        cl.addWidget(self.conflicts)
        cl.addLayout(buttons)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 8)
        lay.addWidget(self.status)
        lay.addWidget(self.exchange)
        lay.addWidget(self.summary_box, 1)
        lay.addWidget(self.conflicts_box, 2)
        ctx.changed.connect(lambda change: self.refresh() if "sync" in change.get("tables", ()) else None)
        self.retranslateUi()
        self._load_settings()
        self.refresh()

    def title(self) -> str:
        return self.tr("Sync")

    def retranslateUi(self) -> None:
        self.exchange.setTitle(self.tr("Exchange with the other terminals"))
        self.folder.setPlaceholderText(self.tr("Sync folder: a shared network folder or a USB stick"))
        self.browse.setText(self.tr("Choose…"))
        self.export_button.setText(self.tr("Export"))
        self.full.setText(self.tr("Everything (for a new terminal)"))
        self.import_button.setText(self.tr("Import"))
        self.auto.setText(self.tr("Exchange automatically through this folder: at start, on F5, when closing and every"))
        self.minutes_label.setText(self.tr("minutes"))
        self.save_button.setText(self.tr("Save"))
        self.summary_box.setTitle(self.tr("What came in"))
        self.summary.setHorizontalHeaderLabels([self.tr("Table"), self.tr("New rows"), self.tr("Updated rows")])
        self.conflicts_box.setTitle(self.tr("Conflicts: changed on both sides"))
        self.conflicts.setHorizontalHeaderLabels([self.tr("Table"), self.tr("Record"), self.tr("Fields"),
                                                  self.tr("Ours"),
                                                  self.tr("Theirs")])
        self.ours.setText(self.tr("Keep ours"))
        self.theirs.setText(self.tr("Take theirs"))
        self.edit.setText(self.tr("Edit…"))
        self.key_button.setText(self.tr("Centre key…"))
        self.trust_button.setText(self.tr("Trust head office…"))
        for w in (self.full, self.key_button, self.trust_button):
            w.setVisible(self.ctx.role == "admin")
        self.refresh()
        if self.last_result is not None:
            self.show_result(self.last_result)

    # ---- state ----------------------------------------------------------------------------------------
    def _load_settings(self) -> None:
        from frontdesk.ui.sync_auto import folder_of, minutes_of
        self.folder.setText(folder_of(self.ctx.db))
        self.auto.setChecked(bool(folder_of(self.ctx.db)))
        self.minutes.setValue(minutes_of(self.ctx.db))

    def save_settings(self) -> None:
        from frontdesk.store import settings
        folder = self.folder.text().strip() if self.auto.isChecked() else ""
        settings.put(self.ctx.db, "sync_folder", folder, self.ctx.user)
        settings.put(self.ctx.db, "sync_every_minutes", self.minutes.value(), self.ctx.user)
        auto = getattr(self.window(), "auto_sync", None)
        if auto is not None:
            auto.reschedule()
        self.ctx.notify(tables={"sync"})

    def refresh(self) -> None:
        from frontdesk.sync.conflicts import readable, waiting
        from frontdesk.sync.status import status
        from frontdesk.ui.sync_auto import _local
        st = status(self.ctx.db)
        never = self.tr("never")
        letter = st["terminal_letter"] or self.tr("(first, no letter)")
        self.status.setText(self.tr("This terminal: %1 · last export %2 · last import %3 · %4 bundles applied")
                            .replace("%1", letter).replace("%2", _local(st["last_export_at"]) or never)
                            .replace("%3", _local(st["last_import_at"]) or never)
                            .replace("%4", str(st["bundles_applied"])))
        self.rows = waiting(self.ctx.db)
        self.conflicts.setRowCount(len(self.rows))
        for i, c in enumerate(readable(self.ctx.db, c) for c in self.rows):
            fields = ", ".join(name_of(f) for f in c["differ"])
            ours = "; ".join(_short(c["ours"].get(f), f) for f in c["differ"])
            theirs = "; ".join(_short(c["theirs"].get(f), f) for f in c["differ"])
            for j, text in enumerate((name_of(c["table"]), c["label"], fields, ours, theirs)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.conflicts.setItem(i, j, item)
        has = bool(self.rows)
        for b in (self.ours, self.theirs, self.edit):
            b.setEnabled(has)
        if has and self.conflicts.currentRow() < 0:
            self.conflicts.selectRow(0)

    # ---- actions ----------------------------------------------------------------------------------------
    def _browse(self) -> None:
        chosen = file_dialogs.get_existing_directory(self, self.tr("Sync folder"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def show_key(self) -> None:
        """The centre's key, for an admin to hand to head office or to a joining terminal (audited)."""
        from frontdesk.sync.identity import key_text
        try:
            key = key_text(self.ctx.db, self.ctx.user)
        except Exception as exc:  # noqa: BLE001 - a refusal is shown, never a crash
            QMessageBox.warning(self, self.tr("Sync"), describe(exc))
            return
        box = QMessageBox(QMessageBox.Information, self.tr("Centre key"),
                          self.tr("Hand this key to head office and to a new terminal of this centre; keep it "
                                  "out of bundles, mail and chat:"), QMessageBox.Ok, self)
        box.setInformativeText(key)
        box.setTextInteractionFlags(Qt.TextSelectableByMouse)
        box.exec()

    def trust_hq(self) -> None:
        """Register head office's key from a file, so its reference bundles are accepted."""
        from frontdesk.sync.identity import trust_hq
        path, _ = file_dialogs.get_open_file_name(self, self.tr("Head office's key file"))
        if not path:
            return
        try:
            with open(path, encoding="utf-8") as f:
                trust_hq(self.ctx.db, f.read(), self.ctx.user)
        except Exception as exc:  # noqa: BLE001 - a refusal is shown, never a crash
            QMessageBox.warning(self, self.tr("Sync"), describe(exc))
            return
        QMessageBox.information(self, self.tr("Sync"), self.tr("Head office's key is registered: its reference "
                                                                "bundles will be accepted."))
        self.refresh()

    def _target(self) -> str | None:
        text = self.folder.text().strip()
        if not text:
            QMessageBox.information(self, self.tr("Sync"), self.tr("Choose the sync folder first."))
            return None
        return text

    def export(self, *, wait: bool = False):
        from frontdesk.ui.jobs import run_job
        from frontdesk.ui.sync_auto import export_job
        folder = self._target()
        if folder is None:
            return None
        self.job = run_job(self, self.ctx, self.tr("Exporting…"), export_job, folder, self.ctx.user,
                           self.full.isChecked() and self.ctx.role == "admin", on_done=self.show_result)
        return self.job

    def import_(self):
        from frontdesk.ui.jobs import run_job
        from frontdesk.ui.sync_auto import import_job
        folder = self._target()
        if folder is None:
            return None
        self.job = run_job(self, self.ctx, self.tr("Importing…"), import_job, folder, self.ctx.user,
                           on_done=self.show_result)
        return self.job

    def show_result(self, result) -> None:
        """A summary: for an export the bundle written, for an import per table new and updated rows."""
        self.last_result = result
        self.job = None
        self.summary.setRowCount(0)
        if not isinstance(result, list):
            if result.path is None:
                self.summary_text.setText(self.tr("Nothing changed since the last export; no bundle written."))
            else:
                self.summary_text.setText(self.tr("Bundle %1 written: %2").replace("%1", str(result.seq))
                                          .replace("%2", str(result.path)))
                self._fill({t: (n, 0) for t, n in result.rows.items()})
            self.ctx.notify(tables={"sync"})
            return
        per: dict[str, list[int]] = {}
        lines = []
        for r in result:
            for t, n in r.new.items():
                per.setdefault(t, [0, 0])[0] += n
            for t, n in r.updated.items():
                per.setdefault(t, [0, 0])[1] += n
            if r.status == "refused":
                lines.append(self.tr("Refused %1: %2").replace("%1", r.path.name).replace("%2", describe_bundle(r)))
            elif r.status == "skipped":
                lines.append(self.tr("Skipped %1 (already here)").replace("%1", r.path.name))
        applied = sum(1 for r in result if r.status == "applied")
        head = self.tr("%n bundle(s) applied", "", applied) if result else self.tr("No new bundles.")
        self.refresh()
        if self.rows:
            head += " · " + self.tr("%n conflict(s) wait to be settled", "", len(self.rows))
        self.summary_text.setText("\n".join([head, *lines]))
        self._fill({t: tuple(v) for t, v in per.items()})
        self.ctx.notify(tables={"sync", "tickets", "people", "units"})

    def _fill(self, per: dict) -> None:
        self.summary.setRowCount(len(per))
        for i, (t, (new, upd)) in enumerate(sorted(per.items())):
            for j, text in enumerate((name_of(t), str(new), str(upd))):
                item = QTableWidgetItem(text)
                if j:
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                self.summary.setItem(i, j, item)

    def settle(self, decision: str, values: dict | None = None) -> None:
        from frontdesk.sync.conflicts import settle
        row = self.conflicts.currentRow()
        if row < 0 or row >= len(self.rows):
            return
        c = self.rows[row]
        if decision == "edit" and values is None:
            values = EditDialog.ask(self, c)
            if values is None:
                return
        try:
            settle(self.ctx.db, c["id"], decision, self.ctx.user, values)
        except Exception as exc:  # noqa: BLE001 - a refusal is shown, never a crash
            QMessageBox.warning(self, self.tr("Sync"), describe(exc))
            return
        self.ctx.notify(tables={"sync", c["table"]})
        self.refresh()


def describe_bundle(r) -> str:
    """Why a bundle was refused, in the window's language (the file named; the details are in English)."""
    reasons = {
        "bundle_missing": QCoreApplication.translate("SyncRefusals", "%1 is missing"),
        "bundle_damaged": QCoreApplication.translate("SyncRefusals", "%1 is damaged"),
        "bundle_truncated": QCoreApplication.translate("SyncRefusals", "%1 is cut short (copied only in part)"),
        "bundle_hash": QCoreApplication.translate("SyncRefusals", "%1 was changed after the bundle was made"),
        "bundle_signature": QCoreApplication.translate("SyncRefusals", "the signature does not match: changed, or not made with this "
                                              "centre's key (%1)"),
        "bundle_version": QCoreApplication.translate("SyncRefusals", "made by a newer program (unknown format, %1)"),
        "bundle_foreign": QCoreApplication.translate("SyncRefusals", "from another centre, or from a head office not trusted here (%1)"),
        "bundle_path": QCoreApplication.translate("SyncRefusals", "%1 points outside the bundle's folder"),
        "bundle_unlisted": QCoreApplication.translate("SyncRefusals", "%1 is not listed in the bundle"),
        "bundle_columns": QCoreApplication.translate("SyncRefusals", "the columns of %1 do not match this program"),
        "terminal_twin": QCoreApplication.translate(
            "SyncRefusals", "two PCs joined from the same full bundle and send as the same terminal, with the same "
            "ticket letter; keep using one of them and join the other again from a new full bundle (%1)"),
    }
    if r.code in reasons:
        return reasons[r.code].replace("%1", r.file or "manifest.json")
    from frontdesk.core.errors import Refused
    return describe(Refused(r.code, r.message))


class EditDialog(QDialog):
    """Edit the fields that differ, starting from ours."""

    def __init__(self, parent, conflict: dict):
        from frontdesk.sync.conflicts import masked
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settle by editing"))
        form = QFormLayout(self)
        self.edits = {}
        for f in conflict["differ"]:
            e = QLineEdit(self)
            ours = conflict["ours"].get(f)
            e.setText("" if ours is None else str(ours))
            e.setPlaceholderText(self.tr("theirs: %1").replace("%1", _short(masked(conflict)["theirs"].get(f))))
            form.addRow(name_of(f), e)
            self.edits[f] = e
        box = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        form.addRow(box)

    def values(self) -> dict:
        return {f: e.text() for f, e in self.edits.items()}

    @classmethod
    def ask(cls, parent, conflict: dict) -> dict | None:
        d = cls(parent, conflict)
        return d.values() if d.exec() == QDialog.Accepted else None


def _short(v, field: str = "") -> str:
    if field == "status" and v:
        from frontdesk.ui import labels
        v = labels.state(v)
    s = "—" if v is None else str(v)
    return s if len(s) <= 60 else s[:57] + "…"


def _plain(table: QTableWidget) -> None:
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)


Page = SyncPage
