"""The archive read side: buildings → entrances → units with counts and filters, a unit's occupants, its house
health archive (房屋健康档案), its timeline, a person's history, and the archive export."""
from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import sqlite_utils

from frontdesk.core.text import shown, spreadsheet_cell
from frontdesk.core import permissions
from frontdesk.core.errors import Refused
from frontdesk.core.ids import mask_id, mask_phone
from frontdesk.core.model import HEALTH_KIND, RELATION_ZH

from . import audit

#: The kinds of the house health archive, in the order they are shown.
HEALTH_KINDS = ("结构", "空调", "装修", "家电", "水电", "门窗", "公共设施", "其他")

ACTIVE_OCC = "o.deleted_at IS NULL AND o.until IS NULL"


@dataclass
class Filters:
    """What the archive page narrows the units to; empty means any."""
    property_type: str = ""
    handover_status: str = ""
    tag: str = ""
    customer_class: str = ""

    def where(self) -> tuple[str, list]:
        clauses, params = ["u.deleted_at IS NULL"], []
        if self.property_type:
            clauses.append("u.property_type = ?")
            params.append(self.property_type)
        if self.handover_status:
            clauses.append("u.handover_status = ?")
            params.append(self.handover_status)
        if self.tag or self.customer_class:
            # the people first (one pass over people), then their units: a correlated EXISTS per unit was 200+ ms
            inner = ["p.deleted_at IS NULL"]
            if self.customer_class:
                inner.append("p.customer_class = ?")
                params.append(self.customer_class)
            if self.tag:
                inner.append("p.tags != '[]' AND instr(p.tags, ?) > 0")
                params.append(json.dumps(self.tag, ensure_ascii=False))
            clauses.append("u.id IN (SELECT o.unit_id FROM people p CROSS JOIN occupancies o ON o.person_id = p.id AND "
                           f"{ACTIVE_OCC} WHERE " + " AND ".join(inner) + ")")
        return " AND ".join(clauses), params


def tree(db: sqlite_utils.Database, filters: Filters | None = None) -> list[dict]:
    """Buildings with their entrances: counts of units and the property types found."""
    where, params = (filters or Filters()).where()
    rows = db.execute(f"SELECT u.building, u.entrance, count(*), group_concat(DISTINCT u.property_type) FROM units u "
                      f"WHERE {where} GROUP BY u.building, u.entrance ORDER BY u.building, u.entrance",
                      params).fetchall()
    out: list[dict] = []
    for b, e, n, types in rows:
        if not out or out[-1]["building"] != b:
            out.append({"building": b, "count": 0, "types": [], "entrances": []})
        types = sorted(set((types or "").split(",")) - {""})
        out[-1]["entrances"].append({"building": b, "entrance": e, "count": n, "types": types})
        out[-1]["count"] += n
        out[-1]["types"] = sorted(set(out[-1]["types"]) | set(types))
    return out


def units_of(db: sqlite_utils.Database, building: int, entrance: int, filters: Filters | None = None) -> list[dict]:
    """The units of one entrance (an entrance holds a few hundred at most), with the owner's name."""
    where, params = (filters or Filters()).where()
    cur = db.execute(
        f"SELECT u.id, u.code, u.floor, u.room, u.area, u.property_type, u.handover_status, "
        f"(SELECT p.name FROM occupancies o JOIN people p ON p.id = o.person_id WHERE o.unit_id = u.id AND "
        f"{ACTIVE_OCC} AND p.deleted_at IS NULL ORDER BY o.relation = 'owner' DESC, o.rowid LIMIT 1) AS owner "
        f"FROM units u WHERE u.building = ? AND u.entrance = ? AND {where} ORDER BY u.room",
        [building, entrance, *params])
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def occupants(db: sqlite_utils.Database, unit_id: str) -> list[dict]:
    """The people of a unit (owner first), phones masked."""
    rows = db.execute(
        f"SELECT p.id, p.name, o.relation, p.customer_class, p.tags, (SELECT phone FROM phones WHERE person_id = p.id "
        f"AND deleted_at IS NULL ORDER BY rowid LIMIT 1) FROM occupancies o JOIN people p ON p.id = o.person_id "
        f"WHERE o.unit_id = ? AND {ACTIVE_OCC} AND p.deleted_at IS NULL "
        f"ORDER BY CASE o.relation WHEN 'owner' THEN 0 WHEN 'co_owner' THEN 1 WHEN 'family' THEN 2 ELSE 3 END, "
        f"o.rowid", [unit_id]).fetchall()
    return [{"id": pid, "name": name, "relation": rel, "relation_zh": RELATION_ZH.get(rel, rel),
             "customer_class": cc, "tags": json.loads(tags or "[]"), "phone": mask_phone(ph)}
            for pid, name, rel, cc, tags, ph in rows]


