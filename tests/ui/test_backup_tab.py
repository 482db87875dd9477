"""The backups tab (admin): folder and rotation saved, a backup made from the window, a restore checked first and
handed to the start-up loop; the audit page for a supervisor; the About box; the dashboard warning."""
import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from frontdesk.store import backup, settings
from frontdesk.ui.admin.backup_tab import BackupTab

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def test_settings_saved_and_backup_now(qtbot, ctx, tmp_path):
    tab = BackupTab(ctx)
    qtbot.addWidget(tab)
    tab.folder.setText(str(tmp_path / "usb"))
    tab.spins["daily"].setValue(10)
    tab.retention.setValue(6)
    assert tab.save()
    assert settings.get(ctx.db, "backup_folder") == str(tmp_path / "usb")
    assert backup.rotation(ctx.db)["daily"] == 10 and settings.get(ctx.db, "retention_years") == 6
    tab.backup_now()
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1, timeout=10_000)
    assert backup.copies(tmp_path / "usb")


def test_a_bad_backup_is_refused_before_the_window_closes(qtbot, ctx, tmp_path, monkeypatch):
    tab = BackupTab(ctx)
    qtbot.addWidget(tab)
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not a database" * 100)
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: said.append(a[2]))
    assert not tab.restore(str(bad), confirm=False)
    assert said and "bad.db" in said[0]


def test_restore_from_the_window_asks_the_start_loop(qtbot, ctx, tmp_path):
    from frontdesk.ui.main_window import MainWindow
    copy = backup.backup(ctx.db, tmp_path / "bk")
    window = MainWindow(ctx, remember=False)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("settings")
    assert page.backups.restore(str(copy), confirm=False)
    request = QApplication.instance()._frontdesk_restore
    assert request["path"] == str(copy) and request["actor"]["username"] == "admin"
    QApplication.instance()._frontdesk_restore = None
    window.idle.stop()


def test_audit_page_for_a_supervisor(qtbot, ctx, centre):
    from frontdesk.ui.pages.audit import Page
    ctx.set_user(centre["lead"])
    page = Page(ctx)
    qtbot.addWidget(page)
    page.since.setDate(page.since.date().addYears(-1))
    page.refresh()
    assert page.model.rowCount() > 0
    page.who.setCurrentIndex(page.who.findData("admin"))
    page.refresh()
    assert all(r["actor"] == "admin" for r in page.model.rows)


def test_about_box_and_dashboard_warning(qtbot, ctx, tmp_path):
    from frontdesk.ui.about import AboutDialog
    from frontdesk.ui.widgets.backup_banner import BackupBanner
    box = AboutDialog(ctx)
    qtbot.addWidget(box)
    assert box.facts["database"].endswith("centre.db") and box.facts["log"].endswith("frontdesk.log")
    settings.put(ctx.db, "backup_folder", str(tmp_path / "usb-stick"), actor=ctx.user)
    banner = BackupBanner(ctx)
    qtbot.addWidget(banner)
    assert not banner.isHidden() and "usb-stick" in banner.text()
    (tmp_path / "usb-stick").mkdir()
    backup.backup(ctx.db)
    ctx.notify(tables={"backups"})
    assert banner.isHidden()


def test_first_start_of_the_day_and_close_make_backups(qtbot, ctx, centre, monkeypatch):
    from frontdesk.store import tickets
    from frontdesk.ui import autobackup
    from frontdesk.ui.main_window import MainWindow
    monkeypatch.setattr(autobackup, "START_DELAY_MS", 10)
    window = MainWindow(ctx, remember=False)
    qtbot.addWidget(window)
    auto = autobackup.AutoBackup(ctx, window)
    folder = backup.folder(ctx.db)
    qtbot.waitUntil(lambda: any(c["reason"] == "daily" for c in backup.copies(folder)), timeout=15_000)
    auto.wait()
    assert not backup.due_today(ctx.db)
    autobackup.at_close(ctx)                         # nothing done since: no copy at close
    assert [c["reason"] for c in backup.copies(folder)] == ["daily"]
    tickets.create(ctx.db, type="repair", category="水电", description="漏水", actor=centre["admin"], unit="1-1-101")
    autobackup.at_close(ctx)
    assert [c["reason"] for c in backup.copies(folder)][0] == "close"
    monkeypatch.setenv("FRONTDESK_NOW", "2099-01-02T08:00:00")    # the next day
    assert backup.due_today(ctx.db)
    window.idle.stop()


def test_the_close_backup_leaves_the_gui_loop_running(qtbot, ctx, centre):
    """The copy at close is made off the GUI thread behind a busy box: the loop keeps running meanwhile (before,
    a big register froze a window-less process for seconds and looked hung)."""
    from PySide6.QtCore import QTimer

    from frontdesk.store import tickets
    from frontdesk.ui import autobackup
    folder = backup.folder(ctx.db)
    tickets.create(ctx.db, type="repair", category="水电", description="漏水", actor=centre["admin"], unit="1-1-101")
    ticks = []
    timer = QTimer()
    timer.setInterval(0)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    autobackup.at_close(ctx)
    timer.stop()
    assert [c["reason"] for c in backup.copies(folder)] == ["close"]
    assert ticks, "the GUI loop did not run while the close backup was made"
