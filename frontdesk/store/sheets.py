"""Reading a centre's owner spreadsheet: CSV in UTF-8 / UTF-8 with BOM / GB18030 (or UTF-16 with its BOM), or
XLSX; the header found under any title rows; every row numbered as Excel shows it. No database here."""
from __future__ import annotations

import csv
import io
from pathlib import Path

from frontdesk.core import importing
from frontdesk.core.errors import Refused

from .db import refuse_live


_NOT_TEXT = ((b"\x89PNG", "a PNG picture"), (b"\xff\xd8\xff", "a JPEG picture"), (b"%PDF", "a PDF document"),
             (b"\xd0\xcf\x11\xe0", "an old Excel .xls workbook"),
             (b"Rar!", "a RAR archive"), (b"\x1f\x8b", "a gzip archive"))
#: How far down a file its header may be (a title row such as 阳光花园业主信息表 and blank rows above it).
HEADER_SEARCH_ROWS = 20


def decode(data: bytes, encoding: str = "auto") -> tuple[str, str]:
    """(text, encoding used): UTF-16 with its BOM, strict UTF-8 (with or without BOM), then GB18030."""
    if encoding not in ("auto", "utf-8", "gb18030"):
        raise Refused("usage", f"unknown encoding '{encoding}' (valid: auto, utf-8, gb18030)")
    if encoding == "auto" and data[:2] in (b"\xff\xfe", b"\xfe\xff"):    # Excel's "Unicode text" save
        return data.decode("utf-16"), "utf-16"
    if b"\x00" in data[:4096]:
        raise UnicodeDecodeError(encoding, data[:1], 0, 1, "it holds NUL bytes (UTF-16 without a BOM, or not "
                                 "text at all); save it from Excel as CSV (UTF-8) or CSV (GB18030)")
    tries = {"auto": ("utf-8", "gb18030"), "utf-8": ("utf-8",), "gb18030": ("gb18030",)}[encoding]
    bom = data.startswith(b"\xef\xbb\xbf")
    if encoding == "auto":
        try:
            (data[3:] if bom else data).decode("utf-8")
        except UnicodeDecodeError:
            text = (data[3:] if bom else data).decode("utf-8", errors="replace")
            bad = text.count("\ufffd")
            if bad <= 3 and sum(1 for ch in text if ord(ch) > 127) >= 20 * bad:   # UTF-8 with a stray byte or two
                return text, "utf-8-sig" if bom else "utf-8"
    for enc in tries:
        try:
            if enc == "utf-8" and bom:
                return data[3:].decode("utf-8"), "utf-8-sig"
            return data.decode(enc), enc
        except UnicodeDecodeError:
            continue
    # A few stray bytes (a line pasted from elsewhere): the encoding that fits best; the lines holding the
    # bytes it cannot read are refused one by one (core sees U+FFFD in their cells), the rest imports.
    fits = [((data[3:] if enc == "utf-8" and bom else data).decode(enc, errors="replace"), enc) for enc in tries]
    text, enc = min(fits, key=lambda te: te[0].count("\ufffd"))
    if text.count("\ufffd") > max(3, sum(1 for ch in text if ord(ch) > 127) // 50):    # not text at all
        raise UnicodeDecodeError(encoding, data[:1], 0, 1, "not readable as " + " or ".join(tries))
    return text, enc


def _refuse_binary(path: Path, data: bytes) -> None:
    for magic, what in _NOT_TEXT:
        if data.startswith(magic):
            raise Refused("unreadable", f"{path}: this is {what}, not a CSV or XLSX file; open it in Excel or WPS "
                          "and save it as .xlsx or as CSV", path=str(path))


def read_rows(path: str | Path, encoding: str = "auto", limit: int | None = None):
    """([(line number, cells)], encoding) of a CSV or XLSX file: every row with the number Excel shows for it.

    `limit` reads only the first rows (the wizard's column mapping). In an XLSX the first sheet holding a
    header we recognise is read (a workbook often opens with a sheet of instructions)."""
    path = Path(path)
    refuse_live(path, "file")          # reading the live database as a file would drop SQLite's locks
    try:
        with open(path, "rb") as fh:
            data = fh.read(65536) if limit else fh.read()
    except OSError as exc:
        raise Refused("unreadable", f"{path}: cannot read the file ({exc.strerror or exc})", path=str(path)) from exc
    if path.suffix.lower() in (".xlsx", ".xlsm") or data.startswith(b"PK\x03\x04"):
        return _read_xlsx(path, limit)
    if not data.strip():
        raise Refused("unreadable", f"{path}: the file is empty", path=str(path))
    _refuse_binary(path, data)
    if limit and b"\n" in data:
        data = data[:data.rindex(b"\n")]            # a cut GB18030 character would fail the decoding
    try:
        text, used = decode(data, encoding)
    except UnicodeDecodeError as exc:
        said = "UTF-8 or GB18030" if encoding == "auto" else f"{encoding} (leave --encoding out to detect it)"
        raise Refused("unreadable", f"{path}: the text is not {said} ({exc.reason})", path=str(path)) from exc
    text = text.lstrip("\ufeff")
    top = "\n".join(text.split("\n", HEADER_SEARCH_ROWS)[:HEADER_SEARCH_ROWS])   # a title row has neither
    delimiter = "\t" if top.count("\t") > top.count(",") else ","
    csv.field_size_limit(1 << 30)                   # a pasted essay in a 备注 cell is still one cell
    try:
        rows = list(enumerate(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), start=1))
    except csv.Error as exc:
        raise Refused("unreadable", f"{path}: not a readable CSV file ({exc})", path=str(path)) from exc
    return (rows[:limit] if limit else rows), used


