"""python -m bench [--quick] [--only NAME] [--rebuild]: build (once) and measure; writes bench/last-run.md too."""
from __future__ import annotations

import argparse
import importlib
import json
import os
import pkgutil
import platform
import sqlite3
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

import bench
from bench import FULL, QUICK, SEED
from frontdesk import heap

HERE = Path(__file__).resolve().parent
CACHE = HERE / ".cache"


def machine() -> dict:
    """What the numbers were measured on."""
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f"{kb / 1024 / 1024:.0f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    return {"cpus": os.cpu_count(), "cpu": cpu, "memory": mem, "python": platform.python_version(),
            "sqlite": sqlite3.sqlite_version, "system": f"{platform.system()} {platform.release()}"}


def centre(quick: bool, rebuild: bool) -> tuple[Path, dict]:
    """The cached benchmark centre (built once per schema version, generator version and size)."""
    return centre_of(QUICK if quick else FULL, rebuild)


def centre_of(size: dict, rebuild: bool = False) -> tuple[Path, dict]:
    """A cached centre of size {"units", "years"} (the growth measures use one per age)."""
    import hashlib

    from frontdesk.demo import GENERATOR_VERSION
    from frontdesk.store.migrations import STEPS
    # every migration's number in the name: steps land side by side, so the highest alone does not say the schema
    LATEST = hashlib.sha1(repr([v for v, _, _ in STEPS]).encode()).hexdigest()[:8]
    name = f"centre-s{LATEST}-g{GENERATOR_VERSION}-{size['units']}u-{size['years']}y"
    path, meta_path = CACHE / f"{name}.db", CACHE / f"{name}.json"
    if path.exists() and meta_path.exists() and not rebuild:
        return path, {**json.loads(meta_path.read_text()), "cached": True}
    CACHE.mkdir(parents=True, exist_ok=True)
    # another schema's or generator's centre of this size goes once it is a day old: work trees on either side of
    # a new migration share one cache, and removing theirs at once made each rebuild the other's, in turn
    for old in CACHE.glob(f"centre-*-{size['units']}u-{size['years']}y.*"):
        if not old.name.startswith(name) and time.time() - old.stat().st_mtime > 86400:
            old.unlink()
    tmp = CACHE / f"{name}.building.db"
    for leftover in CACHE.glob(f"{name}.building.db*"):
        leftover.unlink()
    if not rebuild:
        migrated = _migrated(size, name, tmp, path, meta_path)
        if migrated is not None:
            return path, migrated
    print(f"building the benchmark centre ({size['units']:,} units, {size['years']} years) into {path} ...",
          file=sys.stderr, flush=True)
    # in a child process, so this one (and the measures that follow, memory included) stays small
    done = subprocess.run([sys.executable, "-m", "bench.build", str(tmp), str(size["units"]), str(size["years"]),
                           str(SEED)], stdout=subprocess.PIPE, text=True, cwd=str(HERE.parent))
    if done.returncode != 0:
        raise SystemExit("building the benchmark centre failed")
    made = json.loads(done.stdout.strip().splitlines()[-1])
    tmp.rename(path)
    meta = {**made, "built": time.strftime("%Y-%m-%d %H:%M"), "size_mb": round(path.stat().st_size / 2**20)}
    meta.pop("buildings", None)
    meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=1))
    return path, {**meta, "cached": False}


def _migrated(size: dict, name: str, tmp: Path, path: Path, meta_path: Path) -> dict | None:
    """The same centre cached under an older schema (same generator, seed and size), copied and brought up to
    this schema by the migrations (what a real centre goes through): seconds instead of a rebuild of minutes.
    None when there is none whose migrations are all among ours. The older copy stays for work trees on it."""
    import shutil

    from frontdesk.demo import GENERATOR_VERSION
    from frontdesk.store.db import connect
    from frontdesk.store.migrations import STEPS
    ours = {v for v, _, _ in STEPS}
    tail = f"-g{GENERATOR_VERSION}-{size['units']}u-{size['years']}y"
    for old in sorted(CACHE.glob(f"centre-s*{tail}.db"), key=lambda p: p.stat().st_mtime, reverse=True):
        old_meta = old.with_suffix(".json")
        if not old_meta.exists():
            continue
        with sqlite3.connect(f"file:{old}?mode=ro", uri=True) as conn:
            versions = {r[0] for r in conn.execute("SELECT version FROM schema_migrations")}
        if not versions <= ours:
            continue                                   # a newer or other branch's schema: not ours to migrate
        print(f"migrating the benchmark centre {old.name} to this schema into {path} ...", file=sys.stderr,
              flush=True)
        shutil.copyfile(old, tmp)
        db = connect(tmp, migrate=True, backup_first=False)
        db.close()
        tmp.rename(path)
        meta = {**json.loads(old_meta.read_text()), "migrated_from": old.name,
                "size_mb": round(path.stat().st_size / 2**20)}
        meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=1))
        return {**meta, "cached": False}
    return None


