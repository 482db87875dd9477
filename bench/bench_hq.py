"""Head office at scale (issue 17): 100 centres' one-year bundles merged into PostgreSQL, rows per second beside a
plain COPY of the same CSV files into bare tables on the same server in the same run, and the group report's time.

The centres are `frontdesk demo` centres of 20–60 units with different seeds, built once and cached with their
bundles in bench/.cache/hq/. The server is a throwaway cluster (frontdesk.hq.throwaway, durability off for
both sides alike). `python -m bench --only hq` or `python bench/bench_hq.py [--quick]` (6 centres)."""
from __future__ import annotations

import concurrent.futures
import json
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CACHE = HERE / ".cache" / "hq"
CENTRES, QUICK_CENTRES = 100, 6


def units_of(i: int) -> int:
    return 20 + (i * 13) % 41                       # 20 … 60 units: different sizes


def _build_one(i: int) -> dict:
    """One demo centre, its key (`sync key --show`) and its full bundle (`sync export --full`), cached."""
    from frontdesk.demo import GENERATOR_VERSION
    seed, units = 1000 + i, units_of(i)
    folder = CACHE / f"g{GENERATOR_VERSION}"
    db = folder / f"centre-{seed}-{units}u.db"
    done = folder / f"centre-{seed}.json"
    if done.exists():                  # the bundle found where this cache is now (work trees link one cache)
        info = json.loads(done.read_text())
        return {**info, "bundle": str(folder / "bundles" / Path(info["bundle"]).name)}
    folder.mkdir(parents=True, exist_ok=True)
    db.unlink(missing_ok=True)

    def frontdesk(*argv: str) -> str:
        return subprocess.run([sys.executable, "-m", "frontdesk", "--db", str(db), *argv], check=True,
                              capture_output=True, text=True, cwd=str(HERE.parent)).stdout.strip()
    frontdesk("demo", "--units", str(units), "--years", "1", "--seed", str(seed), "--quiet")
    key = frontdesk("sync", "key", "--show")
    bundle = frontdesk("sync", "export", "--to", str(folder / "bundles"), "--full").splitlines()[-1]
    from frontdesk.sync.bundle import read_manifest
    info = {"seed": seed, "name": f"第{i + 1:03d}服务中心", "key": key, "bundle": bundle, "units": units,
            "centre_id": read_manifest(bundle)["centre_id"]}
    done.write_text(json.dumps(info, ensure_ascii=False))
    return info


def centres(n: int) -> list[dict]:
    """n cached centres with their bundles (built two at a time when missing)."""
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        return list(pool.map(_build_one, range(n)))


def bare_copy(url: str, made: list[dict], tables: tuple[str, ...], keyed: bool = False) -> tuple[int, float]:
    """The floor: COPY each bundle's CSV files as they are (server-side CSV parsing) into bare text tables.
    keyed: the tables have a primary key on id (HQ's key without the centre, which the CSVs do not hold), for the
    note only: what keeping rows by their key costs a plain COPY."""
    import psycopg
    from frontdesk.sync.bundle import read_manifest
    rows, seconds = 0, 0.0
    with psycopg.connect(url, autocommit=True) as conn:
        created = set()
        t0 = time.perf_counter()
        for c in made:
            m = read_manifest(c["bundle"])
            for entry in m["tables"]:
                if entry["table"] not in tables:
                    continue
                t = f"bare_{entry['table']}"
                if t not in created:
                    key = ", PRIMARY KEY (id)" if keyed else ""
                    conn.execute(f"CREATE TABLE {t} ({', '.join(f'{col} text' for col in entry['columns'])}{key})")
                    created.add(t)
                with conn.transaction(), conn.cursor() as cur:
                    with cur.copy(f"COPY {t} FROM STDIN (FORMAT csv, HEADER true, NULL '\\N')") as copy:
                        with open(Path(c["bundle"]) / entry["file"], "rb") as f:
                            while chunk := f.read(1 << 20):
                                copy.write(chunk)
                    rows += cur.rowcount
        seconds = time.perf_counter() - t0
    return rows, seconds


