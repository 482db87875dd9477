"""Bulk inserts for the demo: executemany of plain tuples, tickets and events buffered in big batches."""
from __future__ import annotations

import json

from .answers import STANDARD_ANSWERS
from .estate import OCC_COLS, PEOPLE_COLS, PHONE_COLS, UNIT_COLS
from .tickets import EVENT_COLS, TICKET_COLS

BATCH = 100_000


def insert_sql(table: str, cols: tuple[str, ...]) -> str:
    return f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"


class Writer:
    """Writes inside the caller's transaction; tickets go before their events (foreign keys)."""

    def __init__(self, db):
        self.db = db
        self.conn = db.conn
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
            self.conn.executemany(insert_sql("tickets", TICKET_COLS), self._tickets)
        if self._events:
            self.conn.executemany(insert_sql("ticket_events", EVENT_COLS), self._events)
        self._tickets, self._events = [], []

    def sequences(self, seq: dict[str, int]) -> None:
        """ticket_seq continues where the demo's numbers stop, so new intakes follow on."""
        self.conn.executemany("INSERT INTO ticket_seq (prefix, last) VALUES (?, ?) ON CONFLICT(prefix) "
                              "DO UPDATE SET last = max(last, excluded.last)", list(seq.items()))

    def standard_answers(self, ids, stamp: str, origin: str) -> int:
        """The hot questions' answers (常用答复), those not there yet."""
        have = {r[0] for r in self.conn.execute("SELECT title FROM standard_answers WHERE deleted_at IS NULL")}
        rows = [(ids(), stamp, stamp, origin, 1, title, body, json.dumps(tags, ensure_ascii=False), cat, hot)
                for title, cat, tags, hot, body in STANDARD_ANSWERS if title not in have]
        self.conn.executemany("INSERT INTO standard_answers (id, created_at, updated_at, origin, version, title, body, "
                              "tags, category, hot) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        return len(rows)
