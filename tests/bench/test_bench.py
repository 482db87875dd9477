"""The benchmark runner: percentiles, module discovery, the table, and the README block it replaces."""
from __future__ import annotations

import importlib

import pytest


@pytest.fixture
def runner():
    return importlib.import_module("bench.__main__")


def test_p95_is_the_nearest_rank():
    from bench import p95
    assert p95(range(1, 101)) == 95
    assert p95([3.0]) == 3.0


def test_every_bench_module_has_run(runner):
    names = runner.modules(None)
    assert "bench_store" in names
    for name in names:
        assert callable(importlib.import_module(f"bench.{name}").run)
    assert runner.modules("store") == ["bench_store"]
    assert runner.modules("nothing-like-it") == []


def test_table_marks_a_missed_target(runner):
    from bench import measure
    rows = [measure("board", 120.0, "ms", 100, 10.0, overhead=100.0), measure("search", 1.5, "ms", 30, 0.5)]
    info = {"cpus": 2, "cpu": "x", "memory": "8 GiB", "system": "Linux", "python": "3.11", "sqlite": "3.40"}
    table = runner.markdown(rows, info, {"units": 20000}, quick=False)
    assert "| board | 120 ms **missed** | ≤ 100 ms | 100 ms | 1.2× | 10.0 ms | 12.0× |  |" in table
    assert "| search | 1.50 ms | ≤ 30.0 ms |  |  | 0.50 ms | 3.0× |  |" in table
    assert "MISSED" in runner.line(rows[0]) and "ok" in runner.line(rows[1])


def test_readme_block_replaces_only_the_block(runner, tmp_path):
    readme = tmp_path / "README.md"
    readme.write_text("# x\n\nbefore\n<!-- perf:start -->\nold\n<!-- perf:end -->\nafter\n", encoding="utf-8")
    runner.write_readme(readme, "NEW TABLE\n")
    assert readme.read_text(encoding="utf-8") == \
        "# x\n\nbefore\n<!-- perf:start -->\nNEW TABLE\n<!-- perf:end -->\nafter\n"


def test_check_refuses_a_missing_figure_or_floor(runner):
    """--check (what CI runs) fails on a measure with no figure or a store measure without both floors."""
    from bench import measure
    good = measure("search p95: ticket number", 0.1, "ms", 1, 0.05, overhead=0.08)
    assert runner.incomplete([good]) == []
    no_floor = measure("board: open tickets (p95)", 2.0, "ms", 15, 1.0)
    failed = measure("bench_gui: failed", float("nan"), "", None)
    problems = runner.incomplete([good, no_floor, failed])
    assert len(problems) == 2 and "floor" in problems[0] and "no figure" in problems[1]


def test_capture_and_replay_the_statements_of_a_call(tmp_path):
    """Floor (a) replays exactly what a call issued, parameters expanded, on a bare connection."""
    import sqlite3

    from bench import capture, replay
    conn = sqlite3.connect(tmp_path / "x.db")
    conn.execute("CREATE TABLE t (a, b)")
    conn.execute("INSERT INTO t VALUES (1, 'x''y')")
    stmts = capture(conn, lambda: conn.execute("SELECT b FROM t WHERE a = ?", [1]).fetchall())
    assert stmts == ["SELECT b FROM t WHERE a = 1"]
    replay(sqlite3.connect(tmp_path / "x.db"), stmts)
    # a trigger reports its outer statement again: captured once, so the replay inserts once
    conn.execute("CREATE TABLE log (a)")
    conn.execute("CREATE TRIGGER t_i AFTER INSERT ON t BEGIN INSERT INTO log VALUES (NEW.a); END")
    conn.commit()
    stmts = capture(conn, lambda: (conn.execute("INSERT INTO t VALUES (?, 'z')", [2]), conn.commit()))
    assert stmts.count("INSERT INTO t VALUES (2, 'z')") == 1


def test_a_target_against_the_floor_judges_the_ratio(runner):
    """The owner import's target is a speed against the sqlite3 shell's .import measured in the same run."""
    from bench import measure
    slow = {**measure("owner import", 1.0, "s", "≥ 0.2× .import", 0.1), "max_ratio": 5.0}
    fast = {**measure("owner import", 0.4, "s", "≥ 0.2× .import", 0.1), "max_ratio": 5.0}
    no_floor = {**measure("owner import", 0.4, "s", "≥ 0.2× .import", None), "max_ratio": 5.0}
    assert [runner.verdict(m) for m in (slow, fast, no_floor)] == ["MISSED", "ok", "MISSED"]
    assert "≥ 0.2× .import MISSED" in runner.line(slow) and "10.0×" in runner.line(slow)


def test_the_import_module_runs_without_the_cached_centre(runner):
    """`--only import` makes its own data: it does not build the 1.8 GB centre, and the table says so."""
    import importlib
    assert importlib.import_module("bench.bench_import").NEEDS_CENTRE is False
    info = {"cpus": 2, "cpu": "x", "memory": "8 GiB", "system": "Linux", "python": "3.11", "sqlite": "3.40"}
    assert "no benchmark centre" in runner.markdown([], info, {}, quick=False)
