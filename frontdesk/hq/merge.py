"""Merging centres' bundles into head office (docs/hq.md).

Every bundle named is checked whole first (frontdesk.sync.bundle: manifest, hashes, the HMAC with the
registered centre's key); one bad bundle refuses the whole merge and HQ is not touched. Then each bundle is
applied in one transaction: a row goes in when it is new or its `version` is higher than the one held, so the
same bundles merged again, in any order or late, end in the same HQ. A bundle already merged (by its name,
which holds the terminal and its sequence number) is passed over without writing anything.

SQLite: one `INSERT ... ON CONFLICT DO UPDATE ... WHERE` executed per row. PostgreSQL: each CSV file is streamed
into a temporary staging table (psycopg 3 `cursor.copy`; the server parses the CSV, the file is hashed again on
the way; of ticket_events only the lines that may be kept, the others counted here), then one `INSERT ... SELECT
... ON CONFLICT` per table (docs/hq.md: COPY is 20× faster than executemany), a plain INSERT for a centre's first
rows; a merge that brings a table more rows than it holds makes its indexes after. Where a merge's time goes
(bench/bench_hq.py, 100 centres, docs/hq.md): reading and hashing every file in the check, the server's CSV
parsing into staging, the inserts (heap, WAL and the key), the indexes made at the end, and picking the events."""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from frontdesk.core.errors import Refused

from . import schema
from .centres import now_utc
from .db import Hq

if TYPE_CHECKING:
    from frontdesk.sync.bundle import Bundle

#: Threads that read and hash bundles' files during the check (two cores are enough to halve it).
CHECK_THREADS = max(1, min(4, os.cpu_count() or 1))

PG_TYPES = {"TEXT": "text", "INTEGER": "int4", "BIGINT": "int8", "DOUBLE PRECISION": "float8"}


@dataclass
class Checked:
    """A bundle that passed every check, with the registered centre it belongs to."""
    bundle: Bundle
    centre: str                     # the centre's name at head office
    registered_id: str              # its row in `centres` (provisional until bound)

    @property
    def name(self) -> str:
        return self.bundle.path.name


def bundles_in(paths: Iterable[str | Path]) -> list[Path]:
    """Each path is a bundle, or a folder of bundles (temporary .names skipped); in centre, terminal, seq order."""
    from frontdesk.sync.bundle import is_bundle, read_manifest
    found: list[Path] = []
    for p in map(Path, paths):
        if is_bundle(p):
            found.append(p)
        elif p.is_dir():
            inner = [c for c in sorted(p.iterdir()) if not c.name.startswith(".") and is_bundle(c)]
            if not inner:
                raise Refused("no_bundles", f"{p}: no bundles in this folder", path=str(p))
            found += inner
        else:
            raise Refused("no_bundles", f"{p}: neither a bundle nor a folder of bundles", path=str(p))

    def order(path: Path):
        m = read_manifest(path)
        return (str(m.get("centre_id")), str(m.get("terminal_id")), int(m.get("seq") or 0), path.name)
    return sorted(dict.fromkeys(found), key=order)


def _registered_key(hq: Hq, path: Path) -> tuple[bytes, dict]:
    """The key of the registered centre that signed this bundle: by its id once bound, else the unbound key
    whose HMAC matches. Refused with the bundle's name when no registered centre signs it."""
    from frontdesk.sync.bundle import BundleRefused, parse_key, read_manifest, sign
    m = read_manifest(path)
    if m.get("kind") == "reference":
        raise BundleRefused("bundle_kind", path, "manifest.json", "a reference bundle goes to the centres "
                            "(frontdesk sync import), not into head office")
    cid = str(m.get("centre_id"))
    rows = hq.query("SELECT centre_id, name, key_text FROM centres WHERE centre_id = ? AND bound = 1", [cid])
    if rows:
        return parse_key(rows[0]["key_text"]), rows[0]
    mbytes = (path / "manifest.json").read_bytes()
    try:
        sig = (path / "manifest.sig").read_text(encoding="ascii").strip().lower()
    except (OSError, UnicodeDecodeError):
        sig = ""
    unbound = hq.query("SELECT centre_id, name, key_text FROM centres WHERE bound = 0")
    for row in unbound:
        key = parse_key(row["key_text"])
        if hmac.compare_digest(sign(key, mbytes), sig):
            return key, row
    named = [r for r in unbound if r["name"] == m.get("centre_name")]
    if named:
        raise BundleRefused("bundle_signature", path, "manifest.sig", f"not signed with the key registered for "
                            f"centre '{named[0]['name']}' (changed, or forged)")
    raise BundleRefused("bundle_foreign", path, "manifest.json",
                        f"centre '{m.get('centre_name') or '?'}' ({cid}) is not registered at head office, or the "
                        f"bundle is not signed with a registered key (frontdesk hq centre add)")