def house_health(db: sqlite_utils.Database, unit_id: str) -> dict[str, list[dict]]:
    """房屋健康档案: every repair ticket of the unit grouped by kind (structure, air-conditioning, ...)."""
    out: dict[str, list[dict]] = {k: [] for k in HEALTH_KINDS}
    cur = db.execute("SELECT number, category, received_at, done_at, closed_at, status, satisfaction, description, "
                     "handling_text FROM tickets WHERE unit_id = ? AND type = 'repair' AND deleted_at IS NULL "
                     "ORDER BY received_at DESC", [unit_id])
    cols = [d[0] for d in cur.description]
    for r in cur.fetchall():
        row = dict(zip(cols, r))
        out[HEALTH_KIND.get(row["category"], "其他")].append(row)
    return out


def timeline(db: sqlite_utils.Database, unit_id: str, limit: int = 500) -> list[dict]:
    """The unit's history, newest first: ticket events (created, calls, notes, callbacks, ...) and letters printed."""
    rows = db.execute(
        "SELECT e.at, e.kind, t.number, t.type, t.category, e.note, s.display_name FROM ticket_events e "
        "JOIN tickets t ON t.id = e.ticket_id LEFT JOIN staff s ON s.id = e.actor_id "
        "WHERE t.unit_id = ? AND t.deleted_at IS NULL ORDER BY e.at DESC LIMIT ?", [unit_id, limit]).fetchall()
    out = [{"at": at, "kind": kind, "number": num, "what": f"{ttype}/{cat}", "note": note or "", "who": who or ""}
           for at, kind, num, ttype, cat, note, who in rows]
    docs = db.execute(
        "SELECT d.at, d.kind, d.doc_number, t.number, s.display_name FROM printed_documents d "
        "LEFT JOIN tickets t ON t.id = d.ticket_id LEFT JOIN staff s ON s.id = d.actor_id "
        "WHERE d.unit_id = ? AND d.deleted_at IS NULL ORDER BY d.at DESC LIMIT ?", [unit_id, limit]).fetchall()
    out += [{"at": at, "kind": "printed", "number": num or "", "what": kind, "note": doc, "who": who or ""}
            for at, kind, doc, num, who in docs]
    out += _inspection_findings(db, unit_id, limit)
    out.sort(key=lambda x: x["at"] or "", reverse=True)
    return out[:limit]


def _inspection_findings(db, unit_id: str, limit: int) -> list[dict]:
    """Inspection findings on this unit, when the inspections part of the program has stored any."""
    tables = set(db.table_names())
    for name in ("inspection_findings", "inspection_results"):
        if name in tables:
            cols = {c.name for c in db[name].columns}
            if {"unit_id", "at"} <= cols:
                note = "note" if "note" in cols else "''"
                rows = db.execute(f"SELECT at, {note} FROM {name} WHERE unit_id = ? ORDER BY at DESC LIMIT ?",
                                  [unit_id, limit]).fetchall()
                return [{"at": at, "kind": "inspection", "number": "", "what": "巡检", "note": n or "", "who": ""}
                        for at, n in rows]
    return []


def unit_tickets(db: sqlite_utils.Database, unit_id: str, limit: int = 500) -> list[dict]:
    cur = db.execute("SELECT number, type, category, status, received_at, satisfaction, description FROM tickets "
                     "WHERE unit_id = ? AND deleted_at IS NULL ORDER BY received_at DESC LIMIT ?", [unit_id, limit])
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def unit_ticket_count(db: sqlite_utils.Database, unit_id: str) -> int:
    """Every ticket of the unit (the list shows the latest `unit_tickets` limit)."""
    return db.execute("SELECT count(*) FROM tickets WHERE unit_id = ? AND deleted_at IS NULL", [unit_id]).fetchone()[0]


