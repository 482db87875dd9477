"""Saved column and value mappings for the owner import (`import owners --profile NAME`, and the wizard): a
centre moving in from another system maps its columns and codes once and reuses the mapping for every file."""
from __future__ import annotations

import sqlite_utils

from frontdesk.core import importing
from frontdesk.core.errors import Invalid

from . import settings

KEY = "import_profiles"


def names(db: sqlite_utils.Database) -> list[str]:
    return sorted(settings.get(db, KEY, {}) or {})


def load(db: sqlite_utils.Database, name: str) -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    """(column mapping, value mapping) saved under `name`; refused naming the profiles there are."""
    profiles = settings.get(db, KEY, {}) or {}
    if name not in profiles:
        raise Invalid("profile", f"no import profile '{name}'", valid=sorted(profiles) or ["(none saved yet)"])
    p = profiles[name]
    return dict(p.get("map", {})), {f: dict(v) for f, v in p.get("values", {}).items()}


def save(db: sqlite_utils.Database, name: str, mapping: dict[str, str], values: dict[str, dict[str, str]],
         actor: dict | None) -> None:
    """Keep a mapping under `name` (replacing one of that name); the fields are checked as an import checks them."""
    name = (name or "").strip()
    if not name or len(name) > 40:
        raise Invalid("profile", "a profile needs a name of at most 40 characters")
    for header, fld in mapping.items():
        if fld and fld not in importing.FIELDS:
            raise Invalid("mapping", f"unknown field '{fld}' for column '{header}'", valid=importing.FIELDS)
    for fld in values:
        if fld not in importing.FIELDS:
            raise Invalid("values", f"unknown field '{fld}'", valid=importing.FIELDS)
    profiles = dict(settings.get(db, KEY, {}) or {})
    profiles[name] = {"map": dict(mapping), "values": {f: dict(v) for f, v in values.items()}}
    settings.put(db, KEY, profiles, actor)
