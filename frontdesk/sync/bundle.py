"""Sync bundles, format version 1 (docs/bundle-format.md): keys, writing a bundle folder, reading one back.

No Qt and no database here: terminals (`frontdesk.sync`) and head office (`frontdesk.hq`) both build on it.

    key_text = make_key()                 # 'FDK1-ABCD-EFGH-...' (shown once to the admin)
    key = parse_key(key_text)             # 20 bytes; Invalid('key', ...) when the text is not a key

    path = write_bundle(dest_dir,
                        {"kind": "changes", "centre_id": c, "terminal_id": t, "terminal_letter": "A",
                         "seq": 7, "changes": {"from": 120, "to": 180}},
                        {"tickets": (["id", "number", ...], rows_iterable), ...},   # rows: tuples or dicts
                        {sha256_hex: "/path/to/photo.jpg", ...},
                        key)              # -> Path of the finished folder (written as a temp name, renamed)

    bundle = open_bundle(path, key_for)   # key_for(centre_id) -> bytes or None (None: not our centre)
    bundle.manifest                       # the parsed manifest.json (dict)
    bundle.kind, bundle.centre_id, bundle.terminal_id, bundle.seq
    for name, table in bundle.tables.items():
        table.columns                     # list of column names (the CSV header)
        table.count                       # rows, as the manifest says (and checked)
        for row in table.rows():          # tuples of str | None, in column order (`\\N` decoded to None)
            ...
        for row in table.dicts(): ...     # the same rows as dicts
    bundle.files                          # {sha256_hex: Path of the file inside the bundle}

`open_bundle` checks the bundle whole before it returns: manifest, signature, every listed file (present,
inside the folder, not a link, size, SHA-256, CSV header and field counts) and that nothing unlisted is there.
Each failure raises `BundleRefused` (a `Refused`) whose `code` is one of `REFUSAL_CODES`, with `data` holding
`bundle` (folder), `file` (the file concerned, relative) and `reason` (words). Reading rows again re-hashes the
file and raises `bundle_hash` at the end if it changed since the check (inside a transaction: nothing kept).
"""
from __future__ import annotations

import base64
import csv
import datetime as dt
import hashlib
import hmac
import io
import itertools
import json
import os
import re
import secrets
import shutil
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Generator, Iterable, Iterator, Mapping, Sequence

from ..core.errors import Invalid, Refused

FORMAT = "frontdesk-bundle"
FORMAT_VERSION = 1
KNOWN_VERSIONS = (1,)
KINDS = ("changes", "full", "reference")
KEY_PREFIX = "FDK1-"
KEY_BYTES = 20
NULL = "\\N"

REFUSAL_CODES = {
    "bundle_missing": "a listed file, the manifest or its signature is missing",
    "bundle_damaged": "a file cannot be read as what it should be (JSON, CSV, field counts, row counts)",
    "bundle_truncated": "a file is shorter than the manifest says",
    "bundle_hash": "a file's SHA-256 differs from the manifest",
    "bundle_signature": "manifest.sig does not match the manifest with the centre's key",
    "bundle_version": "unknown format or format version",
    "bundle_foreign": "the bundle belongs to a centre this database does not know",
    "bundle_path": "a file name leaves the folder, is absolute, a link, or not of the allowed forms",
    "bundle_unlisted": "a file in the folder is not listed in the manifest",
    "bundle_columns": "a CSV's columns do not match the manifest or the reader's tables",
    "terminal_twin": "two PCs joined from the same full bundle and send as the same terminal",
}

_TABLE_FILE = re.compile(r"tables/([a-z_][a-z0-9_]*)\.csv")
_DATA_FILE = re.compile(r"files/([0-9a-f]{64})")
_TABLE_NAME = re.compile(r"[a-z_][a-z0-9_]*")
_CHUNK = 1 << 20

csv.field_size_limit(2**31 - 1)


class BundleRefused(Refused):
    """A bundle refused whole: `code` in REFUSAL_CODES; data: bundle, file, reason."""

    def __init__(self, code: str, bundle: Path | str, file: str, reason: str):
        self.bundle = str(bundle)
        self.file = file
        self.reason = reason
        where = f"{Path(bundle).name}/{file}" if file else Path(bundle).name
        super().__init__(code, f"{where}: {reason}", bundle=str(bundle), file=file, reason=reason)


# ---------------------------------------------------------------- keys

