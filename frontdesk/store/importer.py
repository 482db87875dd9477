"""Importing a centre's owner spreadsheet (CSV in UTF-8 / UTF-8 with BOM / GB18030, or XLSX) in one transaction.

Read → validate every line (core.importing) → plan against what the database holds → write in bulk. A person
already there (same ID number, or same name and phone, or same name in the same unit) is matched, not
duplicated; importing the same file twice changes nothing; an error or a cancel leaves the database as it was."""
from __future__ import annotations

import csv
import gc
import itertools
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable, Iterator

import sqlite_utils

from frontdesk.core import importing, permissions
from frontdesk.core.errors import Refused
from frontdesk.core.ids import phone_digits

from . import audit, changes, search_index
from .archive import defuse, text_cell
from .db import now_utc, terminal_id
from .sheets import HEADER_SEARCH_ROWS, decode, find_header, read_headers, read_rows, read_table  # noqa: F401
from .tx import writing


class ImportCancelled(Refused):
    """The person cancelled the import: nothing was written."""

    def __init__(self):
        super().__init__("cancelled", "the import was cancelled; nothing was written")


@dataclass
class RefusedLine:
    line: int
    errors: list[tuple[str, str]]   # (field, reason)
    cells: list[str]

    @property
    def field(self) -> str:
        return self.errors[0][0]

    @property
    def reason(self) -> str:
        return "; ".join(f"{f}: {r}" for f, r in self.errors)

    def text(self) -> str:
        return f"line {self.line}: {self.reason}"


@dataclass
class ImportResult:
    path: str
    encoding: str
    dry_run: bool
    lines: int = 0                 # data lines read (blank lines not counted)
    units_added: int = 0
    units_changed: int = 0
    people_added: int = 0
    people_matched: int = 0        # people already in the database that lines named
    people_changed: int = 0        # of those, how many got a new phone or an ID number
    occupancies_added: int = 0
    occupancies_changed: int = 0
    duplicate_lines: int = 0       # lines repeating an earlier line of the file
    refused: list[RefusedLine] = field(default_factory=list)
    rejects_path: str | None = None
    rejects_error: str | None = None
    headers: list[str] = field(default_factory=list)
    header_line: int = 1           # the file's line holding the header (title rows may stand above it)
    units_only: int = 0            # lines naming a unit and no person (a vacant unit)
    matched_by_id_number: list = field(default_factory=list)   # lines whose name differs from the ID's record
    mapping: dict[int, str] = field(default_factory=dict)
    unmapped: list[str] = field(default_factory=list)   # named columns left out of the import

    @property
    def changed_anything(self) -> bool:
        return bool(self.units_added or self.units_changed or self.people_added or self.people_changed
                    or self.occupancies_added or self.occupancies_changed)

    def counts(self) -> dict:
        d = asdict(self)
        d["refused"] = [{"line": r.line, "field": r.field, "reason": r.reason} for r in self.refused]
        d["mapping"] = {self.headers[i] if i < len(self.headers) else str(i): f for i, f in self.mapping.items()}
        return d


def rejects_path_for(path: str | Path) -> Path:
    p = Path(path)
    return p.with_name(p.stem + ".rejects.csv")


#: How a refused line's reason is said in the rejects file: say(line) -> text. The window passes its own (in
#: its language); the command line keeps the English default.
SayReason = Callable[[RefusedLine], str]
REASON_HEADER = "reason"


def english_reason(r: RefusedLine) -> str:
    return f"line {r.line}: {r.reason}"


def write_rejects(path: Path, headers: list[str], refused: list[RefusedLine], *, say: SayReason = english_reason,
                  reason_header: str = REASON_HEADER) -> None:
    """NAME.rejects.csv: the input's columns plus a reason column, UTF-8 with BOM (opens in Excel), every cell
    safe through a spreadsheet's open-edit-save (`archive.text_cell`), so the corrected file imports again.
    The reasons are said by `say` (the window's language when the window imports)."""
    tmp = path.with_name(path.name + ".tmp")
    try:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
            w = csv.writer(fh)
            w.writerow([defuse(h) for h in headers] + [reason_header])
            for r in refused:
                cells = list(r.cells) + [""] * (len(headers) - len(r.cells))
                w.writerow([text_cell(c) for c in cells[:len(headers)]] + [defuse(say(r))])
        tmp.replace(path)
    except OSError:
        tmp.unlink(missing_ok=True)
        raise


