"""Printed documents, document numbers, the units a selection names, and admin-edited templates."""
import datetime as dt

import pytest

from frontdesk.core.errors import Invalid, NotFound
from frontdesk.store import printed, settings, units
from frontdesk.store.archive import Filters


def test_selection_by_prefix_unit_and_filters(centre):
    db = centre["db"]
    units.add(db, "10-1-101", property_type="商业")
    assert [u["code"] for u in printed.select_units(db, "1-")] == ["1-1-101", "1-1-102"]   # not 10-
    assert [u["code"] for u in printed.select_units(db, "1")] == ["1-1-101", "1-1-102"]
    assert printed.select_units(db, "2-1-301")[0]["owner_name"] == "欧阳娜娜"
    assert printed.count_units(db, "all") == 4
    assert printed.count_units(db, "all", Filters(property_type="商业")) == 1
    assert printed.select_units(db, "3栋2单元1202,1-1-101".replace("3栋2单元1202", "2-1-301"))[0]["code"] == "1-1-101"
    with pytest.raises(NotFound):
        printed.select_units(db, "7-")
    with pytest.raises(Invalid):
        printed.parse_selection(" , ")


def test_numbers_carry_the_terminal_letter_and_continue(centre):
    db = centre["db"]
    day = dt.date(2026, 11, 22)
    assert printed.next_numbers(db, "notice", 2, day) == ["TZ-20261122-0001", "TZ-20261122-0002"]
    printed.record(db, centre["desk"], [{"kind": "notice", "doc_number": "TZ-20261122-0002", "checksum": "x"}])
    assert printed.next_numbers(db, "notice", 1, day) == ["TZ-20261122-0003"]
    assert printed.next_numbers(db, "work-order", 1, day) == ["PG-20261122-0001"]
    settings.put(db, "terminal_letter", "B")
    assert printed.next_numbers(db, "notice", 1, day) == ["TZ-20261122-B0001"]
    assert printed.taken(db, ["TZ-20261122-0002", "TZ-20261122-0009"]) == ["TZ-20261122-0002"]


def test_edited_template_saved_updated_and_reset(centre):
    db = centre["db"]
    printed.save_template(db, centre["admin"], "notice", "gas", "停气通知", "{unit}停气")
    again = printed.save_template(db, centre["admin"], "notice", "gas", "停气通知", "{unit}明日停气")
    assert again["body"] == "{unit}明日停气" and printed.edited_names(db, "notice") == ["gas"]
    assert db.execute("SELECT version FROM templates WHERE name = 'gas'").fetchone()[0] == 2
    printed.reset_template(db, centre["admin"], "notice", "gas")
    assert printed.edited_template(db, "notice", "gas") is None


def test_merge_addresses_owner_and_co_owners_never_a_tenant(centre):
    """A unit held by two co-owners is addressed to both; a tenant is not addressed as 业主."""
    from frontdesk.store import people
    db = centre["db"]
    u, _ = centre["units"]["1-1-101"]
    people.add(db, "李娜", phones=["13600001111"], unit_id=u["id"], relation="co_owner")
    t = units.add(db, "3-1-101")
    people.add(db, "租客甲", phones=["13600002222"], unit_id=t["id"], relation="tenant")
    names = {r["code"]: r["owner_name"] for r in printed.select_units(db, "1-1-101,3-1-101")}
    assert names == {"1-1-101": "张三丰、李娜", "3-1-101": None}


def test_selection_typos_are_refused_not_dropped(centre):
    """'1-,abc' printed building 1 and quietly forgot 'abc'; '1-,9-' forgot the missing building 9."""
    db = centre["db"]
    with pytest.raises(Invalid, match="'abc' is not a unit code"):
        printed.select_units(db, "1-,abc")
    with pytest.raises(NotFound, match="9-"):
        printed.select_units(db, "1-,9-")
    assert printed.parse_selection("1栋1单元,2") == ["1-1-", "2-"]
    assert [u["code"] for u in printed.select_units(db, "1栋1单元,2-1-301")] == ["1-1-101", "1-1-102", "2-1-301"]
