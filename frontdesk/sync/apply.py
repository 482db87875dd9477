"""`sync import`: apply bundles, each checked (signature, files, hashes, headers) first and applied in one
transaction; its rows are parsed once, as they are applied, and a faulty line or row count refuses the bundle and
rolls everything back.

A row is taken when its version vector (`vv`) is newer than ours; when both sides changed it since they last
exchanged, ours stays and theirs is kept in `sync_conflicts` for a person to settle (sync.conflicts).
Append-only tables are a union by id. Nothing local is ever deleted."""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import sqlite_utils

from frontdesk.core.errors import Refused
from frontdesk.store import audit, changes, search_index
from frontdesk.store.db import in_parts, new_id, now_utc

from . import files as attached
from .bundle import Bundle, BundleRefused, TableData, decode, encode, is_bundle, open_bundle, read_manifest
from .identity import key_for
from .vectors import compare, merge

#: What head office may send back in a reference bundle.
REFERENCE_TABLES = ("settings", "categories", "templates", "standard_answers", "holidays")
CHUNK = 2000
#: From this many rows a bundle is applied with the stamping triggers dropped for the transaction: their mere
#: presence (even when their WHEN is false) doubles the cost of an INSERT (bench_sync).
BIG = 5000
#: The tables whose rows give search keys (store.search_index): a bundle's rows of others need no re-indexing.
INDEXED = ("people", "phones")
#: SQLite's page cache while a bundle is applied (KiB; used only as far as the bundle needs it).
IMPORT_CACHE_KIB = 64 * 1024


@dataclass
class Imported:
    """What one bundle did: status applied / skipped / refused, per table new and updated rows, conflicts."""
    path: Path
    status: str
    message: str = ""
    terminal_id: str = ""
    seq: int = 0
    new: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    conflicts: int = 0
    files: int = 0
    code: str = ""
    file: str = ""                         # refused: the file of the bundle concerned

    def as_dict(self) -> dict:
        return {"path": str(self.path), "status": self.status, "message": self.message, "code": self.code,
                "terminal_id": self.terminal_id, "seq": self.seq, "new": self.new, "updated": self.updated,
                "conflicts": self.conflicts, "files": self.files, "file": self.file}


class Cancelled(Refused):
    def __init__(self):
        super().__init__("cancelled", "import cancelled; nothing of the bundle in progress was kept")


def import_path(db: sqlite_utils.Database, path: Path | str, *, actor: dict | None = None,
                progress: Callable[[str, int], None] | None = None) -> list[Imported]:
    """A bundle, or a folder: every bundle in it not yet applied, in sequence order. Our own bundles and
    bundles already applied are passed over quietly. A refused bundle does not stop the others."""
    path = Path(path)
    if not path.exists():
        raise Refused("missing", f"{path}: no such bundle or folder", path=str(path))
    if is_bundle(path):
        try:
            return [import_bundle(db, path, actor=actor, progress=progress)]
        except BundleRefused as e:
            return [Imported(path, "refused", str(e), code=e.code, file=e.data.get("file", ""))]
    if not path.is_dir():
        raise Refused("missing", f"{path}: not a bundle folder", path=str(path))
    from .identity import instances_heard, reborn_after_restore, twin_reason
    reborn_after_restore(db)
    me = changes.terminal_id(db)
    heard = instances_heard(db)
    todo: list[tuple[tuple[int, str], Path, BundleRefused | None]] = []
    for sub in sorted(path.iterdir()):
        if sub.name.startswith(".") or not sub.is_dir() or not is_bundle(sub):
            continue
        try:
            m = read_manifest(sub)
        except BundleRefused as e:
            todo.append(((0, ""), sub, e))
            continue
        tid, seq = str(m.get("terminal_id")), m.get("seq")
        twin = twin_reason(db, m, heard)
        if twin:
            todo.append(((0, ""), sub, BundleRefused("terminal_twin", sub, "manifest.json", twin)))
            continue
        if tid == me or _applied(db, tid, seq):
            continue
        todo.append(((seq if isinstance(seq, int) else 0, tid), sub, None))
    out = []
    for _, sub, err in sorted(todo, key=lambda x: x[0]):
        if err is not None:
            out.append(Imported(sub, "refused", str(err), code=err.code, file=err.data.get("file", "")))
            continue
        try:
            out.append(import_bundle(db, sub, actor=actor, progress=progress))
        except BundleRefused as e:
            out.append(Imported(sub, "refused", str(e), code=e.code, file=e.data.get("file", "")))
    return out


