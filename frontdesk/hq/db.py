"""One connection type over both engines: a SQLite file or a `postgresql://` URL.

Statements are written once with `?` placeholders (both engines' SQL is otherwise the same text: see
schema.py); for PostgreSQL they become `%s`. Only merge's bulk load differs by engine (COPY)."""
from __future__ import annotations

import contextlib
import re
from pathlib import Path
from typing import Any, Iterable, Iterator

from frontdesk.core.errors import Refused

URL = re.compile(r"^postgres(ql)?://", re.I)


def is_url(target: str) -> bool:
    return bool(URL.match(str(target)))


def shown(target: str) -> str:
    """The target as it may be printed: a password in a URL is replaced by ***."""
    return re.sub(r"(://[^:/@]+:)[^@]*@", r"\1***@", str(target))


class Hq:
    """A head-office database; `engine` is 'sqlite' or 'postgresql'."""

    def __init__(self, target: str, conn: Any, engine: str):
        self.target, self.engine = str(target), engine
        self.conn: Any = conn
        self.staged: set[str] = set()           # temporary tables this session made (merge's staging)

    @property
    def pg(self) -> bool:
        return self.engine == "postgresql"

    def sql(self, text: str) -> str:
        return text.replace("?", "%s") if self.pg else text

    def execute(self, text: str, params: Iterable = ()):
        return self.conn.execute(self.sql(text), list(params))

    def executemany(self, text: str, rows: Iterable) -> None:
        cur = self.conn.cursor()
        cur.executemany(self.sql(text), rows)

    def query(self, text: str, params: Iterable = ()) -> list[dict]:
        cur = self.execute(text, params)
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, r)) for r in cur.fetchall()]

    def scalar(self, text: str, params: Iterable = ()):
        row = self.execute(text, params).fetchone()
        return row[0] if row else None

    @contextlib.contextmanager
    def transaction(self) -> Iterator["Hq"]:
        """One transaction: everything inside is kept, or nothing (an exception rolls it back)."""
        if self.pg:
            with self.conn.transaction():
                yield self
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def table_names(self) -> list[str]:
        if self.pg:
            sql = "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
        else:
            sql = "SELECT name FROM sqlite_master WHERE type = 'table'"
        return sorted(r[0] for r in self.execute(sql).fetchall())

    def primary_key(self, table: str) -> list[str]:
        """The primary key's columns in order, read back from the engine's catalogue."""
        if self.pg:
            rows = self.execute(
                "SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid "
                "AND a.attnum = ANY(i.indkey) WHERE i.indrelid = ?::regclass AND i.indisprimary "
                "ORDER BY array_position(i.indkey, a.attnum)", [table]).fetchall()
            return [r[0] for r in rows]
        rows = self.conn.execute(f"PRAGMA table_info({table})").fetchall()
        return [r[1] for r in sorted((r for r in rows if r[5]), key=lambda r: r[5])]

    def index_names(self, table: str) -> dict[str, str]:
        """The table's indexes beside its primary key, name -> an id that changes when the index is made again
        (PostgreSQL's oid; SQLite's root page), read back from the engine's catalogue."""
        if self.pg:
            rows = self.execute("SELECT c.relname, c.oid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                                "WHERE i.indrelid = ?::regclass AND NOT i.indisprimary", [table]).fetchall()
        else:
            rows = self.execute("SELECT name, rootpage FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                                "AND sql IS NOT NULL", [table]).fetchall()
        return {r[0]: str(r[1]) for r in rows}

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Hq":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def connect(target: str, *, create: bool = False) -> Hq:
    """Open HQ; a missing SQLite file is refused unless `create`; a server that cannot be reached is refused."""
    if is_url(target):
        import psycopg
        try:
            pg = psycopg.connect(str(target), autocommit=True)
        except psycopg.OperationalError as e:
            raise Refused("hq_unreachable", f"{shown(target)}: cannot connect ({str(e).strip()})",
                          target=shown(target)) from None
        return Hq(target, pg, "postgresql")
    import sqlite3
    path = Path(target)
    if not create and not path.is_file():
        raise Refused("hq_missing", f"{path}: no head-office database here (make one with 'frontdesk hq init "
                      f"--into {path}')", target=str(path))
    if create and path.parent and not path.parent.is_dir():
        raise Refused("hq_missing", f"{path.parent}: no such folder", target=str(path))
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA busy_timeout=10000")
    return Hq(str(path), conn, "sqlite")