# ---- what the database holds -----------------------------------------------------------------

class _Known:
    """The people, phones, units and occupancies already in the database, indexed for matching."""

    def __init__(self, db):
        self.units = {code: {"id": uid, "area": area, "property_type": pt, "handover_status": hs}
                      for uid, code, area, pt, hs in db.execute(
                          "SELECT id, code, area, property_type, handover_status FROM units WHERE deleted_at IS NULL")}
        people: dict[str, dict] = {
            pid: {"name": name, "id_number": idn, "phones": [], "digits": set(), "new": False}
            for pid, name, idn in db.execute("SELECT id, name, id_number FROM people "
                                             "WHERE deleted_at IS NULL AND merged_into IS NULL")}
        self.people = people
        self.by_id = {p["id_number"]: pid for pid, p in people.items() if p["id_number"]}
        self.by_name_phone: dict[tuple[str, str], str] = {}
        by_name_phone = self.by_name_phone
        for pid, phone in db.execute("SELECT person_id, phone FROM phones WHERE deleted_at IS NULL"):
            p = people.get(pid)
            if p is not None:
                d = phone_digits(phone)        # 010-12345678 and 01012345678 are one phone
                p["phones"].append(phone)
                p["digits"].add(d)
                by_name_phone.setdefault((p["name"], d), pid)
        self.occupancy: dict[tuple[str, str], tuple[str, str]] = {}   # (person, unit code) -> (id, relation)
        self.by_name_unit: dict[tuple[str, str], str] = {}
        occupancy, by_name_unit = self.occupancy, self.by_name_unit
        code_of = {u["id"]: code for code, u in self.units.items()}     # the live units (read above)
        for oid, pid, uid, rel in db.execute("SELECT id, person_id, unit_id, relation FROM occupancies "
                                             "WHERE deleted_at IS NULL AND until IS NULL"):
            p = people.get(pid)
            code = code_of.get(uid)
            if p is not None and code is not None:
                occupancy[(pid, code)] = (oid, rel)
                by_name_unit.setdefault((p["name"], code), pid)


def _fast_ids():
    """Random UUID-4 strings, the same shape as db.new_id, made from one urandom call per 4,096 (bulk loads)."""
    import os
    while True:
        block = os.urandom(16 * 4096).hex()
        for i in range(0, len(block), 32):
            h = block[i:i + 32]
            yield f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) & 3]}{h[17:20]}-{h[20:]}"


def _ascending_ids(n: int) -> list[str]:
    """n new ids in ascending order: given to rows in the file's order, each table's rows keep that order (the
    first phone of a line stays a person's first) and its id index is written from left to right."""
    return sorted(itertools.islice(_fast_ids(), n))


# ---- planning --------------------------------------------------------------------------------

