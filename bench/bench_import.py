"""Owner import of a 40,000-person GB18030 file against the sqlite3 shell's bare `.import` of the same rows.

run(ctx) -> rows for the harness; `python bench/bench_import.py` runs it alone in a scratch folder."""
from __future__ import annotations

import csv
import random
import shutil
import sqlite3
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from bench import replay_recorded

PEOPLE = 40_000
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉力国德志新春晓"
SPELLINGS = ("{b}栋{e}单元{r}", "{b}幢{e}单元{r}室", "{b}#{e}-{r}", "{b}-{e}-{r}")
HEADER = ["房号", "业主姓名", "手机号", "身份证号码", "建筑面积(㎡)", "物业类型", "身份", "交房状态"]


def make_rows(n: int = PEOPLE, seed: int = 7) -> list[list[str]]:
    """n people in n/2 units: an owner and a family member or tenant each, mixed unit spellings."""
    from frontdesk.core.ids import id_check_digit
    rnd = random.Random(seed)
    rows = []
    for i in range(n):
        u = i // 2
        b, e, r = 1 + u // 1000, 1 + (u // 200) % 5, (2 + (u % 200) // 4) * 100 + 1 + u % 4
        code = rnd.choice(SPELLINGS).format(b=b, e=e, r=r)
        name = rnd.choice(SURNAMES) + "".join(rnd.choice(GIVEN) for _ in range(rnd.choice((1, 2))))
        first17 = f"{110101 + i // 1000:06d}{1950 + rnd.randrange(50)}{1 + rnd.randrange(12):02d}{1 + rnd.randrange(28):02d}{i % 1000:03d}"
        idn = first17 + id_check_digit(first17) if rnd.random() < 0.7 else ""
        rel = "业主" if i % 2 == 0 else rnd.choice(("家属", "租户", "共有人"))
        rows.append([code, name, f"13{rnd.randrange(10**9):09d}", idn, f"{60 + rnd.randrange(90)}.5", "住宅", rel,
                     "已交房"])
    return rows


def _sqlite3_import(csv_path: Path, workdir: Path) -> float | None:
    """Seconds the sqlite3 shell takes to `.import` the file as given (its bytes, no decoding) into a new plain
    table of a new database, process start included; None without the shell."""
    exe = shutil.which("sqlite3")
    if not exe:
        return None
    target = workdir / "bare.db"
    target.unlink(missing_ok=True)
    t0 = time.perf_counter()
    subprocess.run([exe, str(target), "-cmd", ".mode csv", f".import '{csv_path}' t"], check=True,
                   capture_output=True)
    took = time.perf_counter() - t0
    with sqlite3.connect(target) as bare:
        got = bare.execute("SELECT count(*) FROM t").fetchone()[0]
    bare.close()
    assert got == PEOPLE, f"the sqlite3 shell imported {got} rows, not {PEOPLE}"
    return took