def import_bundle(db: sqlite_utils.Database, path: Path | str, *, actor: dict | None = None,
                  progress: Callable[[str, int], None] | None = None, adopt: bool = False) -> Imported:
    """Check one bundle whole, then apply it in one transaction. Raises BundleRefused (nothing written).
    adopt: joining a centre (init --join): the bundle's centre becomes ours."""
    path = Path(path)
    if not adopt:
        from .identity import reborn_after_restore
        reborn_after_restore(db)
    schema = {t["name"]: changes.synced_columns(db, t) for t in changes.synced_tables(db)}
    keys = key_for(db)
    try:
        # signature, files, hashes and headers checked whole here; the rows are parsed once, as they are applied
        # (their field counts, row counts and hashes checked again on the way: a fault rolls everything back)
        bundle = open_bundle(path, keys, schema=schema, required=(), parse=False)
    except BundleRefused as e:
        if e.code == "bundle_foreign" and read_manifest(path).get("kind") == "reference":
            raise BundleRefused(e.code, path, e.file, "a head-office bundle, but head office's key is not "
                                "registered here (frontdesk sync trust-hq --key-file FILE)") from None
        raise
    for name, t in bundle.tables.items():
        key_col = _meta(db)[name]["key_column"]
        if key_col not in t.columns:
            raise BundleRefused("bundle_columns", path, t.file, f"column {key_col} missing")
    loc = changes.local(db)
    reference = bundle.centre_id != loc["centre_id"] and not adopt
    if reference:
        if bundle.kind != "reference":
            raise BundleRefused("bundle_foreign", path, "manifest.json",
                                "signed by head office's key but not a reference bundle")
        bad = [n for n in bundle.tables if n not in REFERENCE_TABLES]
        if bad:
            raise BundleRefused("bundle_columns", path, bundle.tables[bad[0]].file,
                                f"a reference bundle may not carry table '{bad[0]}'")
    if not reference and not adopt:
        from .identity import twin_reason
        twin = twin_reason(db, bundle.manifest)
        if twin:
            raise BundleRefused("terminal_twin", path, "manifest.json", twin)
    if bundle.terminal_id == loc["terminal_id"] and not reference:
        return Imported(path, "skipped", "this terminal's own bundle", bundle.terminal_id, bundle.seq)
    if _applied(db, bundle.terminal_id, bundle.seq):
        return Imported(path, "skipped", f"bundle {bundle.seq} of this terminal was already applied",
                        bundle.terminal_id, bundle.seq)
    ch = bundle.changes
    if not reference and bundle.kind == "changes" and _covered(db, bundle.terminal_id, ch.get("from", 0),
                                                               ch.get("to", 0)):
        return Imported(path, "skipped", f"bundle {bundle.seq} is older than one already applied from that "
                        "terminal; everything in it is here", bundle.terminal_id, bundle.seq)
    result = Imported(path, "applied", terminal_id=bundle.terminal_id, seq=bundle.seq)
    _apply(db, bundle, result, reference=reference, progress=progress, actor=actor)
    return result


