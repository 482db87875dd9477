"""Print actions the ticket window and the unit view call: a few lines each over services.printing.

print_ticket_document(ctx, parent, number, kind): complaint-reply (handling text edited first), callback-letter,
work-order. print_unit_document(ctx, parent, unit_code, kind): notice (template and values asked), survey-form."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QMessageBox, QVBoxLayout)

from frontdesk.core.errors import Refused
from frontdesk.ui.widgets import refusals
from frontdesk.ui.widgets.text_box import text_box

#: The notice values a receptionist fills in (placeholders of the notice templates), in form order.
NOTICE_FIELDS = ("reason", "start", "end", "scope", "deadline", "place", "period", "amount", "take_down")


def field_label(name: str) -> str:
    """The translated label of a notice placeholder."""
    labels = {
        "reason": QCoreApplication.translate("PrintActions", "Reason"),
        "start": QCoreApplication.translate("PrintActions", "From"),
        "end": QCoreApplication.translate("PrintActions", "Until"),
        "scope": QCoreApplication.translate("PrintActions", "Affected area"),
        "deadline": QCoreApplication.translate("PrintActions", "Deadline"),
        "place": QCoreApplication.translate("PrintActions", "Where"),
        "period": QCoreApplication.translate("PrintActions", "Period"),
        "amount": QCoreApplication.translate("PrintActions", "Amount (yuan)"),
        "title": QCoreApplication.translate("PrintActions", "Title"),
        "take_down": QCoreApplication.translate("PrintActions", "Take down on (poster)"),
        "text": QCoreApplication.translate("PrintActions", "Text"),
    }
    return labels.get(name, name)


class HandlingDialog(QDialog):
    """Edit 'what was found and done' before the complaint reply or callback letter is printed; kept on the
    ticket. It is the only handling text a letter quotes (internal notes never reach the owner)."""

    def __init__(self, text: str, number: str, parent=None):
        super().__init__(parent)
        self.setObjectName("handlingDialog")
        self.setWindowTitle(self.tr("Letter to the owner — %1").replace("%1", number))
        self.hint = QLabel(self.tr("What was found and what was done, written for the owner (printed in the "
                                   "complaint reply and the callback letter, and kept on the ticket):"))
        self.hint.setWordWrap(True)
        self.edit = text_box(text or "")
        self.edit.setObjectName("handlingEdit")
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Preview letter"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.hint)
        lay.addWidget(self.edit, 1)
        lay.addWidget(buttons)
        self.resize(560, 320)

    def text(self) -> str:
        return self.edit.toPlainText().strip()

    def _accept(self) -> None:
        if not self.text():
            QMessageBox.information(self, self.windowTitle(), self.tr("Write what was found and done first."))
            return
        self.accept()


class NoticeDialog(QDialog):
    """Choose a notice template and fill in its values (blanks print as lines to write on)."""

    def __init__(self, ctx, parent=None, *, unit_code: str = ""):
        super().__init__(parent)
        from frontdesk.services.printing import template_names
        self.setObjectName("noticeDialog")
        self.setWindowTitle(self.tr("Notice for %1").replace("%1", unit_code) if unit_code else self.tr("Notice"))
        self.template = QComboBox()
        self.template.setObjectName("noticeTemplate")
        for name in template_names(ctx.db, "notice"):
            self.template.addItem(template_label(name), name)
        self.fields = {name: QLineEdit() for name in NOTICE_FIELDS + ("title",)}
        self.text = text_box()
        self.text.setObjectName("noticeText")
        form = QFormLayout()
        form.addRow(self.tr("Template"), self.template)
        for name, edit in self.fields.items():
            edit.setObjectName(f"notice_{name}")
            form.addRow(field_label(name), edit)
        form.addRow(field_label("text"), self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Preview"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(buttons)
        self.form = form
        self.ctx = ctx
        self.template.currentIndexChanged.connect(lambda _i: self._template_changed())
        self._template_changed()

    def _template_changed(self) -> None:
        """Only the blanks the chosen template prints (and the title); the text box for free text."""
        name = self.template.currentData() or ""
        free = name == "free-text"
        used = fields_used(self.ctx, name) or set(self.fields)
        for field, edit in self.fields.items():
            self.form.setRowVisible(edit, field == "title" or (not free and field in used))
        self.form.setRowVisible(self.text, free)

    def options(self) -> dict:
        """Keyword arguments for services.printing.prepare_unit_documents."""
        name = self.template.currentData()
        values = {k: e.text().strip() for k, e in self.fields.items() if k != "title" and e.text().strip()}
        text = self.text.toPlainText().strip()
        return {"template": name, "values": values, "text": text if name == "free-text" else None,
                "title": self.fields["title"].text().strip() or None}


def fields_used(ctx, name: str) -> set[str]:
    """The placeholders a notice template has in its title and body (empty when it cannot be read)."""
    import re

    from frontdesk.services.printing import template_for
    try:
        t = template_for(ctx.db, "notice", name)
    except Refused:
        return set()
    return set(re.findall(r"{(\w+)}", (t.get("title") or "") + (t.get("body") or "")))


def template_label(name: str) -> str:
    """A shipped template's translated name (an admin-made one shows its short name)."""
    labels = {
        "water-outage": QCoreApplication.translate("PrintActions", "Water outage"),
        "power-outage": QCoreApplication.translate("PrintActions", "Power outage"),
        "handover-reminder": QCoreApplication.translate("PrintActions", "Handover reminder"),
        "fee-reminder": QCoreApplication.translate("PrintActions", "Fee reminder"),
        "free-text": QCoreApplication.translate("PrintActions", "Free text"),
        "default": QCoreApplication.translate("PrintActions", "Standard"),
        "elevator": QCoreApplication.translate("PrintActions", "Elevator"),
        "fire-safety": QCoreApplication.translate("PrintActions", "Fire safety"),
        "water-supply": QCoreApplication.translate("PrintActions", "Secondary water supply"),
        "public-lighting": QCoreApplication.translate("PrintActions", "Public lighting"),
        "patrol": QCoreApplication.translate("PrintActions", "Security patrol"),
    }
    return labels.get(name, name)


