"""The print centre page, the preview dialog and the print actions on real widgets (offscreen)."""
import pytest
from PySide6.QtWidgets import QDialog

from frontdesk.services import printing as sp
from frontdesk.store import printed, tickets, units


@pytest.fixture
def complaint(ctx, centre):
    t = tickets.create(centre["db"], type="complaint", category="设施设备", description="电梯按钮失灵，按了没反应",
                       actor=centre["desk"], unit="1-1-102")
    return t["number"]


@pytest.fixture
def page(ctx, qtbot):
    from frontdesk.ui.pages.print_centre import Page
    p = Page(ctx)
    qtbot.addWidget(p)
    return p


def _choose(combo, data):
    combo.setCurrentIndex(combo.findData(data))


def test_page_shows_what_each_kind_needs(page):
    assert page.key == "print" and page.title()
    _choose(page.kind, "complaint-reply")
    assert page.ticket.isEnabled() and page.doc_form.isRowVisible(page.ticket) and page.units_box.isHidden()
    _choose(page.kind, "notice")
    assert not page.ticket.isEnabled() and not page.units_box.isHidden() and not page.values_box.isHidden()
    assert not page.doc_form.isRowVisible(page.ticket)
    assert page.template.findData("water-outage") >= 0 and page.template.findData("free-text") >= 0
    _choose(page.template, "free-text")
    assert not page.text.isHidden() and page.value_edits["reason"].isHidden()
    _choose(page.kind, "inspection-sheet")
    assert page.template.findData("elevator") >= 0 and page.units_box.isHidden()


def test_notice_asks_only_for_what_its_template_fills_in(page):
    """A fee reminder offered 原因 and 开始时间 too, which it never prints (the title may always be changed)."""
    _choose(page.kind, "notice")
    _choose(page.template, "fee-reminder")
    shown = {f for f, e in page.value_edits.items() if not e.isHidden()}
    assert shown == {"period", "amount", "deadline", "title"}
    _choose(page.template, "water-outage")
    shown = {f for f, e in page.value_edits.items() if not e.isHidden()}
    assert {"reason", "start", "end", "scope", "title"} <= shown and "amount" not in shown
    _choose(page.template, "free-text")
    assert [f for f, e in page.value_edits.items() if not e.isHidden()] == ["title"]


def test_lobby_poster_asks_when_it_comes_down(page):
    _choose(page.kind, "notice")
    _choose(page.template, "water-outage")
    assert page.value_edits["take_down"].isHidden()
    page.public.setChecked(True)
    assert not page.value_edits["take_down"].isHidden()
    page.value_edits["take_down"].setText("12月9日")
    assert page.unit_options()["values"]["take_down"] == "12月9日" and page.unit_options()["public"]


def test_selection_counts_the_units(page):
    _choose(page.kind, "notice")
    _choose(page.building, 1)
    assert page.selection() == "1-" and "2" in page.count.text()
    _choose(page.entrance, 1)
    assert page.selection() == "1-1-"
    page.codes.setText("2-1-301")
    assert page.selection() == "2-1-301"


def test_merge_saved_from_the_page_one_page_per_unit(page, ctx, qtbot, tmp_path):
    _choose(page.kind, "notice")
    _choose(page.template, "water-outage")
    page.value_edits["reason"].setText("二次供水水箱清洗")
    out = tmp_path / "notice.pdf"
    job = page.save_to(str(out))
    qtbot.waitUntil(lambda: page.log.rowCount() == 3, timeout=20000)
    assert job is not None and out.exists()
    import io

    from pypdf import PdfReader
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    assert len(reader.pages) == 3 and "水箱清洗" in reader.pages[0].extract_text()
    assert {page.log.item(r, 4).text() for r in range(3)} == {"1-1-101", "1-1-102", "2-1-301"}


