"""Locking: an idle watcher (an app-wide event filter on input) and the lock screen that covers the window
until the same user's password is given, or another user logs in through "switch user"."""
from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout,
                               QWidget)

from frontdesk.core.errors import Refused
from frontdesk.store import staff
from frontdesk.ui.i18n import Retranslating
from frontdesk.ui.labels import refusal_text

INPUT_EVENTS = {QEvent.KeyPress, QEvent.MouseButtonPress, QEvent.MouseMove, QEvent.Wheel,
                QEvent.TouchBegin, QEvent.ShortcutOverride}


class IdleWatcher(QObject):
    """Emits idle() once when no keyboard or mouse input arrived for `minutes` (0 switches it off)."""
    idle = Signal()

    def __init__(self, minutes: float, parent: QObject | None = None):
        super().__init__(parent)
        self.minutes = float(minutes)
        self.clock = QElapsedTimer()
        self.clock.start()
        self.fired = False
        self.timer = QTimer(self)
        self.timer.setInterval(15_000)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() in INPUT_EVENTS:
            self.clock.restart()
            self.fired = False
        return False

    def idle_ms(self) -> int:
        """Milliseconds since the last keyboard or mouse input."""
        return self.clock.elapsed()

    def check(self) -> None:
        """Fire once per idle spell (the lock screen's own input restarts the clock)."""
        if self.minutes > 0 and not self.fired and self.idle_ms() >= self.minutes * 60_000:
            self.fired = True
            self.idle.emit()

    def stop(self) -> None:
        """Stop watching (the window closes)."""
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


class LockScreen(Retranslating, QWidget):
    """Covers the main window; unlocked(user) on the right password, switch_user() for another account."""
    unlocked = Signal(object)
    switch_user = Signal()

    def __init__(self, db, parent: QWidget):
        super().__init__(parent)
        self.db = db
        self.user: dict | None = None
        self.setObjectName("lockScreen")
        self.setAttribute(Qt.WA_StyledBackground, True)
        self.panel = QWidget(self)
        self.panel.setObjectName("lockPanel")
        self.panel.setAttribute(Qt.WA_StyledBackground, True)
        self.panel.setFixedWidth(420)
        self.title = QLabel()
        self.title.setObjectName("lockTitle")
        self.who = QLabel()
        self.who.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setObjectName("lockPassword")
        self.password.setEchoMode(QLineEdit.Password)
        self.password.returnPressed.connect(self.try_unlock)
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.unlock_button = QPushButton()
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.switch_button = QPushButton()
        self.switch_button.setObjectName("switchUserButton")
        self.switch_button.clicked.connect(self.switch_user)
        box = QVBoxLayout(self.panel)
        box.setContentsMargins(28, 24, 28, 24)
        box.setSpacing(12)
        for widget in (self.title, self.who, self.password, self.error):
            box.addWidget(widget)
        row = QHBoxLayout()
        row.addWidget(self.switch_button)
        row.addStretch(1)
        row.addWidget(self.unlock_button)
        box.addLayout(row)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(self.panel, 0, Qt.AlignHCenter)
        outer.addStretch(2)
        self.retranslateUi()
        self.hide()

    def retranslateUi(self) -> None:
        self.title.setText(self.tr("Locked"))
        name = (self.user or {}).get("display_name") or (self.user or {}).get("username", "")
        self.who.setText(self.tr("%1 is logged in. Enter the password to continue.").replace("%1", name))
        self.password.setPlaceholderText(self.tr("Password"))
        self.unlock_button.setText(self.tr("Unlock"))
        self.switch_button.setText(self.tr("Switch user…"))

    def lock(self, user: dict) -> None:
        """Cover the parent window and ask for `user`'s password."""
        self.user = user
        self.error.clear()
        self.password.clear()
        self.retranslateUi()
        self.setGeometry(self.parentWidget().rect())
        self.show()
        self.raise_()
        self.password.setFocus()

    def try_unlock(self) -> bool:
        """The same user's password unlocks; a wrong one says so (and counts toward the lock-out)."""
        try:
            user = staff.authenticate(self.db, self.user["username"], self.password.text())
        except Refused as exc:            # only the password was asked: a miss is a wrong password (issue 10 #34)
            wrong = getattr(exc, "code", "") == "bad_login"
            self.error.setText(self.tr("Wrong password.") if wrong else refusal_text(exc))
            self.password.clear()
            self.password.setFocus()
            return False
        self.hide()
        self.unlocked.emit(user)
        return True
