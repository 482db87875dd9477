"""Shared GUI fixtures: QSettings in a temporary folder, and an AppContext logged in as the admin."""
from __future__ import annotations

import pytest


@pytest.fixture
def qsettings_tmp(tmp_path, qapp):
    """Point QSettings (INI format, user scope) at a temporary folder so tests never touch real settings."""
    from PySide6.QtCore import QCoreApplication, QSettings
    folder = tmp_path / "qsettings"
    folder.mkdir(exist_ok=True)
    QCoreApplication.setOrganizationName("frontdesk-tests")
    QCoreApplication.setApplicationName("frontdesk")
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(folder))
    yield folder
    QSettings().clear()


@pytest.fixture
def ctx(centre, db_path, qapp, qsettings_tmp):
    """An AppContext on the `centre` fixture's database, logged in as its admin."""
    from frontdesk.ui.context import AppContext
    from PySide6.QtCore import QEvent
    context = AppContext(db_path)
    context.set_user(centre["admin"])
    yield context
    # pytest-qt has closed and deleteLater()'d the test's widgets by now; delete them before the connection
    # closes, or their timers fire in the next test against a closed database.
    qapp.sendPostedEvents(None, QEvent.DeferredDelete)
    context.close()


@pytest.fixture
def desk_ctx(centre, db_path, qapp, qsettings_tmp):
    """An AppContext on the `centre` fixture's database, logged in as the receptionist desk1."""
    from frontdesk.ui.context import AppContext
    from PySide6.QtCore import QEvent
    context = AppContext(db_path)
    context.set_user(centre["desk"])
    yield context
    qapp.sendPostedEvents(None, QEvent.DeferredDelete)     # as in ctx: widgets go before the connection
    context.close()

