"""审计日志 Audit log (supervisors and admins): who did what to which record and when — logins and failed
logins, views of ID numbers and phones, prints, exports, imports, sync, settings, backups and restores.
Filter by person, record, action and date; export what is shown (the export is audited too)."""
from __future__ import annotations

import json

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QMessageBox,
                               QPushButton, QVBoxLayout, QWidget)

from frontdesk.store.db import local_now  # the desk clock (FRONTDESK_NOW in tests and screenshots)
from frontdesk.ui.i18n import Retranslating
from frontdesk.ui.reports.table_model import RowsModel
from frontdesk.ui.widgets.tables import fit_columns, ticket_table
from frontdesk.ui.widgets import file_dialogs

ACTIONS = {  # the common acts in words; others are shown as stored
    "login": QT_TRANSLATE_NOOP("AuditPage", "Login"),
    "login_failed": QT_TRANSLATE_NOOP("AuditPage", "Failed login"),
    "view_id": QT_TRANSLATE_NOOP("AuditPage", "Viewed an ID number"),
    "view_phone": QT_TRANSLATE_NOOP("AuditPage", "Viewed a phone"),
    "print": QT_TRANSLATE_NOOP("AuditPage", "Print"),
    "save": QT_TRANSLATE_NOOP("AuditPage", "Saved a document"),
    "export": QT_TRANSLATE_NOOP("AuditPage", "Export"),
    "import": QT_TRANSLATE_NOOP("AuditPage", "Import"),
    "setting": QT_TRANSLATE_NOOP("AuditPage", "Setting changed"),
    "backup": QT_TRANSLATE_NOOP("AuditPage", "Backup"),
    "restore": QT_TRANSLATE_NOOP("AuditPage", "Restore"),
    "create": QT_TRANSLATE_NOOP("AuditPage", "Created"),
    "update": QT_TRANSLATE_NOOP("AuditPage", "Changed"),
    "move": QT_TRANSLATE_NOOP("AuditPage", "Ticket moved"),
    "anonymise": QT_TRANSLATE_NOOP("AuditPage", "Anonymised"),
    "privacy_export": QT_TRANSLATE_NOOP("AuditPage", "Personal data export"),
    "init": QT_TRANSLATE_NOOP("AuditPage", "Centre created"),
    "demo": QT_TRANSLATE_NOOP("AuditPage", "Demo data made"),
    "delete": QT_TRANSLATE_NOOP("AuditPage", "Deleted"),
    "merge": QT_TRANSLATE_NOOP("AuditPage", "People merged"),
    "note": QT_TRANSLATE_NOOP("AuditPage", "Note added"),
    "call": QT_TRANSLATE_NOOP("AuditPage", "Call noted"),
    "letter": QT_TRANSLATE_NOOP("AuditPage", "Letter noted"),
    "visit": QT_TRANSLATE_NOOP("AuditPage", "Visit noted"),
    "escalate": QT_TRANSLATE_NOOP("AuditPage", "Escalated"),
    "transfer": QT_TRANSLATE_NOOP("AuditPage", "Transferred"),
    "callback": QT_TRANSLATE_NOOP("AuditPage", "Callback"),
    "attach": QT_TRANSLATE_NOOP("AuditPage", "File attached"),
    "remove_attachment": QT_TRANSLATE_NOOP("AuditPage", "Attachment removed"),
    "add_category": QT_TRANSLATE_NOOP("AuditPage", "Category added"),
    "remove_category": QT_TRANSLATE_NOOP("AuditPage", "Category removed"),
    "set_holiday": QT_TRANSLATE_NOOP("AuditPage", "Holiday set"),
    "remove_holiday": QT_TRANSLATE_NOOP("AuditPage", "Holiday removed"),
    "copy_official_holidays": QT_TRANSLATE_NOOP("AuditPage", "Official holidays copied"),
    "plan": QT_TRANSLATE_NOOP("AuditPage", "Inspection planned"),
    "record": QT_TRANSLATE_NOOP("AuditPage", "Inspection entered"),
    "re-record": QT_TRANSLATE_NOOP("AuditPage", "Inspection entered again"),
    "key_shown": QT_TRANSLATE_NOOP("AuditPage", "Centre key shown"),
    "trust_hq": QT_TRANSLATE_NOOP("AuditPage", "Head office key trusted"),
    "sync_export": QT_TRANSLATE_NOOP("AuditPage", "Sync export"),
    "sync_import": QT_TRANSLATE_NOOP("AuditPage", "Sync import"),
    "sync_join": QT_TRANSLATE_NOOP("AuditPage", "Terminal joined"),
    "sync_rebirth": QT_TRANSLATE_NOOP("AuditPage", "Terminal renewed after a restore"),
    "sync_settle": QT_TRANSLATE_NOOP("AuditPage", "Sync conflict settled"),
}
REFUSED = QT_TRANSLATE_NOOP("AuditPage", "%1 (refused)")     # store.audit.refused: the act + '_refused'