def person_units(db: sqlite_utils.Database, person_id: str) -> list[dict]:
    rows = db.execute(f"SELECT u.code, o.relation, u.area, u.property_type FROM occupancies o JOIN units u "
                      f"ON u.id = o.unit_id WHERE o.person_id = ? AND {ACTIVE_OCC} AND u.deleted_at IS NULL "
                      f"ORDER BY u.building, u.entrance, u.room", [person_id]).fetchall()
    return [{"code": c, "relation": r, "relation_zh": RELATION_ZH.get(r, r), "area": a, "property_type": t}
            for c, r, a, t in rows]


def person_history(db: sqlite_utils.Database, person_id: str, limit: int = 500) -> list[dict]:
    """The person's tickets, newest first, with the callback outcome and satisfaction."""
    cur = db.execute(
        "SELECT t.number, t.type, t.category, t.status, t.received_at, t.satisfaction, t.callback_attempts, "
        "(SELECT max(e.at) FROM ticket_events e WHERE e.ticket_id = t.id AND e.kind = 'callback') AS callback_at, "
        "u.code AS unit FROM tickets t LEFT JOIN units u ON u.id = t.unit_id WHERE t.person_id = ? "
        "AND t.deleted_at IS NULL ORDER BY t.received_at DESC LIMIT ?", [person_id, limit])
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def summary(db: sqlite_utils.Database) -> dict:
    """Counts for the archive's overview: units by property type and handover, people, key customers, tags."""
    by_type: dict[str, int] = {}
    by_handover: dict[str, int] = {}
    for pt, hs, n in db.execute("SELECT property_type, handover_status, count(*) FROM units WHERE deleted_at IS NULL "
                                "GROUP BY 1, 2"):
        by_type[pt] = by_type.get(pt, 0) + n
        by_handover[hs] = by_handover.get(hs, 0) + n
    people_n, key_n = db.execute("SELECT count(*), sum(customer_class = '重点') FROM people WHERE deleted_at IS NULL"
                                 ).fetchone()
    tags = dict(db.execute("SELECT json_each.value, count(*) FROM people, json_each(people.tags) WHERE "
                           "people.tags != '[]' AND people.deleted_at IS NULL GROUP BY 1 ORDER BY 2 DESC").fetchall())
    return {"units": sum(by_type.values()), "by_type": by_type, "by_handover": by_handover, "people": people_n,
            "key_customers": key_n or 0, "tags": tags}


def known_tags(db: sqlite_utils.Database) -> list[str]:
    """Tags in use, plus the usual ones, for the filter and the editor."""
    usual = ["独居老人", "孕妇", "残障", "业委会", "VIP", "租户", "投诉敏感"]
    used = [r[0] for r in db.execute("SELECT DISTINCT json_each.value FROM people, json_each(people.tags) "
                                     "WHERE people.deleted_at IS NULL AND people.tags != '[]'")]
    return list(dict.fromkeys(usual + sorted(used)))


# ---- export ----------------------------------------------------------------------------------

EXPORT_HEADERS = ("房号", "楼栋", "单元", "楼层", "建筑面积", "物业类型", "交房状态", "姓名", "身份", "电话",
                  "身份证号", "客户分类", "标签")


defuse = spreadsheet_cell          # every CSV cell the program writes: one rule (core.text)


_LONG_DIGITS = re.compile(r"^(?:0\d+|\d{11,}[\dXx]?)$")


def text_cell(value) -> str:
    """A CSV cell that Excel, WPS and LibreOffice keep as text through open-edit-save: long digit strings (ID
    numbers, phones) and leading zeros written as ="…" (never 6.32126199109162E+17; the import reads ="…" back
    as its text), anything formula-looking defused."""
    text = shown(value)
    return f'="{text}"' if _LONG_DIGITS.match(text) else defuse(text)


