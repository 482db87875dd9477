"""The Reports page: daily log, callbacks, monthly analysis and survey on real widgets (offscreen), showing
the numbers the core functions return."""
from __future__ import annotations

import csv
import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt

from frontdesk.store import reports, tickets

D = dt.datetime
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def page(ctx, centre, qtbot, monkeypatch):
    monkeypatch.setenv("FRONTDESK_NOW", "2026-11-20T12:00:00")
    db, a = centre["db"], centre["admin"]
    numbers = {}
    numbers["late"] = tickets.create(db, type="repair", category="水电", description="=1+1 漏水", actor=a,
                                     unit="1-1-101", at=D(2026, 10, 3, 23, 59))["number"]
    numbers["early"] = tickets.create(db, type="inquiry", category="停车", description="车位", actor=a,
                                      unit="1-1-102", at=D(2026, 10, 4, 0, 1), close_now=True)["number"]
    n = numbers["late"]
    tickets.move(db, n, "dispatched", a, at=D(2026, 10, 4, 8, 0))
    tickets.move(db, n, "done", a, at=D(2026, 10, 4, 9, 0))
    tickets.move(db, n, "verified", a, at=D(2026, 10, 4, 9, 30))
    tickets.move(db, n, "notified", a, at=D(2026, 10, 4, 10, 0))
    from frontdesk.ui.pages.reports import Page
    p = Page(ctx)
    qtbot.addWidget(p)
    p.resize(1366, 768)
    p.show()
    p.numbers = numbers
    return p


def test_page_contract(page):
    assert page.key == "reports" and page.title()
    assert page.tabs.count() == 4


def test_daily_log_shows_its_own_day(page, qtmodeltester):
    page.daily.date.setDate(QDate(2026, 10, 3))
    assert [r["number"] for r in page.daily.model.rows] == [page.numbers["late"]]
    page.daily.date.setDate(QDate(2026, 10, 4))
    assert [r["number"] for r in page.daily.model.rows] == [page.numbers["early"]]
    assert page.daily.model.index(0, 7).data() == "139****1111"
    qtmodeltester.check(page.daily.model)


def test_daily_log_export_csv_from_the_page(page, qtbot, tmp_path):
    page.daily.date.setDate(QDate(2026, 10, 3))
    path = tmp_path / "d.csv"
    job = page.daily.export("csv", str(path))
    with qtbot.waitSignal(job.done, timeout=10000):
        pass
    rows = list(csv.reader(path.read_text("utf-8-sig").splitlines()))
    assert rows[1][0] == page.numbers["late"] and rows[1][8] == "'=1+1 漏水"


def _loaded(qtbot, cb):
    """The callbacks list loads off the GUI thread."""
    qtbot.waitUntil(lambda: cb.loaded_rows is not None and not cb.busy(), timeout=10000)


def test_callback_unsatisfied_reopens_with_a_note_to_the_first_responder(page, ctx, qtbot, qtmodeltester):
    page.tabs.setCurrentWidget(page.callbacks)
    cb = page.callbacks
    _loaded(qtbot, cb)
    assert [r["number"] for r in cb.model.rows] == [page.numbers["late"]]
    qtmodeltester.check(cb.model)
    assert "Hello" in cb.script.toPlainText() and "漏水" in cb.script.toPlainText()
    cb.rating_buttons["unsatisfied"].setChecked(True)
    cb.comment.setText("还在滴水")
    res = cb.save(reached=True)
    assert res["ticket"]["status"] == "reopened"
    events = tickets.events(ctx.db, res["ticket"]["id"])
    note = [e for e in events if e["kind"] == "note"][-1]
    assert "首问责任人" in note["note"] and "还在滴水" in note["note"]
    qtbot.waitUntil(lambda: cb.model.rows == [] and not cb.busy(), timeout=10000)


def test_three_failed_callbacks_offer_the_letter(page, ctx, qtbot):
    page.tabs.setCurrentWidget(page.callbacks)
    cb = page.callbacks
    _loaded(qtbot, cb)
    assert not cb.letter_button.isEnabled()
    offers = []
    for _ in range(3):
        offers.append(cb.save(reached=False)["offer_letter"])
        _loaded(qtbot, cb)
    assert offers == [False, False, True]
    assert cb.letter_button.isEnabled() and cb.model.rows[0]["callback_attempts"] == 3
    assert tickets.get(ctx.db, page.numbers["late"])["callback_attempts"] == 3


