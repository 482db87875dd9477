"""`frontdesk hq view`: the same figures as `hq report`, charts, and the drill-down to a centre's tickets."""
import pytest

from .test_merge import _merge, _register
from .test_report import _month_and_now

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def sqlite_hq(tmp_path, demo_centres):
    from frontdesk.hq.centres import init
    target = str(tmp_path / "hq.db")
    init(target)
    centres = [c.copy(tmp_path / f"c{i}") for i, c in enumerate(demo_centres)]
    _register(target, centres, tmp_path)
    _merge(target, [c.export(tmp_path / "b", full=True) for c in centres])
    return target


def test_window_shows_the_report_and_drills_down(qtbot, qtmodeltester, sqlite_hq, demo_centres, tmp_path):
    from frontdesk.hq.centres import open_hq
    from frontdesk.hq.report import group_report
    from frontdesk.ui.hq_view import HqWindow
    month, _ = _month_and_now()
    w = HqWindow(sqlite_hq, month)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.report is not None, timeout=20000)
    model = w.centres_model
    assert model.rowCount() == 3                           # two centres and the group
    qtmodeltester.check(model)
    with open_hq(sqlite_hq) as hq:
        expected = group_report(hq, month)
    for r, c in enumerate(expected["centres"]):
        assert model.index(r, 1).data() == c["name"]
        assert model.index(r, 2).data() == str(c["row"]["intake"])
    assert w.timeliness_chart.values == [c["row"]["timeliness"] for c in expected["centres"]]
    w.grab().save(str(tmp_path / "hq_view.png"))
    w.centres.doubleClicked.emit(model.index(0, 1))
    assert w.tabs.currentWidget() is w.tickets_page
    assert w.tickets_model.rowCount() == expected["centres"][0]["row"]["intake"] + _cancelled(
        demo_centres, expected["centres"][0]["centre_id"], month)
    qtmodeltester.check(w.tickets_model)
    assert expected["centres"][0]["name"] in w.tickets_title.text()
    w.centres.doubleClicked.emit(model.index(2, 1))        # the group's line has no tickets of its own
    assert expected["centres"][0]["name"] in w.tickets_title.text()
    w.close()


def _cancelled(centres, centre_id, month):
    """The drill-down lists cancelled tickets too; the intake count leaves them out."""
    import sqlite3
    from frontdesk.core.reports import month_bounds
    c = next(c for c in centres if c.centre_id == centre_id)
    start, end = month_bounds(month)
    return sqlite3.connect(c.path).execute(
        "SELECT count(*) FROM tickets WHERE status = 'cancelled' AND received_at >= ? AND received_at < ? "
        "AND deleted_at IS NULL", [start, end]).fetchone()[0]