def export_rows(db: sqlite_utils.Database, *, unmasked: bool = False):
    """One row per unit and occupant (a unit with nobody gets one row), in unit order."""
    phones: dict[str, list[str]] = {}
    for pid, ph in db.execute("SELECT person_id, phone FROM phones WHERE deleted_at IS NULL ORDER BY rowid"):
        phones.setdefault(pid, []).append(ph)
    cur = db.execute(
        f"SELECT u.code, u.building, u.entrance, u.floor, u.area, u.property_type, u.handover_status, p.id, p.name, "
        f"o.relation, p.id_number, p.customer_class, p.tags FROM units u LEFT JOIN occupancies o ON o.unit_id = u.id "
        f"AND {ACTIVE_OCC} LEFT JOIN people p ON p.id = o.person_id AND p.deleted_at IS NULL "
        f"WHERE u.deleted_at IS NULL ORDER BY u.building, u.entrance, u.room, "
        f"CASE o.relation WHEN 'owner' THEN 0 WHEN 'co_owner' THEN 1 WHEN 'family' THEN 2 ELSE 3 END")
    for code, b, e, fl, area, pt, hs, pid, name, rel, idn, cc, tags in cur:
        ph = phones.get(pid, []) if pid else []
        ph = ph if unmasked else [mask_phone(x) for x in ph]
        yield [code, b, e, fl, f"{area:g}" if area else "", pt, hs, name or "", RELATION_ZH.get(rel, "") if rel else "",
               "/".join(ph), (idn if unmasked else mask_id(idn)) or "", (cc or "") if pid else "",
               "、".join(json.loads(tags or "[]")) if pid else ""]


def export_archive(db: sqlite_utils.Database, out: str | Path, fmt: str, *, unmasked: bool = False,
                   actor: dict | None, abort: Callable[[], bool] = lambda: False,
                   report: Callable[..., None] = lambda f, m="": None) -> int:
    """Write the archive to CSV (UTF-8 with BOM) or XLSX (ID numbers as text); returns the number of rows. Audited."""
    if fmt not in ("csv", "xlsx"):
        raise Refused("usage", f"unknown format '{fmt}' (valid: csv, xlsx)")
    if unmasked and (actor is None or actor.get("role") not in ("supervisor", "admin")):
        audit.refused(db, actor, "export", "units", None, what="archive", format=fmt, unmasked=True,
                      path=str(Path(out).absolute()), role=actor.get("role") if actor else None)
        raise Refused("forbidden", "only a supervisor or an admin may export unmasked phones and ID numbers",
                      role=actor.get("role") if actor else None, act="export_unmasked")
    permissions.require(actor, "archive")                  # an engineer exports no archive (issue 10 #18)
    from frontdesk.services.files import write_recorded
    rows = export_rows(db, unmasked=unmasked)
    n = 0

    def produce(tmp: Path) -> None:
        nonlocal n
        n = _write_csv(tmp, rows, abort) if fmt == "csv" else _write_xlsx(tmp, rows, abort)

    # the file appears only with its audit row (a cancel or a refused audit leaves no file behind)
    write_recorded(db, out, produce, lambda path: audit.record(
        db, actor, "export", "units", None, what="archive", format=fmt, unmasked=unmasked, rows=n, path=path))
    report(1.0, "done")
    return n


def _write_csv(path: Path, rows, abort) -> int:
    n = 0
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(EXPORT_HEADERS)
        for row in rows:
            w.writerow([text_cell(c) for c in row])
            n += 1
            if n % 5000 == 0 and abort():
                raise Refused("cancelled", "the export was cancelled")
    return n


def _write_xlsx(path: Path, rows, abort) -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("档案")
    from openpyxl.utils import get_column_letter

    from frontdesk.core.spreadsheet import print_setup
    print_setup(ws, title="业主档案")
    for i, width in enumerate((11, 6, 6, 6, 10, 9, 9, 10, 8, 26, 21, 9, 20), start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "A2"
    ws.append(list(EXPORT_HEADERS))
    text_cols = {0, 9, 10}                 # unit code, phones and ID numbers stay text
    n = 0
    for row in rows:
        cells = []
        for i, v in enumerate(row):
            if i == 4 and v:
                v = float(v)                # the area is a number Excel can add up
            c = WriteOnlyCell(ws, value=defuse(v) if isinstance(v, str) else v)
            if i in text_cols:
                c.number_format = "@"
            cells.append(c)
        ws.append(cells)
        n += 1
        if n % 5000 == 0 and abort():
            raise Refused("cancelled", "the export was cancelled")
    wb.save(path)
    return n
