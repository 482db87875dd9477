"""The 巡检 page: the day's rounds, a whole returned sheet entered by keyboard alone (a reading checked against its
range as it is typed, a remark for an abnormal item, who and when), a finding opening one linked ticket, the
round found again by its number and re-entered without a second ticket; the dashboard strip and the ticket's
link back to its round."""
import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desk_keys import type_text
from frontdesk.store import inspections, tickets

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
NOW = "2026-12-04T16:00:00"


@pytest.fixture
def page(ctx, qtbot, monkeypatch):
    monkeypatch.setenv("FRONTDESK_NOW", NOW)
    from frontdesk.ui.pages.inspections import InspectionsPage
    p = InspectionsPage(ctx)
    qtbot.addWidget(p)
    p.resize(1300, 760)
    p.show()
    p.day.setDate(p.day.date().fromString("2026-12-04", "yyyy-MM-dd"))
    qtbot.waitExposed(p)
    return p


def key(k, modifier=Qt.NoModifier, to=None):
    QTest.keyClick(to or QApplication.focusWidget(), k, modifier)


def focused():
    return QApplication.focusWidget()


def test_a_whole_sheet_entered_by_keyboard_alone(page, ctx, qtbot):
    rows = page.model.rows
    row = next(i for i, r in enumerate(rows) if r["template"] == "water-supply" and r["state"] == "due")
    page.view.setFocus()
    page.view.selectRow(row)
    key(Qt.Key_Return)                                        # Enter on a round opens its sheet
    dialog = page.last_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: focused() is dialog.rows[0].abnormal)
    key(Qt.Key_Return)                                        # 1 水箱人孔盖: normal
    assert focused() is dialog.rows[1].value
    QTest.keyClicks(focused(), "2.1")                         # 2 水箱水位 within 1.2–2.8
    key(Qt.Key_Return)
    key(Qt.Key_Return)
    assert focused() is dialog.rows[2].value
    QTest.keyClicks(focused(), "0.9")                         # 3 出水压力 above 0.6 MPa: red as it is typed
    assert dialog.rows[2].range_note.text() and "0.25–0.6" in dialog.rows[2].range_note.text()
    assert dialog.rows[2].remark.isEnabled()
    key(Qt.Key_Return)
    key(Qt.Key_Return)                                        # (abnormal tick left: the range says it)
    assert focused() is dialog.rows[2].remark
    type_text(focused(), "压力偏高")
    key(Qt.Key_Return)
    assert focused() is dialog.rows[2].repair and dialog.rows[2].repair.isChecked()
    key(Qt.Key_Return)
    assert focused() is dialog.rows[3].abnormal               # 4 变频泵组: abnormal, fixed on the spot
    key(Qt.Key_Space)
    assert dialog.rows[3].abnormal.isChecked()
    key(Qt.Key_Return)
    assert focused() is dialog.rows[3].remark
    key(Qt.Key_Return)                                        # no remark yet: the save is refused below
    key(Qt.Key_Space)                                         # no repair ticket for this one
    assert not dialog.rows[3].repair.isChecked()
    key(Qt.Key_Return)
    key(Qt.Key_Return)                                        # 5 消毒设备
    QTest.keyClicks(focused(), "0.3")                         # 6 余氯
    key(Qt.Key_Return)
    key(Qt.Key_Return)
    key(Qt.Key_Return)                                        # 7 泵房环境
    key(Qt.Key_Return)                                        # 8 清洗消毒记录
    assert focused() is dialog.inspector
    type_text(focused(), "王师傅")
    key(Qt.Key_Return)
    assert focused() is dialog.when
    key(Qt.Key_Return)
    key(Qt.Key_Return)                                        # on Save
    assert dialog.isVisible() and "变频泵组" in dialog.message.text()
    assert focused() is dialog.rows[3].remark                 # the cursor is put where the remark is missing
    type_text(focused(), "2号泵异响，已紧固")
    key(Qt.Key_S, Qt.ControlModifier, to=dialog.rows[3].remark)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    r = [x for x in inspections.due(ctx.db) if x["template"] == "water-supply" and x["period"] == "2026-12-04"][0]
    assert r["state"] == "done" and r["inspector"] == "王师傅" and r["findings"] == 2
    saved = inspections.get_round(ctx.db, r["number"])
    ticketed = [x for x in saved["results"] if x["ticket"]]
    assert [x["item"] for x in ticketed] == ["出水压力"]
    t = tickets.get(ctx.db, ticketed[0]["ticket"])
    assert t["channel"] == "patrol" and "压力偏高" in t["description"] and "王师傅" in t["description"]
    assert ticketed[0]["ticket"] in page.result.text()
    assert page.history.table.rowCount() == 1 and "出水压力" in page.history.table.item(0, 4).text()

    # the sheet's number typed (or scanned) finds the round again; saving again opens nothing new
    page.find.setFocus()
    QTest.keyClicks(page.find, r["number"])
    key(Qt.Key_Return, to=page.find)
    again = page.last_dialog
    qtbot.waitUntil(again.isVisible)
    assert again.rows[2].value.text() == "0.9" and again.rows[2].repair.text() == t["number"]
    assert not again.rows[2].repair.isEnabled()
    again.save()
    assert again.outcome["opened"] == [] and not again.outcome["created"]
    assert ctx.db.execute("SELECT count(*) FROM tickets WHERE channel = 'patrol'").fetchone()[0] == 1


