"""The program's log: a rotating file in the data folder (1 MB, five old files kept). Ids and codes only:
no names, phones, ID numbers or ticket texts are written here (a refusal's words are not logged at all)."""
from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_NAME = "frontdesk.log"
MAX_BYTES = 1_000_000
KEEP = 5
log = logging.getLogger("frontdesk")


def setup(folder: str | Path) -> Path:
    """Send the 'frontdesk' logger to <folder>/frontdesk.log (one such file at a time); returns its path."""
    path = Path(folder) / LOG_NAME
    path.parent.mkdir(parents=True, exist_ok=True)
    for old in [h for h in log.handlers if getattr(h, "_frontdesk", None) not in (None, str(path))]:
        log.removeHandler(old)
        old.close()
    if not any(getattr(h, "_frontdesk", None) == str(path) for h in log.handlers):
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=KEEP,
                                                       encoding="utf-8", delay=True)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        handler._frontdesk = str(path)
        log.addHandler(handler)
        log.setLevel(logging.INFO)
    return path


def current() -> Path | None:
    """The log file in use, if any."""
    for handler in log.handlers:
        if getattr(handler, "_frontdesk", None):
            return Path(handler._frontdesk)
    return None