def check(hq: Hq, paths: Iterable[str | Path]) -> list[Checked]:
    """Every bundle checked whole, before anything is written; the first bad one (in merge order) is refused by
    name. The registered keys are looked up one bundle after another on HQ's connection; the files are read and
    hashed by a few threads at once (hashlib and file reads let go of the GIL), which is most of a check."""
    import concurrent.futures

    from frontdesk.sync.bundle import BundleRefused, open_bundle
    keyed: list[tuple[Path, tuple[bytes, dict] | BundleRefused]] = []
    for path in bundles_in(paths):
        try:
            keyed.append((path, _registered_key(hq, path)))
        except BundleRefused as e:              # refused in its turn below, after any bad bundle before it
            keyed.append((path, e))

    def opened(path: Path, found: tuple[bytes, dict] | BundleRefused) -> Bundle:
        if isinstance(found, BundleRefused):
            raise found
        return open_bundle(path, found[0], parse=not hq.pg)   # PostgreSQL's COPY parses and counts the rows itself

    out = []
    senders: dict[tuple[str, str], str] = {}
    with concurrent.futures.ThreadPoolExecutor(CHECK_THREADS) as pool:
        futures = [pool.submit(opened, path, found) for path, found in keyed]
        try:
            for (path, found), future in zip(keyed, futures):      # in merge order: the first bad one is refused
                b = future.result()
                _refuse_twin(hq, b, senders)
                for name, table in b.tables.items():
                    if name in schema.MERGED_BY_NAME and not {"id", "version"} <= set(table.columns):
                        raise BundleRefused("bundle_columns", path, table.file,
                                            "the columns id and version are required")
                assert not isinstance(found, BundleRefused)
                out.append(Checked(b, found[1]["name"], found[1]["centre_id"]))
        finally:
            for f in futures:
                f.cancel()
    return out


def _refuse_twin(hq: Hq, b: "Bundle", senders: dict[tuple[str, str], str]) -> None:
    """Two PCs joined from one full bundle send as the same terminal (same letter, same ticket numbers): the
    first PC heard from is kept and the other's bundles are refused by name, as a centre's import refuses them
    (sync.identity.twin_reason). Without this a twin's bundle 1 was passed over as 'already merged' and its
    tickets never reached head office, and its later bundles merged tickets under numbers already taken."""
    from frontdesk.sync.bundle import BundleRefused
    inst = b.manifest.get("instance")
    if not inst:
        return                                          # a bundle made before instances existed
    sender = (str(b.centre_id), str(b.terminal_id))
    seen = senders.get(sender) or hq.scalar(
        "SELECT instance FROM merged_bundles WHERE centre_id = ? AND terminal_id = ? AND instance IS NOT NULL "
        "ORDER BY merged_at LIMIT 1", list(sender))
    if seen and seen != inst:
        raise BundleRefused("terminal_twin", b.path, "manifest.json",
                            f"two PCs send bundles as terminal {b.manifest.get('terminal_letter') or sender[1][:8]}: "
                            "they joined from the same full bundle; the first one heard from is kept")
    senders[sender] = str(inst)


