"""Head-office fixtures: a real PostgreSQL cluster for the session (started here, never skipped), a head office
on each engine, and demo centres exported as signed bundles."""
from __future__ import annotations

import hashlib
import sqlite3
import uuid
from pathlib import Path

import pytest

ENGINES = ("sqlite", "postgresql")
#: What a centre's bundle carries for these tests: every synced table the reports read, and staff with their
#: password hashes (head office must drop them).
SYNCED = ("staff", "units", "people", "tickets", "ticket_events", "surveys", "survey_responses", "categories")


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
    """A demo centre's database with an id and key of its own, exporting signed bundles like a terminal."""

    def __init__(self, path: Path, name: str):
        from frontdesk.sync.bundle import make_key
        self.path, self.name = path, name
        self.centre_id, self.terminal_id = str(uuid.uuid4()), str(uuid.uuid4())
        self.key_text = make_key()
        self.seq = 0

    def key_file(self, folder: Path) -> Path:
        p = folder / f"{self.centre_id[:8]}.key"
        p.write_text(self.key_text + "\n", encoding="utf-8")
        return p

    def export(self, dest: Path, where: dict[str, str] | None = None, *, key_text: str | None = None) -> Path:
        """One bundle of the rows matching `where` (table -> SQL condition; default every row)."""
        from frontdesk.sync.bundle import parse_key, write_bundle
        self.seq += 1
        conn = sqlite3.connect(self.path)
        tables = {}
        for t in SYNCED:
            cond = (where or {}).get(t, "1")
            cur = conn.execute(f"SELECT * FROM {t} WHERE {cond}")
            tables[t] = ([d[0] for d in cur.description], cur.fetchall())
        conn.close()
        return write_bundle(dest, {"kind": "changes", "centre_id": self.centre_id, "centre_name": self.name,
                                   "terminal_id": self.terminal_id, "terminal_letter": "A", "seq": self.seq,
                                   "changes": {"from": self.seq - 1, "to": self.seq}},
                            tables, None, parse_key(key_text or self.key_text))


def demo_centre(folder: Path, seed: int, units: int = 30) -> Centre:
    """A small demo centre (one year of tickets) made by `frontdesk demo`."""
    from frontdesk.cli import main
    path = folder / f"centre{seed}.db"
    assert main(["--db", str(path), "demo", "--units", str(units), "--years", "1", "--seed", str(seed),
                 "--quiet"]) == 0
    return Centre(path, f"阳光花园{seed}号服务中心")


@pytest.fixture(scope="session")
def demo_centres(tmp_path_factory):
    """Two demo centres, made once for the session (tests copy nothing into them)."""
    folder = tmp_path_factory.mktemp("centres")
    return [demo_centre(folder, 11), demo_centre(folder, 12)]
