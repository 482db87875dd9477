"""What every page and dialog shares: the database, the logged-in user, and the change bus.

Pages never reload everything: a write returns what it changed, `ctx.notify(...)` broadcasts it, and
each page refreshes what concerns it (docs/architecture.md, A write)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal


class AppContext(QObject):
    #: a dict: {"tables": set of table names, "ids": set of ids, "numbers": set of ticket numbers}
    changed = Signal(object)
    #: the user logged in, out or switched
    user_changed = Signal(object)
    #: requests to open something, handled by the main window
    open_ticket = Signal(str)       # ticket number
    open_unit = Signal(str)         # unit code
    open_person = Signal(str)       # person id
    show_page = Signal(str)         # page key

    def __init__(self, db_path: str | Path, parent: QObject | None = None):
        super().__init__(parent)
        from frontdesk.store.db import connect
        self.db_path = str(db_path)
        self.db = connect(self.db_path)       # the GUI thread's connection: short reads and quick saves only
        self.user: dict | None = None

    def worker_db(self):
        """A connection for a worker thread (a sqlite-utils Database belongs to the thread that opened it)."""
        from frontdesk.store.db import connect
        return connect(self.db_path, migrate=False)

    def notify(self, tables=(), ids=(), numbers=()) -> None:
        self.changed.emit({"tables": set(tables), "ids": set(ids), "numbers": set(numbers)})

    def set_user(self, user: dict | None) -> None:
        self.user = user
        self.user_changed.emit(user)

    @property
    def role(self) -> str | None:
        return self.user["role"] if self.user else None

    def is_lead(self) -> bool:
        return self.role in ("supervisor", "admin")

    def close(self) -> None:
        self.db.close()
