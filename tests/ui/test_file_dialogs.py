"""No file dialog of the program ever opens the centre's database, its -wal or -shm: opening and closing any
descriptor of the file in this process would drop SQLite's POSIX locks (the register then gets corrupted by the
next command). Checked from a second process, as the issue asks: the window's locks are still held, and a write
from each side survives. Also: every chooser opens in Documents and speaks the window's language."""
import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from frontdesk.ui.widgets import file_dialogs

ROOT = Path(__file__).resolve().parents[2] / "frontdesk"

#: Run in a second process: does anyone still hold SQLite's SHARED lock on the database, and the -shm's
#: "dead man switch" lock (a read lock every open connection keeps)? A conflicting write lock is refused if so.
PROBE = r"""
import fcntl, json, os, sys
db = sys.argv[1]
def held(path, start, length):
    fd = os.open(path, os.O_RDWR)
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, length, start)
    except OSError:
        return True
    finally:
        os.close(fd)
    return False
print(json.dumps({"db_shared": held(db, 0x40000002, 510), "shm_dms": held(db + "-shm", 128, 1)}))
"""


def locks_held(db_path) -> dict:
    out = subprocess.run([sys.executable, "-c", PROBE, str(db_path)], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def test_no_file_dialog_is_made_outside_the_helper():
    """Every file chooser of the program goes through ui/widgets/file_dialogs.py."""
    bad = []
    for path in sorted(ROOT.rglob("*.py")):
        if path.name == "file_dialogs.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Name) and node.id in ("QFileDialog", "QFileSystemModel", "QFileSystemWatcher",
                                                          "QFileIconProvider", "QMimeDatabase"):
                bad.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.id}")
    assert not bad, bad


def _fill_folder(folder: Path) -> None:
    """What a real folder beside the database holds: backups, exports, files with no telling name."""
    (folder / "backups").mkdir(exist_ok=True)
    (folder / "export.csv").write_text("a,b\n", encoding="utf-8")
    (folder / "README").write_text("notes\n", encoding="utf-8")
    (folder / "other.db").write_bytes(b"SQLite format 3\0" + b"\0" * 100)


def _show_and_wait(qtbot, dialog):
    """Show the dialog on its folder and let the file-system model list it, fetch every icon and type."""
    from PySide6.QtWidgets import QFileSystemModel
    dialog.show()
    qtbot.waitExposed(dialog)
    model = dialog.findChild(QFileSystemModel)
    root = model.index(dialog.directory().absolutePath())
    qtbot.waitUntil(lambda: model.rowCount(root) >= 4, timeout=5000)
    for row in range(model.rowCount(root)):
        for col in range(model.columnCount(root)):
            idx = model.index(row, col, root)
            model.data(idx)
            model.data(idx, 1)           # DecorationRole: the icon
        model.type(model.index(row, 0, root))
    qtbot.wait(700)                      # the gatherer thread fetches icons in the background
    return model, root