def _apply(db, bundle: Bundle, result: Imported, *, reference: bool, progress, actor) -> None:
    meta = _meta(db)
    conn = db.conn
    fk = conn.execute("PRAGMA foreign_keys").fetchone()[0]
    cache = conn.execute("PRAGMA cache_size").fetchone()[0]
    temp = conn.execute("PRAGMA temp_store").fetchone()[0]
    conn.execute("PRAGMA foreign_keys = OFF")     # a child may arrive before its parent (a bundle lost on the way)
    # for the transaction: pages kept in memory (SQLite's 2 MB spilled and re-read every index page of a big
    # bundle again and again) and each INSERT's statement journal in memory, not in a temp file (three writes
    # a row): 2.5 million system calls fewer for a year's bundle (bench_sync)
    conn.execute(f"PRAGMA cache_size = {-IMPORT_CACHE_KIB}")
    conn.execute("PRAGMA temp_store = MEMORY")
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute("UPDATE sync_local SET applying = 1 WHERE id = 1")
            quiet = _drop_stamps(conn, bundle) if sum(t.count for t in bundle.tables.values()) >= BIG else []
            touched: dict[str, set] = {}
            for t in changes.synced_tables(db):
                data = bundle.tables.get(t["name"])
                if data is None:
                    continue
                applier = _Table(db, meta[t["name"]], data.columns, bundle, result, reference)
                touched[t["name"]] = applier.run(data, progress)
            for sha, src in bundle.files.items():
                if attached.keep(db, sha, src):
                    result.files += 1
            for sql in quiet:                    # the stamping triggers back, in the same transaction
                conn.execute(sql)
            _reindex(db, touched)
            if reference and not changes.local(db)["hq_id"]:
                conn.execute("UPDATE sync_local SET hq_id = ? WHERE id = 1", [bundle.centre_id])
            ch = bundle.changes
            conn.execute("INSERT INTO sync_received (terminal_id, seq, kind, change_from, change_to, name, "
                         "applied_at, summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                         [bundle.terminal_id, bundle.seq, bundle.kind, int(ch.get("from", 0)), int(ch.get("to", 0)),
                          bundle.path.name, now_utc(),
                          json.dumps({**result.as_dict(), "instance": bundle.manifest.get("instance")},
                                     ensure_ascii=False)])
            audit.record(db, actor, "sync_import", "sync_received", bundle.path.name, terminal=bundle.terminal_id,
                         seq=bundle.seq, new=sum(result.new.values()), updated=sum(result.updated.values()),
                         conflicts=result.conflicts)
            # the import's own audit row stays on this terminal (else two terminals would ping-pong forever)
            conn.execute("UPDATE audit SET change_seq = 0 WHERE change_seq IS NULL")
            conn.execute("UPDATE sync_local SET applying = 0, last_import_at = ? WHERE id = 1", [now_utc()])
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    finally:
        conn.execute(f"PRAGMA foreign_keys = {'ON' if fk else 'OFF'}")
        conn.execute(f"PRAGMA cache_size = {int(cache)}")
        conn.execute(f"PRAGMA temp_store = {int(temp)}")
    result.new = {k: v for k, v in result.new.items() if v}
    result.updated = {k: v for k, v in result.updated.items() if v}


