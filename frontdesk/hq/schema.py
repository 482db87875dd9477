"""Head office's schema, written once for SQLite and PostgreSQL (docs/hq.md).

Portable SQL only: TEXT, INTEGER, BIGINT, DOUBLE PRECISION, composite primary keys and plain indexes, which
both engines read alike. Every table has the centre id first in its primary key, so that rows of different
centres never collide and a distributed PostgreSQL (Citus) can shard every table on `centre_id`.

A merged table keeps a chosen subset of the centre's columns (`Table.columns`); what a bundle carries beyond
them is not kept: no password hashes, no owners' names, phones or ID numbers (head office compares centres,
it does not serve their owners)."""
from __future__ import annotations

from dataclasses import dataclass, field

#: The columns every merged row has (docs/bundle-format.md), after centre_id.
SYNC_COLUMNS = (("id", "TEXT NOT NULL"), ("created_at", "TEXT"), ("updated_at", "TEXT"), ("origin", "TEXT"),
                ("version", "BIGINT NOT NULL"), ("deleted_at", "TEXT"))


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[tuple[str, str], ...]          # (name, portable type and constraint), after centre_id
    key: tuple[str, ...] = ("centre_id", "id")
    indexes: tuple[tuple[str, ...], ...] = ()    # each: columns, then optionally 'WHERE ...'
    merged: bool = True                           # rows come from centres' bundles
    derived: dict = field(default_factory=dict)   # column -> how merge computes it from the bundle's row
    keep_kinds: tuple[str, ...] = ()              # if set: only rows of these kinds, or with a derived value

    @property
    def names(self) -> list[str]:
        return ["centre_id", *(c for c, _ in self.columns)]


def _synced(name: str, *cols: tuple[str, str], indexes=(), derived=None, keep_kinds=()) -> Table:
    return Table(name, (*SYNC_COLUMNS, *cols), indexes=indexes, derived=derived or {}, keep_kinds=keep_kinds)


MERGED = (
    _synced("staff", ("username", "TEXT"), ("display_name", "TEXT"), ("role", "TEXT"), ("department", "TEXT"),
            ("active", "INTEGER")),
    _synced("units", ("code", "TEXT"), ("building", "INTEGER"), ("entrance", "INTEGER"), ("floor", "INTEGER"),
            ("room", "INTEGER"), ("area", "DOUBLE PRECISION"), ("property_type", "TEXT"),
            ("handover_status", "TEXT")),
    _synced("tickets", ("number", "TEXT"), ("type", "TEXT"), ("category", "TEXT"), ("channel", "TEXT"),
            ("urgent", "INTEGER"), ("unit_id", "TEXT"), ("place", "TEXT"), ("description", "TEXT"),
            ("status", "TEXT"), ("first_responder_id", "TEXT"), ("handler_id", "TEXT"), ("department", "TEXT"),
            ("received_at", "TEXT"), ("due_at", "TEXT"), ("met_at", "TEXT"), ("dispatched_at", "TEXT"),
            ("done_at", "TEXT"), ("notified_at", "TEXT"), ("closed_at", "TEXT"), ("cancelled_at", "TEXT"),
            ("satisfaction", "TEXT"), ("repeat_of", "TEXT"), ("escalated", "INTEGER"),
            # The group report reads a time range of every centre at once (intake, the month's rows and the
            # complaints by received_at, deadlines by due_at); a complaint looks back 30 days for the repairs of its
            # unit (core.reports.LATE_REPAIR_BEFORE: repairs only). tests/hq/test_report.py holds each to its query.
            indexes=(("received_at",), ("due_at",), ("centre_id", "unit_id", "received_at", "WHERE type = 'repair'"))),
    # Of the timeline only the callbacks (回访) and the moves that carried the owner's rating, which the report
    # reads; the rating is taken out of the event's JSON `data`. A quarter of the events, and the bulk of a merge.
    _synced("ticket_events", ("ticket_id", "TEXT"), ("at", "TEXT"), ("kind", "TEXT"), ("from_status", "TEXT"),
            ("to_status", "TEXT"), ("rating", "TEXT"),
            # only the rated moves, which core.reports.RATINGS counts: a twentieth of a centre's events
            indexes=(("at", "WHERE kind = 'moved' AND rating IS NOT NULL"),), derived={"rating": "data.rating"},
            keep_kinds=("callback",)),
    _synced("surveys", ("year", "INTEGER"), ("title", "TEXT")),
    _synced("survey_responses", ("survey_id", "TEXT"), ("unit_id", "TEXT"), ("scores", "TEXT")),  # read whole
)