def merge(hq: Hq, paths: Iterable[str | Path], report: Callable[[float, str], None] | None = None) -> dict:
    """Check every bundle, then apply each in its own transaction; returns what was merged and skipped."""
    checked = check(hq, paths)
    done: list[dict] = []
    skipped: list[dict] = []
    import concurrent.futures
    merged = _merged_already(hq, checked)
    fresh = [c for c in checked if (str(c.bundle.centre_id), c.name) not in merged]
    if hq.pg:
        _make_stages(hq, fresh)
    for table in _bulk_tables(hq, fresh):
        for name, _ in schema.index_ddl(table):
            hq.execute(f"DROP INDEX IF EXISTS {name}")
    # PostgreSQL: the next bundle's filtered files are read, hashed and picked on a thread while the server
    # applies this one (the client's part of a merge, a tenth of it, off the server's path)
    queue = fresh if hq.pg else []                  # in merge order, as `checked`
    ahead: dict[int, concurrent.futures.Future] = {}
    try:
        with concurrent.futures.ThreadPoolExecutor(1) as pool:
            for i, c in enumerate(checked):
                if report:
                    report(i / max(1, len(checked)), c.name)
                if queue and queue[0] is c:         # not read ahead (the first one)
                    ahead[id(c)] = pool.submit(_prepared, queue.pop(0).bundle)
                ready = ahead.pop(id(c)).result() if id(c) in ahead else {}
                if queue:                           # the next one, read while this one is applied
                    following = queue.pop(0)
                    ahead[id(following)] = pool.submit(_prepared, following.bundle)
                result = _merge_one(hq, c, ready)
                (done if result["merged"] else skipped).append(result)
    finally:
        ensure_indexes(hq)
    if report:
        report(1.0, "")
    return {"merged": done, "skipped": skipped,
            "rows": sum(r["rows"] for r in done), "applied": sum(r["applied"] for r in done)}


def _merged_already(hq: Hq, checked: list[Checked]) -> set[tuple[str, str]]:
    """(centre id, name) of the bundles among `checked` merged before (a few hundred names a statement)."""
    out: set[tuple[str, str]] = set()
    from frontdesk.store.db import in_parts
    for part, marks in in_parts(sorted({c.name for c in checked})):
        out |= {(r[0], r[1]) for r in hq.execute(f"SELECT centre_id, name FROM merged_bundles WHERE name IN ({marks})",
                                                  part).fetchall()}
    return out


def _bulk_tables(hq: Hq, fresh: list[Checked]) -> list[schema.Table]:
    """The indexed tables this merge brings more rows than they hold (a group's first merge: every centre's
    full bundle). Their indexes beside the key are dropped before the merge and made again after it (one sort
    of every row instead of a B-tree insert per row and index: a third of such a merge), as PostgreSQL's manual
    advises for a bulk load; the key stays, for the upsert. Counting the rows held stops at the rows coming."""
    coming: dict[str, int] = {}
    for c in fresh:                                 # the bundles not merged yet (the others bring nothing)
        for name, data in c.bundle.tables.items():
            table = schema.MERGED_BY_NAME.get(name)
            if table is not None and table.indexes:
                coming[name] = coming.get(name, 0) + data.count
    return [schema.MERGED_BY_NAME[name] for name, n in coming.items()
            if hq.scalar(f"SELECT count(*) FROM (SELECT 1 FROM {name} LIMIT {int(n)}) AS held") < n]


def ensure_indexes(hq: Hq) -> None:
    """Every index of the schema, made where missing (after a bulk merge, or one stopped before it made them)."""
    for table in schema.MERGED:
        for _, sql in schema.index_ddl(table):
            hq.execute(sql)


def _merge_one(hq: Hq, c: Checked, ready: dict | None = None) -> dict:
    try:
        return _merge_one_try(hq, c, ready, plain=True)
    except Exception as e:
        if not hq.pg:
            raise
        import psycopg
        if not isinstance(e, psycopg.errors.UniqueViolation):
            raise
    # A centre's first rows went in by a plain INSERT and the bundle lists an id twice: the bundle again (its
    # transaction was rolled back), each table through DISTINCT ON, which keeps an id's highest version
    return _merge_one_try(hq, c, ready, plain=False)


