"""Where an export or a print goes: the --out file checked before any work, written whole or not at all, and
only together with its audit row (`write_recorded`)."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Callable

from frontdesk.core.errors import Invalid
from frontdesk.store.db import refuse_live


def check_out(out: str | Path | None) -> Path:
    """The file to write, refused (field 'out') when empty, a folder, in a missing folder or not writable."""
    text = str(out or "").strip()
    if not text:
        raise Invalid("out", "say which file to write, e.g. --out report.pdf")
    path = Path(text)
    refuse_live(path, "out")                     # never overwrite (or even open) the live database
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


def write_recorded(db, out: str | Path, data: bytes | Callable[[Path], object],
                   record: Callable[[str], object]) -> Path:
    """Write an exported or printed file only with its record: both, or neither.

    `data` is the file's bytes, or a function that writes the file at the path it is given (a streamed export);
    it goes to a hidden temporary name beside the target first. Then, in one transaction, `record(full_path)`
    writes the audit row (and whatever else keeps the act) and the file takes its name; the transaction commits.
    If the record cannot be written (a locked or read-only database, a refusal) the file never appears; if the
    commit fails after the rename the file is removed. Every row gets the file's full path."""
    from frontdesk.store.tx import writing
    path = check_out(out).absolute()
    tmp = path.with_name(f".{path.name}.part")
    placed = False
    try:
        if callable(data):
            data(tmp)
        else:
            with open(tmp, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
        with writing(db):
            record(str(path))
            os.replace(tmp, path)
            placed = True
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        if placed:
            path.unlink(missing_ok=True)      # the record was not kept: no unrecorded file either
        if isinstance(exc, OSError) and not isinstance(exc, Invalid):
            raise Invalid("out", f"cannot write {path}: {exc.strerror or exc}") from exc
        raise
    return path
