"""Shipped templates are valid; placeholders are checked; values fill in, missing ones print as blanks."""
import json

import pytest

from frontdesk.core.errors import Invalid
from frontdesk.core.templates import BLANK, fill, placeholders_in, validate_template
from frontdesk.printing.templates import shipped, shipped_names


def test_every_shipped_template_is_valid():
    assert shipped_names("notice") == ["fee-reminder", "handover-reminder", "power-outage", "water-outage",
                                       "free-text"]
    assert set(shipped_names("inspection")) == {"elevator", "fire-safety", "water-supply", "public-lighting",
                                                "patrol", "quality-security", "quality-cleaning",
                                                "quality-greening", "quality-facilities"}
    for kind in ("notice", "complaint-reply", "callback-letter", "survey-form", "inspection"):
        for name in shipped_names(kind):
            t = shipped(kind, name)
            assert t["title"]
            validate_template(kind, t["body"])


def test_inspection_templates_have_sensible_items():
    for name in shipped_names("inspection"):
        data = json.loads(shipped("inspection", name)["body"])
        assert len(data["items"]) >= 6 and all(i["standard"] for i in data["items"])


def test_unknown_placeholder_is_named():
    with pytest.raises(Invalid) as exc:
        validate_template("notice", "尊敬的{owner_name}，{gas_time}停气")
    assert "{gas_time}" in str(exc.value) and "{owner_name}" in str(exc.value)  # named, and the valid ones listed


def test_malformed_braces_are_refused():
    for body in ("停水{", "停水{}", "{start!r}", "{0}"):
        with pytest.raises(Invalid):
            validate_template("notice", body)
    assert placeholders_in("{{不是占位符}} {unit}") == ["unit"]


def test_inspection_template_must_be_json_with_items():
    with pytest.raises(Invalid):
        validate_template("inspection", "not json")
    with pytest.raises(Invalid):
        validate_template("inspection", json.dumps({"title": "x", "items": []}))


def test_fill_leaves_blanks_for_missing_values():
    assert fill("因{reason}于{start}停水", {"reason": "检修", "start": ""}) == f"因检修于{BLANK}停水"
