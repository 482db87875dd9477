"""core.survey: validation of the ten scores, the index, the satisfied share and the breakdowns."""
from __future__ import annotations

import pytest

from frontdesk.core.errors import Invalid
from frontdesk.core.survey import check_scores, index_of, results, summarise
from frontdesk.core.survey_elements import CODES


def _resp(digits: str, building=1, property_type="住宅"):
    return {"scores": check_scores(digits), "building": building, "property_type": property_type}


def test_scores_from_ten_digits_or_a_mapping():
    assert check_scores("5445354453") == dict(zip(CODES, (5, 4, 4, 5, 3, 5, 4, 4, 5, 3)))
    assert check_scores({c: "3" for c in CODES}) == {c: 3 for c in CODES}


@pytest.mark.parametrize("bad", ["544535445", "54453544536", "5445354450", "544535445x", "6445354453"])
def test_bad_scores_are_refused_naming_the_field(bad):
    with pytest.raises(Invalid) as err:
        check_scores(bad)
    assert err.value.field.startswith("scores")


def test_unknown_or_missing_elements_are_refused():
    with pytest.raises(Invalid):
        check_scores({c: 3 for c in CODES[:-1]})
    with pytest.raises(Invalid):
        check_scores({**{c: 3 for c in CODES}, "price": 2})
    with pytest.raises(Invalid):
        check_scores({**{c: 3 for c in CODES}, "tangibles": True})


def test_index_maps_one_to_zero_and_five_to_hundred():
    assert index_of(1) == 0 and index_of(5) == 100 and index_of(3) == 50 and index_of(None) is None


def test_summary_means_index_and_satisfied_share():
    rows = [_resp("5555555555"), _resp("4444444444"), _resp("3333333334"), _resp("1111111111")]
    got = summarise(rows)
    assert got["responses"] == 4
    means = [sum(r["scores"].values()) / 10 for r in rows]
    assert got["mean"] == pytest.approx(sum(means) / 4)
    assert got["index"] == pytest.approx((sum(means) / 4 - 1) / 4 * 100)
    assert got["satisfied"] == 2 and got["satisfied_share"] == 0.5       # means 5.0 and 4.0; 3.1 is not
    assert got["elements"]["tangibles"] == pytest.approx((5 + 4 + 4 + 1) / 4)


def test_results_break_down_by_property_type_and_building_beside_last_year():
    now = [_resp("5555555555", 1, "住宅"), _resp("3333333333", 2, "商业"), _resp("4444444444", 2, "商业")]
    last = [_resp("2222222222", 1, "住宅"), _resp("4444444444", 3, "写字楼")]
    got = results(now, last)
    by_type = {r["key"]: r for r in got["by_property_type"]}
    assert by_type["商业"]["responses"] == 2 and by_type["商业"]["index"] == pytest.approx(62.5)
    assert by_type["住宅"]["last_index"] == pytest.approx(25.0)
    assert by_type["写字楼"]["responses"] == 0 and by_type["写字楼"]["last_responses"] == 1
    by_building = {r["key"]: r for r in got["by_building"]}
    assert sorted(by_building) == [1, 2, 3]
    assert by_building[2]["satisfied_share"] == 0.5
    assert got["elements"][0]["name"] == "可靠性" and got["elements"][0]["last_mean"] == 3.0
    assert got["overall"]["index"] == pytest.approx(75.0) and got["last"]["index"] == pytest.approx(50.0)


def test_results_of_no_responses_are_empty_not_errors():
    got = results([])
    assert got["overall"]["index"] is None and got["overall"]["satisfied_share"] is None