def test_the_ticket_window_shows_its_round_and_the_dashboard_the_rounds(ctx, qtbot, monkeypatch, centre):
    monkeypatch.setenv("FRONTDESK_NOW", NOW)
    got = inspections.record(ctx.db, centre["desk"], template_name="patrol", place="小区公共区域", results_in=[
        {"item": i["name"], "result": "abnormal" if n == 0 else "normal", "remark": "北门无人值守" if n == 0 else ""}
        for n, i in enumerate(inspections.template(ctx.db, "patrol")["items"])])
    from frontdesk.ui.ticket_window import TicketWindow
    win = TicketWindow(ctx, got["opened"][0])
    qtbot.addWidget(win)
    win.show()
    assert win.round_link.isVisible() and got["round"]["number"] in win.round_link.text()
    assert "出入口值守" in win.round_link.text() and "秩序巡查记录表" in win.round_link.toolTip()
    from frontdesk.ui.pages.dashboard import Page as Dashboard
    dash = Dashboard(ctx)
    qtbot.addWidget(dash)
    dash.show()
    from frontdesk.ui.inspections.hooks import DueStrip
    strip = dash.findChild(DueStrip, "inspectionStrip")
    qtbot.waitUntil(lambda: getattr(strip, "counts", {}).get("due", 0) > 0)
    assert strip.counts["missed"] > 0 and "漏检" not in strip.text() and "Missed" in strip.text()
    assert "二次供水设施巡检表" in strip.toolTip()


def test_rounds_model_passes_the_model_tester(page, qtmodeltester):
    assert page.model.rowCount() > 0
    qtmodeltester.check(page.model)


def test_print_plans_the_chosen_round_and_previews_its_sheet(page, ctx, monkeypatch):
    shown = []
    monkeypatch.setattr("frontdesk.ui.print_actions.preview", lambda _ctx, _parent, prepared: shown.append(prepared))
    row = next(i for i, r in enumerate(page.model.rows) if r["template"] == "elevator" and r["state"] == "due")
    page.view.selectRow(row)
    chosen = page.model.row(row)
    page.print_current()
    assert shown and shown[0].kind == "inspection-sheet"
    number = shown[0].docs[0]["detail"]["round"]
    r = inspections.get_round(ctx.db, number)
    assert (r["place"], r["period"], r["status"]) == (chosen["place"], chosen["period"], "planned")


def test_the_dashboard_strip_opens_the_page(ctx, qtbot, monkeypatch):
    monkeypatch.setenv("FRONTDESK_NOW", NOW)
    from frontdesk.ui.inspections.hooks import DueStrip
    strip = DueStrip(ctx)
    qtbot.addWidget(strip)
    strip.show()
    with qtbot.waitSignal(ctx.show_page) as sig:
        qtbot.mouseClick(strip, Qt.LeftButton)
    assert sig.args == ["inspections"]


