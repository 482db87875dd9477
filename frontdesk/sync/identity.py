"""This terminal and its centre: ids, the centre's key (as text), head office's trusted key, ticket letters."""
from __future__ import annotations

import sqlite_utils

from frontdesk.core.errors import Refused
from frontdesk.core.numbers import terminal_letter
from frontdesk.store import audit, changes
from frontdesk.store.db import new_id, now_utc
from frontdesk.store.tx import writing

from .bundle import format_key, parse_key


def ensure_centre(db: sqlite_utils.Database) -> dict:
    """sync_local, making the centre's id and key now if this database was set up before sync existed."""
    loc = changes.local(db)
    if not loc["centre_id"]:
        if not db.execute("SELECT 1 FROM staff LIMIT 1").fetchone():
            raise Refused("not_initialised", "the centre is not set up: run 'frontdesk init' or 'frontdesk demo'")
        with writing(db):
            changes.new_centre(db)
        loc = changes.local(db)
    if reborn_after_restore(db):
        loc = changes.local(db)
    return loc


def key_text(db: sqlite_utils.Database, actor: dict) -> str:
    """The centre's key as text, for an admin only; the showing is audited (the key itself is not)."""
    if actor.get("role") != "admin":
        raise Refused("forbidden", "only an admin may see the centre's key", role=actor.get("role"))
    loc = ensure_centre(db)
    with writing(db):
        audit.record(db, actor, "key_shown", "sync_local", loc["centre_id"])
    return format_key(bytes(loc["centre_key"]))


def key_for(db: sqlite_utils.Database):
    """For open_bundle: our centre's key, or head office's for the head office we trust, else None."""
    loc = changes.local(db)

    def find(centre_id: str):
        if loc["centre_id"] and centre_id == loc["centre_id"]:
            return bytes(loc["centre_key"])
        if loc["hq_key"] and loc["hq_id"] in (None, centre_id):
            return bytes(loc["hq_key"])
        return None
    return find


def trust_hq(db: sqlite_utils.Database, key_text_: str, actor: dict, hq_id: str | None = None) -> None:
    """Register head office's key: reference bundles signed with it are then accepted (admin)."""
    if actor.get("role") != "admin":
        raise Refused("forbidden", "only an admin may register head office's key", role=actor.get("role"))
    key = parse_key(key_text_)
    ensure_centre(db)
    with writing(db):
        db.execute("UPDATE sync_local SET hq_key = ?, hq_id = ? WHERE id = 1", [key, hq_id])
        audit.record(db, actor, "trust_hq", "sync_local", hq_id)


def instance(db: sqlite_utils.Database) -> str:
    """This PC's own id as a sender of bundles (a local setting, made at the first export or at a join). Two PCs
    that joined from the same full bundle share a terminal id and letter, never this: it tells them apart."""
    from frontdesk.store import settings
    made = settings.get(db, "sync_instance")
    if not made:
        made = new_id()
        with writing(db):
            settings.put(db, "sync_instance", made)
    return made


def instances_heard(db: sqlite_utils.Database) -> dict[str, set[str]]:
    """For each terminal heard from, the PC instances its applied bundles came from (one grouped read)."""
    heard: dict[str, set[str]] = {}
    for tid, inst in db.execute("SELECT terminal_id, json_extract(summary, '$.instance') AS inst FROM sync_received "
                                "WHERE inst IS NOT NULL GROUP BY terminal_id, inst"):
        heard.setdefault(tid, set()).add(inst)
    return heard


def twin_reason(db: sqlite_utils.Database, manifest: dict, heard: dict[str, set[str]] | None = None) -> str | None:
    """Why a bundle is a twin's, or None: it names a terminal (this one, or one already heard from) under another
    PC's instance — two PCs joined from one full bundle and number tickets with the same letter. `heard`
    (instances_heard) saves the read when a folder of bundles is checked."""
    tid, inst = str(manifest.get("terminal_id") or ""), manifest.get("instance")
    if not tid or not inst:
        return None                                   # a bundle made before instances existed: nothing to compare
    if tid == changes.terminal_id(db):
        if inst != instance(db):
            return (f"it was sent as this terminal ({manifest.get('terminal_letter') or tid[:8]}) by another PC: both "
                    "joined from the same full bundle and number tickets with the same letter")
        return None
    seen = (heard if heard is not None else instances_heard(db)).get(tid, set())
    if seen - {inst}:
        return (f"two PCs send bundles as terminal {manifest.get('terminal_letter') or tid[:8]}: they joined from "
                "the same full bundle; the first one heard from is kept")
    return None


def letter(db: sqlite_utils.Database) -> str:
    from frontdesk.store import settings
    return settings.get(db, "terminal_letter") or ""


def reserve_terminal(db: sqlite_utils.Database) -> dict:
    """A terminal id and ticket letter for the next terminal to join (kept in `terminals`, which travels)."""
    used = {r[0] for r in db.execute("SELECT letter FROM terminals")}
    for index in range(2, 27):
        cand = terminal_letter(index)
        if cand not in used:
            break
    else:
        row = db.execute("SELECT id, letter FROM terminals WHERE joined_at IS NULL ORDER BY created_at LIMIT 1")\
            .fetchone()
        if row is None:
            raise Refused("too_many_terminals", "a centre has at most 26 terminals")
        return {"terminal_id": row[0], "letter": row[1]}
    tid, stamp = new_id(), now_utc()
    db.execute("INSERT INTO terminals (id, created_at, updated_at, origin, letter, joined_at) "
               "VALUES (?, ?, ?, ?, ?, NULL)", [tid, stamp, stamp, changes.terminal_id(db), cand])
    return {"terminal_id": tid, "letter": cand}


def reborn_after_restore(db: sqlite_utils.Database) -> str | None:
    """After this terminal's database was restored from a backup, it goes on as a new terminal (new id, new
    ticket letter): the rows it wrote after the backup were sent in bundles under its old id and now come back
    like another terminal's, and no version vector or ticket number of the old id is ever handed out twice.
    Returns the new terminal id, or None when there was no restore since the last check."""
    from frontdesk.store import settings
    me = changes.terminal_id(db)
    row = db.execute("SELECT max(at) FROM audit WHERE action = 'restore' AND origin = ?", [me]).fetchone()
    done = db.execute("SELECT value FROM sync_state WHERE key = 'reborn_after'").fetchone()
    if not row or not row[0] or (done and done[0] >= row[0]) or not changes.local(db)["centre_id"]:
        return None
    with writing(db):
        used = {r[0] for r in db.execute("SELECT letter FROM terminals")} | {letter(db)}
        new_letter = next((terminal_letter(i) for i in range(2, 27) if terminal_letter(i) not in used), None)
        if new_letter is None:
            raise Refused("too_many_terminals", "a centre has at most 26 terminals")
        tid, stamp = new_id(), now_utc()
        db.execute("UPDATE sync_local SET terminal_id = ? WHERE id = 1", [tid])
        db.execute("INSERT INTO terminals (id, created_at, updated_at, origin, letter, name, joined_at) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?)", [tid, stamp, stamp, tid, new_letter, "restored", stamp])
        settings.put(db, "terminal_id", tid)
        settings.put(db, "terminal_letter", new_letter)
        db.execute("INSERT OR REPLACE INTO sync_state (key, value) VALUES ('reborn_after', ?)", [row[0]])
        audit.record(db, None, "sync_rebirth", "terminals", tid, previous=me, letter=new_letter)
    return tid