def _merge_one_try(hq: Hq, c: Checked, ready: dict | None, plain: bool) -> dict:
    b = c.bundle
    cid = str(b.centre_id)
    out: dict = {"bundle": c.name, "centre": c.centre, "centre_id": cid, "merged": False, "rows": 0, "applied": 0}
    with hq.transaction():
        if hq.pg:                                   # one merge at a time per centre, whichever process runs it
            hq.execute("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))", [cid])
        if c.registered_id != cid:                  # the centre's first bundle: learn its id
            if hq.scalar("SELECT bound FROM centres WHERE centre_id = ?", [c.registered_id]) == 0:
                hq.execute("UPDATE centres SET centre_id = ?, bound = 1 WHERE centre_id = ?", [cid, c.registered_id])
        if hq.scalar("SELECT count(*) FROM merged_bundles WHERE centre_id = ? AND name = ?", [cid, c.name]):
            return out
        tables = [(schema.MERGED_BY_NAME[name], data) for name, data in b.tables.items()
                  if name in schema.MERGED_BY_NAME]  # the others are not kept (people, audit, settings ...)
        # PostgreSQL: the tables that hold no row of this centre yet take its rows by a plain INSERT (_apply_pg);
        # asked once for the bundle, under the centre's lock, so no other merge adds its rows meanwhile
        held = _holding(hq, cid, [t for t, _ in tables]) if hq.pg and plain else None
        for table, data in tables:
            first = held is not None and table.name not in held
            rows, applied = _apply(hq, table, cid, data, (ready or {}).get(table.name), first)
            out["rows"] += rows
            out["applied"] += applied
        hq.execute("INSERT INTO merged_bundles (centre_id, name, terminal_id, seq, rows, merged_at, instance) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?)", [cid, c.name, str(b.terminal_id), b.seq, out["rows"], now_utc(),
                                                    b.manifest.get("instance")])
        hq.execute("UPDATE centres SET last_merged_at = ?, bundles = bundles + 1 WHERE centre_id = ?",
                   [now_utc(), cid])
    out["merged"] = True
    return out


def _holding(hq: Hq, cid: str, tables: list[schema.Table]) -> set[str]:
    """Which of the tables hold a row of the centre (centre_id leads every key: one look-up each)."""
    if not tables:
        return set()
    sql = " UNION ALL ".join(f"(SELECT '{t.name}' FROM {t.name} WHERE centre_id = ? LIMIT 1)" for t in tables)
    return {r[0] for r in hq.execute(sql, [cid] * len(tables)).fetchall()}


def _make_stages(hq: Hq, checked: list[Checked]) -> None:
    """PostgreSQL: the staging tables the bundles need, made once for the connection outside any transaction
    (temporary: emptied at each commit, gone with the session), instead of asked for again before each COPY."""
    for c in checked:
        for name, data in c.bundle.tables.items():
            if name in schema.MERGED_BY_NAME:
                _stage(hq, name, len(data.columns))


def _stage(hq: Hq, table: str, width: int) -> str:
    stage = f"stage_{table}_{width}"
    if stage not in hq.staged:
        hq.execute(f"CREATE TEMP TABLE IF NOT EXISTS {stage} ({', '.join(f'c{i} text' for i in range(width))}) "
                   "ON COMMIT DELETE ROWS")
        if not hq.conn.info.transaction_status:     # idle, not in a transaction: it stays for the session
            hq.staged.add(stage)
    return stage


def _converters(table: schema.Table, columns: list[str]) -> list:
    types = dict(table.columns)
    conv = []
    for c in columns:
        t = types[c].split(" NOT NULL")[0]
        conv.append(int if t in ("INTEGER", "BIGINT") else float if t == "DOUBLE PRECISION" else None)
    return conv


