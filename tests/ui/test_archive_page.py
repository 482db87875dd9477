"""The archive page on real widgets: the tree and its filters, unit and person views, reveal, a refused edit,
the import wizard importing a small file."""
import csv

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from frontdesk.store import people, tickets, units

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def ctx(desk_ctx):
    """Logged in as the receptionist desk1."""
    return desk_ctx


@pytest.fixture
def page(ctx, qtbot):
    from frontdesk.ui.pages.archive import Page
    p = Page(ctx)
    qtbot.addWidget(p)
    p.resize(1200, 700)
    p.show()
    return p


def test_tree_counts_and_filters(page, centre, qtmodeltester):
    units.add(centre["db"], "2-2-201", property_type="商业")
    page.refresh()
    model = page.model
    assert model.rowCount() == 2 and page.model.total == 4
    b1 = model.index(0, 0)
    assert model.data(b1) == page.tr("Building %1").replace("%1", "1") and model.data(model.index(0, 1)) == "2"
    entrance = model.index(0, 0, b1)
    assert model.hasChildren(entrance) and model.canFetchMore(entrance)
    model.fetchMore(entrance)
    assert model.rowCount(entrance) == 2 and model.index(0, 0, entrance).data() == "1-1-101"
    qtmodeltester.check(model)
    combo = page.filters["property_type"]
    combo.setCurrentIndex(combo.findData("商业"))
    assert page.model.total == 1 and page.model.rowCount() == 1
    assert "1" in page.count.text()


def test_unit_view_health_and_ticket_open(page, ctx, centre, qtbot):
    t = tickets.create(centre["db"], type="repair", category="空调", description="空调不制冷", actor=centre["desk"],
                       unit="1-1-101")
    page.show_unit("1栋1单元101")
    view = page.unit_view
    assert page.stack.currentWidget() is view and view.heading.text() == "1-1-101"
    assert view.occupants.rowCount() == 1 and view.occupants.item(0, 0).text() == "张三丰"
    assert view.occupants.item(0, 2).text() == "138****5678"
    assert view.health.topLevelItemCount() == 8
    aircon = view.health.topLevelItem(1)
    assert aircon.childCount() == 1 and aircon.child(0).text(1) == t["number"]
    assert view.timeline.rowCount() >= 1
    assert page.tree.currentIndex().data() == "1-1-101"
    with qtbot.waitSignal(ctx.open_ticket) as sig:
        view.health.itemDoubleClicked.emit(aircon.child(0), 0)
    assert sig.args == [t["number"]]


def test_person_view_masks_and_reveal_for_leads_only(page, ctx, centre):
    pid = centre["units"]["1-1-101"][1]["id"]
    page.show_person(pid)
    view = page.person_view
    assert view.values["phones"].text() == "138****5678"
    assert view.reveal_button.isHidden()
    ctx.set_user(centre["lead"])
    page.show_person(pid)
    assert not view.reveal_button.isHidden()
    view.reveal()
    assert view.values["phones"].text() == "13812345678"
    assert ctx.db.execute("SELECT count(*) FROM audit WHERE action IN ('view_id', 'view_phone') AND actor = 'lead'"
                          ).fetchone()[0] == 2
    assert view.units.item(0, 0).text() == "1-1-101"


def test_refused_edit_points_at_the_field(page, ctx, centre, qtbot):
    from frontdesk.ui.archive.dialogs import PersonDialog
    pid = centre["units"]["1-1-101"][1]["id"]
    dlg = PersonDialog(ctx, people.get(ctx.db, pid), page)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.fields["name"].setText("张三丰")
    dlg.fields["phones"].setText("12345")
    dlg._try_save()
    assert dlg.result() == 0 and dlg.isVisible()
    assert "border" in dlg.fields["phones"].styleSheet()
    assert dlg.fields["phones"].hasFocus() or dlg.focusWidget() is dlg.fields["phones"]
    assert dlg.error.text().startswith(dlg.tr("%1: %2").split("%")[0]) and "12345" in dlg.error.text()
    assert people.get(ctx.db, pid)["phones"] == ["13812345678"]
    dlg.fields["phones"].setText("13812345678 010-66668888")
    dlg.fields["tags"].setText("独居老人、VIP")
    dlg._try_save()
    assert dlg.result() == 1
    assert people.get(ctx.db, pid)["tags"] == ["独居老人", "VIP"]
    dlg2 = PersonDialog(ctx, people.get(ctx.db, pid), page)
    qtbot.addWidget(dlg2)
    dlg2.fields["tags"].setText("独居老人、需上门服务")
    dlg2._try_save()
    tags = page.filters["tag"]
    assert tags.findData("需上门服务") > 0