def preview(ctx, parent, prepared) -> None:
    """Show the preview dialog (print / save from there)."""
    from frontdesk.ui.print_preview import PreviewDialog
    PreviewDialog(ctx, prepared, parent).exec()


def _explain(parent, exc: Exception) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("PrintActions", "Print"), refusals.describe(exc))


def print_ticket_document(ctx, parent, number: str, kind: str) -> None:
    """Complaint reply (handling text edited first and kept), callback letter or work order for a ticket."""
    from frontdesk.services import printing as sp
    from frontdesk.store import tickets
    try:
        if kind in ("complaint-reply", "callback-letter"):      # the owner-facing handling text, in one dialog
            sp.check_ticket_document(ctx.db, kind, number)
            t = tickets.get(ctx.db, number)
            dialog = HandlingDialog(t.get("handling_text") or "", number, parent)
            if dialog.exec() != QDialog.Accepted:
                return
            if dialog.text() != (t.get("handling_text") or ""):
                sp.set_handling(ctx.db, number, ctx.user, dialog.text())
                ctx.notify(tables={"tickets"}, numbers={number})
        prepared = sp.prepare_ticket_document(ctx.db, kind, number)
        sp.audit_preview(ctx.db, prepared, ctx.user)            # the work order shows the phone unmasked
    except Refused as exc:
        _explain(parent, exc)
        return
    preview(ctx, parent, prepared)


def print_unit_document(ctx, parent, unit_code: str, kind: str) -> None:
    """A notice (template and values asked) or a survey form for one unit."""
    from frontdesk.services import printing as sp
    try:
        options: dict = {}
        if kind == "notice":
            dialog = NoticeDialog(ctx, parent, unit_code=unit_code)
            if dialog.exec() != QDialog.Accepted:
                return
            options = dialog.options()
        prepared = sp.prepare_unit_documents(ctx.db, kind, unit_code, **options)
    except Refused as exc:
        _explain(parent, exc)
        return
    preview(ctx, parent, prepared)