def _rows(table: schema.Table, cid: str, data) -> tuple[list[str], Iterable[list]]:
    """HQ's columns present in the bundle (plus derived ones), and the rows as typed values."""
    have = set(data.columns)
    kept = [c for c, _ in table.columns if c in have and c not in table.derived]
    derived = [c for c in table.derived if "data" in have]
    cols = ["centre_id", *kept, *derived]
    pos = [data.columns.index(c) for c in kept]
    conv = _converters(table, kept)
    data_pos = data.columns.index("data") if derived else None
    pairs = list(zip(pos, conv))

    kinds = table.keep_kinds if "kind" in have else ()
    kind_pos = data.columns.index("kind") if kinds else 0

    def gen():
        for raw in data.rows():
            row = [cid]
            for p, f in pairs:
                v = raw[p]
                row.append(f(v) if f is not None and v is not None and v != "" else (None if f else v))
            if derived:
                extra = _derive(raw[data_pos], derived)
                if kinds and raw[kind_pos] not in kinds and all(v is None for v in extra):
                    continue                       # not kept at head office (see schema.keep_kinds)
                row.extend(extra)
            yield row
    return cols, gen()


def _derive(data_text: str | None, names: list[str]) -> list:
    """Values taken out of a JSON `data` column (the callback's rating from a ticket event)."""
    try:
        data = json.loads(data_text) if data_text else {}
    except ValueError:
        data = {}
    if not isinstance(data, dict):
        data = {}
    return [data.get(n) if isinstance(data.get(n), str) else None for n in names]


def _upsert_sql(table: schema.Table, cols: list[str], source: str) -> str:
    keys = set(table.key)
    sets = ", ".join(f"{c} = excluded.{c}" for c in cols if c not in keys)
    return (f"INSERT INTO {table.name} ({', '.join(cols)}) {source} "
            f"ON CONFLICT ({', '.join(table.key)}) DO UPDATE SET {sets} "
            f"WHERE excluded.version > {table.name}.version")


def _apply(hq: Hq, table: schema.Table, cid: str, data, ready=None, first: bool = False) -> tuple[int, int]:
    if hq.pg:
        return _apply_pg(hq, table, cid, data, ready, first)
    cols, rows = _rows(table, cid, data)
    cur = hq.conn.cursor()
    cur.executemany(_upsert_sql(table, cols, f"VALUES ({', '.join('?' * len(cols))})"), rows)
    return data.count, max(cur.rowcount, 0)


def _pg_value(table: schema.Table, column: str, source: str) -> str:
    """The SQL that turns the staged CSV text `source` into HQ's column: the bundle's `\\N` NULLs are the COPY's
    NULL already; a leading backslash doubled by the writer is taken off; numbers are cast (empty: NULL)."""
    kind = dict(table.columns)[column].split(" NOT NULL")[0]
    if kind == "TEXT":
        return f"CASE WHEN left({source}, 1) = '\\' THEN substr({source}, 2) ELSE {source} END"
    return f"NULLIF({source}, '')::{PG_TYPES[kind]}"


