"""What other windows show of inspections, each a small widget they add with a line or two: the dashboard's
strip of rounds due today, late and missed (a click opens the 巡检 page), and the round a ticket came from."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel

from frontdesk.ui.i18n import Retranslating
from frontdesk.ui.widgets.lazy import RefreshWhenShown

from .words import COLOURS, state


class DueStrip(Retranslating, RefreshWhenShown, QLabel):
    """巡检：今日应检 5　逾期 1　漏检 2 — missed rounds named in the tooltip; a click goes to the page."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("inspectionStrip")
        self.setTextFormat(Qt.RichText)
        self.setCursor(Qt.PointingHandCursor)
        self.setStyleSheet("background: white; border-left: 5px solid #6a1b9a; border-radius: 4px; padding: 6px;")
        self.linkActivated.connect(lambda _l: ctx.show_page.emit("inspections"))
        self._soon = QTimer(self, singleShot=True, interval=300)
        self._soon.timeout.connect(self.refresh_if_shown)
        ctx.changed.connect(lambda c: self._soon.start() if "inspection_rounds" in c.get("tables", ()) else None)
        self.stale = True

    def on_language_change(self) -> None:
        self.refresh_if_shown()

    def mousePressEvent(self, event):
        self.ctx.show_page.emit("inspections")
        super().mousePressEvent(event)

    def refresh(self) -> None:
        from frontdesk.store import inspections
        self.stale = False
        rows = inspections.due(self.ctx.db)
        counts = {k: sum(1 for r in rows if r["state"] == k) for k in ("due", "late", "missed")}
        parts = [f"<span style='color:{COLOURS[k]}; font-weight:bold; font-size:13pt'>{state(k)} {n}</span>"
                 for k, n in counts.items()]
        caption = self.tr("Inspection rounds")
        self.setText(f"<b>{caption}</b>　" + "　".join(parts))
        missed = [r for r in rows if r["state"] in ("missed", "late")][:12]
        self.setToolTip("\n".join(f"{state(r['state'])} {r['due_on']} {r['title']} {r['place']}" for r in missed))
        self.counts = counts


class RoundLink(QLabel):
    """On a ticket's window: the inspection round (and item) the ticket was opened from."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("roundLink")
        self.setStyleSheet("color: #6a1b9a;")
        self.hide()

    def show_for(self, db, ticket_id: str | None) -> None:
        from frontdesk.store import inspections
        found = inspections.round_of_ticket(db, ticket_id) if ticket_id else None
        if found:
            self.setText(self.tr("Inspection round %1: %2").replace("%1", found["number"]).replace("%2", found["item"]))
            self.setToolTip(self.tr("From inspection round %1 (%2, %3: %4)").replace("%1", found["number"]).replace(
                "%2", found["title"]).replace("%3", found["place"]).replace("%4", found["item"]))
        self.setVisible(bool(found))


def completion_text(data: dict | None) -> str:
    """The monthly analysis's line on inspections: done / due, the rate, the missed rounds named."""
    from PySide6.QtCore import QCoreApplication
    if not data or not data.get("due"):
        return ""
    missed = "；".join(f"{m['due_on'][5:]} {m['title']} {m['place']}" for m in data["missed_rounds"][:20])
    text = QCoreApplication.translate("InspectionWords", "Inspection rounds: %1 of %2 done (%3%); missed %4").replace(
        "%1", str(data["done"])).replace("%2", str(data["due"])).replace("%3", f"{data['rate']:.1f}").replace(
        "%4", str(data["missed"]))
    return text + (f"：{missed}" + ("…" if len(data["missed_rounds"]) > 20 else "") if missed else "")
