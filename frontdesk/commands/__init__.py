"""The command line's commands, one module per group; each registers its sub-parsers."""
import datetime as dt
import json
import sys

YEARS = range(1900, 3000)          # the years a command's date can name (date arithmetic stays in range)


def emit_json(data) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def actor_of(db, args):
    from frontdesk.store.staff import resolve_actor
    return resolve_actor(db, getattr(args, "as_user", None))


def add_as(parser) -> None:
    parser.add_argument("--as", dest="as_user", metavar="USER",
                        help="who does this (default: FRONTDESK_USER, or the centre's first admin)")


def parse_day(text: str | None, option: str = "--date") -> dt.date | None:
    """A YYYY-MM-DD option's day; a bad one is a usage error (exit 2) naming the option and what was typed."""
    from frontdesk.cli import UsageError
    if text is None or not text.strip():
        return None
    try:
        day = dt.date.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(f"{option}: '{text}' is not YYYY-MM-DD") from None
    if day.year not in YEARS:
        raise UsageError(f"{option}: '{text}' is out of range (years {YEARS.start}–{YEARS.stop - 1})")
    return day


#: The file name an export of each format is given (a name that says another format is bad usage).
SUFFIXES = {"csv": ".csv", "xlsx": ".xlsx", "pdf": ".pdf"}
#: Suffixes that say a document format: --out naming one of them for another format is bad usage.
OTHER_FORMATS = {".csv", ".xlsx", ".xls", ".pdf", ".txt", ".json", ".png", ".jpg", ".doc", ".docx", ".html", ".ods"}


def check_suffix(fmt: str, out: str) -> None:
    """--out must not name another format than the one written: `export daily-log --format csv --out log.xlsx`
    wrote CSV text into a file Excel then refused, `print ... --out letter.txt` a PDF called .txt. A suffix of no
    document format (none, .bak, .db) is left as given, and a CSV may be .txt; an XLSX always needs its own."""
    from pathlib import PurePath

    from frontdesk.cli import UsageError
    suffix = PurePath(str(out)).suffix.lower()
    allowed = {SUFFIXES[fmt], ".txt"} if fmt == "csv" else {SUFFIXES[fmt]}
    if fmt == "xlsx" and suffix != ".xlsx" or suffix in OTHER_FORMATS - allowed:
        raise UsageError(f"--out: a {fmt} file needs a name ending in {SUFFIXES[fmt]}, not '{out}'")
