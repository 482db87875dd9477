"""Issue 10 #26: every dialog fits the screen it opens on; the print preview keeps its buttons on screen and
fits the page to the window."""
import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout

from frontdesk.services import printing as sp
from frontdesk.store import tickets
from frontdesk.ui import screen

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _inside(widget, area: QRect) -> bool:
    top_left = widget.mapToGlobal(widget.rect().topLeft())
    return area.contains(QRect(top_left, widget.size()))


def test_a_too_big_dialog_is_clamped_to_the_screen(qtbot, qapp):
    screen.install(qapp)
    dialog = QDialog()
    qtbot.addWidget(dialog)
    button = QPushButton("OK", dialog)
    lay = QVBoxLayout(dialog)
    lay.addStretch(1)
    lay.addWidget(button)
    area = screen.available(dialog)
    dialog.setMinimumSize(area.width() + 300, area.height() + 300)
    dialog.resize(area.width() + 400, area.height() + 400)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() <= area.width() and dialog.height() <= area.height()
    assert _inside(dialog, area) and _inside(button, area)


def test_preview_buttons_on_screen_and_page_fitted(ctx, centre, qtbot, qapp):
    from frontdesk.ui.print_preview import PreviewDialog
    number = tickets.create(centre["db"], type="complaint", category="设施设备", description="电梯按钮失灵",
                            actor=centre["desk"], unit="1-1-102")["number"]
    dialog = PreviewDialog(ctx, sp.prepare(ctx.db, "complaint-reply", ticket=number))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    area = screen.available(dialog)
    for button in (dialog.print_button, dialog.save_button, dialog.close_button, dialog.next_button):
        assert _inside(button, area), button.text()
    view = dialog.scroll.viewport().width()
    qtbot.waitUntil(lambda: abs(dialog.image.pixmap().width() - (view - 24)) <= 2)     # fitted to the width
    dialog.whole_page.setChecked(True)
    pix = dialog.image.pixmap()
    assert pix.height() <= dialog.scroll.viewport().height()
    dialog.resize(dialog.width() - 200, dialog.height())
    dialog.whole_page.setChecked(False)
    qtbot.waitUntil(lambda: abs(dialog.image.pixmap().width() - (dialog.scroll.viewport().width() - 24)) <= 2)


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_every_page_fits_a_1366_wide_window(ctx, qtbot, qapp, lang):
    """No page asks for more than a 1366×768 screen's width (a page's minimum widens the whole window)."""
    from frontdesk.ui import i18n
    from frontdesk.ui.main_window import MainWindow
    i18n.install(qapp, lang)
    try:
        window = MainWindow(ctx, remember=False)
        qtbot.addWidget(window)
        wide = {}
        for key in window.visible_keys():
            window.show_page(key)
            wide[key] = window.minimumSizeHint().width()
        window.idle.stop()
        assert {k: w for k, w in wide.items() if w > 1366} == {}
    finally:
        i18n.install(qapp, "en")