def test_search_opens_a_person(page, centre):
    page.search.setText("zsf")
    page._search()
    assert page.results.count() >= 1
    page._open_result(page.results.item(0))
    assert page.stack.currentWidget() is page.person_view and page.person_view.heading.text() == "张三丰"


def test_import_wizard_imports_a_small_file(page, ctx, tmp_path, qtbot):
    from frontdesk.ui.archive.import_wizard import ImportWizard
    path = tmp_path / "owners.csv"
    with open(path, "w", encoding="gb18030", newline="") as fh:
        csv.writer(fh).writerows([["房间号", "客户姓名", "联系方式", "户主备注"], ["8幢1单元801室", "韩梅梅", "13600000001", ""],
                                  ["8-1-802", "李雷", "bad", ""]])
    wiz = ImportWizard(ctx, page)
    qtbot.addWidget(wiz)
    wiz.show()
    wiz.file_page.path.setText(str(path))
    wiz.next()
    assert set(wiz.mapping_page.mapping().values()) == {"unit", "name", "phone"}
    assert wiz.mapping_page.isComplete()
    from PySide6.QtWidgets import QLabel                 # headings, and what the first lines hold (10.35)
    texts = [w.text() for w in wiz.mapping_page.body.findChildren(QLabel)]
    assert {"Column in the file", "First lines hold", "Imported as"} <= set(texts)
    assert wiz.mapping_page.body.findChild(QLabel, "sample_1").text() == "韩梅梅 · 李雷"
    assert wiz.mapping_page.body.findChild(QLabel, "sample_2").text() == "136****0001 · bad"      # masked
    wiz.next()
    run = wiz.run_page
    run.run(dry_run=True)
    qtbot.waitUntil(lambda: run.result is not None, timeout=20000)
    assert run.result.dry_run and run.result.units_added == 1 and not run.isComplete()
    assert ctx.db.execute("SELECT count(*) FROM units WHERE code = '8-1-801'").fetchone()[0] == 0
    run.result = None
    run.run(dry_run=False)
    qtbot.waitUntil(lambda: run.result is not None or "\n" not in run.report.toPlainText() and
                    run.report.toPlainText() != "", timeout=20000)
    assert run.result is not None, run.report.toPlainText()
    assert run.result.people_added == 1 and len(run.result.refused) == 1
    assert "802" not in ctx.db.execute("SELECT group_concat(code) FROM units").fetchone()[0]
    assert units.get(ctx.db, "8-1-801")
    assert run.isComplete() and "3" in run.report.toPlainText()
    assert wiz.button(QWizard.FinishButton).isEnabled()
    assert page.model.total == 4


def test_refresh_keeps_open_branches(page, ctx, centre):
    b1 = page.model.index(0, 0)
    entrance = page.model.index(0, 0, b1)
    page.tree.expand(b1)
    page.tree.expand(entrance)
    units.add(centre["db"], "1-1-103")
    ctx.notify(tables={"units"})
    b1 = page.model.index(0, 0)
    entrance = page.model.index(0, 0, b1)
    assert page.tree.isExpanded(b1) and page.tree.isExpanded(entrance)
    assert page.model.rowCount(entrance) == 3


