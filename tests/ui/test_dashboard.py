"""The dashboard page: tiles and tables from the store, refreshed when tickets change, models tested."""
from __future__ import annotations

import datetime as dt

import pytest

from frontdesk.store import tickets
from frontdesk.ui.pages.dashboard import Page

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def test_dashboard_shows_mine_overdue_and_today(qtbot, desk_ctx, centre):
    db, desk = centre["db"], centre["desk"]
    late = tickets.create(db, type="repair", category="水电", description="漏水", actor=desk, unit="1-1-101",
                          at=dt.datetime.now().replace(microsecond=0) - dt.timedelta(days=3))
    page = Page(desk_ctx)
    qtbot.addWidget(page)
    assert page.models["mine"].rowCount() == 0          # nothing loaded until the page is shown
    page.show()
    assert page.models["mine"].number(0) == late["number"]
    assert page.models["overdue"].number(0) == late["number"]
    assert page.tiles["overdue"].value.text() == "1"
    tickets.create(db, type="inquiry", category="停车", description="停车", actor=desk, unit="1-1-102",
                   channel="wechat", close_now=True, answer="150元")
    desk_ctx.notify(tables={"tickets"})
    qtbot.waitUntil(lambda: page.tiles["today"].value.text() == "1")
    assert page.count_labels[("channel", "wechat")].text() == "1"
    assert page.count_labels[("type", "inquiry")].text() == "1"


def test_dashboard_models_pass_the_model_tester(qtbot, qtmodeltester, desk_ctx, centre):
    tickets.create(centre["db"], type="repair", category="水电", description="漏水", actor=centre["desk"],
                   unit="1-1-101")
    page = Page(desk_ctx)
    qtbot.addWidget(page)
    page.show()
    for model in page.models.values():
        qtmodeltester.check(model)
