"""Making a head-office database and registering the centres whose bundles it accepts.

A centre is registered by name with the key its admin handed over (`frontdesk sync key --show` saved to a
file). The centre's id is learnt from its first bundle that this key signs; from then on only bundles of that
id are checked against that key. Keys are kept in the HQ database: head office is where they are verified."""
from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

from frontdesk.core.errors import Invalid, Refused

from . import schema
from .db import Hq, connect, is_url, shown


def now_utc() -> str:
    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def is_hq(hq: Hq) -> bool:
    return "hq_schema" in hq.table_names()


def open_hq(target: str) -> Hq:
    """An existing head-office database; anything else is refused naming it."""
    hq = connect(target)
    if not is_hq(hq):
        hq.close()
        raise Refused("hq_missing", f"{shown(target)}: not a head-office database (make one with "
                      f"'frontdesk hq init --into ...')", target=shown(target))
    _add_instance_column(hq)
    return hq


def _add_instance_column(hq: Hq) -> None:
    """merged_bundles.instance (which PC sent a terminal's bundles: a twin is refused by it) on a head office
    made before it existed; a column added, nothing else changed."""
    cols = [d[0] for d in hq.execute("SELECT * FROM merged_bundles WHERE 1 = 0").description]
    if "instance" not in cols:
        with hq.transaction():
            hq.execute("ALTER TABLE merged_bundles ADD COLUMN instance TEXT")


def init(target: str, name: str = "总部") -> dict:
    """Create the schema and head office's own signing key; returns {id, key, target}. The key is shown once."""
    from frontdesk.sync.bundle import make_key
    if not is_url(target) and Path(target).exists() and Path(target).stat().st_size:
        raise Refused("exists", f"{target}: the file already exists; head office is made in a new file",
                      target=str(target))
    hq = connect(target, create=True)
    try:
        if hq.table_names():
            raise Refused("exists", f"{shown(target)}: the database already has tables; head office is made in an "
                          f"empty one", target=shown(target))
        key, office = make_key(), str(uuid.uuid4())
        with hq.transaction():
            for statement in schema.all_ddl():
                hq.execute(statement)
            hq.execute("INSERT INTO hq_schema (centre_id, version) VALUES (?, ?)", [office, schema.SCHEMA_VERSION])
            hq.execute("INSERT INTO head_office (centre_id, name, key_text, created_at, published) "
                       "VALUES (?, ?, ?, ?, 0)", [office, name, key, now_utc()])
            from .reference import seed
            seed(hq, office)
    finally:
        hq.close()
    return {"id": office, "key": key, "target": shown(target)}


def read_key_file(path: str | Path) -> str:
    """The key text in a key file (whitespace ignored), checked; refused naming the file."""
    from frontdesk.sync.bundle import format_key, parse_key
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise Invalid("--key-file", f"{path}: cannot be read ({e})") from None
    try:
        return format_key(parse_key(text))
    except Invalid as e:
        raise Invalid("--key-file", f"{path}: {str(e).split(': ', 1)[-1]}") from None


def add_centre(hq: Hq, name: str, key_text: str) -> dict:
    """Register a centre by name and key; a name or key registered before is refused."""
    name = (name or "").strip()
    if not name:
        raise Invalid("--name", "required")
    with hq.transaction():
        if hq.scalar("SELECT count(*) FROM centres WHERE name = ?", [name]):
            raise Refused("exists", f"centre '{name}' is already registered", field="--name", name=name)
        taken = hq.scalar("SELECT name FROM centres WHERE key_text = ?", [key_text])
        if taken:
            raise Refused("exists", f"this key is already registered for centre '{taken}'", field="--key-file")
        provisional = str(uuid.uuid4())          # replaced by the centre's own id at its first bundle
        hq.execute("INSERT INTO centres (centre_id, name, key_text, bound, registered_at, bundles) "
                   "VALUES (?, ?, ?, 0, ?, 0)", [provisional, name, key_text, now_utc()])
    return {"name": name, "centre_id": None}


def centres(hq: Hq) -> list[dict]:
    """The registered centres, by name (centre_id None until a first bundle has come in)."""
    rows = hq.query("SELECT centre_id, name, bound, registered_at, last_merged_at, bundles FROM centres "
                    "ORDER BY name")
    return [{**r, "centre_id": r["centre_id"] if r["bound"] else None} for r in rows]


def head_office(hq: Hq) -> dict:
    return hq.query("SELECT centre_id, name, key_text, published FROM head_office")[0]
