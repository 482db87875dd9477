"""Header aliases, unit-code spellings and line validation of the owner import (no files, no database)."""
import pytest

from frontdesk.core import importing
from frontdesk.core.errors import Invalid
from frontdesk.core.ids import id_check_digit

GOOD_ID = "11010519491231002" + id_check_digit("11010519491231002")


@pytest.mark.parametrize("field,aliases", list(importing.HEADER_ALIASES.items()))
def test_every_alias_maps_to_its_field(field, aliases):
    for a in aliases:
        assert importing.field_for_header(a) == field, a


@pytest.mark.parametrize("header", ["建筑面积(㎡)", "建筑面积（㎡）", " 建筑面积 (m²) ", "\ufeff房号"])
def test_spelled_headers(header):
    assert importing.field_for_header(header) in ("area", "unit")


def test_unknown_header_is_none_and_guess_skips_it():
    assert importing.field_for_header("备注") is None
    m = importing.guess_mapping(["房号", "备注", "姓名", "手机", "联系电话"])
    assert m == {0: "unit", 2: "name", 3: "phone", 4: "phone"}
    assert importing.missing_fields({0: "unit"}) == ["name"]


def test_explicit_mapping_names_columns_and_refuses_unknown():
    assert importing.mapping_from_names(["楼号房", "户主"], {"楼号房": "unit", "户主": "name"}) == {0: "unit", 1: "name"}
    with pytest.raises(Invalid) as e:
        importing.mapping_from_names(["a"], {"b": "unit"})
    assert e.value.field == "mapping"


@pytest.mark.parametrize("spelling", ["3栋2单元1202", "3幢2单元1202室", "3#2-1202", "3-2-1202", "３栋２单元１２０２",
                                      "3-2-1202室", "3号楼2单元1202", "3栋2-1202",
                                      "03-02-1202", "3#楼2单元1202室", "3 栋 2 单元 1202 室",
                                      "3栋-2单元-1202"])
def test_unit_spellings(spelling):
    ln, errors = importing.parse_line(2, [spelling, "张三"], {0: "unit", 1: "name"})
    assert errors == [] and ln.unit == "3-2-1202"


MAP = {0: "unit", 1: "name", 2: "phone", 3: "id_number", 4: "area", 5: "property_type", 6: "relation",
       7: "handover_status"}


def test_good_line_is_normalised():
    ln, errors = importing.parse_line(5, ["1-1-101", " 张 三 ", "138 1234 5678/010-12345678", GOOD_ID.lower(),
                                          "88.50㎡", "商铺", "共有人", "已交付"], MAP)
    assert errors == []
    assert (ln.name, ln.phones, ln.id_number, ln.area) == ("张三", ["13812345678", "010-12345678"], GOOD_ID, 88.5)
    assert (ln.property_type, ln.relation, ln.handover_status) == ("商业", "co_owner", "已交房")


@pytest.mark.parametrize("cells,field", [
    (["1-1-101", "张三", "1381234"], "phone"),
    (["1-1-101", "张三", "", "110105194912310021"], "id_number"),
    (["1-1-101", "", "13812345678"], "name"),
    (["1-1-101", "", "", "", "", "", "业主"], "name"),
    (["1-1-101", "张三", "", "1.10105E+17"], "id_number"),
    (["一栋101", "张三"], "unit"),
    (["1-1-101", "张三", "", "", "", "", "朋友"], "relation"),
    (["1-1-101", "张三", "", "", "大约90"], "area"),
    (["1-1-101", "张三", "", "", "", "车位"], "property_type"),
])
def test_bad_lines_name_the_field(cells, field):
    ln, errors = importing.parse_line(7, cells, MAP)
    assert ln is None
    assert errors[0][0] == field and errors[0][1]


def test_every_bad_field_is_named():
    ln, errors = importing.parse_line(3, ["x", "", "123"], MAP)
    assert [f for f, _ in errors] == ["unit", "name", "phone"]


