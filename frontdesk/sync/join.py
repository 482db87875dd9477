"""`init --join`: a new terminal of an existing centre, from a full bundle of one of its terminals."""
from __future__ import annotations

from pathlib import Path

import sqlite_utils

from frontdesk.core.errors import Refused
from frontdesk.store import audit, changes, search_index, settings
from frontdesk.store.db import new_id, now_utc
from frontdesk.store.tx import writing

from .apply import import_bundle
from .bundle import BundleRefused, open_bundle, parse_key


def used_marker(bundle_path: Path) -> Path:
    """The note left beside a full bundle once a PC joined from it (beside, never inside: the folder is signed)."""
    return bundle_path.with_name(bundle_path.name + ".joined")


def join(db: sqlite_utils.Database, bundle_path: Path | str, key_text: str) -> dict:
    """Take the centre's key and a full bundle; this database becomes the bundle's reserved terminal.
    Staff log in with the passwords they have (their hashes came in the bundle)."""
    key = parse_key(key_text)
    if db.execute("SELECT 1 FROM staff LIMIT 1").fetchone() or changes.local(db)["centre_id"]:
        raise Refused("already_initialised", "this database already holds a centre; join with a new, empty one")
    bundle = open_bundle(bundle_path, key)          # checked whole with the key we were given
    if bundle.kind != "full":
        raise BundleRefused("bundle_damaged", bundle.path, "manifest.json",
                            f"a '{bundle.kind}' bundle; joining needs a full bundle (sync export --full)")
    used = used_marker(bundle.path)
    if used.exists():
        raise Refused("bundle_used", f"{bundle.path.name} was already used to join another PC "
                      f"({used.read_text(encoding='utf-8', errors='replace').strip()[:80]}); each new PC joins from a "
                      "full bundle of its own (sync export --full)", bundle=str(bundle.path))
    offer = bundle.manifest.get("join") or {}
    if not offer.get("terminal_id") or offer.get("letter") is None:
        raise BundleRefused("bundle_damaged", bundle.path, "manifest.json", "the bundle reserves no terminal")
    with writing(db):
        db.execute("UPDATE sync_local SET centre_id = ?, centre_key = ?, terminal_id = ? WHERE id = 1",
                   [bundle.centre_id, key, offer["terminal_id"]])
    result = import_bundle(db, bundle.path, adopt=True)
    with writing(db):
        settings.put(db, "terminal_id", offer["terminal_id"])
        settings.put(db, "terminal_letter", offer["letter"])
        settings.put(db, "sync_instance", new_id())     # this PC, told apart from any twin joined from this bundle
        stamp = now_utc()
        db.execute("UPDATE terminals SET joined_at = ?, updated_at = ?, origin = ?, version = version + 1 "
                   "WHERE id = ?", [stamp, stamp, offer["terminal_id"], offer["terminal_id"]])
        audit.record(db, None, "sync_join", "terminals", offer["terminal_id"], letter=offer["letter"],
                     bundle=bundle.path.name)
        search_index.rebuild(db)
    try:                  # a second PC joining from this bundle would be its twin (same terminal, same letter)
        used.write_text(f"terminal {offer['letter']} joined {now_utc()}\n", encoding="utf-8")
    except OSError:       # a read-only medium: the twin is then caught when their bundles meet (terminal_twin)
        pass
    return {"terminal_id": offer["terminal_id"], "letter": offer["letter"],
            "centre": settings.get(db, "centre_name"), "rows": sum(result.new.values())}