class _Plan:
    """What the import would write, decided line by line in memory (nothing written yet)."""

    def __init__(self, known: _Known, lines: int = 0):
        self.k = known
        self.lines = lines
        self.ids: Iterator[str] | None = None     # drawn at the first new person (a re-import draws none)
        self.want_units: dict[str, dict] = {}
        self.want_occ: dict[tuple[str, str], str | None] = {}
        self.new_units: dict[str, dict] = {}
        self.unit_changes: dict[str, dict] = {}
        self.new_people: dict[str, dict] = {}
        self.set_id: dict[str, str] = {}            # existing person -> ID number to record
        self.new_phones: list[tuple[str, str]] = []
        self.new_occ: dict[tuple[str, str], str] = {}
        self.occ_changes: dict[str, str] = {}       # occupancy id -> relation
        self.matched: set[str] = set()
        self.changed_people: set[str] = set()
        self.renamed: list[tuple[int, str, str]] = []   # (line, name in the file, name on record) matched by ID

    def unit(self, ln: importing.OwnerLine) -> None:
        """Remember what the file says of the unit; several lines may name it, the last value given wins."""
        want = self.want_units.setdefault(ln.unit, {})
        for k in ("area", "property_type", "handover_status"):
            v = getattr(ln, k)
            if v is not None:
                want[k] = v

    def finish(self) -> None:
        """Compare what the file wants with the database: new units, changed units, new or changed ties."""
        for code, want in self.want_units.items():
            cur = self.k.units.get(code)
            if cur is None:
                self.new_units[code] = {"area": None, "property_type": "住宅", "handover_status": "已交房", **want}
            else:
                diff = {k: v for k, v in want.items() if cur[k] != v}
                if diff:
                    self.unit_changes[code] = diff
        for key, rel in self.want_occ.items():
            cur = self.k.occupancy.get(key)
            if cur is None:
                self.new_occ[key] = rel or "owner"
            elif rel is not None and cur[1] != rel:
                self.occ_changes[cur[0]] = rel

    def person(self, ln: importing.OwnerLine) -> tuple[str | None, tuple[str, str] | None]:
        """The person a line names (matched or new); or (None, (field, reason)) when it contradicts the record."""
        k = self.k
        pid = k.by_id.get(ln.id_number) if ln.id_number else None
        if pid is not None and k.people[pid]["name"] != ln.name:
            self.renamed.append((ln.line, ln.name, k.people[pid]["name"]))
        if pid is None and k.by_name_phone:
            for p in ln.phones:
                pid = k.by_name_phone.get((ln.name, p if p.isdigit() else phone_digits(p)))
                if pid is not None:
                    break
        if pid is None:
            pid = k.by_name_unit.get((ln.name, ln.unit))
            other = k.people[pid] if pid is not None else None
            if other and ((ln.phones and other["phones"]) or (ln.id_number and other["id_number"])):
                pid = None      # same name in the same unit, but other phones or ID: another person
        if pid is not None and ln.id_number:
            have = k.people[pid]["id_number"]
            if have and have != ln.id_number:
                return None, ("id_number", f"{ln.name} in {ln.unit} is on record with another ID number")
        if pid is None:
            if self.ids is None:                  # a line names one new person at most
                self.ids = itertools.chain(_ascending_ids(self.lines), _fast_ids())
            pid = next(self.ids)
            k.people[pid] = {"name": ln.name, "id_number": ln.id_number, "phones": [], "digits": set(), "new": True}
            self.new_people[pid] = k.people[pid]
        else:
            person = k.people[pid]
            if not person["new"]:
                self.matched.add(pid)
            if ln.id_number and not person["id_number"]:
                person["id_number"] = ln.id_number
                if not person["new"]:
                    self.set_id[pid] = ln.id_number
                    self.changed_people.add(pid)
        person = k.people[pid]
        if ln.id_number:
            k.by_id.setdefault(ln.id_number, pid)
        for p in ln.phones:
            d = p if p.isdigit() else phone_digits(p)      # a mobile is digits already
            if d not in person["digits"]:
                person["digits"].add(d)
                person["phones"].append(p)
                self.new_phones.append((pid, p))
                if not person["new"]:
                    self.changed_people.add(pid)
            k.by_name_phone.setdefault((ln.name, d), pid)
        k.by_name_unit.setdefault((ln.name, ln.unit), pid)
        return pid, None

    def occupancy(self, pid: str, ln: importing.OwnerLine) -> None:
        if ln.relation is not None or (pid, ln.unit) not in self.want_occ:
            self.want_occ[(pid, ln.unit)] = ln.relation


def _line_key(ln: importing.OwnerLine) -> tuple:
    return (ln.unit, ln.name, tuple(ln.phones), ln.id_number, ln.area, ln.property_type, ln.relation,
            ln.handover_status)