def test_monthly_shows_the_core_figures_and_charts(page, ctx, qtbot):
    page.monthly.month.setDate(QDate(2026, 10, 1))
    page.tabs.setCurrentWidget(page.monthly)                 # computed when first shown
    qtbot.waitUntil(lambda: page.monthly.figures is not None, timeout=10000)
    assert page.monthly.figures["month"] == "2026-10"
    f = reports.monthly_analysis(ctx.db, "2026-10")
    assert page.monthly.figures["timeliness"] == f["timeliness"]
    t = f["repair_timeliness"]                               # the headline is the repairs' (60 % target)
    assert page.monthly.measures.item(0, 1).text() == f"{t['rate'] * 100:.1f}% ({t['met']}/{t['due']})"
    assert page.monthly.charts["types"].values == [1, 1]
    assert len(page.monthly.charts["rates"].series[0][1]) == 12
    assert not page.monthly.charts["rates"].grab().isNull()


def test_picking_another_month_shows_that_month_without_pressing_show(page, qtbot):
    """The picker said 2026-11 while the figures were still October's (only Show recomputed)."""
    page.monthly.month.setDate(QDate(2026, 10, 1))
    page.tabs.setCurrentWidget(page.monthly)
    qtbot.waitUntil(lambda: (page.monthly.figures or {}).get("month") == "2026-10", timeout=10000)
    page.monthly.month.setDate(QDate(2026, 9, 1))
    qtbot.waitUntil(lambda: page.monthly.figures["month"] == "2026-09", timeout=10000)
    assert "2026" in page.monthly.heading.text() and "9" in page.monthly.heading.text()


def test_count_chart_ticks_are_whole_numbers(qtbot):
    """One ticket drew a count axis of 0.0, 0.4, ... 2.0."""
    from PySide6.QtGui import QImage
    from frontdesk.ui.reports.charts import BarChart
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.resize(400, 250)
    drawn = []
    chart._axis = lambda p, area, top, fmt: drawn.append((top, fmt))
    chart.set_data("登记量", ["报修"], [1])
    image = QImage(400, 250, QImage.Format_ARGB32)
    chart.render(image)
    top, fmt = drawn[-1]
    assert top == 5 and fmt == "%.0f"


def test_survey_keyboard_entry(page, ctx, qtbot):
    page.tabs.setCurrentWidget(page.survey)
    s = page.survey
    s.year.setValue(2026)
    s.create_survey()
    assert s.entry.isEnabled()
    qtbot.keyClicks(s.unit, "1-1-101")
    qtbot.keyClick(s.unit, Qt.Key_Return)
    qtbot.keyClicks(s.scores, "5555544444")
    qtbot.keyClick(s.scores, Qt.Key_Return)
    s.comment.setText("很好")            # QTest cannot type CJK characters
    qtbot.keyClick(s.comment, Qt.Key_Return)
    assert s.unit.text() == "" and s.scores.text() == ""
    assert s.results["overall"]["responses"] == 1
    assert s.elements.item(0, 1).text() == "5.00"
    qtbot.keyClicks(s.unit, "1-1-101")
    qtbot.keyClicks(s.scores, "5555544444")
    assert s.save() is False and "already" in s.entry_status.text()
    s.unit.setText("1-1-102")
    s.scores.clear()
    qtbot.keyClicks(s.scores, "5555544446")              # a 6 is kept as typed and refused, naming the score
    assert s.scores.text() == "5555544446"
    assert s.save() is False and s.results["overall"]["responses"] == 1
    assert "'6'" in s.entry_status.text() and "scores" in s.entry_status.text()
    with qtbot.waitSignal(ctx.show_page) as sig:         # the forms are printed from the print centre
        s.forms_button.click()
    assert sig.args == ["print"]


def test_page_renders(page, qtbot):
    for i in range(page.tabs.count()):
        page.tabs.setCurrentIndex(i)
        if page.tabs.currentWidget() is page.monthly:     # computed when first shown
            qtbot.waitUntil(lambda: page.monthly.figures is not None, timeout=10000)
        if page.tabs.currentWidget() is page.callbacks:   # loaded off the GUI thread
            _loaded(qtbot, page.callbacks)
        img = page.grab()
        assert img.width() == 1366 and not img.isNull()


def test_monthly_pdf_and_survey_csv_export_from_the_page(page, ctx, qtbot, tmp_path):
    import subprocess
    page.monthly.month.setDate(QDate(2026, 10, 1))
    job = page.monthly.export(str(tmp_path / "m.pdf"))
    with qtbot.waitSignal(job.done, timeout=20000):
        pass
    text = subprocess.run(["pdftotext", str(tmp_path / "m.pdf"), "-"], capture_output=True, text=True).stdout
    assert "2026年10月客服月度分析报告" in text
    s = page.survey
    s.year.setValue(2026)
    s.create_survey()
    s.unit.setText("1-1-101")
    s.scores.setText("3333333333")
    assert s.save()
    job = s.export(str(tmp_path / "s.csv"))
    with qtbot.waitSignal(job.done, timeout=10000) as done:
        pass
    assert done.args[0]["responses"] == 1
    assert "满意度指数,50.0," in (tmp_path / "s.csv").read_text("utf-8-sig")


