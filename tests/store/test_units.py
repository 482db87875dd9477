"""Units: adding, editing with validation, search keys kept current."""
import pytest

from frontdesk.core.errors import Invalid, Refused
from frontdesk.store import search, units


def test_add_and_get_any_spelling(db):
    u = units.add(db, "3栋2单元1202", area=90)
    assert u["code"] == "3-2-1202" and u["floor"] == 12
    assert units.get(db, "3#2-1202")["id"] == u["id"]
    with pytest.raises(Refused):
        units.add(db, "3-2-1202")
    assert any(h["id"] == u["id"] for h in search.find(db, "3-2-12"))


def test_update_validates(db):
    units.add(db, "1-1-101")
    out = units.update(db, "1-1-101", actor=None, area="95.5", property_type="商业", handover_status="装修中")
    assert (out["area"], out["property_type"], out["handover_status"], out["version"]) == (95.5, "商业", "装修中", 2)
    for bad in ({"area": "x"}, {"property_type": "别墅"}, {"handover_status": "?"}):
        with pytest.raises(Invalid) as e:
            units.update(db, "1-1-101", actor=None, **bad)
        assert e.value.field == next(iter(bad))
    assert units.get(db, "1-1-101")["version"] == 2
