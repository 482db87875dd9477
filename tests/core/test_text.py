"""The one rule for stored text (core.text): controls refused naming the field, tabs and line breaks kept where
they mean something, one limit per kind; and stored text made safe for terminals and spreadsheets."""
import csv
import io

import pytest

from frontdesk.core.errors import Invalid
from frontdesk.core.text import KINDS, accept, defusing, first_refused, shown, spreadsheet_cell


@pytest.mark.parametrize("bad", ["a\x01b", "\x1b[31mred", "del\x7f", "王\x00五", "c1\x9b", "rtl\u202eevil",
                                 "lone\udcff"])
def test_control_characters_are_refused_naming_the_field(bad):
    with pytest.raises(Invalid) as err:
        accept("text", bad)
    assert err.value.field == "text" and "U+" in str(err.value)
    with pytest.raises(Invalid) as err:
        accept("name", bad, line=7)
    assert str(err.value).startswith("line 7, name:")


def test_tabs_and_line_breaks_are_kept_in_text_and_flattened_in_one_line_fields():
    assert accept("text", " 一行\r\n二行\r三行\t列 ") == "一行\n二行\n三行\t列"
    assert accept("name", "王\t五\n") == "王 五"
    assert accept("title", "a\u2028b") == "a b"


def test_one_limit_per_kind():
    assert accept("note", "x" * KINDS["text"].limit) == "x" * 4000
    for field in ("note", "text", "handling_text"):
        with pytest.raises(Invalid, match=f"{field}: at most 4,000 characters"):
            accept(field, "x" * 4001)
    with pytest.raises(Invalid, match="name: at most 40"):
        accept("name", "名" * 41)


def test_first_refused_names_the_field_of_a_whole_line():
    assert first_refused({"unit": "1-1-101", "name": "王五"}) is None
    assert first_refused([("unit", "1-1-101"), ("name", "王\x00五")])[0] == "name"


def test_stored_text_is_shown_safely():
    assert shown("a\x1b[31mb\x00c") == "a\ufffd[31mb\ufffdc"
    assert shown("多\n行", multiline=False) == "多 行"
    assert spreadsheet_cell("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert spreadsheet_cell("\t=1") == "'\t=1"
    assert spreadsheet_cell("正常") == "正常" and spreadsheet_cell(None) == ""
    buf = io.StringIO()
    defusing(csv.writer(buf)).writerow(["@SUM(A1)", "-2+3", "ok", 5])
    assert buf.getvalue().strip() == "'@SUM(A1),'-2+3,ok,5"