def make_key() -> str:
    """A new centre key as text: 'FDK1-' + base32 of 20 random bytes, in groups of four."""
    return format_key(secrets.token_bytes(KEY_BYTES))


def format_key(key: bytes) -> str:
    b32 = base64.b32encode(key).decode("ascii")
    return KEY_PREFIX + "-".join(b32[i:i + 4] for i in range(0, len(b32), 4))


def parse_key(text: str) -> bytes:
    """The key bytes from its text (whitespace, case and dashes ignored); Invalid('key') when it is none."""
    t = re.sub(r"\s+", "", text or "").upper()
    if not t.startswith(KEY_PREFIX):
        raise Invalid("key", "a centre key starts with FDK1-")
    body = t[len(KEY_PREFIX):].replace("-", "")
    if not re.fullmatch(r"[A-Z2-7]{32}", body):
        raise Invalid("key", "a centre key has 32 letters A-Z and digits 2-7 after FDK1-")
    return base64.b32decode(body)


def sign(key: bytes, manifest_bytes: bytes) -> str:
    return hmac.new(key, manifest_bytes, hashlib.sha256).hexdigest()


# ---------------------------------------------------------------- CSV values

def encode(value) -> str:
    """One value as CSV text: None is \\N, a text starting with a backslash gets one more."""
    if value is None:
        return NULL
    if isinstance(value, str):
        return "\\" + value if value.startswith("\\") else value
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, (int, float)):
        return repr(value) if isinstance(value, float) else str(value)
    raise TypeError(f"cannot put a {type(value).__name__} in a bundle")


def decode(text: str):
    """The inverse of encode(): \\N is None; numbers stay text (SQLite's column affinity makes them numbers)."""
    if text and text[0] == "\\":
        return None if text == NULL else text[1:]
    return text


def bundle_name(centre_id: str, terminal_id: str, seq: int) -> str:
    return f"frontdesk-{_hex8(centre_id)}-{_hex8(terminal_id)}-{int(seq):06d}"


def _hex8(uuid_text: str) -> str:
    return re.sub(r"[^0-9a-f]", "", str(uuid_text).lower())[:8] or "00000000"


# ---------------------------------------------------------------- writing

class HashingWriter(io.RawIOBase):
    """A file written through SHA-256: the hash and the size made as the bytes go out, not read back."""

    def __init__(self, raw):
        self.raw, self.sha, self.size = raw, hashlib.sha256(), 0

    def writable(self):
        return True

    def write(self, b):
        self.sha.update(b)
        self.size += len(b)
        return self.raw.write(b)