def _apply_pg(hq: Hq, table: schema.Table, cid: str, data, ready: "_Ready | None" = None,
              first: bool = False) -> tuple[int, int]:
    """COPY the CSV file (of ticket_events, only the lines that may be kept) into a staging table (the server
    parses it), then one upsert with casts.

    The staging columns are c0, c1 … by position, so no name from a bundle reaches the SQL; the file is hashed
    again while it streams, and a file changed since the check rolls the bundle back."""
    import psycopg

    from frontdesk.sync.bundle import BundleRefused
    stage = _stage(hq, table.name, len(data.columns))     # kept for the session, emptied at each commit
    pos = {c: i for i, c in enumerate(data.columns)}
    kept = [c for c, _ in table.columns if c in pos and c not in table.derived]
    values = [_pg_value(table, c, f"c{pos[c]}") for c in kept]
    derived = [c for c in table.derived if "data" in pos]
    for c in derived:                                  # the callback's rating out of the event's JSON data
        d = f"c{pos['data']}"
        values.append(f"CASE WHEN {d} LIKE '%%\"{c}\"%%' AND jsonb_typeof({d}::jsonb -> '{c}') = 'string' "
                      f"THEN {d}::jsonb ->> '{c}' END")
    cols = ["centre_id", *kept, *derived]
    where = ""
    if _filtered(table, data.columns):                 # the same rows as _rows keeps on SQLite
        kinds = ", ".join(f"'{k}'" for k in table.keep_kinds)
        where = f" WHERE c{pos['kind']} IN ({kinds}) OR " + " OR ".join(f"({v}) IS NOT NULL" for v in
                                                                         values[len(kept):])
    needles = _needles(table) if where else ()
    assert where or ready is None
    with hq.conn.cursor() as cur:
        if ready is None:
            ready = _Ready(data, needles)
        try:
            with cur.copy(f"COPY {stage} FROM STDIN (FORMAT csv, HEADER true, NULL '\\N')") as copy:
                for chunk in ready.chunks():
                    copy.write(chunk)
        except psycopg.DataError as e:                 # a line the server cannot read as the CSV it should be
            raise BundleRefused("bundle_damaged", data.bundle, data.file,
                                str(e).strip().splitlines()[0]) from None
        if ready.sha256() != data.sha256:
            raise BundleRefused("bundle_hash", data.bundle, data.file, "changed since it was checked")
        counted = ready.feed.records if needles else cur.rowcount
        if counted != data.count:
            raise BundleRefused("bundle_damaged", data.bundle, data.file,
                                f"{counted} rows where the manifest says {data.count}")
        # One row per id even if a bundle listed one twice (ON CONFLICT may touch a row only once).
        id_, version = f"c{pos['id']}", f"c{pos['version']}"
        plain = f"SELECT %s, {', '.join(values)} FROM {stage}{where}"
        source = (f"SELECT DISTINCT ON ({id_}) %s, {', '.join(values)} FROM {stage}{where} "
                  f"ORDER BY {id_}, NULLIF({version}, '')::int8 DESC")
        # The centre's first rows in this table (its full bundle, the bulk of what head office ever merges): no row
        # of this centre to conflict with (centre_id leads every key), so a plain INSERT, without ON CONFLICT's
        # look-up of the key before each row (a tenth of a merge), in the file's order (each id once, as a bundle
        # lists them: an id listed twice fails on the key and _merge_one applies the bundle again without this).
        if first:
            cur.execute(f"INSERT INTO {table.name} ({', '.join(cols)}) {plain}", [cid])
        else:
            cur.execute(_upsert_sql(table, cols, source), [cid])
        return data.count, max(cur.rowcount, 0)


class _Ready:
    """A bundle's CSV file as COPY is sent it: streamed from the file as it is read (`chunks`), or read, hashed
    and filtered beforehand on a thread (`read_ahead`; what is sent is what was hashed)."""

    def __init__(self, data, needles: tuple[bytes, ...]):
        self.data, self.feed, self.h = data, _Feed(data, len(data.columns), needles), hashlib.sha256()
        self.kept: list[bytes] | None = None
        self.error: BaseException | None = None

    def read_ahead(self) -> "_Ready":
        try:
            with open(self.data.bundle / self.data.file, "rb") as f:
                self.kept = list(self.feed.chunks(f, self.h))
        except Exception as e:                   # raised when the bundle is applied, in its turn
            self.error = e
        return self

    def chunks(self) -> Iterator[bytes]:
        if self.error is not None:
            raise self.error
        if self.kept is not None:
            yield from self.kept
            return
        with open(self.data.bundle / self.data.file, "rb") as f:
            yield from self.feed.chunks(f, self.h)

    def sha256(self) -> str:
        return self.h.hexdigest()


#: Files larger than this are streamed as they are applied rather than read ahead (memory).
READ_AHEAD_BYTES = 64 << 20


def _prepared(b: "Bundle") -> dict[str, _Ready]:
    """The bundle's files that head office filters (ticket_events), read ahead: see merge()."""
    out = {}
    for name, data in b.tables.items():
        table = schema.MERGED_BY_NAME.get(name)
        if table is not None and _filtered(table, data.columns) and \
                os.path.getsize(data.bundle / data.file) <= READ_AHEAD_BYTES:
            out[name] = _Ready(data, _needles(table)).read_ahead()
    return out


