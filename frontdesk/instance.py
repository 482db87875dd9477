"""One running window per database: where it listens, and how a second start or `frontdesk ring` talks to it.

The window listens with QLocalServer (frontdesk/ui/single.py) at address(db); this side is plain Python
(a Unix socket, or a named pipe on Windows) so the command line needs no Qt to hand something over."""
from __future__ import annotations

import getpass
import hashlib
import json
import os
import socket
import sys
import tempfile
from pathlib import Path


def _key(db_path: str | Path) -> str:
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name on some set-ups: the path alone still separates databases
        user = ""
    whole = f"{user}\0{Path(db_path).expanduser().resolve()}".encode()
    return hashlib.sha256(whole).hexdigest()[:20]


def address(db_path: str | Path) -> str:
    """The server name for QLocalServer.listen(): a full socket path on POSIX, a pipe name on Windows."""
    if sys.platform == "win32":
        return f"frontdesk-{_key(db_path)}"
    return os.path.join(tempfile.gettempdir(), f"frontdesk-{_key(db_path)}.sock")


def lock_path(db_path: str | Path) -> str:
    """The QLockFile beside the database (a separate file: the database itself is never opened outside SQLite)."""
    return str(db_path) + ".lock"


def send(db_path: str | Path, message: dict, timeout: float = 3.0) -> dict | None:
    """Hand a message to the window running on this database; its answer, or None when none is running."""
    line = (json.dumps(message, ensure_ascii=False) + "\n").encode("utf-8")
    try:
        if sys.platform == "win32":
            with open(r"\\.\pipe\%s" % address(db_path), "r+b", buffering=0) as pipe:
                pipe.write(line)
                reply = pipe.readline()
        else:
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
                sock.settimeout(timeout)
                sock.connect(address(db_path))
                sock.sendall(line)
                reply = sock.makefile("rb").readline()
    except OSError:
        return None
    try:
        return json.loads(reply.decode("utf-8")) if reply else {"ok": True}
    except ValueError:
        return {"ok": True}


def running(db_path: str | Path) -> bool:
    """Whether a window is running on this database: it answers an empty message (no command: nothing happens
    there, not even coming forward)."""
    return send(db_path, {}, timeout=2.0) is not None