def test_merge_dialog_merges_the_chosen_record(page, ctx, centre, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from frontdesk.ui.archive.dialogs import MergeDialog
    keep = centre["units"]["1-1-101"][1]
    twin = people.add(ctx.db, "张三丰", phones=["13812345678"], notes="另一份档案")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    dlg = MergeDialog(ctx, people.get(ctx.db, keep["id"]), page)
    qtbot.addWidget(dlg)
    assert dlg.list.count() == 1
    dlg.do_merge()
    assert dlg.result() == 1
    assert people.get(ctx.db, twin["id"])["merged_into"] == keep["id"]
    assert "另一份档案" in people.get(ctx.db, keep["id"])["notes"]


def test_search_list_follows_a_merge(page, ctx, centre, qtbot, monkeypatch):
    """Issue 10 #35: after a merge the search list no longer offers the merged-away record."""
    from PySide6.QtWidgets import QMessageBox

    from frontdesk.ui.archive.dialogs import MergeDialog
    keep = centre["units"]["1-1-101"][1]
    people.add(ctx.db, "张三丰", phones=["13812345678"], notes="另一份档案")
    page.search.setText("张三丰")
    page._search()
    assert page.results.count() == 2
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    dlg = MergeDialog(ctx, people.get(ctx.db, keep["id"]), page)
    qtbot.addWidget(dlg)
    dlg.do_merge()
    assert page.results.count() == 1


def test_cancelled_wizard_import_writes_nothing(page, ctx, tmp_path, qtbot):
    from frontdesk.ui.archive.import_wizard import ImportWizard
    path = tmp_path / "big.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([["房号", "姓名", "手机"]] +
                                 [[f"9-1-{100 + i}", f"业主{i}", f"139{i:08d}"] for i in range(6000)])
    before = ctx.db.execute("SELECT count(*) FROM units").fetchone()[0]
    wiz = ImportWizard(ctx, page)
    qtbot.addWidget(wiz)
    wiz.file_page.path.setText(str(path))
    wiz.next()
    wiz.next()
    run = wiz.run_page
    run.run(dry_run=False)
    run.last_job.abort.set()                      # what the progress dialog's Cancel does
    qtbot.waitUntil(lambda: run.import_button.isEnabled(), timeout=20000)
    assert run.result is None and not run.isComplete()
    assert run.report.toPlainText() == run.tr("Cancelled: nothing was written.")
    assert ctx.db.execute("SELECT count(*) FROM units").fetchone()[0] == before


def test_language_switch_retranslates_a_built_page(page, ctx, centre, qapp):
    """A page built in one language shows the other after a switch, without being rebuilt (LanguageChange)."""
    from frontdesk.ui import i18n
    start = getattr(qapp, "_frontdesk_language", None) or "en"     # tests run untranslated unless told
    try:
        i18n.install(qapp, "en")
        qapp.processEvents()
        page.show_unit("1-1-101")
        assert page.import_button.text() == "Import owners…"
        assert page.unit_view.tabs.tabText(1) == "House health archive"
        i18n.install(qapp, "zh_CN")
        qapp.processEvents()
        assert page.import_button.text() != "Import owners…"
        assert page.unit_view.tabs.tabText(1) == "房屋健康档案"
        assert page.filters["property_type"].itemText(0) != "All types"
        assert page.model.headerData(0, Qt.Horizontal) != "Building / unit"
        assert page.unit_view.occupants.horizontalHeaderItem(0).text() != "Name"
        owner = centre["units"]["1-1-101"][1]
        page.show_person(owner["id"])
        assert page.person_view.box.title() != "Customer archive"
        i18n.install(qapp, "en")
        qapp.processEvents()
        assert page.person_view.box.title() == "Customer archive"
        assert page.person_view.tabs.tabText(0) == "Units held"
    finally:
        i18n.install(qapp, start)
        qapp.processEvents()


def test_import_wizard_finds_the_header_under_a_title_row(page, ctx, tmp_path, qtbot):
    from frontdesk.ui.archive.import_wizard import ImportWizard
    path = tmp_path / "title.csv"
    with open(path, "w", encoding="gb18030", newline="") as fh:
        csv.writer(fh, lineterminator="\r\n").writerows([
            ["阳光花园业主信息表", "", ""], ["", "", ""], ["楼号房", "客户姓名", "联系方式"],
            ["8幢1单元801室", "韩梅梅", "13600000001"], ["8-1-802", "李雷", "bad"]])
    wiz = ImportWizard(ctx, page)
    qtbot.addWidget(wiz)
    wiz.show()
    wiz.file_page.path.setText(str(path))
    wiz.next()
    assert "楼号房" in wiz.mapping_page.combos and "阳光花园业主信息表" not in wiz.mapping_page.combos
    wiz.mapping_page.combos["楼号房"].setCurrentIndex(wiz.mapping_page.combos["楼号房"].findData("unit"))
    wiz.next()
    run = wiz.run_page
    run.run(dry_run=True)
    qtbot.waitUntil(lambda: run.result is not None, timeout=20000)
    assert run.result.header_line == 3 and [r.line for r in run.result.refused] == [5]
    assert "Header found on line 3" in run.report.toPlainText() and "line 5:" in run.report.toPlainText()


def test_tree_cells_carry_their_text_as_tooltip(page):
    idx = page.model.index(0, 2)
    assert idx.data(Qt.ToolTipRole) == idx.data(Qt.DisplayRole) and idx.data(Qt.DisplayRole)
