"""The 附件 strip in the ticket window and the unit view: thumbnails, drop to attach, refusals said by name,
view, remove by a mark."""
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox

from frontdesk.store import attachments, tickets
from tests.store.test_attachments import png


@pytest.fixture
def ctx(centre, db_path):
    from frontdesk.ui.context import AppContext
    c = AppContext(db_path)
    c.set_user(centre["desk"])
    yield c
    c.close()


@pytest.fixture
def number(centre):
    return tickets.create(centre["db"], type="repair", category="水电", description="卫生间漏水",
                          actor=centre["desk"], unit="1-1-101")["number"]


def test_ticket_window_shows_attachments_and_takes_dropped_files(qtbot, ctx, number, tmp_path, monkeypatch):
    from frontdesk.ui.ticket_window import TicketWindow
    win = TicketWindow(ctx, number)
    qtbot.addWidget(win)
    panel = win.attachments
    assert panel.list.count() == 0
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(png(tmp_path / "一.png", 1))), QUrl.fromLocalFile(str(png(tmp_path / "二.png", 2)))])
    drop = QDropEvent(QPointF(5, 5), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    panel.dropEvent(drop)
    assert panel.list.count() == 2 and not panel.list.item(0).icon().isNull()
    assert [a["name"] for a in attachments.for_ticket(ctx.db, number)] == ["一.png", "二.png"]
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: said.append(a[2]))
    junk = tmp_path / "说明.txt"
    junk.write_text("hello")
    assert panel.attach_files([str(junk), str(png(tmp_path / "三.png", 3))]) == 1
    assert panel.list.count() == 3 and "说明.txt" in said[0]
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.Yes)
    panel.list.setCurrentRow(0)
    panel.remove_current()
    assert panel.list.count() == 2 and len(attachments.for_ticket(ctx.db, number)) == 2


def test_viewer_fits_the_picture_and_a_pdf(qtbot, ctx, number, tmp_path):
    from frontdesk.ui.widgets.attachments import Viewer
    a = attachments.attach(ctx.db, png(tmp_path / "a.png"), actor=ctx.user, ticket=number)
    v = Viewer(a)
    qtbot.addWidget(v)
    assert v.image.pixmap() is not None and not v.image.pixmap().isNull()
    assert v.width() <= v.screen().availableGeometry().width()
    from reportlab.pdfgen import canvas
    pdf = tmp_path / "letter.pdf"
    c = canvas.Canvas(str(pdf))
    c.drawString(100, 700, "letter")
    c.showPage()
    c.save()
    b = attachments.attach(ctx.db, pdf, actor=ctx.user, ticket=number, purpose="letter")
    w = Viewer(b)
    qtbot.addWidget(w)
    assert not w.image.pixmap().isNull()


def test_unit_view_has_an_attachments_tab(qtbot, ctx, number, tmp_path):
    from frontdesk.ui.archive.unit_view import UnitView
    attachments.attach(ctx.db, png(tmp_path / "门.png"), actor=ctx.user, unit="1-1-101", purpose="photo")
    attachments.attach(ctx.db, png(tmp_path / "漏.png", 5), actor=ctx.user, ticket=number)
    view = UnitView(ctx)
    qtbot.addWidget(view)
    view.load("1-1-101")
    assert view.attachments.list.count() == 2
    assert any(view.tabs.tabText(i) in ("Attachments", "附件") for i in range(view.tabs.count()))
