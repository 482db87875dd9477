"""The first schema: settings, staff, units, people, tickets and their events, audit, search keys."""

SYNC = """id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    origin TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    deleted_at TEXT"""

SCHEMA = f"""
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT,                      -- JSON
    updated_at TEXT NOT NULL,
    origin TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE staff (
    {SYNC},
    username TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('receptionist','supervisor','engineer','admin')),
    department TEXT NOT NULL DEFAULT '',
    phone TEXT,
    password_hash TEXT,
    active INTEGER NOT NULL DEFAULT 1,
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT
);

CREATE TABLE units (
    {SYNC},
    code TEXT NOT NULL UNIQUE,       -- 3-2-1202: building-entrance-room
    building INTEGER NOT NULL,
    entrance INTEGER NOT NULL,
    floor INTEGER NOT NULL,
    room INTEGER NOT NULL,
    area REAL,
    property_type TEXT NOT NULL DEFAULT '住宅',
    handover_status TEXT NOT NULL DEFAULT '已交房',
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX units_building ON units (building, entrance, room);

CREATE TABLE people (
    {SYNC},
    name TEXT NOT NULL,
    gender TEXT,
    id_number TEXT,                  -- stored, masked everywhere by default
    customer_class TEXT NOT NULL DEFAULT '一般',
    tags TEXT NOT NULL DEFAULT '[]', -- JSON list
    care_needs TEXT NOT NULL DEFAULT '',
    preferences TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    merged_into TEXT REFERENCES people(id)
);
CREATE INDEX people_name ON people (name);
CREATE INDEX people_id_number ON people (id_number) WHERE id_number IS NOT NULL;

CREATE TABLE phones (
    {SYNC},
    person_id TEXT NOT NULL REFERENCES people(id),
    phone TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT ''
);
CREATE INDEX phones_person ON phones (person_id);
CREATE INDEX phones_phone ON phones (phone);

CREATE TABLE occupancies (
    {SYNC},
    person_id TEXT NOT NULL REFERENCES people(id),
    unit_id TEXT NOT NULL REFERENCES units(id),
    relation TEXT NOT NULL CHECK (relation IN ('owner','co_owner','tenant','family')),
    since TEXT,
    until TEXT
);
CREATE INDEX occupancies_unit ON occupancies (unit_id);
CREATE INDEX occupancies_person ON occupancies (person_id);

CREATE TABLE tickets (
    {SYNC},
    number TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL CHECK (type IN ('repair','complaint','inquiry','suggestion','praise')),
    category TEXT NOT NULL,
    channel TEXT NOT NULL,
    urgent INTEGER NOT NULL DEFAULT 0,
    unit_id TEXT REFERENCES units(id),
    person_id TEXT REFERENCES people(id),
    contact_phone TEXT,
    place TEXT NOT NULL DEFAULT 'unit',
    place_detail TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL,
    preferred_time TEXT,
    status TEXT NOT NULL,
    first_responder_id TEXT NOT NULL REFERENCES staff(id),
    handler_id TEXT REFERENCES staff(id),
    department TEXT,
    received_at TEXT NOT NULL,       -- local ISO-8601: when the desk received it (--at backdates)
    due_at TEXT NOT NULL,            -- local
    met_at TEXT,                     -- when the deadline's step was reached (done / owner told)
    dispatched_at TEXT,
    started_at TEXT,
    done_at TEXT,
    verified_at TEXT,
    notified_at TEXT,
    closed_at TEXT,
    cancelled_at TEXT,
    callback_due_at TEXT,
    callback_attempts INTEGER NOT NULL DEFAULT 0,
    satisfaction TEXT CHECK (satisfaction IS NULL OR satisfaction IN ('satisfied','basic','unsatisfied')),
    repeat_of TEXT REFERENCES tickets(id),
    escalated INTEGER NOT NULL DEFAULT 0,
    handling_text TEXT               -- what was found and done (the complaint reply letter)
);
CREATE INDEX tickets_unit ON tickets (unit_id, received_at);
CREATE INDEX tickets_person ON tickets (person_id, received_at);
CREATE INDEX tickets_received ON tickets (received_at);
CREATE INDEX tickets_due ON tickets (due_at);
CREATE INDEX tickets_first_responder ON tickets (first_responder_id, status);
-- The board: open tickets only, covering (PERFORMANCE.md trap 4: queries repeat this WHERE literally).
CREATE INDEX tickets_open ON tickets (status, due_at, number, type, category, unit_id,
    first_responder_id, handler_id, urgent, received_at, met_at, callback_due_at)
    WHERE status NOT IN ('closed','cancelled');

CREATE TABLE ticket_seq (
    prefix TEXT PRIMARY KEY,         -- BX-20261122- (with the terminal letter)
    last INTEGER NOT NULL
);

CREATE TABLE ticket_events (
    {SYNC},
    ticket_id TEXT NOT NULL REFERENCES tickets(id),
    at TEXT NOT NULL,                -- local
    kind TEXT NOT NULL,              -- created, moved, assigned, note, call, letter, escalated, callback, transferred
    from_status TEXT,
    to_status TEXT,
    actor_id TEXT REFERENCES staff(id),
    note TEXT NOT NULL DEFAULT '',
    data TEXT NOT NULL DEFAULT '{{}}' -- JSON
);
CREATE INDEX ticket_events_ticket ON ticket_events (ticket_id, at);
CREATE TRIGGER ticket_events_append_only_u BEFORE UPDATE ON ticket_events
    BEGIN SELECT RAISE(ABORT, 'ticket_events is append-only'); END;
CREATE TRIGGER ticket_events_append_only_d BEFORE DELETE ON ticket_events
    BEGIN SELECT RAISE(ABORT, 'ticket_events is append-only'); END;

CREATE TABLE audit (
    id TEXT PRIMARY KEY,
    at TEXT NOT NULL,                -- UTC
    actor_id TEXT,
    actor TEXT NOT NULL DEFAULT '',  -- username at the time
    action TEXT NOT NULL,            -- create, update, move, view_id, print, export, login, ...
    table_name TEXT NOT NULL DEFAULT '',
    record_id TEXT,
    detail TEXT NOT NULL DEFAULT '{{}}',
    origin TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_record ON audit (table_name, record_id);
CREATE INDEX audit_at ON audit (at);
CREATE TRIGGER audit_append_only_u BEFORE UPDATE ON audit
    BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
CREATE TRIGGER audit_append_only_d BEFORE DELETE ON audit
    BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;

CREATE TABLE holidays (
    {SYNC},
    date TEXT NOT NULL UNIQUE,       -- YYYY-MM-DD
    kind TEXT NOT NULL CHECK (kind IN ('holiday','workday')),
    name TEXT NOT NULL DEFAULT ''
);

CREATE TABLE categories (
    {SYNC},
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    sort INTEGER NOT NULL DEFAULT 0,
    UNIQUE (type, name)
);

CREATE TABLE standard_answers (
    {SYNC},
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    tags TEXT NOT NULL DEFAULT '[]',
    category TEXT NOT NULL DEFAULT '',
    hot INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE printed_documents (
    {SYNC},
    kind TEXT NOT NULL,
    doc_number TEXT NOT NULL,
    ticket_id TEXT REFERENCES tickets(id),
    unit_id TEXT REFERENCES units(id),
    actor_id TEXT REFERENCES staff(id),
    at TEXT NOT NULL,                -- local
    pages INTEGER NOT NULL DEFAULT 1,
    checksum TEXT NOT NULL,          -- SHA-256 of the PDF
    detail TEXT NOT NULL DEFAULT '{{}}'
);
CREATE INDEX printed_documents_ticket ON printed_documents (ticket_id);
CREATE INDEX printed_documents_unit ON printed_documents (unit_id);

CREATE TABLE templates (
    {SYNC},
    kind TEXT NOT NULL,              -- notice, complaint-reply, callback-letter, inspection, ...
    name TEXT NOT NULL,              -- short name: water-outage, elevator, ...
    title TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL,              -- text with named placeholders, or JSON for inspection items
    UNIQUE (kind, name)
);

CREATE TABLE surveys (
    {SYNC},
    year INTEGER NOT NULL UNIQUE,
    title TEXT NOT NULL
);

CREATE TABLE survey_responses (
    {SYNC},
    survey_id TEXT NOT NULL REFERENCES surveys(id),
    unit_id TEXT REFERENCES units(id),
    person_id TEXT REFERENCES people(id),
    scores TEXT NOT NULL,            -- JSON: element -> 1..5
    comment TEXT NOT NULL DEFAULT '',
    entered_by TEXT REFERENCES staff(id)
);
CREATE INDEX survey_responses_survey ON survey_responses (survey_id, unit_id);

-- Derived, local, not synced: prefix keys for the global search (PERFORMANCE.md: ranges on B-trees).
-- kind: name, initials, pinyin, phone_rev, unit, number; ref_type: person, unit, ticket.
CREATE TABLE search_keys (
    kind TEXT NOT NULL,
    key TEXT NOT NULL,
    ref_type TEXT NOT NULL,
    ref_id TEXT NOT NULL
);
CREATE INDEX search_keys_key ON search_keys (kind, key);
CREATE INDEX search_keys_ref ON search_keys (ref_id);
-- Text inside (3+ characters): trigram full text, only as the fallback.
CREATE VIRTUAL TABLE search_text USING fts5 (text, ref_type UNINDEXED, ref_id UNINDEXED, tokenize = 'trigram');

CREATE TABLE sync_state (
    key TEXT PRIMARY KEY,
    value TEXT
);
"""


def apply(db):
    for statement in _split(SCHEMA):
        db.execute(statement)


def _split(script: str):
    """Split on ';' at line ends, keeping trigger bodies (BEGIN ... END;) whole."""
    buf, depth = [], 0
    for line in script.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("--"):
            continue
        buf.append(line)
        upper = stripped.upper()
        if upper.startswith("BEGIN") or " BEGIN " in f" {upper} ":
            depth += 1
        if stripped.endswith(";"):
            if depth and not upper.endswith("END;"):
                continue
            depth = 0
            yield "\n".join(buf)
            buf = []
