"""Bulk inserts for the demo: executemany of plain tuples, tickets and events buffered in big batches."""
from __future__ import annotations

import json

from .answers import STANDARD_ANSWERS
from .estate import OCC_COLS, PEOPLE_COLS, PHONE_COLS, UNIT_COLS
from .tickets import EVENT_COLS, TICKET_COLS

BATCH = 100_000


def insert_sql(table: str, cols: tuple[str, ...]) -> str:
    return f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"


def insert_synced_sql(table: str, cols: tuple[str, ...], stamp: str, origin: str) -> str:
    """An INSERT whose sync columns (one stamp, one origin, version 1) are constants, not bound per row."""
    const = f"'{stamp}', '{stamp}', '{origin.replace(chr(39), chr(39) * 2)}', 1"
    return (f"INSERT INTO {table} ({cols[0]}, created_at, updated_at, origin, version, {', '.join(cols[1:])}) "
            f"VALUES (?, {const}, {', '.join('?' * (len(cols) - 1))})")


def standard_answer_rows(ids, stamp: str, origin: str) -> list[tuple]:
    return [(ids(), stamp, stamp, origin, 1, title, body, json.dumps(tags, ensure_ascii=False), cat, hot)
            for title, cat, tags, hot, body in STANDARD_ANSWERS]


class Writer:
    """Writes inside the caller's transaction; tickets go before their events (foreign keys)."""

    def __init__(self, db, stamp: str, origin: str):
        self.db = db
        self.conn = db.conn
        self.ticket_sql = insert_synced_sql("tickets", TICKET_COLS, stamp, origin)
        self.event_sql = insert_synced_sql("ticket_events", EVENT_COLS, stamp, origin)
        self._tickets: list[tuple] = []
        self._events: list[tuple] = []

    def units(self, rows) -> None:
        self.conn.executemany(insert_sql("units", UNIT_COLS), rows)

    def people(self, people, phones, occupancies) -> None:
        self.conn.executemany(insert_sql("people", PEOPLE_COLS), people)
        self.conn.executemany(insert_sql("phones", PHONE_COLS), phones)
        self.conn.executemany(insert_sql("occupancies", OCC_COLS), occupancies)

    def tickets(self, tickets, events) -> None:
        self._tickets.extend(tickets)
        self._events.extend(events)
        if len(self._events) >= BATCH:
            self.flush()

    def flush(self) -> None:
        if self._tickets:
            self.conn.executemany(self.ticket_sql, self._tickets)
        if self._events:
            self.conn.executemany(self.event_sql, self._events)
        self._tickets, self._events = [], []

    def drop_indexes(self, tables=("tickets", "ticket_events")) -> list[str]:
        """Drop the secondary indexes of the big tables (recreated by restore_indexes: sorting once is faster
        than growing them row by row). DDL is transactional: a failed build gets them back on rollback."""
        marks = ",".join("?" * len(tables))
        found = self.conn.execute(f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                                  f"AND tbl_name IN ({marks})", list(tables)).fetchall()
        for name, _ in found:
            self.conn.execute(f'DROP INDEX "{name}"')
        return [sql for _, sql in found]

    def restore_indexes(self, statements: list[str]) -> None:
        for sql in statements:
            self.conn.execute(sql)

    def sequences(self, seq: dict[str, int]) -> None:
        """ticket_seq continues where the demo's numbers stop, so new intakes follow on."""
        self.conn.executemany("INSERT INTO ticket_seq (prefix, last) VALUES (?, ?) ON CONFLICT(prefix) "
                              "DO UPDATE SET last = max(last, excluded.last)", list(seq.items()))

    def surveys(self, surveys: list[tuple], responses: list[tuple]) -> None:
        """The yearly satisfaction surveys and their returned forms."""
        self.conn.executemany("INSERT INTO surveys (id, created_at, updated_at, origin, version, year, title) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?)", surveys)
        self.conn.executemany("INSERT INTO survey_responses (id, created_at, updated_at, origin, version, survey_id, "
                              "unit_id, person_id, scores, comment, entered_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                              responses)

    def standard_answers(self, rows: list[tuple]) -> int:
        """The hot questions' answers (常用答复), those not there yet."""
        have = {r[0] for r in self.conn.execute("SELECT title FROM standard_answers WHERE deleted_at IS NULL")}
        rows = [r for r in rows if r[5] not in have]
        self.conn.executemany("INSERT INTO standard_answers (id, created_at, updated_at, origin, version, title, body, "
                              "tags, category, hot) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        return len(rows)
