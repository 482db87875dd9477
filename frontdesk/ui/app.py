"""Starting the window: the application, translations, font, crash handler, first-start set-up,
login, then the main window (`frontdesk` with no command)."""
from __future__ import annotations

import sys
from pathlib import Path

ORGANIZATION = "frontdesk"
APPLICATION = "frontdesk"


def make_app(argv: list[str] | None = None):
    """The QApplication with our names (for QSettings), font and stylesheet; reuses an existing one."""
    from PySide6.QtWidgets import QApplication

    from frontdesk import __version__
    from frontdesk.ui import screen, theme
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    if not app.organizationName():
        app.setOrganizationName(ORGANIZATION)
    if not app.applicationName() or app.applicationName() == Path(sys.argv[0]).name:
        app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    if app.windowIcon().isNull():
        from PySide6.QtGui import QIcon

        from frontdesk import resource
        app.setWindowIcon(QIcon(str(resource("icons", "frontdesk.png"))))
        app.setDesktopFileName("frontdesk")          # the .desktop entry the package installs
    theme.apply(app)
    screen.install(app)                   # every dialog fits the screen it opens on
    return app


def first_start(ctx) -> str | None:
    """The set-up dialog when the database has no centre: the new admin's user name ("" when the centre
    already existed), or None if the user cancelled it."""
    from frontdesk.store import staff
    from frontdesk.ui.setup_dialog import SetupDialog
    if staff.is_initialised(ctx.db):
        return ""
    dialog = SetupDialog(ctx.db)
    return dialog.user["username"] if dialog.exec() == SetupDialog.Accepted and dialog.user else None


def login(ctx, username: str = "") -> dict | None:
    """The login dialog; the staff member, or None if cancelled."""
    from frontdesk.ui.login import LoginDialog
    dialog = LoginDialog(ctx.db, username=username)
    return dialog.user if dialog.exec() == LoginDialog.Accepted else None


def run(db_path) -> int:
    """Start the GUI on the centre at db_path; returns the exit code. A second start on the same database
    brings the first window forward and ends; a damaged file leads to the recovery window."""
    from frontdesk.ui import crash, i18n, single
    app = make_app()
    crash.install(Path(db_path).parent)
    i18n.install(app, i18n.DEFAULT)
    holder = single.claim_or_hand_over(db_path)
    if holder is None:
        return 0
    try:
        while True:
            if not start_checks(db_path):
                return 1
            code, restore_request = session(app, db_path, holder)
            if restore_request is None:
                return code
            restore_now(db_path, restore_request)
    finally:
        holder.release()


def start_checks(db_path) -> bool:
    """The quick check at start; on failure the recovery window. False: do not go on."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from frontdesk.store import check
    from frontdesk.ui import recovery
    problem = check.startup_problem(db_path)
    if problem is None:
        return True
    if problem.get("failed") == "schema":
        QMessageBox.critical(None, "frontdesk", QCoreApplication.translate(
            "Start", "%1 was made by a newer frontdesk (%2). Install the newer program to open it.")
            .replace("%1", str(db_path)).replace("%2", str(problem.get("reason"))))
        return False
    return recovery.recover(db_path, problem)


def session(app, db_path, holder) -> tuple[int, dict | None]:
    """Open, set up or log in, run the main window; (exit code, a restore the admin asked for or None)."""
    from PySide6.QtWidgets import QMessageBox

    from frontdesk.core.errors import Refused
    from frontdesk.store import settings
    from frontdesk.ui import autobackup, i18n, ring
    from frontdesk.ui.context import AppContext
    from frontdesk.ui.widgets.refusals import describe
    try:
        ctx = AppContext(db_path)
    except Refused as exc:
        QMessageBox.critical(None, "frontdesk", describe(exc))
        return 1, None
    try:
        i18n.install(app, settings.get(ctx.db, "language") or i18n.DEFAULT)
        early = lambda _message: _raise_dialog()  # noqa: E731 - a second start during set-up or login
        holder.message.connect(early)
        try:
            admin = first_start(ctx)
            user = login(ctx, admin) if admin is not None else None
        finally:
            holder.message.disconnect(early)
        if user is None:
            return 0, None
        ctx.set_user(user)
        from frontdesk.ui.main_window import MainWindow
        window = MainWindow(ctx)
        backups = autobackup.AutoBackup(ctx, window)
        from frontdesk.ui import sync_auto
        window.auto_sync = sync_auto.AutoSync(ctx, window)
        route = lambda message: ring.handle(window, message)  # noqa: E731
        holder.message.connect(route)
        window.show()
        from PySide6.QtCore import QTimer

        from frontdesk import heap
        QTimer.singleShot(1500, heap.freeze_startup)       # after the first paint, before the day's work
        app._frontdesk_restore = None
        code = app.exec()
        holder.message.disconnect(route)
        backups.wait()
        window.auto_sync.wait()
        window.idle.stop()
        request, app._frontdesk_restore = app._frontdesk_restore, None
        if request is None:
            autobackup.at_close(ctx)
            sync_auto.at_close(ctx)
        import shiboken6
        shiboken6.delete(window)          # its pages go before the connection they read from
        return code, request
    finally:
        ctx.close()


def _raise_dialog() -> None:
    """Bring the set-up or login dialog forward (a second start while it is open)."""
    from PySide6.QtWidgets import QApplication
    dialog = QApplication.activeModalWidget()
    if dialog is not None:
        dialog.raise_()
        dialog.activateWindow()


def request_restore(window, backup_file: str | None) -> None:
    """The admin chose a (checked) backup: close the window; run() restores with no connection open, then
    reopens on the restored data at the login. Without a file: back to the start checks (the recovery)."""
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance()
    app._frontdesk_restore = {"path": str(backup_file) if backup_file else None, "actor": window.ctx.user}
    for top in QApplication.topLevelWidgets():
        if top is not window and top.isWindow() and top.isVisible():
            top.close()
    window.close()
    app.quit()


def request_recovery(window) -> None:
    """The database was found damaged while the window ran: close it and go through the recovery window."""
    request_restore(window, None)


def restore_now(db_path, request: dict) -> dict | None:
    """Restore what the admin chose (the current file kept aside) and say how it went."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from frontdesk.core.errors import Refused
    from frontdesk.store import backup
    from frontdesk.ui.widgets.refusals import describe
    if not request.get("path"):
        return None                       # the recovery window follows from the start checks
    try:
        result = backup.restore(request["path"], db_path, actor=request.get("actor"))
    except Refused as exc:
        QMessageBox.warning(None, QCoreApplication.translate("Start", "Restore"), describe(exc))
        return None
    at = result["backup"]["at"]
    QMessageBox.information(None, QCoreApplication.translate("Start", "Restore"), QCoreApplication.translate(
        "Start", "The backup of %1 was restored. The data as it was before is kept in %2. Please log in again.")
        .replace("%1", f"{at:%Y-%m-%d %H:%M}").replace("%2", str(result["kept_aside"] or "—")))
    return result