def test_preview_renders_prints_and_records(ctx, complaint, qtbot, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from frontdesk.ui.print_preview import PreviewDialog
    prepared = sp.prepare(ctx.db, "complaint-reply", ticket=complaint)
    dialog = PreviewDialog(ctx, prepared)
    qtbot.addWidget(dialog)
    img = dialog.pages.image(0, 40)
    assert img.width() > 200 and len({img.pixel(x, y) for x in range(0, img.width(), 7)
                                      for y in range(0, img.height(), 7)}) > 2
    assert dialog.image.pixmap() is not None and not dialog.image.pixmap().isNull()
    printer = QPrinter(QPrinter.HighResolution)
    printer.setOutputFormat(QPrinter.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    with qtbot.waitSignal(ctx.changed, timeout=5000):
        assert dialog.print_to(printer)
    assert (tmp_path / "printed.pdf").stat().st_size > 1000
    log = printed.recent(ctx.db)
    assert [r["doc_number"] for r in log] == [prepared.doc_number] and log[0]["ticket"] == complaint
    events = tickets.events(ctx.db, tickets.raw(ctx.db, complaint)["id"])
    assert events[-1]["kind"] == "letter"
    assert dialog.save_to(str(tmp_path / "saved.pdf"))             # saved as well: only audited again
    assert len(printed.recent(ctx.db)) == 1 and (tmp_path / "saved.pdf").read_bytes() == prepared.pdf


def test_complaint_reply_asks_for_the_handling_text_and_keeps_it(ctx, complaint, monkeypatch):
    from frontdesk.ui import print_actions, print_preview
    shown = []

    def fake_exec(self):
        self.edit.setPlainText("工程部已更换电梯按钮面板，经测试运行正常。")
        return QDialog.Accepted

    monkeypatch.setattr(print_actions.HandlingDialog, "exec", fake_exec)
    monkeypatch.setattr(print_preview.PreviewDialog, "exec", lambda self: shown.append(self.prepared) or 0)
    print_actions.print_ticket_document(ctx, None, complaint, "complaint-reply")
    assert tickets.get(ctx.db, complaint)["handling_text"] == "工程部已更换电梯按钮面板，经测试运行正常。"
    assert len(shown) == 1 and shown[0].kind == "complaint-reply" and shown[0].docs[0]["ticket_number"] == complaint


def test_unit_survey_form_action(ctx, monkeypatch):
    from frontdesk.ui import print_actions, print_preview
    shown = []
    monkeypatch.setattr(print_preview.PreviewDialog, "exec", lambda self: shown.append(self.prepared) or 0)
    print_actions.print_unit_document(ctx, None, "2-1-301", "survey-form")
    assert shown and shown[0].pages == 1 and shown[0].docs[0]["unit_id"] == units.get(ctx.db, "2-1-301")["id"]


def test_wrong_ticket_is_explained_not_raised(ctx, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from frontdesk.ui import print_actions
    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: told.append(a[2]))
    print_actions.print_ticket_document(ctx, None, "BX-20000101-001", "work-order")
    assert told and "BX-20000101-001" in told[0]


def test_work_order_preview_is_an_audited_reveal(ctx, centre, monkeypatch):
    from frontdesk.store import audit
    from frontdesk.ui import print_actions, print_preview
    bx = tickets.create(centre["db"], type="repair", category="水电", description="卫生间漏水", actor=centre["desk"],
                        unit="1-1-101")["number"]
    shown = []
    monkeypatch.setattr(print_preview.PreviewDialog, "exec", lambda self: shown.append(self.prepared) or 0)
    print_actions.print_ticket_document(ctx, None, bx, "work-order")
    assert shown and any(bx in r["detail"] for r in audit.rows(ctx.db, action="view_phone"))


def test_a_selection_typo_is_explained_in_the_window_language(page, qapp):
    from frontdesk.ui import i18n
    _choose(page.kind, "notice")
    try:
        i18n.install(qapp, "zh_CN")
        page.codes.setText("1-,abc")
        page.codes.editingFinished.emit()
        assert "本中心没有这些房屋：1-,abc" in page.count.text()
        page.codes.setText("9-")
        page.codes.editingFinished.emit()
        assert "共 0 户" in page.count.text()
    finally:
        i18n.install(qapp, "en")


def test_unit_notice_dialog_asks_only_for_its_template_blanks(ctx, qtbot):
    from frontdesk.ui.print_actions import NoticeDialog
    d = NoticeDialog(ctx, unit_code="1-1-101")
    qtbot.addWidget(d)
    d.template.setCurrentIndex(d.template.findData("fee-reminder"))
    visible = {f for f, e in d.fields.items() if d.form.isRowVisible(e)}
    assert visible == {"period", "amount", "deadline", "title"} and not d.form.isRowVisible(d.text)
    d.template.setCurrentIndex(d.template.findData("free-text"))
    assert {f for f, e in d.fields.items() if d.form.isRowVisible(e)} == {"title"} and d.form.isRowVisible(d.text)


def test_inspection_sheet_is_chosen_by_title_and_place_and_prints_the_round(page, ctx, monkeypatch):
    from frontdesk.store import inspections
    from frontdesk.ui import print_preview
    _choose(page.kind, "inspection-sheet")
    _choose(page.template, "elevator")
    assert page.template.currentText() == inspections.template(ctx.db, "elevator")["title"]   # not 'elevator'
    assert page.doc_form.isRowVisible(page.place)
    assert [page.place.itemData(i) for i in range(page.place.count())] == ["1栋电梯", "2栋电梯"]
    _choose(page.place, "2栋电梯")
    shown = []
    monkeypatch.setattr(print_preview.PreviewDialog, "exec", lambda self: shown.append(self.prepared) or 0)
    page.preview()
    [prepared] = shown
    [doc] = prepared.docs
    assert doc["detail"]["place"] == "2栋电梯" and doc["detail"]["round"].startswith("XC-")
    _choose(page.kind, "notice")
    assert not page.doc_form.isRowVisible(page.place)
