"""store.surveys: the year's survey, validated and audited form entry, results beside last year's."""
from __future__ import annotations

import pytest

from frontdesk.core.errors import Invalid, NotFound, Refused
from frontdesk.store import audit, surveys


def test_create_once_per_year(centre):
    db, a = centre["db"], centre["admin"]
    s = surveys.create(db, 2026, a)
    assert s["year"] == 2026 and "2026" in s["title"]
    with pytest.raises(Refused):
        surveys.create(db, 2026, a)
    with pytest.raises(Invalid):
        surveys.create(db, 1890, a)
    assert [x["year"] for x in surveys.list_surveys(db)] == [2026]
    assert audit.rows(db, record_id=s["id"])[0]["action"] == "create"


def test_enter_validates_and_audits(centre):
    db, a = centre["db"], centre["admin"]
    with pytest.raises(NotFound):
        surveys.enter_response(db, 2026, "1-1-101", "5555555555", a)
    surveys.create(db, 2026, a)
    r = surveys.enter_response(db, 2026, "1栋1单元101", "5445354453", a, comment="电梯常坏")
    assert r["unit"] == "1-1-101" and r["scores"]["reliability"] == 5 and r["scores"]["tangibles"] == 3
    assert audit.rows(db, record_id=r["id"])[0]["action"] == "create"
    with pytest.raises(Refused):                                 # one form per unit a year
        surveys.enter_response(db, 2026, "1-1-101", "5555555555", a)
    with pytest.raises(Invalid) as err:
        surveys.enter_response(db, 2026, "9-9-999", "5555555555", a)
    assert err.value.field == "unit"
    with pytest.raises(Invalid):
        surveys.enter_response(db, 2026, "1-1-102", "5555555556", a)
    rows = surveys.responses(db, 2026)
    assert len(rows) == 1 and rows[0]["comment"] == "电梯常坏" and rows[0]["property_type"] == "住宅"


def test_withdrawn_form_can_be_entered_again(centre):
    db, a = centre["db"], centre["admin"]
    surveys.create(db, 2026, a)
    r = surveys.enter_response(db, 2026, "1-1-101", "1111111111", a)
    surveys.withdraw_response(db, r["id"], a)
    assert surveys.responses(db, 2026) == []
    assert db.execute("SELECT deleted_at IS NOT NULL, version FROM survey_responses WHERE id = ?",
                      [r["id"]]).fetchone() == (1, 2)
    surveys.enter_response(db, 2026, "1-1-101", "5555555555", a)
    assert len(surveys.responses(db, 2026)) == 1


def test_results_beside_last_year(centre):
    db, a = centre["db"], centre["admin"]
    surveys.create(db, 2025, a)
    surveys.create(db, 2026, a)
    surveys.enter_response(db, 2025, "1-1-101", "3333333333", a)
    surveys.enter_response(db, 2026, "1-1-101", "5555555555", a)
    surveys.enter_response(db, 2026, "2-1-301", "3333333333", a)
    res = surveys.results(db, 2026)
    assert res["overall"]["responses"] == 2 and res["overall"]["index"] == pytest.approx(75.0)
    assert res["overall"]["satisfied_share"] == 0.5
    assert res["last"]["index"] == pytest.approx(50.0)
    by_building = {r["key"]: r for r in res["by_building"]}
    assert by_building[1]["index"] == 100 and by_building[1]["last_index"] == 50
    assert by_building[2]["last_responses"] == 0
    assert res["by_property_type"][0]["key"] == "住宅"