def write_bundle(dest_dir: Path | str, manifest_fields: Mapping, tables: Mapping[str, tuple[Sequence[str], Iterable]],
                 files: Mapping[str, Path | str] | None, key: bytes, *,
                 progress: Callable[[str, int], None] | None = None) -> Path:
    """Write one bundle folder in dest_dir and return its path.

    manifest_fields: at least kind, centre_id, terminal_id, seq (and usually terminal_letter, centre_name,
    changes); format, format_version, producer, created_at, tables and files are filled in here.
    tables: name -> (columns, rows); rows are sequences in column order or dicts; a table with no rows is left
    out. files: sha256 -> path of a file whose content has that hash (checked). progress(table, rows_so_far)
    is called every 10,000 rows and may raise to cancel (nothing is left behind)."""
    from .. import __version__
    dest_dir = Path(dest_dir)
    for k in ("kind", "centre_id", "terminal_id", "seq"):
        if k not in manifest_fields:
            raise ValueError(f"manifest_fields needs {k}")
    if manifest_fields["kind"] not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}")
    name = bundle_name(manifest_fields["centre_id"], manifest_fields["terminal_id"], manifest_fields["seq"])
    final = dest_dir / name
    if final.exists():
        raise Refused("exists", f"{final}: a bundle of that name is already there", path=str(final))
    dest_dir.mkdir(parents=True, exist_ok=True)
    tmp = dest_dir / f".{name}.tmp-{secrets.token_hex(4)}"
    tmp.mkdir()
    try:
        listed_tables = []
        for table, (columns, rows) in tables.items():
            entry = _write_table(tmp, table, list(columns), rows, progress)
            if entry:
                listed_tables.append(entry)
        listed_files = []
        for sha, src in sorted((files or {}).items()):
            listed_files.append(_copy_file(tmp, sha, Path(src)))
        manifest = {"format": FORMAT, "format_version": FORMAT_VERSION,
                    "producer": f"frontdesk {__version__}",
                    "created_at": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")}
        manifest.update({k: v for k, v in manifest_fields.items() if k not in ("tables", "files")})
        manifest["tables"] = listed_tables
        manifest["files"] = listed_files
        data = json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8") + b"\n"
        _write_synced(tmp / "manifest.json", data)
        _write_synced(tmp / "manifest.sig", (sign(key, data) + "\n").encode("ascii"))
        _fsync_dir(tmp)
        os.rename(tmp, final)
        _fsync_dir(dest_dir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return final


def _write_table(folder: Path, table: str, columns: list[str], rows: Iterable, progress) -> dict | None:
    if not _TABLE_NAME.fullmatch(table):
        raise ValueError(f"bad table name {table!r}")
    (folder / "tables").mkdir(exist_ok=True)
    rel = f"tables/{table}.csv"
    path = folder / rel
    count = 0
    with open(path, "wb") as raw:
        hw = HashingWriter(raw)
        buf = io.BufferedWriter(hw, _CHUNK)
        text = io.TextIOWrapper(buf, encoding="utf-8", newline="")
        w = csv.writer(text, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(columns)
        enc = encode
        width = len(columns)
        for row in rows:
            if type(row) is not tuple and isinstance(row, Mapping):    # (rows from SQLite are tuples: no ABC check)
                row = [row[c] for c in columns]
            elif len(row) != width:
                raise ValueError(f"{table}: a row has {len(row)} values for {len(columns)} columns")
            # a text not starting with a backslash is itself (most values): no call for it
            w.writerow([v if type(v) is str and v[:1] != "\\" else enc(v) for v in row])
            count += 1
            if progress and count % 10000 == 0:
                progress(table, count)
        text.flush()
        buf.flush()
        raw.flush()
        if count:                   # a table with no rows is left out of the bundle: its file needs no fsync
            os.fsync(raw.fileno())
        text.detach()
    if not count:
        path.unlink()
        return None
    if progress:
        progress(table, count)
    return {"table": table, "file": rel, "rows": count, "bytes": hw.size,
            "sha256": hw.sha.hexdigest(), "columns": columns}


def _copy_file(folder: Path, sha: str, src: Path) -> dict:
    if not re.fullmatch(r"[0-9a-f]{64}", sha):
        raise ValueError(f"not a SHA-256: {sha!r}")
    (folder / "files").mkdir(exist_ok=True)
    dst = folder / "files" / sha
    h, size = hashlib.sha256(), 0
    with open(src, "rb") as fin, open(dst, "wb") as fout:
        while chunk := fin.read(_CHUNK):
            h.update(chunk)
            size += len(chunk)
            fout.write(chunk)
        fout.flush()
        os.fsync(fout.fileno())
    if h.hexdigest() != sha:
        raise Refused("file_changed", f"{src}: its content no longer has SHA-256 {sha}", path=str(src))
    return {"file": f"files/{sha}", "sha256": sha, "bytes": size}


def _write_synced(path: Path, data: bytes) -> None:
    with open(path, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


# ---------------------------------------------------------------- reading

@dataclass
class TableData:
    """One table of an opened bundle; rows() reads the CSV again (streaming) and re-checks its hash."""
    bundle: Path
    name: str
    file: str
    columns: list[str]
    count: int
    sha256: str

    def rows(self) -> Iterator[tuple]:
        n = 0
        for fields in _read_csv(self.bundle, self.file, self.sha256, len(self.columns), skip_header=True):
            n += 1
            yield tuple([v if v[:1] != "\\" else (None if v == NULL else v[1:]) for v in fields])
        if n != self.count:
            raise BundleRefused("bundle_damaged", self.bundle, self.file, f"{n} rows where the manifest says "
                                f"{self.count}")

    def batches(self, size: int) -> Iterator[list[tuple]]:
        """The rows of rows(), in lists of up to `size`, with the same checks and less Python a row."""
        n = 0
        for fields in _read_csv_batches(self.bundle, self.file, self.sha256, len(self.columns), size):
            n += len(fields)
            yield [tuple([v if v[:1] != "\\" else (None if v == NULL else v[1:]) for v in f]) for f in fields]
        if n != self.count:
            raise BundleRefused("bundle_damaged", self.bundle, self.file, f"{n} rows where the manifest says "
                                f"{self.count}")

    def dicts(self) -> Iterator[dict]:
        cols = self.columns
        for row in self.rows():
            yield dict(zip(cols, row))


@dataclass
class Bundle:
    path: Path
    manifest: dict
    tables: dict[str, TableData] = field(default_factory=dict)
    files: dict[str, Path] = field(default_factory=dict)

    @property
    def kind(self) -> str:
        return self.manifest["kind"]

    @property
    def centre_id(self) -> str:
        return self.manifest["centre_id"]

    @property
    def terminal_id(self) -> str:
        return self.manifest["terminal_id"]

    @property
    def seq(self) -> int:
        return int(self.manifest["seq"])

    @property
    def changes(self) -> dict:
        return self.manifest.get("changes") or {}


def is_bundle(path: Path | str) -> bool:
    """A folder that looks like a bundle (has manifest.json); says nothing about whether it is valid."""
    return (Path(path) / "manifest.json").is_file()


def read_manifest(path: Path | str) -> dict:
    """The manifest, unchecked (to sort a folder of bundles before opening each); BundleRefused if unreadable."""
    path = Path(path)
    try:
        return _parse_manifest(path, (path / "manifest.json").read_bytes())
    except FileNotFoundError:
        raise BundleRefused("bundle_missing", path, "manifest.json", "the manifest is missing") from None


def _parse_manifest(path: Path, data: bytes) -> dict:
    try:
        manifest = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise BundleRefused("bundle_damaged", path, "manifest.json", f"not valid JSON ({e})") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BundleRefused("bundle_version", path, "manifest.json", "not a frontdesk bundle")
    if manifest.get("format_version") not in KNOWN_VERSIONS:
        raise BundleRefused("bundle_version", path, "manifest.json",
                            f"format version {manifest.get('format_version')!r} is not known to this program "
                            f"(it reads {', '.join(map(str, KNOWN_VERSIONS))})")
    return manifest


def open_bundle(path: Path | str, key_for: Callable[[str], bytes | None] | bytes, *,
                schema: Mapping[str, Iterable[str]] | None = None,
                required: Iterable[str] = ("id",), parse: bool = True) -> Bundle:
    """Check a bundle whole and return it (see the module's docstring), or raise BundleRefused.

    key_for: the key bytes, or a function centre_id -> key bytes or None (None: another centre's bundle).
    schema: table -> columns the reader knows; when given, every table in the bundle must be known, its
    columns known, and the `required` columns present (the key columns of the reader's tables).
    parse=False: each CSV's size, hash and header are checked but its rows are not counted here, for a reader
    that parses the rows once as it applies them (a terminal's import: `rows()` checks field counts, the row
    count and the hash as it goes, inside the reader's transaction) or whose database server parses the file
    itself and checks the count (head office's COPY): the signed hash already proves the file is the one the
    centre wrote."""
    path = Path(path)
    if not path.is_dir():
        raise BundleRefused("bundle_missing", path, "", "not a folder")
    try:
        mbytes = (path / "manifest.json").read_bytes()
    except FileNotFoundError:
        raise BundleRefused("bundle_missing", path, "manifest.json", "the manifest is missing") from None
    manifest = _parse_manifest(path, mbytes)
    for k in ("kind", "centre_id", "terminal_id", "seq", "tables", "files"):
        if k not in manifest:
            raise BundleRefused("bundle_damaged", path, "manifest.json", f"the manifest has no '{k}'")
    if not isinstance(manifest["tables"], list) or not isinstance(manifest["files"], list) \
            or not isinstance(manifest["seq"], int):
        raise BundleRefused("bundle_damaged", path, "manifest.json", "tables, files or seq of the wrong kind")
    key = key_for if isinstance(key_for, (bytes, bytearray)) else key_for(str(manifest["centre_id"]))
    if key is None:
        raise BundleRefused("bundle_foreign", path, "manifest.json",
                            f"the bundle is from centre {manifest['centre_id']}, not one this database knows")
    try:
        sig = (path / "manifest.sig").read_text(encoding="ascii").strip()
    except FileNotFoundError:
        raise BundleRefused("bundle_missing", path, "manifest.sig", "the signature is missing") from None
    except UnicodeDecodeError:
        sig = ""
    if not hmac.compare_digest(sig.lower().encode(), sign(bytes(key), mbytes).encode()):
        raise BundleRefused("bundle_signature", path, "manifest.sig",
                            "the signature does not match the manifest with this centre's key "
                            "(changed, or not made with the key)")
    if manifest["kind"] not in KINDS:
        raise BundleRefused("bundle_version", path, "manifest.json", f"unknown kind {manifest['kind']!r}")
    bundle = Bundle(path, manifest)
    listed = {"manifest.json", "manifest.sig"}
    for entry in manifest["tables"]:
        rel = _entry_file(path, entry)
        m = _TABLE_FILE.fullmatch(rel)
        if not m or m.group(1) != entry.get("table"):
            raise BundleRefused("bundle_path", path, rel, "a table's file must be tables/<table>.csv")
        _check_listed_once(path, rel, listed)
        t = _check_table(path, rel, entry, schema, required, parse)
        bundle.tables[t.name] = t
    for entry in manifest["files"]:
        rel = _entry_file(path, entry)
        m = _DATA_FILE.fullmatch(rel)
        if not m or entry.get("sha256") != m.group(1):
            raise BundleRefused("bundle_path", path, rel, "an attached file must be files/<its sha256>")
        _check_listed_once(path, rel, listed)
        _check_plain_file(path, rel)
        _check_hash(path, rel, entry.get("sha256"), entry.get("bytes"))
        bundle.files[m.group(1)] = path / rel
    _check_nothing_unlisted(path, listed)
    return bundle


def _entry_file(path: Path, entry) -> str:
    if not isinstance(entry, dict) or not isinstance(entry.get("file"), str):
        raise BundleRefused("bundle_damaged", path, "manifest.json", "a listed file has no name")
    rel = entry["file"]
    if rel.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", rel) or ".." in re.split(r"[/\\]", rel):
        raise BundleRefused("bundle_path", path, rel, "the file name leaves the bundle's folder")
    return rel


def _check_listed_once(path: Path, rel: str, listed: set) -> None:
    if rel in listed:
        raise BundleRefused("bundle_damaged", path, rel, "listed twice in the manifest")
    listed.add(rel)


def _check_plain_file(path: Path, rel: str) -> None:
    cur = path
    for part in rel.split("/"):
        cur = cur / part
        try:
            st = os.lstat(cur)
        except FileNotFoundError:
            raise BundleRefused("bundle_missing", path, rel, "listed in the manifest but missing") from None
        if stat.S_ISLNK(st.st_mode):
            raise BundleRefused("bundle_path", path, rel, "is a link; a bundle holds only plain files")
    if not stat.S_ISREG(st.st_mode):
        raise BundleRefused("bundle_path", path, rel, "not a plain file")


def _check_size(path: Path, rel: str, expected) -> None:
    if expected is None:
        return
    size = os.lstat(path / rel).st_size
    if size < int(expected):
        raise BundleRefused("bundle_truncated", path, rel, f"truncated: {size} bytes of {expected}")
    if size > int(expected):
        raise BundleRefused("bundle_hash", path, rel, f"{size} bytes where the manifest says {expected}")


def _check_hash(path: Path, rel: str, sha: str | None, size) -> None:
    _check_size(path, rel, size)
    h = hashlib.sha256()
    with open(path / rel, "rb") as f:
        while chunk := f.read(_CHUNK):
            h.update(chunk)
    if h.hexdigest() != sha:
        raise BundleRefused("bundle_hash", path, rel, "its SHA-256 differs from the manifest (changed or damaged)")


def _check_table(path: Path, rel: str, entry: dict, schema, required, parse: bool = True) -> TableData:
    _check_plain_file(path, rel)
    _check_hash(path, rel, entry.get("sha256"), entry.get("bytes"))
    name, columns = entry["table"], entry.get("columns")
    if not isinstance(columns, list) or not columns or not all(isinstance(c, str) for c in columns):
        raise BundleRefused("bundle_columns", path, rel, "the manifest lists no columns for it")
    if len(set(columns)) != len(columns):
        raise BundleRefused("bundle_columns", path, rel, "a column is named twice")
    if schema is not None:
        if name not in schema:
            raise BundleRefused("bundle_columns", path, rel, f"table '{name}' is not one this program syncs")
        known = set(schema[name])
        unknown = [c for c in columns if c not in known]
        if unknown:
            raise BundleRefused("bundle_columns", path, rel, f"unknown column(s) {', '.join(unknown)}")
        missing = [c for c in required if c in known and c not in columns]
        if missing:
            raise BundleRefused("bundle_columns", path, rel, f"column(s) {', '.join(missing)} missing")
    reader = _read_csv(path, rel, None, len(columns), skip_header=False)
    try:
        header = next(reader)
    except StopIteration:
        raise BundleRefused("bundle_truncated", path, rel, "empty file (no header row)") from None
    if header != columns:
        reader.close()
        raise BundleRefused("bundle_columns", path, rel,
                            f"header {','.join(header)} differs from the manifest's {','.join(columns)}")
    if not parse:
        reader.close()
        rows = entry.get("rows")
        if not isinstance(rows, int) or isinstance(rows, bool) or rows < 0:
            raise BundleRefused("bundle_damaged", path, rel, f"the manifest's row count {rows!r} is not a count")
        return TableData(path, name, rel, columns, rows, entry["sha256"])
    count = sum(1 for _ in reader)
    if count != entry.get("rows"):
        raise BundleRefused("bundle_damaged", path, rel, f"{count} rows where the manifest says {entry.get('rows')}")
    return TableData(path, name, rel, columns, count, entry["sha256"])


class _HashingReader(io.RawIOBase):
    def __init__(self, raw, h):
        self.raw, self.h = raw, h

    def readable(self):
        return True

    def readinto(self, b):
        n = self.raw.readinto(b)
        if n:
            self.h.update(memoryview(b)[:n])
        return n


def _read_csv_batches(path: Path, rel: str, sha: str, width: int, size: int) -> Generator[list[list[str]], None, None]:
    """The records after the header in lists of up to `size`, checked as _read_csv checks them (a faulty one is
    found again by _read_csv, which names its line)."""
    h = hashlib.sha256()
    with open(path / rel, "rb") as raw:
        text = io.TextIOWrapper(io.BufferedReader(_HashingReader(raw, h), _CHUNK), encoding="utf-8", newline="")
        reader = csv.reader(text, strict=True)
        try:
            next(reader, None)
            while batch := list(itertools.islice(reader, size)):
                if set(map(len, batch)) != {width}:
                    for _ in _read_csv(path, rel, None, width, skip_header=True):
                        pass
                    raise BundleRefused("bundle_damaged", path, rel, "a line's fields differ from the header's")
                yield batch
        except (UnicodeDecodeError, csv.Error):
            for _ in _read_csv(path, rel, None, width, skip_header=True):     # the same refusal, naming the line
                pass
            raise
    if h.hexdigest() != sha:
        raise BundleRefused("bundle_hash", path, rel, "its SHA-256 differs from the manifest (changed or damaged)")


def _read_csv(path: Path, rel: str, sha: str | None, width: int, *,
              skip_header: bool) -> Generator[list[str], None, None]:
    """Fields of each CSV record; checks the field count per line and the file's hash at the end."""
    h = hashlib.sha256()
    with open(path / rel, "rb") as raw:
        text = io.TextIOWrapper(io.BufferedReader(_HashingReader(raw, h), _CHUNK), encoding="utf-8", newline="")
        reader = csv.reader(text, strict=True)
        try:
            first = True
            for fields in reader:
                if first:
                    first = False
                    if skip_header:
                        continue
                    yield fields
                    continue
                if len(fields) != width:
                    raise BundleRefused("bundle_damaged", path, rel,
                                        f"line {reader.line_num}: {len(fields)} fields where the header has {width}")
                yield fields
        except UnicodeDecodeError as e:
            raise BundleRefused("bundle_damaged", path, rel, f"not UTF-8 ({e.reason})") from None
        except csv.Error as e:
            raise BundleRefused("bundle_damaged", path, rel, f"line {reader.line_num}: {e}") from None
    if sha is not None and h.hexdigest() != sha:
        raise BundleRefused("bundle_hash", path, rel, "its SHA-256 differs from the manifest (changed or damaged)")


def _check_nothing_unlisted(path: Path, listed: set) -> None:
    for root, dirs, files in os.walk(path, followlinks=False):
        for d in dirs:
            if os.path.islink(os.path.join(root, d)):
                rel = os.path.relpath(os.path.join(root, d), path).replace(os.sep, "/")
                raise BundleRefused("bundle_path", path, rel, "is a link; a bundle holds only plain files")
        for f in files:
            rel = os.path.relpath(os.path.join(root, f), path).replace(os.sep, "/")
            if rel not in listed:
                raise BundleRefused("bundle_unlisted", path, rel, "present in the folder but not in the manifest")