def test_daily_log_speaks_the_window_language(page, qapp):
    from frontdesk.ui import i18n
    page.daily.date.setDate(QDate(2026, 10, 4))
    assert page.daily.model.index(0, 3).data() == "Inquiry"            # English: the source strings
    try:
        i18n.install(qapp, "zh_CN")
        page.daily.refresh()
        assert page.daily.model.index(0, 3).data() == "咨询"
        assert "咨询 1" in page.daily.summary.text() and "（" in page.daily.summary.text()      # full-width in Chinese
    finally:
        i18n.install(qapp, "en")


def test_survey_element_names_follow_the_window_language(page, qapp):
    """The English window listed the ten elements in Chinese (1.依赖性 2.迅速反应 ...)."""
    from frontdesk.ui import i18n
    assert page.survey.order.text().startswith("1.Reliability  2.Responsiveness")
    assert "依赖性" not in page.survey.order.text()
    try:
        i18n.install(qapp, "zh_CN")
        qapp.processEvents()
        assert page.survey.order.text().startswith("1.可靠性  2.迅速反应")
        assert "10.设施与环境" in page.survey.order.text()
    finally:
        i18n.install(qapp, "en")


def test_an_empty_month_shows_one_kind_of_dash(page, qtbot):
    """The measures table mixed '—' and '-' for figures that do not exist."""
    page.monthly.month.setDate(QDate(2020, 1, 1))
    page.tabs.setCurrentWidget(page.monthly)
    qtbot.waitUntil(lambda: (page.monthly.figures or {}).get("month") == "2020-01", timeout=10000)
    t = page.monthly.measures
    cells = [t.item(r, c).text() for r in range(t.rowCount()) for c in range(t.columnCount()) if t.item(r, c)]
    assert "-" not in cells and "—" in cells


def test_line_chart_keeps_target_names_off_the_last_month(qtbot):
    """'目标 85%' was drawn over the last month's point and its number."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor
    from frontdesk.ui.reports.charts import LineChart
    chart = LineChart()
    qtbot.addWidget(chart)
    chart.resize(500, 260)
    chart.set_data("rates", ["26.10", "26.11"], [("a", [0.0, 0.8], QColor("blue"))],
                   targets=[("目标 85%", 0.85, QColor("green"))])
    frame = QRectF(42, 30, 500 - 54, 260 - 74)
    area = chart.plot_area(frame)
    last_point_x = area.left() + 1.5 * area.width() / 2
    assert last_point_x + 20 < area.right()                       # the point's number fits left of the names
    assert area.right() + chart.fontMetrics().horizontalAdvance("目标 85%") <= chart.width()
    assert not chart.grab().isNull()


def test_building_chart_says_building(page, qtbot, qapp):
    page.monthly.month.setDate(QDate(2026, 10, 1))
    page.tabs.setCurrentWidget(page.monthly)
    qtbot.waitUntil(lambda: (page.monthly.figures or {}).get("month") == "2026-10", timeout=10000)
    assert page.monthly.charts["buildings"].labels == ["Bldg 1"]


def test_target_names_beside_a_line_chart_never_overlap(qtbot):
    """目标 85% and 累计目标 80% were written over each other at the right of the 维修及时完成率 chart (5 points
    apart is less than a line of text at the report's height); each name now has its own line, in the order of
    the targets, the higher one above."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage
    from frontdesk.ui.reports.charts import LineChart
    chart = LineChart()
    qtbot.addWidget(chart)
    chart.resize(560, 200)
    chart.set_data("维修及时完成率与回访满意率（%）", ["25.12", "26.01"], [("及时", [0.9, 0.91], QColor("blue"))],
                   targets=[("目标 85%", 0.85, QColor("green")), ("累计目标 80%", 0.80, QColor("blue")),
                            ("上限 5%", 0.05, QColor("red")), ("下限 2%", 0.02, QColor("red"))])
    area = chart.plot_area(QRectF(0, 0, 560, 200))
    boxes = chart.target_label_boxes(area)
    assert all(not a.intersects(b) for i, a in enumerate(boxes) for b in boxes[i + 1:])
    assert boxes[0].top() < boxes[1].top() and boxes[2].top() < boxes[3].top()
    assert all(0 <= b.top() and b.bottom() <= chart.height() for b in boxes)
    image = QImage(560, 200, QImage.Format_ARGB32)
    chart.render(image)                                          # the paint uses the same boxes