@pytest.mark.qt_log_ignore("propagateSizeHints")
@pytest.mark.parametrize("save", [True, False], ids=["save dialog", "open dialog"])
def test_a_file_dialog_on_the_database_folder_leaves_the_locks_and_both_writes_survive(
        ctx, centre, db_path, qtbot, save):
    from frontdesk.store import tickets
    folder = Path(db_path).parent
    _fill_folder(folder)
    tickets.create(ctx.db, type="repair", category="水电", description="窗口登记一", actor=centre["desk"],
                   unit="1-1-101")
    assert locks_held(db_path) == {"db_shared": True, "shm_dms": True}
    dialog = file_dialogs.make_dialog(None, "x", str(folder), "All files (*)", save=save)
    qtbot.addWidget(dialog)
    model, root = _show_and_wait(qtbot, dialog)
    listed = {model.fileName(model.index(r, 0, root)) for r in range(model.rowCount(root))}
    assert "export.csv" in listed
    proxy = dialog.proxyModel()
    shown = {proxy.data(proxy.index(r, 0, proxy.mapFromSource(root))) for r in
             range(proxy.rowCount(proxy.mapFromSource(root)))}
    assert not {"centre.db", "centre.db-wal", "centre.db-shm"} & shown and "export.csv" in shown
    dialog.reject()
    assert locks_held(db_path) == {"db_shared": True, "shm_dms": True}
    # a command in another process writes and exits (were our locks gone, it would delete our -wal and -shm)
    done = subprocess.run([sys.executable, "-m", "frontdesk", "--db", str(db_path), "ticket", "new", "--unit",
                           "1-1-102", "--type", "repair", "--category", "水电", "--text", "命令行登记"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    tickets.create(ctx.db, type="repair", category="水电", description="窗口登记二", actor=centre["desk"],
                   unit="1-1-101")
    import sqlite3
    other = sqlite3.connect(db_path)
    try:
        texts = {r[0] for r in other.execute("SELECT description FROM tickets")}
        numbers = [r[0] for r in other.execute("SELECT number FROM tickets")]
        assert other.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        other.close()
    assert {"窗口登记一", "命令行登记", "窗口登记二"} <= texts
    assert len(numbers) == len(set(numbers)) == 3


def test_choosers_open_in_documents(qapp, tmp_path, monkeypatch):
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    dialog = file_dialogs.make_dialog(None, "x", "archive.xlsx", "Excel (*.xlsx)", save=True)
    assert Path(dialog.directory().absolutePath()) == home / "Documents"
    dialog = file_dialogs.make_dialog(None, "x", "", "CSV (*.csv)", save=False)
    assert Path(dialog.directory().absolutePath()) == home / "Documents"


def test_the_chooser_speaks_chinese(qapp):
    from frontdesk.ui import i18n
    i18n.install(qapp, "zh_CN")
    try:
        dialog = file_dialogs.make_dialog(None, "x", "", "CSV (*.csv)", save=False)
        labels = {w.objectName(): w.text() for w in dialog.findChildren(QLabel)}
        assert labels["lookInLabel"] != "Look in:" and "查" in labels["lookInLabel"], labels
        assert labels["fileTypeLabel"] != "Files of type:", labels
    finally:
        i18n.install(qapp, "en")           # translators are app-wide: leave the application in English


def test_a_full_disk_is_said_as_such_in_the_window(qapp, tmp_path):
    """The window's error path turns SQLite's "database or disk is full" into the full-disk refusal, in Chinese."""
    import sqlite3

    from frontdesk.store.db import storage_refusal
    from frontdesk.ui import i18n
    from frontdesk.ui.widgets import refusals
    exc = storage_refusal(tmp_path / "centre.db", sqlite3.OperationalError("database or disk is full"))
    i18n.install(qapp, "zh_CN")
    try:
        text = refusals.describe(exc)
    finally:
        i18n.install(qapp, "en")
    assert "磁盘已满" in text and str(tmp_path) in text and "备份" not in text


#: Every file chooser the window has, opened the way a click opens it (the page's own method).
CHOOSERS = {
    "archive export": lambda w: w.show_page("archive").export(),
    "daily log export": lambda w: w.show_page("reports").daily.export("csv"),
    "monthly export": lambda w: w.show_page("reports").monthly.export(),
    "survey export": lambda w: w.show_page("reports").survey.export(),
    "audit export": lambda w: w.show_page("audit").export(),
    "print centre PDF": lambda w: w.show_page("print").save_pdf(),
    "backup folder": lambda w: w.show_page("settings").backups.choose_folder(),
    "restore from a file": lambda w: w.show_page("settings").backups.restore_file(),
    "letterhead logo": lambda w: w.show_page("settings").centre.logo_button.click(),
    "owners import": lambda w: _wizard(w)._browse(),
}


def _wizard(window):
    from frontdesk.ui.archive.import_wizard import ImportWizard
    wizard = ImportWizard(window.ctx, window)
    return wizard.file_page


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_every_chooser_of_the_window_on_the_database_folder_keeps_the_locks(ctx, centre, db_path, qtbot, qapp):
    """The window open; each of its file choosers opened on the database's own folder, listed, then cancelled:
    a second process still sees SQLite's locks held after each."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QFileDialog, QFileSystemModel

    from frontdesk.ui.main_window import MainWindow
    folder = Path(db_path).parent
    _fill_folder(folder)
    window = MainWindow(ctx, remember=False)
    qtbot.addWidget(window)
    window.show()
    seen: dict[str, dict] = {}

    def intercept(name: str, tries: int = 0) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            if tries < 100:
                QTimer.singleShot(50, lambda: intercept(name, tries + 1))
            return
        dialog.setDirectory(str(folder))          # the user goes to the database's folder
        model = dialog.findChild(QFileSystemModel)
        root = model.index(str(folder))
        if model.canFetchMore(root):
            model.fetchMore(root)
        qtbot.waitUntil(lambda: model.rowCount(root) >= 1, timeout=5000)     # the listing (name filters apply)
        for row in range(model.rowCount(root)):
            idx = model.index(row, 0, root)
            model.data(idx, 1)
            model.type(idx)
        qtbot.wait(500)
        seen[name] = locks_held(db_path)
        dialog.reject()

    for name, open_it in CHOOSERS.items():
        QTimer.singleShot(0, lambda n=name: intercept(n))
        open_it(window)
        qapp.processEvents()
    window.idle.stop()
    assert seen == {name: {"db_shared": True, "shm_dms": True} for name in seen}
    assert set(seen) == set(CHOOSERS), set(CHOOSERS) - set(seen)