TABLES = {
    "tickets": QT_TRANSLATE_NOOP("AuditPage", "ticket"), "units": QT_TRANSLATE_NOOP("AuditPage", "unit"),
    "people": QT_TRANSLATE_NOOP("AuditPage", "person"), "staff": QT_TRANSLATE_NOOP("AuditPage", "staff"),
    "settings": QT_TRANSLATE_NOOP("AuditPage", "setting"), "audit": QT_TRANSLATE_NOOP("AuditPage", "audit log"),
    "categories": QT_TRANSLATE_NOOP("AuditPage", "category"), "holidays": QT_TRANSLATE_NOOP("AuditPage", "holiday"),
    "standard_answers": QT_TRANSLATE_NOOP("AuditPage", "standard answer"),
    "templates": QT_TRANSLATE_NOOP("AuditPage", "template"),
    "printed_documents": QT_TRANSLATE_NOOP("AuditPage", "document"),
    "attachments": QT_TRANSLATE_NOOP("AuditPage", "attachment"),
    "inspection_rounds": QT_TRANSLATE_NOOP("AuditPage", "inspection sheet"),
    "surveys": QT_TRANSLATE_NOOP("AuditPage", "survey"),
    "survey_responses": QT_TRANSLATE_NOOP("AuditPage", "survey form"),
    "terminals": QT_TRANSLATE_NOOP("AuditPage", "terminal"),
    "sync_local": QT_TRANSLATE_NOOP("AuditPage", "sync"),
    "sync_received": QT_TRANSLATE_NOOP("AuditPage", "bundle"),
}
HEADERS = (QT_TRANSLATE_NOOP("AuditPage", "Time"), QT_TRANSLATE_NOOP("AuditPage", "Who"),
           QT_TRANSLATE_NOOP("AuditPage", "Action"), QT_TRANSLATE_NOOP("AuditPage", "Record"),
           QT_TRANSLATE_NOOP("AuditPage", "Details"))


def action_label(code: str) -> str:
    if code.endswith("_refused") and code[:-len("_refused")] in ACTIONS:
        return QCoreApplication.translate("AuditPage", REFUSED).replace("%1", action_label(code[:-len("_refused")]))
    return QCoreApplication.translate("AuditPage", ACTIONS[code]) if code in ACTIONS else code


def nav_title() -> str:
    """The navigation's title for this page (before the page is made)."""
    return QCoreApplication.translate("AuditPage", "Audit log")


class AuditModel(RowsModel):
    def __init__(self, parent=None):
        super().__init__(list(enumerate(HEADERS)), parent)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role == Qt.DisplayRole and orientation == Qt.Horizontal and 0 <= section < len(HEADERS):
            return QCoreApplication.translate("AuditPage", HEADERS[section])
        return None

    def text(self, row: int, col: int) -> str:
        r = self.rows[row]
        if col == 0:
            return r["at"]
        if col == 1:
            return r["actor"] or QCoreApplication.translate("AuditPage", "(the program)")
        if col == 2:
            return action_label(r["action"])
        if col == 3:
            from frontdesk.store.audit_log import short_id
            table = QCoreApplication.translate("AuditPage", TABLES[r["table_name"]]) \
                if r["table_name"] in TABLES else r["table_name"]
            return " ".join(x for x in (table, r["record"] or short_id(r["record_id"])) if x)
        detail = r["detail"]
        return json.dumps(detail, ensure_ascii=False) if not isinstance(detail, str) else detail

    def column_texts(self, col: int) -> list[str]:
        return [self.text(i, col) for i in range(min(len(self.rows), 40))]

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or role not in (Qt.DisplayRole, Qt.ToolTipRole):
            return None
        return self.text(index.row(), index.column())