class _Recording(sqlite3.Connection):
    """A connection that keeps every statement it is given, with its parameters (floor (a))."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.log: list[tuple[str, str, object]] = []

    def execute(self, sql, parameters=(), /):
        self.log.append(("one", sql, parameters))
        return super().execute(sql, parameters)

    def executemany(self, sql, rows, /):
        rows = list(rows)
        self.log.append(("many", sql, rows))
        return super().executemany(sql, rows)


_PRAGMAS = ("PRAGMA busy_timeout = 10000", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
            "PRAGMA foreign_keys = ON")      # as frontdesk.store.db.connect sets them


def _open_bare(path: Path, factory=sqlite3.Connection) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), timeout=10, isolation_level=None, factory=factory)
    for pragma in _PRAGMAS:
        conn.execute(pragma)
    return conn


def _copy_db(src: Path, dst: Path) -> Path:
    for suffix in ("", "-wal", "-shm"):
        Path(str(dst) + suffix).unlink(missing_ok=True)
    shutil.copyfile(src, dst)
    return dst


def _record_import(empty: Path, workdir: Path, gb: Path) -> list:
    """The statements import_owners issues on a copy of the empty centre, parameters included."""
    import sqlite_utils

    from frontdesk.store import importer, staff
    conn = _open_bare(_copy_db(empty, workdir / "recorded.db"), _Recording)
    db = sqlite_utils.Database(conn, execute_plugins=False)
    admin = staff.get(db, "admin")
    conn.log.clear()
    importer.import_owners(db, gb, actor=admin)
    log = conn.log
    conn.close()
    return log


def _replay(log: list, empty: Path, workdir: Path) -> float:
    """Seconds the recorded statements take run bare with sqlite3 on a fresh copy of the same empty centre."""
    conn = _open_bare(_copy_db(empty, workdir / "replayed.db"))
    t0 = time.perf_counter()
    replay_recorded(conn, log)
    took = time.perf_counter() - t0
    people = conn.execute("SELECT count(*) FROM people").fetchone()[0]
    conn.close()
    assert people >= PEOPLE // 2, f"the replay wrote {people} people"
    return took


#: The import makes its own file and centres: `--only import` does not build the cached benchmark centre.
NEEDS_CENTRE = False

#: The issue's target: the import at least 0.2× the speed of the sqlite3 shell's .import, i.e. at most 5× its time.
SPEED_TARGET = 0.2


def _empty_centre(workdir: Path) -> Path:
    """A new centre with its administrator and nothing else, checkpointed (copied for every import)."""
    from frontdesk.store import staff
    from frontdesk.store.db import connect
    path = workdir / "empty-centre.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    db = connect(path)
    staff.init_centre(db, centre="导入测试中心", admin="admin", password="secret12")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


def _fresh_import(workdir: Path, empty: Path, gb: Path, n: int):
    """(seconds, CPU seconds, re-import seconds, result, again) of import_owners into a new centre."""
    from frontdesk.store import importer, staff
    from frontdesk.store.db import connect
    dbfile = _copy_db(empty, workdir / f"import-bench-{n}.db")
    db = connect(dbfile)
    admin = staff.get(db, "admin")
    t0, c0 = time.perf_counter(), time.process_time()
    result = importer.import_owners(db, gb, actor=admin)
    took, cpu = time.perf_counter() - t0, time.process_time() - c0
    t1 = time.perf_counter()
    again = importer.import_owners(db, gb, actor=admin)
    took_again = time.perf_counter() - t1
    db.close()
    for suffix in ("", "-wal", "-shm"):
        Path(str(dbfile) + suffix).unlink(missing_ok=True)
    return took, cpu, took_again, result, again


def run(ctx: dict) -> list[dict]:
    """Time import_owners into a fresh database against the sqlite3 shell's .import of the same file (the
    GB18030 CSV as given, into a plain table), interleaved: rounds of floor, import, re-import; medians."""
    workdir = Path(ctx["workdir"])
    workdir.mkdir(parents=True, exist_ok=True)
    gb = workdir / "owners-40k.csv"
    with open(gb, "w", encoding="gb18030", newline="") as fh:
        csv.writer(fh).writerows([HEADER, *make_rows()])
    from frontdesk.core.names import name_keys
    name_keys("预热")                                 # pypinyin's import is start-up cost, not import cost
    rounds = 1 if ctx.get("quick") else 3
    empty = _empty_centre(workdir)
    log = _record_import(empty, workdir, gb)
    # what the synced rows alone cost (units, people, phones, occupancies with their stamps and indexes, no search
    # keys or trigram rows): the floor of this schema, whatever the import's Python or its search keys do
    rows_only = [s for s in log if "search_keys" not in s[1] and "search_text" not in s[1]]
    floors, took, cpu, again_took, same_sql, rows_sql = [], [], [], [], [], []
    for n in range(rounds):
        floor = _sqlite3_import(gb, workdir)
        if floor is not None:
            floors.append(floor)
        same_sql.append(_replay(log, empty, workdir))
        rows_sql.append(_replay(rows_only, empty, workdir))
        t, c, t2, result, again = _fresh_import(workdir, empty, gb, n)
        assert not result.refused and not again.changed_anything, "the benchmark file must import cleanly"
        took.append(t)
        cpu.append(c)
        again_took.append(t2)
    bare = round(statistics.median(floors), 3) if floors else None
    value = statistics.median(took)
    speed = f"{bare / value:.2f}× the speed of .import" if bare else "no sqlite3 shell: no floor"
    overhead = round(statistics.median(same_sql), 3)
    many = sum(len(p) if k == "many" else 1 for k, _, p in log)
    rows = statistics.median(rows_sql)
    rows_ratio = f" = {rows / bare:.1f}× .import" if bare else ""
    note = (f"(b) = the sqlite3 shell's .import of the same GB18030 file into a plain table; {speed}; "
            f"(a) = the {len(log)} statements import_owners issued ({many:,} rows of parameters) run bare; "
            f"of (a), the synced rows alone (no search keys or trigram rows) {rows:.3f} s{rows_ratio}, the floor "
            f"of the schema; median of {rounds} interleaved round{'s' if rounds > 1 else ''}")
    return [
        {"measure": f"owner import, {PEOPLE:,} people (GB18030, {result.people_added:,} people, "
                    f"{result.units_added:,} units)", "value": round(value, 3), "unit": "s",
         "target": f"≥ {SPEED_TARGET}× .import", "max_ratio": round(1 / SPEED_TARGET, 6), "bare": bare,
         "overhead": overhead,
         "rate": round(PEOPLE / value), "cpu": round(statistics.median(cpu), 3), "note": note},
        {"measure": f"owner re-import, {PEOPLE:,} people (changes nothing)",
         "value": round(statistics.median(again_took), 3), "unit": "s", "target": "", "bare": bare,
         "note": "(b) as above; no target of its own"},
    ]


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        for row in run({"workdir": tmp}):
            ratio = f"  ({row['value'] / row['bare']:.1f}× the sqlite3 shell's .import)" if row.get("bare") else ""
            cpu = f", CPU {row['cpu']} s" if row.get("cpu") else ""
            print(f"{row['measure']}: {row['value']} {row['unit']}{cpu} (target {row['target']}; "
                  f"sqlite3 .import {row.get('bare')} s){ratio}")