def test_unit_alone_is_a_vacant_unit():
    ln, errors = importing.parse_line(9, ["5栋1单元102", " ", "", "", "95", "住宅", "", "空置"], MAP)
    assert errors == [] and (ln.unit, ln.name, ln.area, ln.handover_status) == ("5-1-102", "", 95.0, "空置")


def test_excel_scientific_id_says_why():
    _, errors = importing.parse_line(8, ["1-1-101", "张三", "", "1.10105E+17"], MAP)
    assert "Excel" in errors[0][1] and "text" in errors[0][1]


@pytest.mark.parametrize("cell,phones,idn", [
    ("１３９１２３４５６７８", ["13912345678"], None),          # full-width digits
    ("13912345678", ["13912345678"], "'" + GOOD_ID),          # Excel's leading apostrophe
    ("13912345678", ["13912345678"], GOOD_ID + "'"),
    ("13912345678", ["13912345678"], '="' + GOOD_ID + '"'),
    ("\t13912345678", ["13912345678"], "\t" + GOOD_ID),
])
def test_excel_text_tricks_and_full_width_are_cleaned(cell, phones, idn):
    ln, errors = importing.parse_line(4, ["３栋２单元１２０２室", "张　三", cell, idn or ""], MAP)
    assert errors == []
    assert (ln.unit, ln.name, ln.phones, ln.id_number) == ("3-2-1202", "张三", phones, GOOD_ID if idn else None)


@pytest.mark.parametrize("word,code", [("户主", "owner"), ("配偶", "family"), ("子女", "family"),
                                       ("共有人", "co_owner"), ("租户", "tenant"), ("", None)])
def test_relation_words(word, code):
    ln, errors = importing.parse_line(4, ["1-1-101", "张三", "", "", "", "", word], MAP)
    assert errors == [] and ln.relation == code


def test_area_with_square_metre_sign():
    ln, _ = importing.parse_line(4, ["1-1-101", "张三", "", "", "89.5㎡"], MAP)
    assert ln.area == 89.5


@pytest.mark.parametrize("cells,code", [(["3栋", "2单元", "1202"], "3-2-1202"), (["3", "2", "1202室"], "3-2-1202"),
                                        (["03", "02", "0101"], "3-2-101"), (["3#", "2", "3-2-1202"], "3-2-1202")])
def test_unit_over_three_columns(cells, code):
    m = importing.guess_mapping(["楼栋", "单元", "房号", "业主姓名"])
    assert m == {0: "building", 1: "entrance", 2: "unit", 3: "name"}
    ln, errors = importing.parse_line(2, [*cells, "张三"], m)
    assert errors == [] and ln.unit == code


def test_unit_over_columns_without_entrance_is_refused():
    m = importing.guess_mapping(["楼栋", "单元", "房号", "业主姓名"])
    _, errors = importing.parse_line(2, ["3", "", "1202", "张三"], m)
    assert errors[0][0] == "unit" and "entrance" in errors[0][1]


def test_numbered_phone_headers_are_phones():
    assert importing.guess_mapping(["房号", "姓名", "联系电话1", "联系电话2"]) == {0: "unit", 1: "name", 2: "phone",
                                                                                3: "phone"}
    assert importing.field_for_header("备注1") is None


@pytest.mark.parametrize("nothing", ["无", "暂无", "-", "/", "—", "#N/A"])
def test_placeholder_for_nothing_is_empty(nothing):
    ln, errors = importing.parse_line(3, ["1-1-101", "张三", nothing, nothing], MAP)
    assert errors == [] and ln.phones == [] and ln.id_number is None


def test_fifteen_digit_id_becomes_eighteen():
    ln, errors = importing.parse_line(3, ["1-1-101", "张三", "", "110105491231002"], MAP)
    assert errors == [] and ln.id_number == GOOD_ID          # 110105 19 491231002 + check digit
    _, errors = importing.parse_line(3, ["1-1-101", "张三", "", "110105491299002"], MAP)
    assert errors[0][0] == "id_number"                        # no 99th day