def run(ctx: dict) -> list[dict]:
    from bench import measure
    from frontdesk.hq import schema
    from frontdesk.hq.centres import add_centre, init, open_hq
    from frontdesk.hq.merge import merge
    from frontdesk.hq.report import group_report
    from frontdesk.hq.throwaway import Cluster
    n = QUICK_CENTRES if ctx.get("quick") else CENTRES
    t0 = time.perf_counter()
    made = centres(n)
    print(f"hq: {n} centres ready in {time.perf_counter() - t0:.0f} s", file=sys.stderr, flush=True)
    out = []
    with Cluster() as cluster:
        have_cpu = cluster.cpu_seconds() is not None

        def cpu() -> float:                      # this process and the server's: what either side costs
            return (cluster.cpu_seconds() or 0.0) + time.process_time()

        def floor(name: str) -> tuple[int, float, float]:
            target = cluster.create_database(name)
            c0 = cpu()
            rows, seconds = bare_copy(target, made, tuple(schema.MERGED_BY_NAME))
            return rows, seconds, cpu() - c0
        # The floor before the merge (it also brings the files into the page cache for both) and after it; the
        # ratio is to their mean, and in CPU time, which a shared machine's waiting for a core does not change.
        bare_rows, bare_a, bare_cpu_a = floor("bare_before")
        url = cluster.create_database("hq")
        init(url)
        with open_hq(url) as hq:
            for c in made:
                add_centre(hq, c["name"], c["key"])
            t0, c0 = time.perf_counter(), cpu()
            done = merge(hq, [c["bundle"] for c in made])
            merge_s, merge_cpu = time.perf_counter() - t0, cpu() - c0
            _, bare_b, bare_cpu_b = floor("bare_after")
            _, keyed_s = bare_copy(cluster.create_database("bare_keyed"), made, tuple(schema.MERGED_BY_NAME), True)
            t0 = time.perf_counter()
            again = merge(hq, [c["bundle"] for c in made])
            again_s = time.perf_counter() - t0
            newest = hq.scalar("SELECT max(received_at) FROM tickets")
            from frontdesk.core.reports import shift_month
            month = shift_month(newest[:7], -1)
            group_report(hq, month)                     # warm: imports
            t0, cpu0 = time.perf_counter(), time.process_time()
            report = group_report(hq, month)
            report_s, report_cpu = time.perf_counter() - t0, time.process_time() - cpu0
    bare_s, bare_cpu = (bare_a + bare_b) / 2, (bare_cpu_a + bare_cpu_b) / 2
    rate, bare_rate = done["rows"] / merge_s, bare_rows / bare_s
    cpu_note = (f"; in CPU time (this process and the server's) {merge_cpu:.1f} s vs {bare_cpu:.1f} s = "
                f"{merge_cpu / bare_cpu:.2f}×" if bare_cpu > 0 and have_cpu else "")
    out.append(measure(f"hq merge into PostgreSQL, {n} centres' one-year bundles ({done['rows']:,} rows)",
                       bare_rate / rate, "× COPY time", 2.0, 1.0,
                       note=f"{rate:,.0f} rows/s merged (checked, signed, upserted) vs {bare_rate:,.0f} rows/s plain "
                            f"COPY of the same CSVs into bare tables; {merge_s:.1f} s vs {bare_s:.1f} s (the COPY "
                            f"{bare_a:.1f} s before the merge, {bare_b:.1f} s after){cpu_note}; the same COPY into tables "
                            f"with a primary key on id {keyed_s:.1f} s ({merge_s / keyed_s:.2f}×)"))
    out.append(measure("hq merge again (the same bundles: checked, nothing written)", again_s, "s", None,
                       note=f"{len(again['skipped'])} bundles passed over"))
    tickets = sum(c["row"]["intake"] for c in report["centres"])
    out.append(measure(f"hq group report ({month}, {len(report['centres'])} centres)", report_s, "s", 2.0,
                       note=f"{report_cpu:.1f} s of it in this process (the rest: the server, and waiting for a CPU); "
                            f"{tickets:,} intakes in the month; one grouped statement per measure for every centre, "
                            f"from January or last month to the month"))
    return out


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent))
    from bench.__main__ import line
    for m in run({"quick": "--quick" in sys.argv}):
        print(line(m))
