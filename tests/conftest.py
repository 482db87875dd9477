"""Fixtures: a fresh database on tmp_path, and a small centre built through the store's own functions."""
from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def db_path(tmp_path, monkeypatch):
    path = tmp_path / "centre.db"
    monkeypatch.setenv("FRONTDESK_DB", str(path))
    monkeypatch.delenv("FRONTDESK_USER", raising=False)
    monkeypatch.delenv("FRONTDESK_NOW", raising=False)
    return path


@pytest.fixture
def db(db_path):
    from frontdesk.store.db import connect
    database = connect(db_path)
    yield database
    database.close()


@pytest.fixture
def centre(db):
    """A small centre: an admin, a receptionist, a supervisor, an engineer, three units with owners."""
    from frontdesk.store import people, staff, units
    admin = staff.init_centre(db, centre="测试花园物业服务中心", admin="admin", password="secret12")
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
    return {"db": db, "admin": admin, "desk": desk, "lead": lead, "eng": eng, "units": made}

