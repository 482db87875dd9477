"""Where an export or a print goes: the --out file checked before any work, written whole or not at all."""
from __future__ import annotations

import os
from pathlib import Path

from frontdesk.core.errors import Invalid


def check_out(out: str | Path | None) -> Path:
    """The file to write, refused (field 'out') when empty, a folder, in a missing folder or not writable."""
    text = str(out or "").strip()
    if not text:
        raise Invalid("out", "say which file to write, e.g. --out report.pdf")
    path = Path(text)
    if path.is_dir():
        raise Invalid("out", f"{path} is a folder; give a file name in it, e.g. {path / 'report.pdf'}")
    folder = path.parent
    if not folder.exists():
        raise Invalid("out", f"{folder}: no such folder")
    if not folder.is_dir():
        raise Invalid("out", f"{folder}: not a folder")
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise Invalid("out", f"{path}: not allowed to write here")
    return path


def write_atomic(out: str | Path, data: bytes) -> Path:
    """Write beside the target and rename, so a failure never leaves a half-written file; refusals name 'out'."""
    path = check_out(out)
    tmp = path.with_name(f".{path.name}.part")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise Invalid("out", f"cannot write {path}: {exc.strerror or exc}") from exc
    return path