def modules(only: str | None) -> list[str]:
    names = sorted(m.name for m in pkgutil.iter_modules([str(HERE)]) if m.name.startswith("bench_"))
    if only:
        wanted = only if only.startswith("bench_") else f"bench_{only}"
        names = [n for n in names if n == wanted]
    return names


def fmt(value) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}"
    if value >= 0.1:
        return f"{value:.2f}"
    return f"{value:.3f}"


def verdict(m: dict) -> str:
    t, value = m.get("target"), m.get("value")
    if not isinstance(value, (int, float)):
        return ""
    most = m.get("max_ratio")       # a target against floor (b) measured in the same run: "≥ 0.2× .import"
    if isinstance(most, (int, float)):
        bare = m.get("bare")
        return "ok" if isinstance(bare, (int, float)) and bare > 0 and value / bare <= most else "MISSED"
    if isinstance(t, (int, float)):
        return "ok" if value <= t else "MISSED"
    return ""


def target_text(m: dict) -> str:
    t = m.get("target")
    if isinstance(t, (int, float)):
        return f"≤ {fmt(t)} {m['unit']}"
    return t or ""


def ratio(m: dict, floor: str = "bare") -> str:
    bare, value = m.get(floor), m.get("value")
    if isinstance(bare, (int, float)) and bare > 0 and isinstance(value, (int, float)):
        return f"{value / bare:.1f}×"
    return ""


def line(m: dict) -> str:
    text = f"{m['measure']:<48} {fmt(m['value']):>9} {m['unit']:<6} target {target_text(m):<14} {verdict(m):<6}"
    if m.get("overhead") is not None:
        text += f" (a) same SQL bare {fmt(m['overhead'])} {m['unit']} {ratio(m, 'overhead')}"
    if m.get("bare") is not None:
        text += f" (b) least work {fmt(m['bare'])} {m['unit']} {ratio(m)}"
    if m.get("note"):
        text += f"  ({m['note']})"
    return text


def markdown(results: list[dict], info: dict, meta: dict, quick: bool) -> str:
    head = (f"Measured {time.strftime('%Y-%m-%d')} on {info['cpus']} CPUs ({info['cpu'] or 'unknown CPU'}), "
            f"{info['memory']} RAM, {info['system']}, Python {info['python']}, SQLite {info['sqlite']}; "
            + (f"centre of {meta.get('units', 0):,} units, {meta.get('people', 0):,} people, "
               f"{meta.get('tickets', 0):,} tickets, {meta.get('events', 0):,} events" if meta else
               "no benchmark centre (the modules run make their own data)")
            + (" (--quick)" if quick else "") + ". Command: `"
            + " ".join(["python -m bench", *(a for a in sys.argv[1:] if a != "--readme")]) + "`.\n\n")
    rows = ["| measure | value | target | (a) same statements, bare | ratio to (a) | (b) least work | ratio to (b) "
            "| notes |", "|---|---:|---|---:|---:|---:|---:|---|"]
    for m in results:
        a = f"{fmt(m['overhead'])} {m['unit']}" if m.get("overhead") is not None else ""
        bare = f"{fmt(m['bare'])} {m['unit']}" if m.get("bare") is not None else ""
        mark = "" if verdict(m) != "MISSED" else " **missed**"
        rows.append(f"| {m['measure']} | {fmt(m['value'])} {m['unit']}{mark} | {target_text(m)} | {a} | "
                    f"{ratio(m, 'overhead')} | {bare} | {ratio(m)} | {m.get('note') or ''} |")
    return head + "\n".join(rows) + "\n"


