"""frontdesk demo on the command line: builds the centre with its logins, adds to an existing one, bad usage."""
from __future__ import annotations

import subprocess
import sys


def _run(*args, env=None):
    return subprocess.run([sys.executable, "-m", "frontdesk", *args], capture_output=True, text=True, env=env,
                          timeout=300)


def test_demo_builds_a_centre_that_passes_check(db_path, monkeypatch):
    import os
    env = {**os.environ, "FRONTDESK_NOW": "2026-11-20T15:00:00"}
    out = _run("--db", str(db_path), "demo", "--units", "40", "--years", "0.5", "--seed", "3", env=env)
    assert out.returncode == 0, out.stderr
    assert "40 units" in out.stdout and "seed 3" in out.stdout
    assert "qiantai1" in out.stdout                        # the logins are named when the centre is new
    check = _run("--db", str(db_path), "check", env=env)
    assert check.returncode == 0 and "ok" in check.stdout.splitlines()[-1]
    listed = _run("--db", str(db_path), "ticket", "list", "--open", "--json", env=env)
    assert listed.returncode == 0 and '"number"' in listed.stdout
    import sqlite3                      # the demo's staff hashed together, yet each with its own salt, full strength
    with sqlite3.connect(db_path) as conn:
        hashes = [h for (h,) in conn.execute("SELECT password_hash FROM staff")]
    conn.close()
    assert len(hashes) == 6 and len(set(hashes)) == 6 and all(h.startswith("scrypt$131072$8$1$") for h in hashes)
    from frontdesk.store import staff
    from frontdesk.store.db import connect
    db = connect(db_path)
    assert staff.authenticate(db, "gongcheng2", "demo1234")["username"] == "gongcheng2"
    db.close()


def test_demo_adds_to_an_existing_centre(db_path, monkeypatch):
    from frontdesk.store import staff
    from frontdesk.store.db import connect
    db = connect(db_path)
    staff.init_centre(db, centre="测试花园物业服务中心", admin="boss", password="secret12")
    db.close()
    assert _run("--db", str(db_path), "demo", "--units", "30", "--years", "0.2", "--seed", "1", "--quiet"
                ).returncode == 0
    assert _run("--db", str(db_path), "demo", "--units", "30", "--years", "0.2", "--seed", "2", "--quiet"
                ).returncode == 0
    db = connect(db_path)
    from frontdesk.store import settings
    assert settings.get(db, "centre_name") == "测试花园物业服务中心"       # the centre stays itself
    names = {s["username"] for s in staff.list_staff(db)}
    assert {"boss", "admin", "zhuguan", "qiantai1", "qiantai2", "gongcheng1", "gongcheng2"} <= names
    listed = {a["username"] for a in settings.get(db, "demo_accounts")}
    assert listed == names - {"boss"}                        # boss keeps a password the demo does not know
    assert db.execute("SELECT count(*) FROM units").fetchone()[0] == 60
    assert db.execute("SELECT count(DISTINCT building) FROM units").fetchone()[0] >= 2
    assert db.execute("SELECT count(*) FROM standard_answers").fetchone()[0] == 21   # not twice
    assert db.execute("SELECT count(*) FROM audit WHERE action = 'demo'").fetchone()[0] == 2


def test_bad_usage_exits_2(db_path):
    out = _run("--db", str(db_path), "demo", "--units", "0")
    assert out.returncode == 2 and "--units" in out.stderr
    out = _run("--db", str(db_path), "demo", "--units", "many")
    assert out.returncode == 2