def _filtered(table: schema.Table, columns: list[str]) -> bool:
    """Whether head office keeps only some of the table's rows (by kind, or a value derived from `data`)."""
    return bool(table.keep_kinds and table.derived and "kind" in columns and "data" in columns)


def _needles(table: schema.Table) -> tuple[bytes, ...]:
    """Texts at least one of which every row `table` keeps holds in its CSV line: a kept kind's name (the kind
    field's value, quoted or not), or a derived value's key in the JSON data (`"rating"`, its quotes doubled in
    the CSV). A superset of the kept rows: the server's WHERE still decides each row sent."""
    words = (*table.keep_kinds, *table.derived)
    assert all(w.isidentifier() for w in words), words   # nothing the CSV writer would quote or escape
    return tuple(w.encode("ascii") for w in words)


_NOT_SHAPE = bytes(range(256)).translate(None, b',"\n')   # translate(None, this) keeps commas, quotes, line ends
_QUOTED = re.compile(rb'"[^"]*"')


class _Feed:
    """A bundle's CSV file for COPY, read in chunks and hashed on the way. With needles (ticket_events: three
    quarters of its rows are moves and creations head office does not keep), only the header and the lines that
    hold a needle are sent, so the server parses a quarter of the file; the records are then counted and each
    one's fields counted here, on the file's skeleton (its commas, quotes and line ends; pairs of quotes and
    quoted text taken out), which is exact for any quoting. A chunk in which a quoted field holds a line end is
    sent whole (the server's WHERE still picks the rows)."""

    def __init__(self, data, width: int, needles: tuple[bytes, ...], size: int = 1 << 20):
        self.data, self.needles, self.size = data, needles, size
        self.row_shape = b"," * (width - 1) + b"\n"
        self.records = -1                       # the header is the first record read
        self.first = True

    def chunks(self, f, h) -> Iterator[bytes]:
        if not self.needles:
            while chunk := f.read(self.size):
                h.update(chunk)
                yield chunk
            return
        carry = b""
        while True:
            chunk = f.read(self.size)
            h.update(chunk)
            if chunk:
                buf = carry + chunk
                cut = buf.rfind(b"\n") + 1
                buf, carry = buf[:cut], buf[cut:]
                if not buf:
                    continue
            elif carry:
                buf, carry = carry + b"\n", b""   # the last record without its line end
            else:
                return
            skeleton = buf.translate(None, _NOT_SHAPE).replace(b'""', b"")
            if skeleton.count(b'"') % 2:
                if chunk:                       # cut inside a quoted field: read on
                    carry = buf + carry
                    continue
                yield buf                       # unbalanced at the end: the server refuses it
                return
            yield self._sent(buf, skeleton)

    def _sent(self, buf: bytes, skeleton: bytes) -> bytes:
        outside = _QUOTED.sub(b"", skeleton) if b'"' in skeleton else skeleton
        records = outside.count(b"\n")
        if outside != self.row_shape * records:
            from frontdesk.sync.bundle import BundleRefused
            shapes = outside.split(b"\n")
            bad = next(i for i, r in enumerate(shapes) if r + b"\n" != self.row_shape)
            raise BundleRefused("bundle_damaged", self.data.bundle, self.data.file,
                                f"record {self.records + bad + 1}: {shapes[bad].count(b',') + 1} fields where "
                                f"the header has {self.row_shape.count(b',') + 1}")
        self.records += records
        first, self.first = self.first, False
        if records != skeleton.count(b"\n"):
            return buf                          # a quoted field holds a line end: every line, as it is
        starts: dict[int, int] = {0: buf.find(b"\n") + 1} if first else {}   # the header line
        for needle in self.needles:
            i = buf.find(needle)
            while i >= 0:
                s = buf.rfind(b"\n", 0, i) + 1
                e = buf.find(b"\n", i) + 1
                starts[s] = e
                i = buf.find(needle, e)
        return b"".join([buf[s:starts[s]] for s in sorted(starts)])
