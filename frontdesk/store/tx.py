"""One write = one transaction (BEGIN IMMEDIATE, so two terminals never dead-lock on upgrade)."""
from __future__ import annotations

import contextlib

import sqlite_utils


@contextlib.contextmanager
def writing(db: sqlite_utils.Database):
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    from .check import refuse_if_damaged
    refuse_if_damaged(db)                  # a database known to be damaged takes no more writes
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise
    else:
        db.conn.execute("COMMIT")
