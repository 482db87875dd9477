"""Every page's "today" is the desk's clock (store.db.local_now), never the machine's own: FRONTDESK_NOW fixes
it for tests and screenshots, and a ticket list's time left is counted from the same moment as the store's."""
import datetime as dt


def test_pages_open_on_the_desk_clock(ctx, qtbot, monkeypatch):
    monkeypatch.setenv("FRONTDESK_NOW", "2026-03-09T10:00")
    from frontdesk.ui.models.ticket_list import TicketListModel
    from frontdesk.ui.pages.audit import AuditPage as Audit
    from frontdesk.ui.pages.inspections import InspectionsPage as Inspections
    from frontdesk.ui.reports.daily_log import DailyLogTab
    pages = [Inspections(ctx), Audit(ctx), DailyLogTab(ctx)]
    for p in pages:
        qtbot.addWidget(p)
    assert pages[0].day.date().toPython() == dt.date(2026, 3, 9)
    assert pages[2].date.date().toPython() == dt.date(2026, 3, 9)
    assert TicketListModel().now == dt.datetime(2026, 3, 9, 10, 0)