def find_header(rows, mapping: dict | None = None) -> int:
    """Index in `rows` of the header: the first row naming a unit and a name column (or the columns a person
    mapped), within the first HEADER_SEARCH_ROWS rows; else the first row with two or more filled cells."""
    top = rows[:HEADER_SEARCH_ROWS]
    for i, (_, cells) in enumerate(top):
        heads = [str(c or "") for c in cells]
        if mapping:             # the columns a person mapped, on this row or a second header row under it
            below = top[i + 1][1] if i + 1 < len(top) else []
            own = {importing.header_key(h) for h in heads}
            keys = own | {importing.header_key(str(h or "")) for h in below}
            wanted = [importing.header_key(h) for h, f in mapping.items() if f]
            if any(w in own for w in wanted) and all(w in keys for w in wanted):
                return i
        elif not importing.missing_fields(importing.guess_mapping(heads)):
            return i
    for i, (_, cells) in enumerate(top):
        if sum(1 for c in cells if c is not None and str(c).strip()) >= 2:
            return i
    return 0


def read_table(path: str | Path, encoding: str = "auto", mapping: dict | None = None):
    """(headers, [(line number, cells)] below the header, encoding, header line number); line 1 is the file's
    first row, so a title row above the header keeps every line number as Excel shows it."""
    rows, used = read_rows(path, encoding)
    if not rows or all(importing.is_blank(c) for _, c in rows[:HEADER_SEARCH_ROWS]):
        raise Refused("unreadable", f"{path}: no header line (the file is empty)", path=str(path))
    headers, first, header_line = header_of(rows, mapping)
    return headers, rows[first:], used, header_line


def header_of(rows, mapping: dict | None = None) -> tuple[list[str], int, int]:
    """(headers, index of the first row below them, the header's line number)."""
    h = find_header(rows, mapping)
    header_line, header = rows[h]
    headers = [str(c or "").strip().lstrip("\ufeff") for c in header]
    if h + 1 < len(rows) and _sub_header(headers, rows[h + 1][1]):
        headers = _merge_headers(headers, rows[h + 1][1])
        h += 1
    return headers, h + 1, header_line


