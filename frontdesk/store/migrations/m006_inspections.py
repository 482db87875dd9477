"""Inspections 巡检: rounds (one per template, place and period) and their results per item, each finding
linked to the repair ticket it opened. Both tables carry the sync columns (docs/architecture.md, Data) and travel in bundles
(docs/bundle-format.md); both are mutable (entering a round again updates it). "One round per template, place and
period" is kept by store.inspections in its write transaction, not by a UNIQUE index: two terminals that entered
the same round offline must still be able to exchange bundles (the conflict is then theirs to see)."""
from .m001_initial import SYNC

SCHEMA = f"""
CREATE TABLE inspection_rounds (
    {SYNC},
    number TEXT NOT NULL UNIQUE,         -- XC-20261204-003: printed on the sheet and in its QR code
    template TEXT NOT NULL,              -- the template's short name
    title TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'equipment' CHECK (kind IN ('equipment', 'quality')),
    area TEXT,                           -- 秩序 保洁 绿化 设施 (score sheets)
    place TEXT NOT NULL,
    period TEXT NOT NULL,                -- 2026-12-04, or 2026-12 for a monthly round
    due_on TEXT NOT NULL,                -- local date
    status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'done')),
    done_at TEXT,                        -- local: when it was inspected
    inspector TEXT NOT NULL DEFAULT '',
    entered_by TEXT REFERENCES staff(id),
    entered_at TEXT,                     -- local
    score REAL,
    findings INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX inspection_rounds_slot ON inspection_rounds (template, place, period);
CREATE INDEX inspection_rounds_due ON inspection_rounds (due_on);

CREATE TABLE inspection_results (
    {SYNC},
    round_id TEXT NOT NULL REFERENCES inspection_rounds(id),
    position INTEGER NOT NULL,
    item TEXT NOT NULL,
    judged TEXT NOT NULL CHECK (judged IN ('normal_abnormal', 'count', 'reading')),
    result TEXT NOT NULL CHECK (result IN ('normal', 'abnormal')),
    value REAL,
    unit TEXT NOT NULL DEFAULT '',
    min REAL,
    max REAL,
    weight REAL,
    remark TEXT NOT NULL DEFAULT '',
    ticket_id TEXT REFERENCES tickets(id)
);
CREATE INDEX inspection_results_item ON inspection_results (round_id, item);
CREATE INDEX inspection_results_ticket ON inspection_results (ticket_id) WHERE ticket_id IS NOT NULL;
"""


def apply(db):
    for statement in SCHEMA.split(";"):
        if statement.strip():
            db.execute(statement)
    from ..changes import register_synced_table      # they travel between terminals (docs/bundle-format.md)
    register_synced_table(db, "inspection_rounds")
    register_synced_table(db, "inspection_results")