def readme_block(table: str, info: dict) -> str:
    """The README's performance section: the machine, the command, the table."""
    return ("## Performance\n\n"
            "`python -m bench` builds the benchmark centre of docs/architecture.md, Speed rules once (cached in `bench/.cache/`), then "
            "prints one line per measure with its target and two floors measured in the same run, interleaved with "
            "frontdesk's calls: (a) the exact statements frontdesk issued for the call (captured with a trace "
            "callback) replayed bare with `sqlite3` on the same file, so the ratio to (a) is what Python costs; "
            "(b) the least work that answers the same question (one statement, the index that fits, the rows "
            "shown), so the ratio to (b) is what the design costs. Where a measure has no SQL (a window, a PDF) "
            "(b) is the bare library doing the same work. `--quick` uses a small centre, `--only NAME` one module, "
            "`--check` fails when a measure printed no figure or a store measure lacks a floor (CI runs "
            "`python -m bench --quick --check`; it asserts no timing). The machine is shared with other work, so "
            "differences under 1.5× are noise. The last full run:\n\n" + table)


def write_readme(path: Path, block: str) -> None:
    """Replace only what is between the perf markers of the README."""
    text = path.read_text(encoding="utf-8")
    start, end = "<!-- perf:start -->", "<!-- perf:end -->"
    if start not in text or end not in text:
        raise SystemExit(f"{path}: no {start} ... {end} block")
    head, rest = text.split(start, 1)
    _, tail = rest.split(end, 1)
    path.write_text(f"{head}{start}\n{block.rstrip()}\n{end}{tail}", encoding="utf-8")


def main(argv=None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench", description="Build the benchmark centre (once, cached) "
                                "and print one line per measure with its target and the bare library beside it.")
    p.add_argument("--quick", action="store_true", help=f"a small centre ({QUICK['units']:,} units, "
                   f"{QUICK['years']} year) instead of {FULL['units']:,} units over {FULL['years']} years")
    p.add_argument("--only", metavar="NAME", help="run one module only, e.g. store (bench/bench_store.py)")
    p.add_argument("--rebuild", action="store_true", help="build the centre again even if it is cached")
    p.add_argument("--out", default=str(HERE / "last-run.md"), help="where the Markdown table goes")
    p.add_argument("--readme", action="store_true", help="also put the table in README.md's performance block")
    p.add_argument("--check", action="store_true", help="exit 1 when a measure printed no figure, or a measure "
                   "of the store (search, board, intake) lacks either floor; no timing is judged")
    args = p.parse_args(argv)
    names = modules(args.only)
    if not names:
        p.error(f"no benchmark module '{args.only}' (have: "
                + ", ".join(n[6:] for n in modules(None)) + ")")
    # a module that makes its own data (NEEDS_CENTRE = False) runs without building the cached centre
    needs = any(getattr(importlib.import_module(f"bench.{n}"), "NEEDS_CENTRE", True) for n in names)
    db_path, meta = centre(args.quick, args.rebuild) if needs or args.rebuild else (None, {})
    info = machine()
    results: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="frontdesk-bench-") as work:
        ctx = {"db_path": str(db_path) if db_path else None, "workdir": work, "quick": args.quick, "meta": meta}
        for name in names:
            try:
                mod = importlib.import_module(f"bench.{name}")
                heap.freeze_startup()       # as the window does once it is up: calls are measured as it makes them
                got = mod.run(ctx)
            except Exception:  # one broken module must not hide the others' numbers
                traceback.print_exc()
                got = [bench.measure(f"{name}: failed", float("nan"), "", None, note="see the traceback")]
            for m in got:
                print(line(m), flush=True)
            results.extend(got)
    table = markdown(results, info, meta, args.quick)
    Path(args.out).write_text(table, encoding="utf-8")
    print(f"table written to {args.out}", file=sys.stderr)
    if args.readme:
        write_readme(HERE.parent / "README.md", readme_block(table, info))
        print("README.md performance block updated", file=sys.stderr)
    if args.check:
        problems = incomplete(results)
        for p_ in problems:
            print(f"bench --check: {p_}", file=sys.stderr)
        return 1 if problems else 0
    return 0


#: Measures that must carry both floors: the store's hot paths and sync, where the SQL can be replayed.
NEEDS_FLOORS = ("search p95", "board: open tickets", "board with a backlog", "intake save", "sync export",
                "sync import")


def incomplete(results: list[dict]) -> list[str]:
    """What --check refuses: a measure with no figure, a failed module, a store measure without both floors."""
    out = []
    for m in results:
        v = m.get("value")
        if not isinstance(v, (int, float)) or v != v or m["measure"].endswith(": failed"):
            out.append(f"{m['measure']}: no figure")
        elif m["measure"].startswith(NEEDS_FLOORS) and (m.get("overhead") is None or m.get("bare") is None):
            out.append(f"{m['measure']}: a floor is missing (overhead {m.get('overhead')}, design {m.get('bare')})")
    return out


if __name__ == "__main__":
    sys.exit(main())