def _sub_header(headers: list[str], cells: list) -> bool:
    """A second header row under merged cells (联系方式 over 手机 | 座机): names a field, and nothing where the
    unit and name of a data line would be."""
    words = [str(c or "").strip() for c in cells]
    filled = [w for w in words if w]
    values = {*importing.RELATION_ALIASES, *importing.PROPERTY_ALIASES, *importing.HANDOVER_ALIASES}
    if not filled or any(w in values or not importing.field_for_header(w) for w in filled):
        return False            # a data line (a relation such as 业主, a phone number...) is no header
    firsts = [i for i, f in importing.guess_mapping(headers).items() if f in ("unit", "name")]
    return all(i >= len(words) or not words[i] for i in firsts)


def _merge_headers(headers: list[str], cells: list) -> list[str]:
    """The header of each column from the lower row where it names something, else from the upper one."""
    words = [str(c or "").strip() for c in cells]
    out = list(headers) + [""] * max(0, len(words) - len(headers))
    for i, w in enumerate(words):
        if w:
            out[i] = w
    return out


def read_headers(path: str | Path, encoding: str = "auto") -> tuple[list[str], str]:
    """The header line alone (for the wizard's column mapping), reading only the start of the file."""
    rows, used = read_rows(path, encoding, limit=HEADER_SEARCH_ROWS)
    if not rows or all(importing.is_blank(c) for _, c in rows):
        raise Refused("unreadable", f"{path}: no header line (the file is empty)", path=str(path))
    return header_of(rows)[0], used


def read_sample(path: str | Path, encoding: str = "auto", count: int = 3) -> tuple[list[str], list[list[str]], str]:
    """(headers, the first `count` data lines' cells, encoding) for the wizard's column mapping: what each
    column holds, shown beside its header; reads only the start of the file."""
    rows, used = read_rows(path, encoding, limit=HEADER_SEARCH_ROWS)
    if not rows or all(importing.is_blank(c) for _, c in rows):
        raise Refused("unreadable", f"{path}: no header line (the file is empty)", path=str(path))
    headers, first, _line = header_of(rows)
    sample = [[_cell(v).strip() for v in cells] for _, cells in rows[first:]
              if not importing.is_blank(cells)][:count]
    return headers, sample, used


def _cell(v) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and abs(v) >= 1e15:
        return f"{v:.15G}"          # Excel keeps 15 digits: an ID number typed as a number has lost its end
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if hasattr(v, "strftime"):
        return v.strftime("%Y-%m-%d") if not getattr(v, "hour", 0) and not getattr(v, "minute", 0) else str(v)
    return str(v)


def _read_xlsx(path: Path, limit: int | None = None):
    from openpyxl import load_workbook
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for a damaged file
        raise Refused("unreadable", f"{path}: not a readable XLSX workbook ({exc})", path=str(path)) from exc
    try:
        chosen = None
        for ws in wb.worksheets:
            if hasattr(ws, "reset_dimensions"):
                ws.reset_dimensions()       # a sheet claiming A1:XFD1048576 (WPS does) is read as far as it goes
            top = [(n, [_cell(v) for v in r]) for n, r in
                   enumerate(ws.iter_rows(values_only=True, max_row=HEADER_SEARCH_ROWS), start=1)]
            if chosen is None and top:
                chosen = ws
            heads = top[find_header(top)][1] if top else []
            if not importing.missing_fields(importing.guess_mapping(heads)):
                chosen = ws
                break
        if chosen is None:
            return [], "xlsx"
        rows = [(n, [_cell(v) for v in r]) for n, r in
                enumerate(chosen.iter_rows(values_only=True, max_row=limit), start=1)]
    except Refused:
        raise
    except Exception as exc:  # noqa: BLE001 - a damaged sheet
        raise Refused("unreadable", f"{path}: not a readable XLSX workbook ({exc})", path=str(path)) from exc
    finally:
        wb.close()
    return rows, "xlsx"
