"""One running copy per database (QLockFile + QLocalServer): the first start holds the lock and listens; a
second start hands its wish (come forward, or a caller's number) to the first and ends."""
from __future__ import annotations

import json
import logging

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer

from frontdesk import instance

log = logging.getLogger("frontdesk")


class SingleInstance(QObject):
    """Holds the lock and the server while the window runs; emits each message another start sends."""
    message = Signal(dict)

    def __init__(self, db_path, parent=None):
        super().__init__(parent)
        self.db_path = str(db_path)
        self.lock = QLockFile(instance.lock_path(db_path))
        self.lock.setStaleLockTime(0)              # a crashed holder's lock is found stale by its process id
        self.server = QLocalServer(self)
        self.server.newConnection.connect(self._accept)

    def claim(self) -> bool:
        """Take the lock and listen; False when another window holds this database."""
        if not self.lock.tryLock(200):
            return False
        name = instance.address(self.db_path)
        QLocalServer.removeServer(name)             # a socket left behind by a crash
        if not self.server.listen(name):
            log.warning("single instance: cannot listen (%s)", self.server.errorString())
        return True

    def release(self) -> None:
        self.server.close()
        self.lock.unlock()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            sock = self.server.nextPendingConnection()
            sock.setProperty("buffer", b"")
            sock.readyRead.connect(lambda s=sock: self._read(s))
            sock.disconnected.connect(sock.deleteLater)

    def _read(self, sock) -> None:
        data = bytes(sock.property("buffer") or b"") + bytes(sock.readAll())
        if b"\n" not in data:
            sock.setProperty("buffer", data)
            return
        line = data.split(b"\n", 1)[0]
        try:
            message = json.loads(line.decode("utf-8"))
        except ValueError:
            message = {}
        sock.write(b'{"ok": true}\n')
        sock.flush()
        sock.disconnectFromServer()
        if isinstance(message, dict) and message.get("cmd"):
            self.message.emit(message)


def claim_or_hand_over(db_path, message: dict | None = None) -> SingleInstance | None:
    """This process's SingleInstance, or None after the running window took `message` (default: come forward)."""
    holder = SingleInstance(db_path)
    for _ in range(10):
        if holder.claim():
            return holder
        if instance.send(db_path, message or {"cmd": "raise"}) is not None:
            return None
    log.warning("single instance: %s is locked but nobody answers; starting anyway", db_path)
    return holder
