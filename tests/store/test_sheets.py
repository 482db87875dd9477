"""Reading owner spreadsheets: encodings, the header under title rows, Excel's row numbers, refusals."""
import pytest

from frontdesk.core.errors import Refused
from frontdesk.store import sheets


def test_header_under_title_rows_keeps_file_line_numbers(tmp_path):
    path = tmp_path / "o.csv"
    path.write_bytes("阳光花园业主信息表,,\r\n,,\r\n房号,姓名,电话\r\n1-1-101,张三,13812345678\r\n".encode("gb18030"))
    headers, lines, used, header_line = sheets.read_table(path)
    assert (headers, header_line, used) == (["房号", "姓名", "电话"], 3, "gb18030")
    assert lines == [(4, ["1-1-101", "张三", "13812345678"])]


def test_header_for_a_mapping_a_person_chose(tmp_path):
    rows = [(1, ["花名册", ""]), (2, ["楼号房", "户主"]), (3, ["1-1-101", "张三"])]
    assert sheets.find_header(rows) == 1
    assert sheets.find_header(rows, {"楼号房": "unit", "户主": "name"}) == 1


@pytest.mark.parametrize("data,encoding", [("房号,姓名".encode("utf-8"), "utf-8"),
                                           (b"\xef\xbb\xbf" + "房号,姓名".encode("utf-8"), "utf-8-sig"),
                                           ("房号,姓名".encode("gb18030"), "gb18030"),
                                           ("房号,姓名".encode("utf-16"), "utf-16")])
def test_decode_each_encoding(data, encoding):
    text, used = sheets.decode(data)
    assert used == encoding and text.lstrip("\ufeff") == "房号,姓名"


def test_excel_number_that_lost_digits_is_shown_as_excel_does():
    assert sheets._cell(1.1010519491231e17) == "1.1010519491231E+17"
    assert sheets._cell(13812345678.0) == "13812345678"


def test_empty_file_refused(tmp_path):
    path = tmp_path / "e.csv"
    path.write_bytes(b"\r\n\r\n")
    with pytest.raises(Refused) as e:
        sheets.read_table(path)
    assert "e.csv" in str(e.value) and "empty" in str(e.value)


def test_two_row_header_under_merged_cells(tmp_path):
    path = tmp_path / "o.csv"
    path.write_bytes("房号,姓名,联系方式,\r\n,,手机,座机\r\n1-1-101,张三,13812345678,0571-88886666\r\n"
                     .encode("gb18030"))
    headers, lines, _, header_line = sheets.read_table(path)
    assert headers == ["房号", "姓名", "手机", "座机"] and header_line == 1
    assert lines == [(3, ["1-1-101", "张三", "13812345678", "0571-88886666"])]
    assert sheets.read_headers(path)[0] == headers
    mapped = {"房号": "unit", "姓名": "name", "手机": "phone", "座机": "phone"}
    assert sheets.read_table(tmp_path / "o.csv", mapping=mapped)[0] == headers


def test_data_line_with_only_a_relation_is_no_second_header():
    assert not sheets._sub_header(["房号", "姓名", "身份"], ["", "", "业主"])
    assert sheets._sub_header(["房号", "姓名", "联系方式"], ["", "", "手机"])
