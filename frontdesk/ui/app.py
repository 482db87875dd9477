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
    """Start the GUI on the centre at db_path; returns the exit code."""
    from PySide6.QtWidgets import QMessageBox

    from frontdesk.core.errors import Refused
    from frontdesk.store import settings
    from frontdesk.ui import crash, i18n
    from frontdesk.ui.context import AppContext
    app = make_app()
    crash.install(Path(db_path).parent)
    i18n.install(app, i18n.DEFAULT)
    try:
        ctx = AppContext(db_path)
    except Refused as exc:
        QMessageBox.critical(None, "frontdesk", str(exc))
        return 1
    try:
        i18n.install(app, settings.get(ctx.db, "language") or i18n.DEFAULT)
        admin = first_start(ctx)
        if admin is None:
            return 0
        user = login(ctx, admin)
        if user is None:
            return 0
        ctx.set_user(user)
        from frontdesk.ui.main_window import MainWindow
        window = MainWindow(ctx)
        window.show()
        code = app.exec()
        window.idle.stop()
        import shiboken6
        shiboken6.delete(window)          # its pages go before the connection they read from
        return code
    finally:
        ctx.close()
