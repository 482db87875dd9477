"""User actions on a ticket (a few lines each): ask what the step needs, call the store, notify, explain a refusal.

Dialogs are opened non-modally (`open()`) and returned, so a test can fill them in; the board and the
ticket window share these, so a move means the same everywhere."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from frontdesk.core.errors import Refused
from frontdesk.ui import ticket_dialogs
from frontdesk.ui.writes import after_write, run_write



def explain(parent: QWidget, exc: Refused, title: str | None = None) -> QMessageBox:
    """Show why the rules refused (non-blocking); kept on parent.last_message for whoever looks."""
    from frontdesk.ui.widgets.refusals import describe
    box = QMessageBox(QMessageBox.Warning, title or QCoreApplication.translate("TicketActions", "Not done"), describe(exc),
                      QMessageBox.Ok, parent)
    box.setObjectName("refusalMessage")
    box.open()
    parent.last_message = box
    return box


def _run(parent, ctx, number: str, fn: Callable, done: Callable | None):
    return run_write(ctx, fn, refused=lambda exc: explain(parent, exc), done=done)


def _with_dialog(parent, dialog, apply: Callable[[dict], object]):
    """Open the dialog; on OK run apply(values); a refusal keeps it open with the reason."""
    def accepted():
        try:
            apply(dialog.values())
        except Refused as exc:
            from frontdesk.ui.widgets.refusals import describe
            dialog.show_error(describe(exc))
            dialog.open()
    dialog.accepted.connect(accepted)
    dialog.open()
    parent.pending_dialog = dialog
    return dialog


def request_move(parent: QWidget, ctx, number: str, target: str, done: Callable | None = None):
    """Move `number` to `target`; returns the dialog when the step needs one. Which dialog is core's data
    (states.dialog_for): a handler (dispatch), a rating (the callback), a reason (cancel, reopen)."""
    from frontdesk.core import states
    from frontdesk.store import tickets
    actor = ctx.user

    def do(**kw):
        t = after_write(ctx, tickets.move(ctx.db, number, target, actor, **kw))
        if done:
            done(t)
        return t

    try:
        current = tickets.raw(ctx.db, number)["status"]
    except Refused as exc:
        explain(parent, exc)
        return None
    dialog = states.dialog_for(current, target)
    if dialog == "dispatch":
        dlg = ticket_dialogs.DispatchDialog(ctx, number, parent)
        return _with_dialog(parent, dlg, lambda v: do(handler=v["handler"], note=v["note"]))
    if dialog == "callback":
        return request_callback(parent, ctx, number, done)
    if dialog == "reason":
        title = (QCoreApplication.translate("TicketActions", "Cancel %1") if target == "cancelled"
                 else QCoreApplication.translate("TicketActions", "Reopen %1"))
        dlg = ticket_dialogs.ReasonDialog(title.replace("%1", number),
                                          QCoreApplication.translate("TicketActions", "&Reason"), parent)
        return _with_dialog(parent, dlg, lambda v: do(note=v["note"]))
    _run(parent, ctx, number, lambda: tickets.move(ctx.db, number, target, actor), done)
    return None


def request_callback(parent: QWidget, ctx, number: str, done: Callable | None = None):
    """The callback dialog; the one callback function (services.callbacks.record) closes, reopens when
    unsatisfied, or counts a failed try."""
    from frontdesk.services import callbacks
    dlg = ticket_dialogs.CallbackDialog(ctx, number, parent)

    def apply(v):
        res = callbacks.record(ctx.db, number, ctx.user, reached=v["reached"], rating=v["rating"],
                               comment=v["comment"])
        after_write(ctx, res["ticket"])
        if done:
            done(res["ticket"])
    return _with_dialog(parent, dlg, apply)


def request_escalate(parent: QWidget, ctx, number: str, done: Callable | None = None):
    from frontdesk.store import tickets
    dlg = ticket_dialogs.ReasonDialog(QCoreApplication.translate("TicketActions", "Escalate %1").replace("%1", number),
                                      QCoreApplication.translate("TicketActions", "&Pressed for what, by when"), parent)

    def apply(v):
        t = after_write(ctx, tickets.escalate(ctx.db, number, ctx.user, v["note"]))
        if done:
            done(t)
    return _with_dialog(parent, dlg, apply)


def request_transfer(parent: QWidget, ctx, number: str, done: Callable | None = None):
    from frontdesk.store import tickets
    dlg = ticket_dialogs.TransferDialog(ctx, number, parent)

    def apply(v):
        t = after_write(ctx, tickets.transfer(ctx.db, number, ctx.user, v["to_user"], v["reason"]))
        if done:
            done(t)
    return _with_dialog(parent, dlg, apply)