def plan_lines(known: _Known, lines, mapping, result: ImportResult, abort, report, values=None) -> _Plan:
    plan = _Plan(known, len(lines))
    parse = importing.line_parser(mapping, values)
    seen: set[tuple] = set()
    total = max(1, len(lines))
    for n, (line_no, cells) in enumerate(lines):
        if n % 2000 == 0:
            if abort():
                raise ImportCancelled()
            report(0.1 + 0.4 * n / total, f"checking line {line_no}")
        if importing.is_empty_line(cells, mapping):
            continue
        result.lines += 1
        ln, errors = parse(line_no, cells)
        if errors or ln is None:
            result.refused.append(RefusedLine(line_no, errors, [str(c or "") for c in cells]))
            continue
        key = _line_key(ln)
        if key in seen:
            result.duplicate_lines += 1
            continue
        seen.add(key)
        if not ln.name:                 # a vacant unit: the unit alone
            result.units_only += 1
            plan.unit(ln)
            continue
        pid, problem = plan.person(ln)
        if problem:
            result.refused.append(RefusedLine(line_no, [problem], [str(c or "") for c in cells]))
            continue
        assert pid is not None, "person() gives an id or a problem"
        plan.unit(ln)
        plan.occupancy(pid, ln)
    plan.finish()
    result.matched_by_id_number = [{"line": n, "name": a, "on_record": b} for n, a, b in plan.renamed]
    return plan


# ---- writing ---------------------------------------------------------------------------------


class _BulkIndexes:
    """For a load bigger than what a table holds, drop its secondary indexes and build them again after
    (sorting once beats a random B-tree insert per row); inside the import's transaction, so all or nothing."""

    def __init__(self, db, tables: dict[str, int]):
        self.db, self.saved = db, []
        for table, adding in tables.items():
            have = db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            if adding > max(have, 5000):
                rows = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                                  "AND sql IS NOT NULL", [table]).fetchall()
                for name, _sql in rows:
                    db.execute(f'DROP INDEX "{name}"')
                self.saved += [sql for _, sql in rows]

    def restore(self) -> None:
        for sql in self.saved:
            self.db.execute(sql)
        self.saved = []

