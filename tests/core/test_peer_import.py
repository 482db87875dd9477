"""Moving in from another system: ID numbers whose parts are wrong, peer templates' codes and placeholders,
value mappings, the fixed statutory holidays of a year no table covers yet."""
import datetime as dt

import pytest

from frontdesk.core import importing
from frontdesk.core.calendar import WorkCalendar
from frontdesk.core.errors import Invalid
from frontdesk.core.ids import check_id_number, id_check_digit


def with_check(first17: str) -> str:
    return first17 + id_check_digit(first17)


@pytest.mark.parametrize("first17, part", [
    ("11010519990231001", "birth date 1999-02-31"),     # no such day, whatever the check digit says
    ("11010519930229001", "birth date 1993-02-29"),     # not a leap year
    ("11010518891231001", "before 1900"),
    ("11010521000101001", "in the future"),
    ("00000019900101001", "region code 000000"),
    ("99010519900101001", "region code 990105"),
])
def test_id_number_with_a_fitting_check_digit_is_still_refused_naming_the_part(first17, part):
    with pytest.raises(Invalid) as e:
        check_id_number(with_check(first17))
    assert part in str(e.value) and e.value.field == "id_number"


@pytest.mark.parametrize("typed", ["11010519491231002x", " 110105 19491231 002X ", "１１０１０５１９４９１２３１００２Ｘ",
                                   "110105491231002"])
def test_id_number_spellings_the_import_takes_are_taken_everywhere(typed):
    assert check_id_number(typed) == "11010519491231002X"


def test_leap_day_of_a_leap_year_is_a_birth_date():
    assert check_id_number(with_check("11010520000229001"))


HC_HEADERS = ["楼栋编号", "单元编号", "房屋编号", "房屋楼层", "房屋类型", "建筑面积", "业主名称", "手机号", "身份证", "业主类型",
              "房屋状态"]


def parse(cells, values=None):
    mapping = importing.guess_mapping(HC_HEADERS)
    return importing.parse_line(2, cells, mapping, values)


def test_peer_template_headers_are_recognised():
    fields = set(importing.guess_mapping(HC_HEADERS).values())
    assert {"building", "entrance", "unit", "property_type", "area", "name", "phone", "id_number", "relation",
            "handover_status"} <= fields


@pytest.mark.parametrize("relation, stored", [("1001", "owner"), ("1002", "family"), ("1003", "tenant"),
                                              ("1003 房屋租客", "tenant"), ("房屋租客(1003)", "tenant"),
                                              ("1004", "tenant"), ("家庭成员", "family")])
def test_peer_person_codes(relation, stored):
    ln, errors = parse(["3", "2", "1202", "12", "110", "89.5", "王秀英", "13812345678", "", relation, "2001"])
    assert errors == [] and ln.relation == stored and ln.unit == "3-2-1202"


@pytest.mark.parametrize("code, stored", [("2001", "已交房"), ("2002", "未售"), ("2008", "空置"), ("2009", "装修中"),
                                          ("未销售", "未售")])
def test_peer_unit_state_codes(code, stored):
    ln, errors = parse(["5", "1", "101", "1", "120", "120", "", "", "", "", code])
    assert errors == [] and ln.handover_status == stored and ln.property_type == "写字楼" and ln.name == ""


def test_a_code_and_a_word_that_disagree_are_refused_not_guessed():
    ln, errors = parse(["3", "2", "1202", "12", "110", "89.5", "王秀英", "13812345678", "", "1001 租户", "2001"])
    assert ln is None and errors[0][0] == "relation"


def test_documented_placeholders_read_as_nothing_and_the_person_is_imported_without_them():
    ln, errors = parse(["3", "2", "1202", "12", "110", "89.5", "李建国", "18999999999", "111111111111111111",
                        "1002", "2001"])
    assert errors == [] and ln.phones == [] and ln.id_number is None and ln.name == "李建国"


def test_value_mapping_reads_an_office_own_words():
    cells = ["3", "2", "1202", "12", "110", "89.5", "王秀英", "13812345678", "", "租住", "2001"]
    assert parse(cells)[1][0][0] == "relation"
    ln, errors = parse(cells, importing.parse_values(["relation:租住=租户"]))
    assert errors == [] and ln.relation == "tenant"


@pytest.mark.parametrize("spec", ["relation租住=租户", "colour:红=蓝", "relation:=租户"])
def test_bad_value_specs_are_refused_naming_the_spec(spec):
    with pytest.raises(Invalid) as e:
        importing.parse_values([spec])
    assert e.value.field == "values" and spec in str(e.value)


def test_column_mapping_goes_over_the_guess_and_names_what_is_left_out():
    headers = ["房号", "姓名", "手机", "联系电话", "备注"]
    assert importing.guess_mapping(headers)[3] == "phone"
    cols = importing.mapping_from_names(headers, importing.parse_map(["联系电话=-"]))
    assert cols == {0: "unit", 1: "name", 2: "phone"}
    assert importing.unmapped_columns(headers, cols) == ["联系电话", "备注"]
    moved = importing.mapping_from_names(headers, importing.parse_map(["备注=name"]))
    assert moved[4] == "name" and 1 not in moved            # a field taken by a column leaves the guessed one
    with pytest.raises(Invalid) as e:
        importing.parse_map(["备注=colour"])
    assert e.value.field == "map"


def test_a_year_without_a_table_keeps_the_fixed_statutory_holidays():
    cal = WorkCalendar(covered_years=frozenset({2026}))
    assert not cal.is_workday(dt.date(2027, 1, 1))          # a Friday, 元旦
    assert not cal.is_workday(dt.date(2027, 10, 1)) and not cal.is_workday(dt.date(2027, 5, 3 - 1))
    assert cal.is_workday(dt.date(2027, 1, 4))
    assert cal.add_workdays(dt.datetime(2026, 12, 31, 10, 0), 1) == dt.datetime(2027, 1, 4, 10, 0)
    assert cal.is_workday(dt.date(2026, 5, 1)) is True      # a covered year follows its own table only