#: Head office's own reference data, published back to the centres (centre_id = head office's id).
REFERENCE = (
    Table("ref_categories", (*SYNC_COLUMNS, ("type", "TEXT NOT NULL"), ("name", "TEXT NOT NULL"),
                             ("sort", "INTEGER")), merged=False),
    Table("ref_templates", (*SYNC_COLUMNS, ("kind", "TEXT NOT NULL"), ("name", "TEXT NOT NULL"), ("title", "TEXT"),
                            ("body", "TEXT NOT NULL")), merged=False),
    Table("ref_standard_answers", (*SYNC_COLUMNS, ("title", "TEXT NOT NULL"), ("body", "TEXT NOT NULL"),
                                   ("tags", "TEXT"), ("category", "TEXT"), ("hot", "INTEGER")), merged=False),
    Table("ref_holidays", (*SYNC_COLUMNS, ("date", "TEXT NOT NULL"), ("kind", "TEXT NOT NULL"), ("name", "TEXT")),
          merged=False),
    Table("ref_settings", (("key", "TEXT NOT NULL"), ("value", "TEXT"), ("updated_at", "TEXT"), ("origin", "TEXT"),
                           ("version", "BIGINT NOT NULL")), key=("centre_id", "key"), merged=False),
)

#: The registered centres (key: the centre's id, learnt from its first signed bundle) and head office itself.
ADMIN = (
    Table("centres", (("name", "TEXT NOT NULL"), ("key_text", "TEXT NOT NULL"), ("bound", "INTEGER NOT NULL"),
                      ("registered_at", "TEXT NOT NULL"), ("last_merged_at", "TEXT"), ("bundles", "BIGINT")),
          key=("centre_id",), merged=False),
    Table("merged_bundles", (("name", "TEXT NOT NULL"), ("terminal_id", "TEXT"), ("seq", "BIGINT"),
                             ("rows", "BIGINT"), ("merged_at", "TEXT NOT NULL"), ("instance", "TEXT")),
          key=("centre_id", "name"), merged=False),
    Table("head_office", (("name", "TEXT NOT NULL"), ("key_text", "TEXT NOT NULL"), ("created_at", "TEXT NOT NULL"),
                          ("published", "BIGINT NOT NULL")), key=("centre_id",), merged=False),
    Table("hq_schema", (("version", "INTEGER NOT NULL"),), key=("centre_id",), merged=False),
)

TABLES = (*ADMIN, *MERGED, *REFERENCE)
BY_NAME = {t.name: t for t in TABLES}
MERGED_BY_NAME = {t.name: t for t in MERGED}
SCHEMA_VERSION = 1


def ddl(table: Table) -> list[str]:
    """CREATE TABLE and its indexes, the same text on both engines."""
    cols = ",\n    ".join(["centre_id TEXT NOT NULL", *(f"{c} {t}" for c, t in table.columns),
                           f"PRIMARY KEY ({', '.join(table.key)})"])
    return [f"CREATE TABLE {table.name} (\n    {cols}\n)", *(sql for _, sql in index_ddl(table))]


def index_ddl(table: Table) -> list[tuple[str, str]]:
    """(name, CREATE INDEX IF NOT EXISTS ...) of each of the table's indexes beside its primary key."""
    out = []
    for index in table.indexes:                   # columns, then optionally a "WHERE ..." (partial index)
        cols_ = [c for c in index if not c.startswith("WHERE ")]
        where = "".join(f" {c}" for c in index if c.startswith("WHERE "))
        name = f"{table.name}_{'_'.join(c for c in cols_ if c != 'centre_id')}"
        out.append((name, f"CREATE INDEX IF NOT EXISTS {name} ON {table.name} ({', '.join(cols_)}){where}"))
    return out


def all_ddl() -> list[str]:
    return [s for t in TABLES for s in ddl(t)]
