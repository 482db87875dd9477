"""Attached files (photos, scans) beside the rows that name them by SHA-256.

Where a terminal keeps them belongs to the attachments store: if `frontdesk.store.attachments` offers
`path_for(db, sha256) -> Path` (where the file is or would be kept) it is used; otherwise files live in
`<database folder>/files/<sha256>`."""
from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import sqlite_utils


def _path_for(db: sqlite_utils.Database, sha: str) -> Path:
    try:
        from frontdesk.store import attachments  # type: ignore[attr-defined]
        return Path(attachments.path_for(db, sha))
    except (ImportError, AttributeError):
        pass
    main = db.execute("PRAGMA database_list").fetchone()[2]
    return Path(main).parent / "files" / sha


def locate(db: sqlite_utils.Database, sha: str) -> Path | None:
    """The file with that content on this terminal, or None."""
    p = _path_for(db, sha)
    return p if p.is_file() else None


def keep(db: sqlite_utils.Database, sha: str, src: Path) -> bool:
    """Copy a received file into place unless it is already there (checked bundle file); True when copied."""
    dst = _path_for(db, sha)
    if dst.is_file():
        return False
    dst.parent.mkdir(parents=True, exist_ok=True)
    tmp = dst.with_name(f".{sha}.part")
    shutil.copyfile(src, tmp)
    with open(tmp, "rb") as f:
        if hashlib.file_digest(f, "sha256").hexdigest() != sha:
            tmp.unlink()
            raise OSError(f"{src}: changed while copying")
    os.replace(tmp, dst)
    return True
