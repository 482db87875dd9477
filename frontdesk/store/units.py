"""Units (房屋): code building-entrance-room, area, property type, handover status."""
from __future__ import annotations

import sqlite_utils

from frontdesk.core.errors import Invalid, NotFound, Refused
from frontdesk.core.ids import floor_of, normalize_unit_code, split_unit_code
from frontdesk.core.model import PROPERTY_TYPES, check_choice

from . import audit, search_index
from .db import sync_columns
from .tx import writing

HANDOVER_STATES = ("已交房", "未交房", "空置", "装修中")


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
    row = unit_row(db, code, **fields)
    with writing(db):
        if db.execute("SELECT 1 FROM units WHERE code = ?", [row["code"]]).fetchone():
            raise Refused("exists", f"unit: '{row['code']}' already exists", field="unit")
        db["units"].insert(row)
        search_index.index_unit(db, row["id"])
        audit.record(db, actor, "create", "units", row["id"], code=row["code"])
    return get(db, row["code"])
