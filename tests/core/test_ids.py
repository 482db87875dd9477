"""ID numbers (GB 11643), phones, masking, unit codes, ticket numbers, pinyin keys."""
import datetime as dt

import pytest

from frontdesk.core import ids, numbers
from frontdesk.core.errors import Invalid
from frontdesk.core.names import name_keys
from frontdesk.core.repeat import find_repeat


def test_gb11643_check_digit():
    assert ids.id_check_digit("11010519491231002") == "X"
    assert ids.valid_id_number("11010519491231002X")
    assert ids.valid_id_number("11010519491231002x")
    assert not ids.valid_id_number("110105194912310021")
    with pytest.raises(Invalid) as err:
        ids.check_id_number("110105194912310021")
    assert err.value.field == "id_number" and "check digit" in str(err.value)


@pytest.mark.parametrize("raw, ok", [("13812345678", True), ("138 1234 5678", True), ("+8613812345678", True),
                                     ("12812345678", False), ("010-62345678", True), ("0755-8888888", True),
                                     ("12345", False)])
def test_phone_validation(raw, ok):
    if ok:
        assert ids.check_phone(raw)
    else:
        with pytest.raises(Invalid):
            ids.check_phone(raw)


def test_masking():
    assert ids.mask_phone("13812345678") == "138****5678"
    assert ids.mask_phone("010-62345678") == "010-****5678"
    assert ids.mask_id("11010519491231002X") == "110105********002X"
    assert ids.mask_phone(None) == "" and ids.mask_id("") == ""


@pytest.mark.parametrize("text", ["3栋2单元1202", "3幢2单元1202室", "3#2-1202", "3-2-1202", " 3 栋 2 单元 1202 ",
                                  "３栋２单元１２０２", "3号楼2单元1202"])
def test_unit_code_spellings(text):
    assert ids.normalize_unit_code(text) == "3-2-1202"


def test_unit_code_prefixes():
    assert ids.unit_code_prefix("3栋") == "3-"
    assert ids.unit_code_prefix("3栋2单元") == "3-2-"
    assert ids.unit_code_prefix("3-2-12") == "3-2-12"
    assert ids.unit_code_prefix("张三") is None


def test_ticket_numbers():
    day = dt.date(2026, 11, 22)
    assert numbers.ticket_number("repair", day, 7) == "BX-20261122-007"
    assert numbers.ticket_number("complaint", day, 1234, "B") == "TS-20261122-B1234"
    assert numbers.terminal_letter(1) == "" and numbers.terminal_letter(2) == "B"
    assert numbers.looks_like_number("bx-2026") and not numbers.looks_like_number("张三")


def test_pinyin_keys_cover_polyphonic_surnames():
    full, initials = name_keys("张三丰")
    assert full == ["zhangsanfeng"] and initials == ["zsf"]
    full, initials = name_keys("曾小明")
    assert "zengxiaoming" in full and "zxm" in initials and "cxm" in initials
    assert "stf" in name_keys("单田芳")[1]


def test_repeat_rule_window_and_category():
    t0 = dt.datetime(2026, 11, 20, 9)
    earlier = [{"type": "complaint", "category": "收费", "received_at": t0 - dt.timedelta(days=29), "number": "a"},
               {"type": "complaint", "category": "收费", "received_at": t0 - dt.timedelta(days=31), "number": "b"},
               {"type": "complaint", "category": "管理服务", "received_at": t0 - dt.timedelta(days=1), "number": "c"},
               {"type": "repair", "category": "收费", "received_at": t0 - dt.timedelta(days=1), "number": "d"}]
    assert find_repeat("complaint", "收费", t0, earlier)["number"] == "a"
    assert find_repeat("repair", "收费", t0, earlier) is None
    assert find_repeat("complaint", "设施设备", t0, earlier) is None


def test_an_ordinary_surname_gets_only_its_common_reading():
    assert name_keys("丁素芬")[1] == ["dsf"]
    assert name_keys("王芳")[0] == ["wangfang"]
