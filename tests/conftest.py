"""Fixtures: a fresh database on tmp_path, and a small centre built through the store's own functions."""
from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True, scope="session")
def _hash_each_password_once():
    """Fixtures make dozens of accounts with the same few passwords: hash each password once per session and
    reuse the hash (and remember each verdict), instead of paying scrypt at full strength hundreds of times.
    What the program stores is untouched: each hash is a real N = 2^17 scrypt hash. `real_scrypt` undoes this."""
    from frontdesk.core import passwords
    real = passwords.hash_password, passwords.verify_password
    hashes: dict[str, str] = {}
    verdicts: dict[tuple, bool] = {}

    def hash_once(password: str) -> str:
        if password not in hashes:
            hashes[password] = real[0](password)
        return hashes[password]

    def verify_once(password: str, stored):
        if (password, stored) not in verdicts:
            verdicts[(password, stored)] = real[1](password, stored)
        return verdicts[(password, stored)]

    hash_once.real, verify_once.real = real      # type: ignore[attr-defined]
    passwords.hash_password, passwords.verify_password = hash_once, verify_once
    yield
    passwords.hash_password, passwords.verify_password = real


@pytest.fixture
def real_scrypt(monkeypatch):
    """The program's own hashing, unshared and uncached (for the tests of hashing itself)."""
    from frontdesk.core import passwords
    for name in ("hash_password", "verify_password"):
        monkeypatch.setattr(passwords, name, getattr(getattr(passwords, name), "real", getattr(passwords, name)))
    return passwords


@pytest.fixture
def db_path(tmp_path, monkeypatch):
    path = tmp_path / "centre.db"
    monkeypatch.setenv("FRONTDESK_DB", str(path))
    monkeypatch.delenv("FRONTDESK_USER", raising=False)
    monkeypatch.delenv("FRONTDESK_NOW", raising=False)
    return path


def _build_centre(db) -> dict:
    """A small centre: an admin, a receptionist, a supervisor, an engineer, three units with owners."""
    from frontdesk.store import people, staff, units
    admin = staff.init_centre(db, centre="测试花园物业服务中心", admin="admin", password="secret12")
    from frontdesk.store import settings           # a centre running all year: its rounds owed since January
    settings.put(db, "inspections_since", "2026-01-01")
    desk = staff.create(db, username="desk1", display_name="李前台", role="receptionist", password="secret12",
                        department="客服中心")
    lead = staff.create(db, username="lead", display_name="王主管", role="supervisor", password="secret12",
                        department="客服中心")
    eng = staff.create(db, username="eng1", display_name="赵师傅", role="engineer", password="secret12",
                       department="工程部")
    made = {}
    for code, name, phone in (("1-1-101", "张三丰", "13812345678"), ("1-1-102", "曾小明", "13900001111"),
                              ("2-1-301", "欧阳娜娜", "13700005678")):
        u = units.add(db, code, area=88.5)
        made[code] = (u, people.add(db, name, phones=[phone], unit_id=u["id"]))
    return {"admin": admin, "desk": desk, "lead": lead, "eng": eng, "units": made}


@pytest.fixture(scope="session")
def _templates(tmp_path_factory):
    """The two starting files, made once per session through the store's own functions (migrations, init,
    staff, units), closed, and then copied for each test: a fresh schema (`db`) and the small centre (`centre`).
    Each test still gets its own file; only the 40 ms of migrations and set-up per test are saved."""
    from frontdesk.store.db import connect
    folder = tmp_path_factory.mktemp("templates")
    empty = connect(folder / "empty.db")
    empty.close()
    full = connect(folder / "centre.db")
    made = _build_centre(full)
    full.close()
    for name in ("empty.db", "centre.db"):
        assert not (folder / f"{name}-wal").exists() or (folder / f"{name}-wal").stat().st_size == 0
    return {"empty": folder / "empty.db", "centre": folder / "centre.db", "made": made}


@pytest.fixture
def db(db_path, request, _templates):
    """A database of its own for the test: the small centre's file when the test also asks for `centre`."""
    import shutil

    from frontdesk.store.db import connect
    shutil.copyfile(_templates["centre" if "centre" in request.fixturenames else "empty"], db_path)
    database = connect(db_path)
    yield database
    database.close()


@pytest.fixture
def centre(db, _templates):
    """A small centre: an admin, a receptionist, a supervisor, an engineer, three units with owners."""
    import copy
    return {"db": db, **copy.deepcopy(_templates["made"])}



def content_digest(path) -> str:
    """A digest of everything the database holds (read through SQLite, never by opening the file ourselves)."""
    import hashlib
    import sqlite3
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        h = hashlib.sha256()
        for line in conn.iterdump():
            h.update(line.encode("utf-8", "surrogatepass"))
        return h.hexdigest()
    finally:
        conn.close()


@pytest.fixture
def digest():
    """digest(path): what the database holds, to check a refusal changed nothing."""
    return content_digest