class _Table:
    """Applying one table's rows: chunks of CHUNK rows compared with ours by key."""

    def __init__(self, db, meta: dict, columns: list[str], bundle: Bundle, result: Imported, reference: bool):
        self.db, self.meta, self.cols, self.bundle, self.result = db, meta, columns, bundle, result
        self.name, self.key = meta["name"], meta["key_column"]
        self.ki = columns.index(self.key)
        self.vi = columns.index("vv") if "vv" in columns else None
        self.reference = reference
        self.touched: set = set()
        self.track = self.name in INDEXED        # keys of new and changed rows kept for the search keys only
        result.new.setdefault(self.name, 0)
        result.updated.setdefault(self.name, 0)
        cols = ", ".join(columns)
        marks = ", ".join("?" * len(columns))
        self.insert_sql = f"INSERT INTO {self.name} ({cols}, change_seq) VALUES ({marks}, 0)"
        sets = ", ".join(f"{c} = ?" for c in columns if c != self.key)
        self.update_sql = f"UPDATE {self.name} SET {sets}, change_seq = 0 WHERE {self.key} = ?"

    def run(self, data: TableData, progress) -> set:
        done = 0
        for chunk in data.batches(CHUNK):
            if self.name == "settings":
                chunk = [row for row in chunk if not changes.is_local_setting(row[self.ki])]
            if not chunk:
                continue
            self._chunk(chunk)
            done += len(chunk)
            if progress:
                progress(self.name, done)
        return self.touched

    def _chunk(self, rows: list[tuple]) -> None:
        keys = [r[self.ki] for r in rows]
        marks = ",".join("?" * len(keys))
        if self.meta["append_only"]:
            have = {r[0] for r in self.db.execute(f"SELECT {self.key} FROM {self.name} WHERE {self.key} IN ({marks})",
                                                  keys)}
            fresh = [r for r in rows if r[self.ki] not in have]
            self._insert(fresh)
            return
        wanted = "vv, version" if not self.reference else "version"
        local = {r[0]: r[1:] for r in self.db.execute(
            f"SELECT {self.key}, {wanted} FROM {self.name} WHERE {self.key} IN ({marks})", keys)}
        fresh, newer = [], []
        for row in rows:
            mine = local.get(row[self.ki])
            if mine is None:
                fresh.append(row)
            elif self.reference:
                if int(row[self.cols.index("version")] or 0) > int(mine[0] or 0):
                    newer.append(row)
            else:
                self._decide(row, mine[0], newer)
        self._insert(fresh)
        if newer:
            self.db.conn.executemany(self.update_sql, [[v for i, v in enumerate(r) if i != self.ki] + [r[self.ki]]
                                                       for r in newer])
            self.result.updated[self.name] += len(newer)
            if self.track:
                self.touched.update(r[self.ki] for r in newer)
            self._supersede(newer)

    def _decide(self, row, local_vv: str | None, newer: list) -> None:
        theirs = json.loads(row[self.vi]) if self.vi is not None and row[self.vi] else {}
        ours = json.loads(local_vv) if local_vv else {}
        order = compare(theirs, ours)
        if order == "newer":
            newer.append(row)
        elif order == "concurrent":
            if self._same_content(row):
                self._same_change(row, merge(theirs, ours))
            else:
                self._conflict(row, theirs)

    def _same_change(self, row, vv: dict) -> None:
        """Both made the same change: one merged vector, and the same stamp on both sides (the larger)."""
        stamp = [c for c in ("updated_at", "origin", "version") if c in self.cols]
        mine = self.db.execute(f"SELECT {', '.join(stamp)} FROM {self.name} WHERE {self.key} = ?",
                               [row[self.ki]]).fetchone()
        theirs = tuple(row[self.cols.index(c)] for c in stamp)
        ours = tuple(decode(encode(v)) for v in mine)
        keep = max(ours, theirs, key=lambda t: tuple(str(x) for x in t))
        sets = ", ".join(f"{c} = ?" for c in ["vv", *stamp])
        self.db.execute(f"UPDATE {self.name} SET {sets} WHERE {self.key} = ?",
                        [json.dumps(vv, sort_keys=True), *keep, row[self.ki]])

    def _same_content(self, row) -> bool:
        skip = {"vv", "version", "updated_at", "origin"}
        cols = [c for c in self.cols if c not in skip]
        mine = self.db.execute(f"SELECT {', '.join(cols)} FROM {self.name} WHERE {self.key} = ?",
                               [row[self.ki]]).fetchone()
        idx = [self.cols.index(c) for c in cols]
        return mine is not None and all(decode(encode(m)) == row[i] for m, i in zip(mine, idx))

    def _conflict(self, row, theirs_vv: dict) -> None:
        key = row[self.ki]
        data = json.dumps(dict(zip(self.cols, row)), ensure_ascii=False)
        old = self.db.execute("SELECT id, theirs FROM sync_conflicts WHERE table_name = ? AND row_key = ? "
                              "AND settled_at IS NULL", [self.name, key]).fetchone()
        if old is not None:
            before = json.loads(json.loads(old[1]).get("vv") or "{}")
            if compare(theirs_vv, before) not in ("newer", "concurrent"):
                return
            self.db.execute("UPDATE sync_conflicts SET theirs = ?, from_terminal = ?, bundle = ?, found_at = ? "
                            "WHERE id = ?", [data, self.bundle.terminal_id, self.bundle.path.name, now_utc(), old[0]])
        else:
            self.db.execute("INSERT INTO sync_conflicts (id, table_name, row_key, theirs, from_terminal, bundle, "
                            "found_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                            [new_id(), self.name, key, data, self.bundle.terminal_id, self.bundle.path.name,
                             now_utc()])
        self.result.conflicts += 1

    def _supersede(self, rows) -> None:
        """A row settled elsewhere (theirs now includes ours): its open conflict here is over."""
        self.db.conn.executemany(
            "UPDATE sync_conflicts SET settled_at = ?, decision = 'superseded' WHERE table_name = ? AND row_key = ? "
            "AND settled_at IS NULL", [(now_utc(), self.name, r[self.ki]) for r in rows])

    def _insert(self, rows: list) -> None:
        if not rows:
            return
        conn = self.db.conn
        try:
            conn.executemany(self.insert_sql, rows)
            added = rows
        except sqlite3.IntegrityError:
            # each row is its own statement: those before the clashing one are in (no savepoint around the batch:
            # with one open every page written is copied to its journal). The rest one by one.
            added = rows[:self._inserted_before_failure(rows)]
            for row in rows[len(added):]:          # one by one: which row clashes with ours (a unique name)
                try:
                    conn.execute(self.insert_sql, row)
                    added.append(row)
                except sqlite3.IntegrityError:
                    if self.reference:
                        continue                   # ours stays (a local addition of the same name)
                    self._conflict(row, json.loads(row[self.vi]) if self.vi is not None and row[self.vi] else {})
        self.result.new[self.name] += len(added)
        if self.track:
            self.touched.update(r[self.ki] for r in added)

    def _inserted_before_failure(self, rows: list) -> int:
        """How many rows an executemany stopped by a constraint wrote: none of their keys was here before, so
        the first row whose key is not here now, or is here from a row before it in the batch, is where it
        stopped."""
        keys = [r[self.ki] for r in rows]
        here: set = set()
        for part, marks in in_parts(keys):
            here.update(r[0] for r in self.db.conn.execute(
                f"SELECT {self.key} FROM {self.name} WHERE {self.key} IN ({marks})", part))
        seen: set = set()
        for i, key in enumerate(keys):
            if key not in here or key in seen:
                return i
            seen.add(key)
        return len(keys)