@pytest.mark.parametrize("header,field", [("业主电话", "phone"), ("建筑面积㎡", "area"), ("住户类型", "relation"),
                                          ("入住状态", "handover_status"), ("房屋编码", "unit"), ("产权人", "name")])
def test_more_office_headers(header, field):
    assert importing.field_for_header(header) == field


@pytest.mark.parametrize("word,status", [("已入住", "已交房"), ("未入住", "空置"), ("装修", "装修中")])
def test_moved_in_words_are_handover_states(word, status):
    ln, errors = importing.parse_line(2, ["1-1-101", "张三", "", "", "", "", "", word], MAP)
    assert errors == [] and ln.handover_status == status


@pytest.mark.parametrize("word", ["高层", "小高层", "多层住宅", "洋房", "别墅"])
def test_residential_building_kinds_are_residential(word):
    ln, errors = importing.parse_line(2, ["1-1-101", "张三", "", "", "", word], MAP)
    assert errors == [] and ln.property_type == "住宅"


def test_two_names_in_one_cell_are_refused():
    _, errors = importing.parse_line(2, ["1-1-101", "张三、李四"], MAP)
    assert errors[0][0] == "name" and "more than one name" in errors[0][1]


def test_phone_in_scientific_notation_says_excel():
    _, errors = importing.parse_line(2, ["1-1-101", "张三", "1.38123E+10"], MAP)
    assert errors[0][0] == "phone" and "Excel" in errors[0][1]


@pytest.mark.parametrize("text,code", [("阳光花园3栋2单元1202室", "3-2-1202"), ("翠苑3#2-1202", "3-2-1202"),
                                       ("东区3栋2单元1202", None), ("阳光花园二期3栋2单元1202", None)])
def test_estate_name_before_the_unit(text, code):
    ln, errors = importing.parse_line(2, [text, "张三"], MAP)
    assert (ln.unit if ln else None) == code and (errors == []) == bool(code)


@pytest.mark.parametrize("text", ["12栋1801", "12-1801", "12#1801室"])
def test_unit_without_entrance_says_so(text):
    _, errors = importing.parse_line(2, [text, "张三"], MAP)
    assert errors[0][0] == "unit" and "no entrance" in errors[0][1]


@pytest.mark.parametrize("cells,code", [(["1栋", "1单元301"], "1-1-301"), (["2#", "2-1102"], "2-2-1102"),
                                        (["3号楼", "1单元0201室"], "3-1-201")])
def test_unit_over_two_columns_building_then_entrance_and_room(cells, code):
    """楼栋 | 房间号 where the room column holds the entrance too (1栋 | 1单元301): one unit, not a refusal."""
    m = importing.guess_mapping(["楼栋", "房间号", "业主姓名"])
    assert m == {0: "building", 1: "unit", 2: "name"}
    ln, errors = importing.parse_line(4, [*cells, "赵六"], m)
    assert errors == [] and ln.unit == code


def test_the_line_reader_cleans_each_cell_as_clean_cell_does():
    """The reader's quick path for plain ASCII cells gives what clean_cell gives, quotes and spaces included."""
    cells = ["'13812345678", "13812345678'", '="13812345678"', " 88.5 ", "`110105`", '"x"', "=1+1", "  ", "N/A",
             "１３８１２３４５６７８", "\t42\t", "a'b", "18999999999", 13812345678, 88.5]
    for cell in cells:
        one, phones = importing._values([cell, cell], {0: "area", 1: "phone"})
        want = importing.clean_cell(cell)
        assert one["area"] == ("" if want in importing.NOTHING else want), cell
        assert phones == ["" if want in importing.NOTHING | importing.PLACEHOLDERS["phone"] else want], cell