def _write(db, plan: _Plan, abort, report) -> None:
    """Write the plan in bulk: new rows inserted in the file's order (ids drawn ascending for it) with the stamps
    the sync triggers would give them (`changes.BulkStamps`: the counter moved once for the batch, not two
    statements a row), then the few updates of rows on record (their triggers stamp them), then the search keys
    and trigram rows of the new people (`search_index.index_new`; units need none: their codes are searched in
    units)."""
    from frontdesk.core.ids import floor_of, split_unit_code
    stamp, origin = now_utc(), terminal_id(db)
    n_people = len(plan.new_people)
    bulk = _BulkIndexes(db, {"units": len(plan.new_units), "people": n_people, "phones": len(plan.new_phones),
                             "occupancies": len(plan.new_occ), "search_keys": 4 * n_people})
    unit_ids = {code: u["id"] for code, u in plan.k.units.items()}
    new_units = list(zip(_ascending_ids(len(plan.new_units)), plan.new_units))
    unit_ids.update((code, uid) for uid, code in new_units)
    with changes.BulkStamps(db, ("units", "people", "phones", "occupancies")) as st:
        vv = st.vv
        unit_rows = []
        for uid, code in new_units:
            u = plan.new_units[code]
            b, e, r = split_unit_code(code)
            unit_rows.append((uid, stamp, stamp, origin, code, b, e, floor_of(r), r, u["area"], u["property_type"],
                              u["handover_status"], st.take(), vv))
        db.conn.executemany("INSERT INTO units (id, created_at, updated_at, origin, version, code, building, "
                            "entrance, floor, room, area, property_type, handover_status, change_seq, vv) "
                            "VALUES (?,?,?,?,1,?,?,?,?,?,?,?,?,?,?)", unit_rows)
        report(0.6, "writing people")
        if abort():
            raise ImportCancelled()
        db.conn.executemany("INSERT INTO people (id, created_at, updated_at, origin, version, name, id_number, "
                            "change_seq, vv) VALUES (?,?,?,?,1,?,?,?,?)",
                            [(pid, stamp, stamp, origin, p["name"], p["id_number"], st.take(), vv)
                             for pid, p in plan.new_people.items()])
        db.conn.executemany("INSERT INTO phones (id, created_at, updated_at, origin, version, person_id, phone, "
                            "change_seq, vv) VALUES (?,?,?,?,1,?,?,?,?)",
                            [(i, stamp, stamp, origin, pid, ph, st.take(), vv)
                             for i, (pid, ph) in zip(_ascending_ids(len(plan.new_phones)), plan.new_phones)])
        db.conn.executemany("INSERT INTO occupancies (id, created_at, updated_at, origin, version, person_id, "
                            "unit_id, relation, change_seq, vv) VALUES (?,?,?,?,1,?,?,?,?,?)",
                            [(i, stamp, stamp, origin, pid, unit_ids[code], rel, st.take(), vv)
                             for i, ((pid, code), rel) in zip(_ascending_ids(len(plan.new_occ)),
                                                              plan.new_occ.items())])
    for code, diff in plan.unit_changes.items():
        sets = ", ".join(f"{c} = ?" for c in diff)
        db.execute(f"UPDATE units SET {sets}, updated_at = ?, origin = ?, version = version + 1 WHERE id = ?",
                   [*diff.values(), stamp, origin, unit_ids[code]])
    db.conn.executemany("UPDATE people SET id_number = ?, updated_at = ?, origin = ?, version = version + 1 "
                        "WHERE id = ?", [(idn, stamp, origin, pid) for pid, idn in plan.set_id.items()])
    db.conn.executemany("UPDATE occupancies SET relation = ?, updated_at = ?, origin = ?, version = version + 1 "
                        "WHERE id = ?", [(rel, stamp, origin, oid) for oid, rel in plan.occ_changes.items()])
    report(0.75, "writing search keys")
    if abort():
        raise ImportCancelled()
    search_index.index_new(db, [(pid, p["name"], p["phones"]) for pid, p in plan.new_people.items()])
    report(0.9, "building the indexes")
    bulk.restore()
    for pid in plan.changed_people:
        search_index.index_person(db, pid)
    if abort():
        raise ImportCancelled()


def import_owners(db: sqlite_utils.Database, path: str | Path, *, mapping: dict | None = None,
                  values: dict | None = None, encoding: str = "auto", dry_run: bool = False, actor: dict | None,
                  abort: Callable[[], bool] = lambda: False,
                  report: Callable[..., None] = lambda f, m="": None, say: SayReason = english_reason,
                  reason_header: str = REASON_HEADER) -> ImportResult:
    """Import owners from a CSV or XLSX file; all or nothing. `mapping` is {header: field} chosen by a person
    (over the guess from the headers), `values` {field: {cell: value}} their own spellings mapped to ours."""
    permissions.require(actor, "archive")
    path = Path(path)
    report(0.0, "reading the file")
    collecting = gc.isenabled()
    gc.disable()
    try:
        headers, lines, used, header_line = read_table(path, encoding, mapping)
    finally:
        if collecting:
            gc.enable()
    cols = importing.mapping_from_names(headers, mapping) if mapping else importing.guess_mapping(headers)
    missing = importing.missing_fields(cols)
    if missing:
        raise Refused("unreadable", f"{path}: no column for {', '.join(missing)} (columns found: "
                      f"{', '.join(headers)}); name it with a header such as 房号 and 姓名, or map it",
                      path=str(path), missing=missing, headers=headers)
    result = ImportResult(path=str(path), encoding=used, dry_run=dry_run, headers=headers, mapping=cols,
                          header_line=header_line, unmapped=importing.unmapped_columns(headers, cols))
    if abort():
        raise ImportCancelled()
    cache = db.execute("PRAGMA cache_size").fetchone()[0]
    db.execute("PRAGMA cache_size = -131072")           # 128 MB while the import runs: the indexes stay in memory
    collecting = gc.isenabled()
    gc.disable()            # hundreds of thousands of small objects: the cycle collector cost a quarter of the time
    try:
        _run(db, path, lines, cols, result, dry_run, actor, abort, report, values)
    finally:
        if collecting:
            gc.enable()
        db.execute(f"PRAGMA cache_size = {int(cache)}")
    if result.refused and not dry_run:          # a dry run writes nothing, not even the rejects file
        try:
            write_rejects(rejects_path_for(path), headers, result.refused, say=say, reason_header=reason_header)
            result.rejects_path = str(rejects_path_for(path))
        except OSError as exc:          # the import stands; the refused lines are still listed in the output
            result.rejects_error = f"{rejects_path_for(path)}: cannot write the rejects file ({exc.strerror or exc})"
    report(1.0, "done")
    return result


