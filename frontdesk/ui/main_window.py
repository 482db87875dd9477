"""The main window: left navigation (docs/architecture.md, The window), lazily created pages, global search, status bar with
who is logged in and the open/overdue counts, global shortcuts, lock screen, remembered layout."""
from __future__ import annotations

import logging

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow,
                               QPushButton, QStackedWidget, QVBoxLayout, QWidget)

from frontdesk.store import settings as store_settings
from frontdesk.ui import pages as page_registry
from frontdesk.ui import screen
from frontdesk.ui.i18n import Retranslating
from frontdesk.ui.labels import role_label
from frontdesk.ui.lock import IdleWatcher, LockScreen
from frontdesk.ui.state import restore_state, save_state

log = logging.getLogger("frontdesk")
#: Pages only some roles see (a Page class may also say so itself with a `roles` tuple).
ROLE_PAGES = {"settings": ("admin",)}
COUNTS_INTERVAL_MS = 60_000


class MainWindow(Retranslating, QMainWindow):
    """The window a receptionist lives in all day."""

    def __init__(self, ctx, parent=None, *, remember: bool = True):
        super().__init__(parent)
        self.ctx = ctx
        self.remember = remember
        self.modules = dict(page_registry.available())
        self.pages: dict[str, QWidget] = {}
        self.refresh_hooks: list = []         # called on F5 before the page refreshes
        self.locked = False
        self._hidden_windows: list[QWidget] = []
        self._user_id = (ctx.user or {}).get("id")
        self.setObjectName("mainWindow")
        screen.install()                      # (make_app does it too; a window built in a test needs it as well)
        self._build()
        self._connect()
        self._shortcuts()
        from frontdesk.ui import about
        about.install(self)                       # F1 and a status-bar button: version, db, backups, log
        self.idle = IdleWatcher(self._idle_minutes(), self)
        self.idle.idle.connect(self._idle_lock)
        self.counts_timer = QTimer(self)
        self.counts_timer.setInterval(COUNTS_INTERVAL_MS)
        self.counts_timer.timeout.connect(self.update_counts)
        self.counts_timer.start()
        last = QSettings().value("window/page") if remember else None
        self.rebuild_nav(preferred=last)          # only the page in front is created at start
        self.retranslateUi()
        self.update_counts()
        self._restore()

    # ---- building -------------------------------------------------------------------------------
    def _build(self) -> None:
        """Header (centre, search, user, lock), navigation, page stack, status bar, lock screen."""
        header = self.header = QWidget()
        header.setObjectName("header")
        header.setAttribute(Qt.WA_StyledBackground, True)
        self.centre_label = QLabel()
        self.centre_label.setObjectName("centreName")
        from frontdesk.ui.search_box import GlobalSearch
        self.search = GlobalSearch(self.ctx, header)
        self.search.setObjectName("globalSearch")
        self.search.setMinimumWidth(420)
        self.search.chosen.connect(self.route_choice)
        self.user_label = QLabel()
        self.user_label.setObjectName("userLabel")
        self.lock_button = QPushButton()
        self.lock_button.setObjectName("lockButton")
        self.lock_button.setFocusPolicy(Qt.NoFocus)
        self.lock_button.clicked.connect(self.lock)
        top = QHBoxLayout(header)
        top.setContentsMargins(16, 8, 12, 8)
        top.addWidget(self.centre_label)
        top.addWidget(self.search, 1)
        top.addStretch(1)
        top.addWidget(self.user_label)
        top.addWidget(self.lock_button)
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setFixedWidth(148)
        self.nav.currentItemChanged.connect(self._nav_changed)
        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(header)
        outer.addLayout(body, 1)
        self.setCentralWidget(central)
        self.status_user = QLabel()
        self.status_user.setObjectName("statusUser")
        self.status_counts = QLabel()
        self.status_counts.setObjectName("overdueLabel")
        self.status_keys = QLabel()
        self.status_keys.setObjectName("hintLabel")
        self.statusBar().addWidget(self.status_user)
        self.statusBar().addWidget(self.status_keys, 1)
        self.statusBar().addPermanentWidget(self.status_counts)
        self.lock_screen = LockScreen(self.ctx.db, self)
        self.lock_screen.unlocked.connect(self._unlocked)
        self.lock_screen.switch_user.connect(self.switch_user)

    def _connect(self) -> None:
        """Follow the context's change bus and open requests."""
        self.ctx.changed.connect(self._on_changed)
        self.ctx.user_changed.connect(self._on_user_changed)
        self.ctx.show_page.connect(self.show_page)
        self.ctx.open_ticket.connect(self.open_ticket)
        self.ctx.open_unit.connect(self.open_unit)
        self.ctx.open_person.connect(self.open_person)

    def _shortcuts(self) -> None:
        """Ctrl+N, Ctrl+F and Ctrl+L from any window of the program; F5 and Ctrl+1..9 in this one."""
        app_wide = ((QKeySequence.New, self.new_intake), (QKeySequence.Find, self.focus_search),
                    (QKeySequence("Ctrl+L"), self.lock))
        for seq, slot in app_wide:
            self._shortcut(seq, slot, Qt.ApplicationShortcut)
        self._shortcut(QKeySequence(Qt.Key_F5), self.refresh_current)
        for n in range(1, 10):
            self._shortcut(QKeySequence(f"Ctrl+{n}"), lambda n=n: self.show_row(n - 1))

    def _shortcut(self, seq, slot, context=Qt.WindowShortcut) -> QShortcut:
        """One shortcut calling `slot` in `context`."""
        shortcut = QShortcut(QKeySequence(seq), self)
        shortcut.setContext(context)
        shortcut.activated.connect(slot)
        return shortcut

    # ---- navigation -----------------------------------------------------------------------------
    def nav_titles(self) -> dict[str, str]:
        """The navigation's titles in the current language."""
        return {"dashboard": self.tr("Dashboard"), "intake": self.tr("Intake"), "board": self.tr("Board"),
                "archive": self.tr("Archive"), "inspections": self.tr("Inspections"), "print": self.tr("Print"),
                "reports": self.tr("Reports"),
                "answers": self.tr("Answers"), "sync": self.tr("Sync"), "settings": self.tr("Settings")}

    def allowed(self, key: str) -> bool:
        """Whether the logged-in user's role may see this page."""
        roles = getattr(getattr(self.modules.get(key), "Page", None), "roles", None) or ROLE_PAGES.get(key)
        return roles is None or self.ctx.role in roles

    def visible_keys(self) -> list[str]:
        """Keys of the pages this build has and this role may see, in navigation order."""
        return [key for key in self.modules if self.allowed(key)]

    def rebuild_nav(self, preferred: str | None = None) -> None:
        """Offer the pages this role may use; drop pages it may no longer see."""
        current = preferred or self.current_key()
        for key in [k for k in self.pages if not self.allowed(k)]:
            page = self.pages.pop(key)
            if self.remember:
                save_state(page)
            self.stack.removeWidget(page)
            page.deleteLater()
        self.nav.blockSignals(True)
        self.nav.clear()
        for key in self.visible_keys():
            item = QListWidgetItem()
            item.setData(Qt.UserRole, key)
            self.nav.addItem(item)
        self.nav.blockSignals(False)
        self._retranslate_nav()
        keys = self.visible_keys()
        if keys:
            self.show_page(current if current in keys else keys[0])

    def _retranslate_nav(self) -> None:
        """Navigation titles and their Ctrl+number tooltips in the current language."""
        titles = self.nav_titles()
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            key = item.data(Qt.UserRole)
            nav_title = getattr(self.modules.get(key), "nav_title", None)
            title = titles.get(key) or (self.pages[key].title() if key in self.pages else
                                        nav_title() if nav_title else key)
            shortcut = f"Ctrl+{row + 1}" if row < 9 else ""
            item.setText(title)
            item.setToolTip(f"{title}  ({shortcut})" if shortcut else title)

    def current_key(self) -> str | None:
        """The key of the page selected in the navigation."""
        item = self.nav.currentItem()
        return item.data(Qt.UserRole) if item else None

    def current_page(self) -> QWidget | None:
        """The page in front, if created."""
        key = self.current_key()
        return self.pages.get(key) if key else None

    def _nav_changed(self, item, _previous=None) -> None:
        """Bring the selected page to the front, creating it on first use."""
        if item is not None:
            page = self.ensure_page(item.data(Qt.UserRole))
            if page is not None:
                self.stack.setCurrentWidget(page)

    def ensure_page(self, key: str) -> QWidget | None:
        """The page for `key`, created on first use (with its remembered splitters and columns)."""
        if key in self.pages:
            return self.pages[key]
        module = self.modules.get(key)
        if module is None or not self.allowed(key):
            return None
        try:
            page = module.Page(self.ctx, self.stack)
        except Exception as exc:  # noqa: BLE001 - a broken page must not take the window down
            log.exception("page %s failed to open", key)
            from frontdesk.ui.crash import show_error
            show_error(exc, self)
            page = QLabel(self.tr("This page could not be opened; the details are in the log."))
            page.setAlignment(Qt.AlignCenter)
        page.setObjectName(page.objectName() or f"page_{key}")
        self.pages[key] = page
        self.stack.addWidget(page)
        if self.remember:
            restore_state(page)
        return page

    def show_page(self, key: str) -> QWidget | None:
        """Select a page in the navigation (if this role may see it) and return it."""
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.UserRole) == key:
                self.nav.setCurrentRow(row)
                page = self.ensure_page(key)
                if page is not None:
                    self.stack.setCurrentWidget(page)
                return page
        return None

    def show_row(self, row: int) -> None:
        """Ctrl+number: the page at that row of the navigation, with the keyboard in it (its first field), so
        that the page's own keys (Enter, Ctrl+Tab between its tabs) work at once; it stayed in the search box."""
        if 0 <= row < self.nav.count() and not self.locked:
            page = self.show_page(self.nav.item(row).data(Qt.UserRole))
            if page is not None:
                focus_into(page)

    # ---- global actions ---------------------------------------------------------------------------
    def _bring_forward(self) -> None:
        """Raise and activate this window (a shortcut may come from a ticket window)."""
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()

    def new_intake(self) -> None:
        """Ctrl+N from anywhere: the intake page with its first field focused."""
        if self.locked:
            return
        self._bring_forward()
        page = self.show_page("intake")
        if page is not None and hasattr(page, "start_new"):
            page.start_new()

    def focus_search(self) -> None:
        """Ctrl+F from anywhere: the global search box."""
        if self.locked:
            return
        self._bring_forward()
        self.search.focus_search()

    def route_choice(self, choice: dict) -> None:
        """A search result chosen: open the unit, person or ticket it names."""
        kind = choice.get("kind")
        if kind == "ticket":
            self.ctx.open_ticket.emit(choice.get("key") or "")
        elif kind == "unit":
            self.ctx.open_unit.emit(choice.get("key") or "")
        elif kind == "person":
            self.ctx.open_person.emit(choice.get("id") or "")

    def open_ticket(self, number: str) -> None:
        """Open a ticket in its own window (ui/ticket_window)."""
        from frontdesk.ui.ticket_window import open_ticket
        open_ticket(self.ctx, number, self)

    def _archive_call(self, method: str, value: str) -> None:
        """Show the archive page and call one of its methods with `value`, if it has it."""
        page = self.show_page("archive")
        if page is not None and hasattr(page, method):
            getattr(page, method)(value)
        elif page is None:
            self.statusBar().showMessage(self.tr("The archive is not available in this version."), 5000)

    def open_unit(self, code: str) -> None:
        """Show a unit in the archive."""
        self._archive_call("show_unit", code)

    def open_person(self, person_id: str) -> None:
        """Show a person in the archive."""
        self._archive_call("show_person", person_id)

    def refresh_current(self) -> None:
        """F5: refresh the page in front, and the counts (and run the refresh hooks: sync's import)."""
        for hook in self.refresh_hooks:
            hook()
        page = self.current_page()
        if page is not None and hasattr(page, "refresh"):
            page.refresh()
        self.update_counts()

    # ---- status bar ---------------------------------------------------------------------------------
    def update_counts(self) -> None:
        """Read the open and overdue counts (a partial index: well under a millisecond)."""
        from frontdesk.store.tickets import counts
        try:
            found = counts(self.ctx.db)
        except Exception:  # noqa: BLE001 - the status bar must not crash the window (e.g. a busy db)
            log.exception("counts failed")
            return
        self._counts = found
        self._show_counts()

    def _show_counts(self) -> None:
        """Show the counts; red when something is overdue."""
        found = getattr(self, "_counts", {"open": 0, "overdue": 0})
        self.status_counts.setText(self.tr("Open: %1    Overdue: %2").replace("%1", str(found["open"]))
                                   .replace("%2", str(found["overdue"])))
        self.status_counts.setProperty("overdue", "true" if found["overdue"] else "false")
        self.status_counts.style().unpolish(self.status_counts)
        self.status_counts.style().polish(self.status_counts)

    def _on_changed(self, change: dict) -> None:
        """Refresh the counts after ticket changes, the idle limit and header after settings changes."""
        tables = change.get("tables") or set()
        if not tables or "tickets" in tables:
            self.update_counts()
        if not tables or "settings" in tables:
            self.idle.minutes = self._idle_minutes()
            self._retranslate_header()

    def _idle_minutes(self) -> float:
        """The idle-lock setting in minutes (0: never)."""
        try:
            return float(store_settings.get(self.ctx.db, "idle_lock_minutes") or 0)
        except (TypeError, ValueError):
            return 10.0

    # ---- users and locking -------------------------------------------------------------------------
    def _on_user_changed(self, user) -> None:
        """Another user: the pages and header follow the new role; another person starts clean."""
        person = (user or {}).get("id")
        if person != self._user_id:
            self._user_id = person
            self.start_clean()
        self.rebuild_nav()
        self._retranslate_header()

    def start_clean(self) -> None:
        """Leave nothing of the previous user on screen (issue 10 #31): other windows closed, the search
        emptied, and every page built again — its typed text, the person open, the last ticket number, a
        phone or ID revealed (a reveal ends when its user leaves) and the callback script's name go with it."""
        for window in QApplication.topLevelWidgets():
            if window is not self and window.isWindow() and window.isVisible() and not window.isModal():
                window.close()
        for window in self._hidden_windows:
            window.close()
        self._hidden_windows = []
        if self.search is not None:
            self.search.clear()
        if self.remember and self.pages:
            self.save_layout()
        for page in self.pages.values():
            self.stack.removeWidget(page)
            page.hide()
            page.deleteLater()
        self.pages = {}

    def _idle_lock(self) -> None:
        """Idle for too long: lock, unless a modal dialog is open (closing it could lose typing)."""
        if QApplication.activeModalWidget() is None:
            self.lock()

    def lock(self) -> None:
        """Cover the window (and hide the other windows) until the password is given again."""
        if self.locked or self.ctx.user is None:
            return
        self.locked = True
        others = [w for w in QApplication.topLevelWidgets()
                  if w is not self and w.isVisible() and w.isWindow() and not w.isModal()]
        for window in others:                 # popups (search results) just close; windows come back
            window.hide()
        self._hidden_windows = [w for w in others if w.windowType() in (Qt.Window, Qt.Dialog)]
        self.centralWidget().setEnabled(False)
        self.statusBar().setEnabled(False)
        self.lock_screen.lock(self.ctx.user)

    def _unlocked(self, user: dict) -> None:
        """Uncover the window, bring back the hidden windows, take the user who unlocked."""
        self.locked = False
        self.centralWidget().setEnabled(True)
        self.statusBar().setEnabled(True)
        for window in self._hidden_windows:
            window.show()
        self._hidden_windows = []
        self.idle.clock.restart()
        if user["id"] != (self.ctx.user or {}).get("id"):
            self.ctx.set_user(user)

    def switch_user(self) -> None:
        """Another member of staff logs in; the old user's windows are closed."""
        from frontdesk.ui.login import LoginDialog
        dialog = LoginDialog(self.ctx.db, self)
        if dialog.exec() != LoginDialog.Accepted or dialog.user is None:
            return
        if dialog.user["id"] != self.ctx.user["id"]:
            for window in self._hidden_windows:
                window.close()
            self._hidden_windows = []
        self.lock_screen.hide()
        self._unlocked(dialog.user)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.lock_screen.setGeometry(self.rect())

    # ---- language -----------------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self._retranslate_nav()
        self._retranslate_header()
        self._show_counts()
        self.status_keys.setText(self.tr("Ctrl+N intake · Ctrl+F search · F5 refresh · Ctrl+L lock"))
        self.lock_button.setText(self.tr("Lock"))
        self.lock_button.setToolTip(self.tr("Lock the window (Ctrl+L)"))

    def _retranslate_header(self) -> None:
        """Centre name, window title and who is logged in."""
        name = store_settings.get(self.ctx.db, "centre_name") or ""
        self.centre_label.setText(name)
        self.setWindowTitle(self.tr("Front desk — %1").replace("%1", name) if name else self.tr("Front desk"))
        user = self.ctx.user or {}
        name, role = user.get("display_name") or user.get("username", ""), role_label(user.get("role"))
        who = name if name == role else f"{name} · {role}"
        self.user_label.setText(who if user else "")
        self.status_user.setText(self.tr("Logged in: %1").replace("%1", who) if user else "")

    # ---- remembered layout ----------------------------------------------------------------------------
    def _restore(self) -> None:
        """Window size and position as last closed (1366x768, or what the screen has, the first time)."""
        if not self.remember:
            return
        stored = QSettings()
        geometry = stored.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            screen.fit(self, 1366, 768)

    def save_layout(self) -> None:
        """Window geometry, last page, and every created page's splitters and columns."""
        stored = QSettings()
        stored.setValue("window/geometry", self.saveGeometry())
        if self.current_key():
            stored.setValue("window/page", self.current_key())
        for page in self.pages.values():
            save_state(page)
        stored.sync()

    def closeEvent(self, event) -> None:
        if self.remember:
            self.save_layout()
        self.idle.stop()
        super().closeEvent(event)


def focus_into(page: QWidget) -> None:
    """The keyboard into a page: left where it is when already inside, else the page's focus proxy or its first
    field in the tab order."""
    now = QApplication.focusWidget()
    if now is not None and page.isAncestorOf(now):
        return
    if page.focusProxy() is not None:
        page.setFocus(Qt.ShortcutFocusReason)
        return
    w = page.nextInFocusChain()
    while w is not None and w is not page:
        if (page.isAncestorOf(w) and w.isVisible() and w.isEnabled()
                and w.focusPolicy() & Qt.TabFocus == Qt.TabFocus):
            w.setFocus(Qt.ShortcutFocusReason)
            return
        w = w.nextInFocusChain()