def _drop_stamps(conn, bundle: Bundle) -> list[str]:
    """Drop the change-counter triggers of the bundle's tables; returns their SQL to create them again."""
    names = [f"{t}_sync_{k}" for t in bundle.tables for k in ("i", "u")]
    marks = ",".join("?" * len(names))
    saved = conn.execute(f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({marks})",
                         names).fetchall()
    for name, _ in saved:
        conn.execute(f"DROP TRIGGER {name}")
    return [sql for _, sql in saved]


def _meta(db) -> dict[str, dict]:
    return {t["name"]: t for t in changes.synced_tables(db)}


def _applied(db, terminal_id: str, seq) -> bool:
    return db.execute("SELECT 1 FROM sync_received WHERE terminal_id = ? AND seq = ?",
                      [terminal_id, seq]).fetchone() is not None


def _covered(db, terminal_id: str, lo: int, hi: int) -> bool:
    """Whether changes (lo, hi] of that terminal are all here already (from bundles applied before)."""
    spans = sorted(db.execute("SELECT change_from, change_to FROM sync_received WHERE terminal_id = ?",
                              [terminal_id]).fetchall())
    reach = lo
    for a, b in spans:
        if a > reach:
            break
        reach = max(reach, b)
        if reach >= hi:
            return True
    return False


def _reindex(db, touched: dict[str, set]) -> None:
    """Search keys of the people that came in (all of them at once after a big import); a unit's code is searched
    in units itself."""
    total = sum(len(v) for v in touched.values())
    if total > 5000:
        search_index.rebuild(db)
        return
    people = set(touched.get("people", ()))
    for tbl in ("phones",):
        for part, marks in in_parts(touched.get(tbl, ())):
            people.update(r[0] for r in db.execute(f"SELECT person_id FROM {tbl} WHERE id IN ({marks})", part))
    for pid in people:
        search_index.index_person(db, pid)