def _run(db, path: Path, lines, cols, result: ImportResult, dry_run: bool, actor, abort, report,
         values=None) -> None:
    """Plan and (unless a dry run) write, in one transaction."""
    with writing(db):
        known = _Known(db)
        plan = plan_lines(known, lines, cols, result, abort, report, values)
        result.units_added, result.units_changed = len(plan.new_units), len(plan.unit_changes)
        result.people_added, result.people_matched = len(plan.new_people), len(plan.matched)
        result.people_changed = len(plan.changed_people)
        result.occupancies_added, result.occupancies_changed = len(plan.new_occ), len(plan.occ_changes)
        if not dry_run:
            _write(db, plan, abort, report)
            if result.changed_anything:
                audit.record(db, actor, "import", "people", None, file=path.name, **_summary(result))


def _summary(r: ImportResult) -> dict:
    return {k: getattr(r, k) for k in ("lines", "units_added", "units_changed", "people_added", "people_matched",
                                       "people_changed", "occupancies_added", "occupancies_changed")} | {
        "refused": len(r.refused)}


def summary_lines(r: ImportResult) -> list[str]:
    """The import's outcome as plain lines (the CLI prints them; the wizard shows them)."""
    verb = "would be" if r.dry_run else "were"
    out = [f"{r.path}: {r.lines} lines read ({r.encoding})" + (" — dry run, nothing written" if r.dry_run else ""),
           *([f"header: line {r.header_line} (the lines above it are a title)"] if r.header_line > 1 else []),
           f"units: {r.units_added} {verb} added, {r.units_changed} {verb} changed",
           f"people: {r.people_added} {verb} added, {r.people_matched} matched to people already on record, "
           f"{r.people_changed} of them {verb} changed",
           f"occupancies: {r.occupancies_added} {verb} added, {r.occupancies_changed} {verb} changed"]
    if r.unmapped:
        out.append(f"columns not imported: {', '.join(r.unmapped)} (map one with --map COLUMN=FIELD)")
    if r.units_only:
        out.append(f"lines with a unit and nobody in it: {r.units_only} (the units alone {verb} imported)")
    for m in r.matched_by_id_number:
        out.append(f"line {m['line']}: {m['name']} has the ID number of {m['on_record']}: taken as the same person "
                   "(check the line if they are not)")
    if r.duplicate_lines:
        out.append(f"repeated lines: {r.duplicate_lines} (the same as an earlier line, counted once)")
    if r.refused:
        out.append(f"refused lines: {len(r.refused)} (the other lines {verb} imported)")
        out += [x.text() for x in r.refused]
        if r.rejects_path:
            out.append(f"rejects: {r.rejects_path} (correct it and import it again)")
        elif r.rejects_error:
            out.append(f"rejects: {r.rejects_error}")
        else:
            out.append("rejects: none written (dry run); the import will write them to "
                       f"{rejects_path_for(r.path)}")
    else:
        out.append("refused lines: 0")
    return out


def to_json(r: ImportResult) -> str:
    return json.dumps(r.counts(), ensure_ascii=False)