def test_every_column_of_the_rounds_fits_beside_the_history_at_1366(ctx, centre, qtbot, monkeypatch):
    """In the main window at 1366×768 the last column (findings · score) was behind the scroll bar: the sheet
    and place columns took their longest text. They are capped (the full text is the cell's tooltip)."""
    monkeypatch.setenv("FRONTDESK_NOW", NOW)
    from frontdesk.ui import i18n
    from frontdesk.ui.main_window import MainWindow
    lights = inspections.template(ctx.db, "public-lighting")       # the longest place of the shipped sheets
    inspections.record(ctx.db, centre["desk"], template_name="public-lighting", place=lights["places"][0],
                       results_in=[{"item": i["name"], **({"result": "abnormal", "remark": "西门灯不亮"} if n == 0 else
                                    {"count": 0} if i["judged"] == "count" else {"result": "normal"})}
                                   for n, i in enumerate(lights["items"])], period="2026-11-30")
    for name in ("quality-cleaning", "quality-greening"):           # the longest titles, with a score
        inspections.record(ctx.db, centre["desk"], template_name=name, place="全小区", results_in=[
            {"item": i["name"], "result": "normal"} for i in inspections.template(ctx.db, name)["items"]])
    app = QApplication.instance()
    saved = app.font(), app.styleSheet(), app.palette(), app.style().name()
    from frontdesk.ui import theme
    theme.apply(app)                                 # the program's own font and style: what the desk sees
    i18n.install(app, "zh_CN")
    try:
        window = MainWindow(ctx, remember=False)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        window.show_page("inspections")
        from frontdesk.ui.pages.inspections import InspectionsPage
        page = window.findChild(InspectionsPage)
        window.resize(1366, 768)                    # again once shown, as `frontdesk shot` does (offscreen clamps)
        qtbot.waitUntil(lambda: page.model.rowCount() > 0 and page.view.isVisible() and window.width() == 1366)
        QApplication.processEvents()
        view, header = page.view, page.view.horizontalHeader()
        cols = page.model.columnCount()
        last = max(view.fontMetrics().horizontalAdvance(page.model.data(page.model.index(r, cols - 1)))
                   for r in range(page.model.rowCount()))
        assert last > 50                                          # findings and scores are there to be seen
        assert header.sectionPosition(cols - 1) + last + 14 <= view.viewport().width()   # the last one shows whole
        long = max(range(page.model.rowCount()), key=lambda r: len(page.model.data(page.model.index(r, 2))))
        cell = page.model.index(long, 2)
        assert page.model.data(cell, Qt.ToolTipRole) == page.model.data(cell)
    finally:
        i18n.install(app, "en")
        app.setFont(saved[0])
        app.setStyleSheet(saved[1])
        app.setPalette(saved[2])
        app.setStyle(saved[3])


def test_enter_in_the_empty_number_box_enters_the_chosen_round(page, qtbot):
    """Enter in the sheet-number box with nothing typed said '没有inspection round“”' instead of doing what the
    button beside it (录入巡检单 (Enter)) says: it enters the chosen round's sheet."""
    rows = page.model.rows
    row = next(i for i, r in enumerate(rows) if r["template"] == "water-supply" and r["state"] == "due")
    page.view.selectRow(row)
    page.find.setFocus()
    page.last_dialog = None
    QTest.keyClick(page.find, Qt.Key_Return)
    dialog = page.last_dialog
    assert dialog is not None and page.result.text() == ""
    qtbot.waitUntil(dialog.isVisible)
    assert (dialog.tpl["name"], dialog.place) == ("water-supply", rows[row]["place"])
    dialog.reject()
    QTest.keyClicks(page.find, "XC-20990101-999")             # a number that is not a sheet: said, nothing opened
    page.last_dialog = None
    QTest.keyClick(page.find, Qt.Key_Return)
    assert page.last_dialog is None and "XC-20990101-999" in page.result.text()


def test_a_counts_trend_reads_in_whole_numbers_and_a_readings_in_its_own_decimals(ctx, centre, qtbot):
    """The trend chart's axis (core.axis, as on paper): the extinguishers counted are 3, 4, 5, never 3.76."""
    from frontdesk.store import inspection_history
    from frontdesk.ui.inspections.history import TrendChart
    fire = inspection_history.reading_trend(ctx.db, "fire-safety", "消防控制室及各楼层", "灭火器")
    assert fire["judged"] == "count"
    chart = TrendChart()
    qtbot.addWidget(chart)
    chart.resize(320, 170)
    day = dt.date(2026, 11, 1)
    chart.set_trend({**fire, "points": [(day, 4), (day + dt.timedelta(days=7), 5), (day + dt.timedelta(days=14), 3)]})
    bottom, top, marks = chart.scale()
    assert all(text.isdigit() for _, text in marks) and bottom <= 3 and top >= 5, marks
    assert not chart.grab().isNull()
    chart.set_trend({"judged": "reading", "unit": "mg/L", "min": 0.3, "max": 4.0,
                     "points": [(day, 0.51), (day + dt.timedelta(days=7), 0.53)]})
    bottom, top, marks = chart.scale()
    assert bottom <= 0.3 and top >= 4.0 and len({t for _, t in marks}) == len(marks)
    assert not chart.grab().isNull()
