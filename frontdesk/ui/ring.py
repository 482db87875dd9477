"""What the running window does with a message from a second start or `frontdesk ring`: come to the front;
for a ring, open the intake with the caller looked up (one person: chosen; several: listed; unknown: a blank
intake with the number in the call-back field)."""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt

log = logging.getLogger("frontdesk")


def bring_forward(window) -> None:
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()


def handle(window, message: dict) -> None:
    """Route one message to the main window (logs only the kind, never the number)."""
    log.info("instance message: %s", message.get("cmd"))
    bring_forward(window)
    if message.get("cmd") == "ring" and message.get("phone"):
        ring(window, str(message["phone"]))


def ring(window, phone: str) -> dict | None:
    """Open the intake for this caller; returns the lookup (None when the window is locked or has no intake)."""
    from frontdesk.core.errors import Refused
    from frontdesk.store import callers
    if getattr(window, "locked", False):
        window.statusBar().showMessage(QCoreApplication.translate("Ring", "Call from %1").replace("%1", phone))
        return None
    try:
        found = callers.lookup(window.ctx.db, phone)
    except Refused:
        return None
    window.new_intake()
    page = window.pages.get("intake")
    if page is None:
        return found
    people = found["people"]
    if len(people) == 1:
        person = people[0]
        page.choose({"kind": "person", "id": person["id"], "key": person["id"], "label": person["name"],
                     "detail": " ".join(person["units"]), "units": person["units"]})
    elif people:
        page.search.edit.setText(found["phone"])
        page.search.edit.setFocus(Qt.OtherFocusReason)
    else:
        page.contact.setText(found["phone"])
    window.statusBar().showMessage(describe(found), 60_000)
    return found


def describe(found: dict) -> str:
    """One line for the status bar: who is calling and their open tickets."""
    if not found["people"]:
        return QCoreApplication.translate("Ring", "Call from %1: a new caller, not in the archive").replace("%1", found["phone"])
    parts = []
    for p in found["people"]:
        tickets = "、".join(t["number"] for t in p["open_tickets"]) or QCoreApplication.translate("Ring", "none")
        parts.append(QCoreApplication.translate("Ring", "%1 (%2), open tickets: %3").replace("%1", p["name"])
                     .replace("%2", "、".join(p["units"]) or "—").replace("%3", tickets))
    return QCoreApplication.translate("Ring", "Call from %1: %2").replace("%1", found["phone"]).replace("%2", "; ".join(parts))
