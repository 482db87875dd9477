"""Admin reference data: categories per type and the holiday table that replaces the official one."""
import datetime as dt

import pytest

from frontdesk.core.errors import Invalid, Refused
from frontdesk.store import audit, reference, settings


def test_add_and_remove_category(centre):
    db, admin = centre["db"], centre["admin"]
    reference.add_category(db, admin, "repair", "燃气")
    assert "燃气" in settings.categories(db)["repair"]
    assert {"type": "repair", "name": "燃气", "builtin": False} in reference.list_categories(db, "repair")
    with pytest.raises(Refused):
        reference.add_category(db, admin, "repair", "燃气")
    with pytest.raises(Refused):
        reference.add_category(db, admin, "repair", "水电")
    with pytest.raises(Invalid):
        reference.add_category(db, admin, "nonsense", "x")
    reference.remove_category(db, admin, "repair", "燃气")
    assert "燃气" not in settings.categories(db)["repair"]
    reference.add_category(db, admin, "repair", "燃气")          # comes back
    assert "燃气" in settings.categories(db)["repair"]
    with pytest.raises(Refused):
        reference.remove_category(db, admin, "repair", "水电")
    assert len(audit.rows(db, action="add_category")) == 2
    assert len(audit.rows(db, action="remove_category")) == 1


def test_admin_table_replaces_official_for_its_year(centre):
    db, admin = centre["db"], centre["admin"]
    assert reference.year_days(db, 2026)["source"] == "official"
    assert not settings.calendar(db).is_workday(dt.date(2026, 10, 1))      # National Day, official
    reference.set_day(db, admin, "2026-03-02", "holiday", "中心自定")
    table = reference.year_days(db, 2026)
    assert table["source"] == "admin" and [d["date"] for d in table["days"]] == ["2026-03-02"]
    cal = settings.calendar(db)
    assert not cal.is_workday(dt.date(2026, 3, 2))
    assert cal.is_workday(dt.date(2026, 10, 1))                 # the official table no longer applies
    assert reference.admin_years(db) == {2026}
    reference.remove_day(db, admin, "2026-03-02")
    assert reference.year_days(db, 2026)["source"] == "official"
    with pytest.raises(Invalid):
        reference.remove_day(db, admin, "2026-03-02")
    with pytest.raises(Invalid):
        reference.set_day(db, admin, "2026-13-01", "holiday")


def test_copy_official_then_makeup_workday(centre):
    db, admin = centre["db"], centre["admin"]
    n = reference.copy_official(db, admin, 2026)
    table = reference.year_days(db, 2026)
    assert table["source"] == "admin" and len(table["days"]) == n > 10
    saturday = dt.date(2026, 3, 7)
    reference.set_day(db, admin, saturday, "workday", "调休")
    cal = settings.calendar(db)
    assert cal.is_workday(saturday) and not cal.is_workday(dt.date(2026, 10, 1))
    assert audit.rows(db, action="copy_official_holidays")[0]["record_id"] is None
    with pytest.raises(Refused):
        reference.copy_official(db, admin, 1990)
