"""Units (房屋): code building-entrance-room, area, property type, handover status."""
from __future__ import annotations

import sqlite_utils

from frontdesk.core import permissions
from frontdesk.core.errors import Invalid, NotFound, Refused
from frontdesk.core.importing import HANDOVER_STATES  # one list for the form and the import
from frontdesk.core.ids import floor_of, normalize_unit_code, split_unit_code
from frontdesk.core.model import PROPERTY_TYPES, check_choice

from . import audit
from .db import sync_columns
from .tx import writing


def get(db: sqlite_utils.Database, code: str) -> dict:
    norm = normalize_unit_code(code) or code.strip()
    row = db.execute("SELECT * FROM units WHERE code = ? AND deleted_at IS NULL", [norm]).fetchone()
    if row is None:
        raise NotFound("unit", code)
    return dict(zip([d[0] for d in db.execute("SELECT * FROM units LIMIT 0").description], row))


def unit_row(db, code: str, *, area: float | None = None, property_type: str = "住宅",
             handover_status: str = "已交房", notes: str = "") -> dict:
    """A validated new unit row (not yet written)."""
    norm = normalize_unit_code(code)
    if not norm:
        raise Invalid("unit", f"'{code}' is not a unit code like 3-2-1202 or 3栋2单元1202")
    check_choice("property_type", property_type, PROPERTY_TYPES)
    check_choice("handover_status", handover_status, HANDOVER_STATES)
    if area is not None and not (0 < float(area) < 100000):
        raise Invalid("area", f"'{area}' is not an area in square metres")
    b, e, r = split_unit_code(norm)
    return {**sync_columns(db), "code": norm, "building": b, "entrance": e, "floor": floor_of(r), "room": r,
            "area": float(area) if area is not None else None, "property_type": property_type,
            "handover_status": handover_status, "notes": notes}


def add(db: sqlite_utils.Database, code: str, *, actor: dict | None = None, **fields) -> dict:
    permissions.require(actor, "archive")
    row = unit_row(db, code, **fields)
    with writing(db):
        if db.execute("SELECT 1 FROM units WHERE code = ?", [row["code"]]).fetchone():
            raise Refused("exists", f"unit: '{row['code']}' already exists", field="unit")
        db["units"].insert(row)
        audit.record(db, actor, "create", "units", row["id"], code=row["code"])
    return get(db, row["code"])


EDITABLE = ("area", "property_type", "handover_status", "notes")


def update(db: sqlite_utils.Database, code: str, *, actor: dict | None, **changes) -> dict:
    """Change a unit's area, property type, handover status or notes; a refused value changes nothing."""
    from .db import touch
    permissions.require(actor, "archive")
    for key in changes:
        if key not in EDITABLE:
            raise Invalid(key, "not a field a unit's form can change", valid=EDITABLE)
    if "property_type" in changes:
        check_choice("property_type", changes["property_type"], PROPERTY_TYPES)
    if "handover_status" in changes:
        check_choice("handover_status", changes["handover_status"], HANDOVER_STATES)
    if changes.get("area") not in (None, ""):
        try:
            area = float(changes["area"])
        except (TypeError, ValueError):
            area = -1.0
        if not (0 < area < 100000):
            raise Invalid("area", f"'{changes['area']}' is not an area in square metres")
        changes["area"] = area
    elif "area" in changes:
        changes["area"] = None
    with writing(db):
        before = get(db, code)
        cols = {k: v for k, v in changes.items() if before[k] != v}
        if cols:
            t = touch(db)
            sets = ", ".join(f"{k} = ?" for k in cols)
            db.execute(f"UPDATE units SET {sets}, updated_at = ?, origin = ?, version = version + 1 WHERE id = ?",
                       [*cols.values(), t["updated_at"], t["origin"], before["id"]])
            audit.record(db, actor, "update", "units", before["id"], code=before["code"], fields=sorted(cols))
    return get(db, code)
