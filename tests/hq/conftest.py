"""Head-office fixtures: a real PostgreSQL cluster for the session (started here, never skipped), a head office
on each engine, and demo centres exported as signed bundles."""
from __future__ import annotations

import hashlib
import uuid
from pathlib import Path

import pytest

ENGINES = ("sqlite", "postgresql")


@pytest.fixture(scope="session")
def pg_cluster():
    """A throwaway PostgreSQL server on loopback. When it cannot start the tests FAIL: CI must run them."""
    from frontdesk.hq.throwaway import Cluster, ServerFailed
    cluster = Cluster()
    try:
        cluster.start()
    except (ServerFailed, OSError) as e:
        cluster.stop()
        pytest.fail(f"the PostgreSQL server for the head-office tests did not start: {e}", pytrace=False)
    yield cluster
    cluster.stop()


@pytest.fixture(params=ENGINES)
def hq_target(request, tmp_path):
    """A new, empty head-office target: a SQLite file, or a new database on the session's server."""
    if request.param == "sqlite":
        return str(tmp_path / "hq.db")
    return request.getfixturevalue("pg_cluster").create_database(f"hq_{uuid.uuid4().hex[:12]}")


@pytest.fixture
def hq_made(hq_target):
    from frontdesk.hq.centres import init
    made = init(hq_target, "测试集团总部")
    return {**made, "target": hq_target}


def digest(hq) -> str:
    """Every head-office table's rows in key order, hashed: equal digests mean nothing changed."""
    from frontdesk.hq import schema
    h = hashlib.sha256()
    for t in schema.TABLES:
        h.update(t.name.encode())
        for row in hq.execute(f"SELECT * FROM {t.name} ORDER BY {', '.join(t.key)}").fetchall():
            h.update(repr(tuple(row)).encode())
    return h.hexdigest()


class Centre:
    """A demo centre's database (a copy per test): its id and key as `sync` made them, its bundles by
    `frontdesk sync export` and its changes by the command line, as a centre's admin and desk would."""

    def __init__(self, path: Path, name: str):
        from frontdesk.store.changes import local
        from frontdesk.store.db import connect
        from frontdesk.store.staff import resolve_actor
        from frontdesk.sync.identity import key_text
        self.path, self.name = path, name
        db = connect(path)
        self.key_text = key_text(db, resolve_actor(db, None))
        self.centre_id = local(db)["centre_id"]
        db.close()

    def copy(self, folder: Path) -> "Centre":
        """The same centre in another file (same id and key), for a test that changes it."""
        import shutil
        folder.mkdir(parents=True, exist_ok=True)
        dest = folder / self.path.name
        shutil.copy(self.path, dest)
        clone = Centre.__new__(Centre)
        clone.path, clone.name, clone.key_text, clone.centre_id = dest, self.name, self.key_text, self.centre_id
        return clone

    def key_file(self, folder: Path) -> Path:
        p = folder / f"{self.centre_id[:8]}.key"
        p.write_text(self.key_text + "\n", encoding="utf-8")
        return p

    def cli(self, *argv: str) -> None:
        from frontdesk.cli import main
        assert main(["--db", str(self.path), *argv]) == 0, argv

    def export(self, dest: Path, *, full: bool = False) -> Path:
        """`frontdesk sync export`: one bundle of what changed since the last one (or everything)."""
        from frontdesk.store.db import connect
        from frontdesk.sync.export import export
        db = connect(self.path)
        try:
            made = export(db, dest, full=full)
        finally:
            db.close()
        assert made.path is not None
        return Path(made.path)


def forge(bundle: Path, key_text: str | None = None) -> Path:
    """Sign a bundle's manifest again with another key (a forger who has everything but the centre's key)."""
    from frontdesk.sync.bundle import make_key, parse_key, sign
    key = parse_key(key_text or make_key())
    (bundle / "manifest.sig").write_text(sign(key, (bundle / "manifest.json").read_bytes()) + "\n")
    return bundle


def demo_centre(folder: Path, seed: int, units: int = 12) -> Centre:
    """A small demo centre (one year of tickets) made by `frontdesk demo`."""
    from frontdesk.cli import main
    path = folder / f"centre{seed}.db"
    assert main(["--db", str(path), "demo", "--units", str(units), "--years", "1", "--seed", str(seed),
                 "--quiet"]) == 0
    import sqlite3
    # head office passes over the 巡检 rounds (they stay at the centre); a year of them is 80 % of a bundle's
    # rows, written and read again by every test's export: the last month's are kept, so bundles still hold them
    with sqlite3.connect(path) as conn:
        conn.execute("DELETE FROM inspection_results WHERE round_id IN (SELECT id FROM inspection_rounds "
                     "WHERE due_on < date('now', '-30 days'))")
        conn.execute("DELETE FROM inspection_rounds WHERE due_on < date('now', '-30 days')")
        assert conn.execute("SELECT count(*) FROM inspection_results").fetchone()[0] > 100
    conn.close()
    return Centre(path, f"阳光花园{seed}号服务中心")


@pytest.fixture(scope="session")
def demo_centres(tmp_path_factory):
    """Two demo centres, made once for the session (a test that changes or exports one works on a copy)."""
    folder = tmp_path_factory.mktemp("centres")
    return [demo_centre(folder, 11), demo_centre(folder, 12)]