class AuditPage(Retranslating, QWidget):
    key = "audit"
    roles = ("supervisor", "admin")

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("page_audit")
        self.who = QComboBox(self)
        self.action = QComboBox(self)
        self.record = QLineEdit(self)
        self.since = QDateEdit(self, calendarPopup=True)
        self.until = QDateEdit(self, calendarPopup=True)
        for edit in (self.since, self.until):
            edit.setDisplayFormat("yyyy-MM-dd")
        today = QDate(local_now().date())
        self.since.setDate(today.addDays(-30))
        self.until.setDate(today)
        self.search_button = QPushButton(self)
        self.export_button = QPushButton(self)
        self.count = QLabel(self)
        self.model = AuditModel(self)
        self.view = ticket_table(self, self.model)
        self.view.setObjectName("auditTable")
        self.captions = [QLabel(self) for _ in range(5)]
        filters = QHBoxLayout()
        for cap, field in zip(self.captions, (self.who, self.action, self.record, self.since, self.until)):
            cap.setBuddy(field)
            filters.addWidget(cap)
            filters.addWidget(field, 2 if field is self.record else 1)
        filters.addWidget(self.search_button)
        filters.addWidget(self.export_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 12, 12, 12)
        lay.addLayout(filters)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.count)
        self.search_button.clicked.connect(self.refresh)
        self.record.returnPressed.connect(self.refresh)
        self.export_button.clicked.connect(self.export)
        self.retranslateUi()
        self.refresh()

    def title(self) -> str:
        return nav_title()

    def retranslateUi(self) -> None:
        for cap, text in zip(self.captions, (self.tr("&Who"), self.tr("&Action"), self.tr("&Record"),
                                             self.tr("&From"), self.tr("&To"))):
            cap.setText(text)
        self.record.setPlaceholderText(self.tr("Ticket number, unit, name …"))
        self.search_button.setText(self.tr("&Search"))
        self.export_button.setText(self.tr("E&xport…"))
        self._fill_choices()
        self.model.headerDataChanged.emit(Qt.Horizontal, 0, len(HEADERS) - 1)
        self._show_count()

    def _fill_choices(self) -> None:
        from frontdesk.store import audit_log, staff
        who, action = self.who.currentData(), self.action.currentData()
        self.who.clear()
        self.who.addItem(self.tr("Anyone"), "")
        for person in staff.list_staff(self.ctx.db, active_only=False):
            self.who.addItem(f"{person['display_name']} ({person['username']})", person["username"])
        self.action.clear()
        self.action.addItem(self.tr("Any"), "")
        for code in audit_log.actions(self.ctx.db):
            self.action.addItem(action_label(code), code)
        self.who.setCurrentIndex(max(self.who.findData(who), 0))
        self.action.setCurrentIndex(max(self.action.findData(action), 0))

    def filters(self) -> dict:
        return {"who": self.who.currentData() or None, "action": self.action.currentData() or None,
                "record": self.record.text().strip() or None,
                "since": self.since.date().toString("yyyy-MM-dd"), "until": self.until.date().toString("yyyy-MM-dd")}

    def refresh(self) -> None:
        from frontdesk.core.errors import Refused
        from frontdesk.store import audit_log
        from frontdesk.ui.widgets.refusals import describe
        try:
            rows = audit_log.search(self.ctx.db, self.ctx.user, **self.filters())
        except Refused as exc:
            self.model.set_rows([])
            self.count.setText(describe(exc))
            return
        self.model.set_rows(rows)
        fit_columns(self.view)
        self._show_count()

    def _show_count(self) -> None:
        self.count.setText(self.tr("%n row(s)", "", len(self.model.rows)))

    def export(self) -> None:
        from PySide6.QtCore import QStandardPaths

        from frontdesk.core.errors import Refused
        from frontdesk.services.audit_export import export
        from frontdesk.ui.widgets.refusals import describe
        folder = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation)
        path, _ = file_dialogs.get_save_file_name(self, self.tr("Export the audit log"), f"{folder}/audit.csv",
                                              self.tr("CSV files (*.csv)"))
        if not path:
            return
        try:
            n = export(self.ctx.db, self.ctx.user, path, **self.filters())
        except Refused as exc:
            QMessageBox.warning(self, self.tr("Export the audit log"), describe(exc))
            return
        self.ctx.notify(tables={"audit"})
        QMessageBox.information(self, self.tr("Export the audit log"),
                                self.tr("%1 row(s) written to %2").replace("%1", str(n)).replace("%2", path))


#: the name the page registry looks for (the class name is the translation context)
Page = AuditPage
