"""Owner import on real files: every encoding, XLSX, bad lines, repeats, re-import, dry run, cancel, rejects."""
import csv
import hashlib

import pytest

from frontdesk.core.errors import Refused
from frontdesk.core.ids import id_check_digit
from frontdesk.store import importer, search

ID1 = "11010519491231002" + id_check_digit("11010519491231002")
ID2 = "44030419850101123" + id_check_digit("44030419850101123")
HEADER = ["房号", "业主姓名", "手机号", "身份证号码", "建筑面积(㎡)", "物业类型", "身份", "交房状态", "备注"]
GOOD = [
    ["3栋2单元1202", "张三", "13812345678", ID1, "88.5", "住宅", "业主", "已交房", "老住户"],
    ["3幢2单元1202室", "李梅", "13812345679", "", "88.5", "住宅", "家属", "", ""],
    ["3#2-1203", "王五", "010-12345678", ID2, "90", "商业", "租户", "未交房", ""],
    ["3-2-1204", "张三", "13812345678", "", "", "", "共有人", "", ""],   # the same 张三, a second unit
]
BAD = [
    ["3-2-1205", "赵六", "1381234", "", "", "", "", "", ""],                       # bad phone
    ["3-2-1206", "钱七", "", "110105194912310021", "", "", "", "", ""],            # bad check digit
    ["3-2-1207", "", "13900000000", "", "", "", "", "", ""],                       # missing name
    ["三栋1207", "孙八", "", "", "", "", "", "", ""],                               # bad unit code
    ["3-2-1208", "周九", "", "", "", "", "朋友", "", ""],                           # unknown relation
]


def write_csv(path, rows, encoding="utf-8"):
    with open(path, "w", encoding=encoding, newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


def write_xlsx(path, rows):
    from openpyxl import Workbook
    wb = Workbook()
    for r in rows:
        wb.active.append(r)
    wb.save(path)
    return path


def checksum(db):
    h = hashlib.sha256()
    for table in ("units", "people", "phones", "occupancies", "search_keys"):
        for row in db.execute(f"SELECT * FROM {table} ORDER BY 1, 2, 3"):
            h.update(repr(row).encode())
    h.update(repr(db.execute("SELECT * FROM search_text ORDER BY rowid").fetchall()).encode())
    return h.hexdigest()


def counts(db):
    return {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("units", "people", "phones", "occupancies", "search_keys", "audit")}


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_each_encoding_imports_the_same(centre, tmp_path, encoding):
    db = centre["db"]
    path = write_csv(tmp_path / "owners.csv", [HEADER, *GOOD, *BAD, GOOD[0]], encoding)
    r = importer.import_owners(db, path, actor=centre["admin"])
    assert r.encoding == encoding
    assert (r.units_added, r.people_added, r.occupancies_added) == (3, 3, 4)
    assert r.duplicate_lines == 1
    assert [(x.line, x.field) for x in r.refused] == [(6, "phone"), (7, "id_number"), (8, "name"), (9, "unit"),
                                                       (10, "relation")]
    z = db.execute("SELECT p.name, u.code, o.relation FROM occupancies o JOIN people p ON p.id = o.person_id "
                   "JOIN units u ON u.id = o.unit_id WHERE p.name = '张三' AND u.code LIKE '3-%' ORDER BY u.code").fetchall()
    assert z == [("张三", "3-2-1202", "owner"), ("张三", "3-2-1204", "co_owner")]
    assert db.execute("SELECT area, property_type, handover_status FROM units WHERE code = '3-2-1203'").fetchone() == \
        (90.0, "商业", "未交房")


def test_xlsx_imports(centre, tmp_path):
    db = centre["db"]
    rows = [HEADER, *GOOD, *BAD]
    rows[1][2] = 13812345678                   # a phone typed as a number in Excel
    r = importer.import_owners(db, write_xlsx(tmp_path / "owners.xlsx", rows), actor=centre["admin"])
    assert r.encoding == "xlsx" and r.people_added == 3 and len(r.refused) == 5
    assert (tmp_path / "owners.rejects.csv").exists()


def test_reimport_changes_nothing(centre, tmp_path):
    db = centre["db"]
    path = write_csv(tmp_path / "owners.csv", [HEADER, *GOOD, *BAD, GOOD[1]], "gb18030")
    importer.import_owners(db, path, actor=centre["admin"])
    before, sums = counts(db), checksum(db)
    r = importer.import_owners(db, path, actor=centre["admin"])
    assert counts(db) == before and checksum(db) == sums
    assert not r.changed_anything and r.people_matched == 3 and r.people_added == 0


def test_existing_person_is_matched_by_name_and_phone_or_id(centre, tmp_path):
    db = centre["db"]
    people_before = counts(db)["people"]
    path = write_csv(tmp_path / "o.csv", [["房号", "姓名", "电话", "身份证"],
                                          ["1-1-101", "张三丰", "13812345678", ID1],   # fixture person: gains an ID
                                          ["9-1-101", "别名", "", ID1]])               # same ID: the same person
    r = importer.import_owners(db, path, actor=centre["admin"])
    assert r.people_added == 0 and r.people_matched == 1 and r.people_changed == 1
    assert counts(db)["people"] == people_before
    assert db.execute("SELECT count(*) FROM occupancies o JOIN units u ON u.id = o.unit_id "
                      "WHERE u.code = '9-1-101'").fetchone()[0] == 1


def test_dry_run_writes_nothing(centre, tmp_path):
    db = centre["db"]
    before, sums = counts(db), checksum(db)
    r = importer.import_owners(db, write_csv(tmp_path / "o.csv", [HEADER, *GOOD, *BAD]), dry_run=True,
                               actor=centre["admin"])
    assert r.dry_run and r.units_added == 3 and r.people_added == 3 and len(r.refused) == 5
    assert counts(db) == before and checksum(db) == sums
    assert r.rejects_path is None and not (tmp_path / "o.rejects.csv").exists()


def test_cancel_midway_leaves_nothing(centre, tmp_path):
    db = centre["db"]
    rows = [HEADER] + [[f"5-1-{100 + i}", f"业主{i}", f"139{i:08d}", "", "", "", "", "", ""] for i in range(5000)]
    path = write_csv(tmp_path / "big.csv", rows)
    before, sums = counts(db), checksum(db)
    calls = {"n": 0}

    def abort():
        calls["n"] += 1
        return calls["n"] > 3            # true once the planning is under way
    with pytest.raises(importer.ImportCancelled):
        importer.import_owners(db, path, actor=centre["admin"], abort=abort)
    assert counts(db) == before and checksum(db) == sums
    assert not db.conn.in_transaction


def test_error_while_writing_rolls_back(centre, tmp_path):
    db = centre["db"]
    before = counts(db)
    path = write_csv(tmp_path / "o.csv", [HEADER, *GOOD])

    def report(f, m=""):
        if m == "writing search keys":
            raise OSError("disk full")
    with pytest.raises(OSError):
        importer.import_owners(db, path, actor=centre["admin"], report=report)
    assert counts(db) == before


def test_rejects_file_corrected_and_imported_again(centre, tmp_path):
    db = centre["db"]
    path = write_csv(tmp_path / "owners.csv", [HEADER, *GOOD, *BAD], "gb18030")
    r = importer.import_owners(db, path, actor=centre["admin"])
    rejects = tmp_path / "owners.rejects.csv"
    assert r.rejects_path == str(rejects)
    assert rejects.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(rejects.open(encoding="utf-8-sig")))
    assert rows[0] == HEADER + ["reason"] and len(rows) == 6
    assert rows[1][-1].startswith("line 6: phone:")
    for row in rows[1:]:
        row[2] = "13812340000" if row[2] == "1381234" else row[2]
        row[3] = "" if row[3] == '="110105194912310021"' else row[3]      # a spreadsheet shows the digits
        row[1] = row[1] or "吴十"
        row[0] = "3-2-1207" if row[0] == "三栋1207" else row[0]
        row[6] = "租户" if row[6] == "朋友" else row[6]
    write_csv(rejects, rows, "utf-8-sig")
    r2 = importer.import_owners(db, rejects, actor=centre["admin"])
    assert r2.refused == [] and r2.people_added == 5 and r2.units_added == 4


def test_explicit_mapping(centre, tmp_path):
    db = centre["db"]
    path = write_csv(tmp_path / "o.csv", [["楼房", "户主", "号码"], ["7-1-701", "陈一", "13700000001"]])
    with pytest.raises(Refused) as e:
        importer.import_owners(db, path, actor=centre["admin"])
    assert "房号" in str(e.value) and "o.csv" in str(e.value)
    r = importer.import_owners(db, path, actor=centre["admin"], mapping={"楼房": "unit", "户主": "name", "号码": "phone"})
    assert r.people_added == 1


def test_unreadable_file_is_refused_naming_it(centre, tmp_path):
    path = tmp_path / "junk.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(Refused) as e:
        importer.import_owners(centre["db"], path, actor=centre["admin"])
    assert "junk.xlsx" in str(e.value)
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"\xff\xfe\x00\x00\x81" * 3)
    with pytest.raises(Refused):
        importer.import_owners(centre["db"], bad, encoding="utf-8", actor=centre["admin"])


def test_new_people_are_searchable(centre, tmp_path):
    db = centre["db"]
    importer.import_owners(db, write_csv(tmp_path / "o.csv", [HEADER, *GOOD]), actor=centre["admin"])
    assert any(h["label"] == "王五" for h in search.find(db, "王五"))
    assert any(h["label"] == "王五" for h in search.find(db, "ww"))
    assert any(h["label"] == "王五" for h in search.find(db, "5678"))
    assert any(h["label"] == "3-2-1203" for h in search.find(db, "3-2-1203"))


def test_import_is_audited_once(centre, tmp_path):
    db = centre["db"]
    importer.import_owners(db, write_csv(tmp_path / "o.csv", [HEADER, *GOOD]), actor=centre["admin"])
    rows = db.execute("SELECT actor, detail FROM audit WHERE action = 'import'").fetchall()
    assert len(rows) == 1 and rows[0][0] == "admin" and '"people_added": 3' in rows[0][1]


def test_unit_named_twice_with_other_values_reimports_unchanged(centre, tmp_path):
    db = centre["db"]
    path = write_csv(tmp_path / "o.csv", [["房号", "姓名", "电话", "面积", "身份"],
                                          ["6-1-101", "甲", "13700000001", "80", "业主"],
                                          ["6-1-101", "乙", "13700000002", "81", "租户"],
                                          ["6-1-101", "甲", "", "", "家属"]])
    r = importer.import_owners(db, path, actor=centre["admin"])
    assert (r.units_added, r.people_added, r.occupancies_added) == (1, 2, 2)
    assert db.execute("SELECT area FROM units WHERE code = '6-1-101'").fetchone()[0] == 81.0
    sums = checksum(db)
    again = importer.import_owners(db, path, actor=centre["admin"])
    assert not again.changed_anything and checksum(db) == sums


def test_phone_written_differently_is_the_same_phone(centre, tmp_path):
    db = centre["db"]
    from frontdesk.store import people
    p = people.add(db, "陶渊明", phones=["010-12345678"])
    r = importer.import_owners(db, write_csv(tmp_path / "o.csv", [["房号", "姓名", "电话"],
                                                                  ["9-9-909", "陶渊明", "01012345678"]]),
                               actor=centre["admin"])
    assert r.people_added == 0 and r.people_matched == 1 and r.people_changed == 0
    assert people.get(db, p["id"])["phones"] == ["010-12345678"]


def test_title_rows_above_the_header_keep_real_line_numbers(centre, tmp_path):
    db = centre["db"]
    rows = [["阳光花园业主信息表", "", "", "", ""], ["", "", "", "", ""],
            ["序号", "房号", "业主姓名", "联系电话", "身份"],
            ["1", "3栋2单元1202室", "张伟", "13812345678/13987654321", "业主"],
            ["2", "3#2-1203", "李娜", "1381234", "业主"],                  # line 5: bad phone
            ["", "", "", "", ""],
            ["3", "03-02-1204", "赵磊", "", "户主"],
            ["4", "3-2-1205", "", "", ""]]                                # line 8: a vacant unit
    path = tmp_path / "old.csv"
    with open(path, "w", encoding="gb18030", newline="") as fh:
        csv.writer(fh, lineterminator="\r\n").writerows(rows)
    r = importer.import_owners(db, path, actor=centre["admin"])
    assert r.header_line == 3 and [(x.line, x.field) for x in r.refused] == [(5, "phone")]
    assert (r.units_added, r.people_added, r.units_only) == (3, 2, 1)
    assert db.execute("SELECT count(*) FROM occupancies o JOIN units u ON u.id = o.unit_id "
                      "WHERE u.code = '3-2-1205'").fetchone()[0] == 0
    assert importer.read_headers(path)[0][:3] == ["序号", "房号", "业主姓名"]


def test_xlsx_title_cells_second_sheet_numeric_cells(centre, tmp_path):
    from openpyxl import Workbook
    wb = Workbook()
    wb.active.append(["请按下表格式填写"])
    ws = wb.create_sheet("业主信息")
    ws.merge_cells("A1:E1")
    ws["A1"] = "二期业主花名册"
    ws.append(["房屋编号", "客户姓名", "手机", "证件号码", "交房日期"])                 # row 2
    ws.append(["1#1-101", "马云飞", 13712345670, ID1, None])
    ws.append(["1#1-102", "林静", 13812345680.0, 1.1010519491231e17, None])           # row 4: ID as a number
    path = tmp_path / "花名册.xlsx"
    wb.save(path)
    r = importer.import_owners(centre["db"], path, actor=centre["admin"])
    assert r.header_line == 2 and [(x.line, x.field) for x in r.refused] == [(4, "id_number")]
    assert "Excel" in r.refused[0].reason
    assert centre["db"].execute("SELECT count(*) FROM phones WHERE phone = '13712345670'").fetchone()[0] == 1


@pytest.mark.parametrize("data,words", [
    (b"", "empty"), (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"), (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00", ".xls"),
    ("房号,姓名\n".encode("utf-16-le"), "NUL")])
def test_files_that_are_not_spreadsheets_are_refused_clearly(centre, tmp_path, data, words):
    path = tmp_path / "owners.csv"
    path.write_bytes(data)
    with pytest.raises(Refused) as e:
        importer.import_owners(centre["db"], path, actor=centre["admin"])
    assert "owners.csv" in str(e.value) and words in str(e.value)


def test_utf16_with_bom_and_a_huge_cell(centre, tmp_path):
    path = tmp_path / "o.txt"
    path.write_bytes(("房号\t姓名\t备注\r\n3-2-1202\t张三\t" + "长" * 200000 + "\r\n").encode("utf-16"))
    r = importer.import_owners(centre["db"], path, actor=centre["admin"])
    assert r.encoding == "utf-16" and r.people_added == 1


def test_blank_relation_keeps_the_relation_on_record(centre, tmp_path):
    db = centre["db"]
    importer.import_owners(db, write_csv(tmp_path / "a.csv", [["房号", "姓名", "电话", "身份"],
                                                               ["6-1-102", "吴敏", "13800002222", "共有人"]]),
                           actor=centre["admin"])
    r = importer.import_owners(db, write_csv(tmp_path / "b.csv", [["房号", "姓名", "电话", "面积"],
                                                                   ["6-1-102", "吴敏", "13800002222", "80"]]),
                               actor=centre["admin"])
    assert r.occupancies_changed == 0 and r.units_changed == 1
    assert db.execute("SELECT relation FROM occupancies o JOIN units u ON u.id = o.unit_id "
                      "WHERE u.code = '6-1-102'").fetchone()[0] == "co_owner"


def test_rejects_file_that_cannot_be_written_keeps_the_import(centre, tmp_path):
    path = write_csv(tmp_path / "o.csv", [HEADER, GOOD[0], BAD[0]])
    (tmp_path / "o.rejects.csv").mkdir()                 # something in the way of the rejects file
    r = importer.import_owners(centre["db"], path, actor=centre["admin"])
    assert r.people_added == 1 and r.rejects_path is None and "o.rejects.csv" in r.rejects_error
    assert any("cannot write the rejects file" in x for x in importer.summary_lines(r))
    assert not (tmp_path / "o.rejects.csv.tmp").exists()


def test_same_id_under_another_name_is_matched_and_said(centre, tmp_path):
    db = centre["db"]
    path = write_csv(tmp_path / "o.csv", [["房号", "姓名", "身份证号"], ["6-1-102", "吴敏", ID2], ["6-1-103", "钱多多", ID2]])
    r = importer.import_owners(db, path, actor=centre["admin"])
    assert r.people_added == 1 and r.matched_by_id_number == [{"line": 3, "name": "钱多多", "on_record": "吴敏"}]
    assert any(x.startswith("line 3: 钱多多 has the ID number of 吴敏") for x in importer.summary_lines(r))


def test_tab_separated_with_a_title_row(centre, tmp_path):
    path = tmp_path / "o.txt"
    path.write_text("阳光花园业主信息表\r\n房号\t姓名\t电话\r\n3栋2单元1202\t张三\t13812340001\r\n", encoding="gb18030")
    r = importer.import_owners(centre["db"], path, actor=centre["admin"])
    assert r.header_line == 2 and r.people_added == 1 and not r.refused


def test_xlsx_header_on_row_three_keeps_excel_row_numbers(centre, tmp_path):
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws["A3"], ws["B3"], ws["C3"] = "房号", "姓名", "电话"
    ws["A4"], ws["B4"], ws["C4"] = "1-1-101", "张三", "13812340002"
    ws["A6"], ws["B6"], ws["C6"] = "1-1-102", "李四", "123"
    wb.save(tmp_path / "gap.xlsx")
    r = importer.import_owners(centre["db"], tmp_path / "gap.xlsx", actor=centre["admin"])
    assert r.header_line == 3 and [x.line for x in r.refused] == [6]


def test_stray_bytes_refuse_their_line_only(centre, tmp_path):
    data = "房号,姓名,电话\r\n1-1-201,张三,13812340011\r\n1-1-202,李四,13812340012\r\n".encode("gb18030")
    path = tmp_path / "stray.csv"
    path.write_bytes(data.replace("李四".encode("gb18030"), b"\x80\xff"))
    r = importer.import_owners(centre["db"], path, actor=centre["admin"])
    assert r.encoding == "gb18030" and r.people_added == 1
    assert [(x.line, x.field) for x in r.refused] == [(3, "name")] and "unreadable" in r.refused[0].reason
    noise = tmp_path / "noise.csv"
    noise.write_bytes(bytes(range(128, 256)) * 20)
    with pytest.raises(Refused):
        importer.import_owners(centre["db"], noise, actor=centre["admin"])


def test_utf8_file_with_one_stray_byte_stays_utf8(centre, tmp_path):
    rows = "房号,姓名,电话\r\n" + "".join(f"1-2-{300 + i},王小{i},138123400{i:02d}\r\n" for i in range(10))
    data = rows.encode("utf-8").replace("王小3".encode("utf-8"), "王".encode("utf-8") + b"\xff3")
    path = tmp_path / "u.csv"
    path.write_bytes(data)
    r = importer.import_owners(centre["db"], path, actor=centre["admin"])
    assert r.encoding == "utf-8" and r.people_added == 9 and [x.line for x in r.refused] == [5]


def test_numbered_template_rows_are_blank_not_refused(centre, tmp_path):
    rows = [["序号", "房号", "姓名", "电话"], ["1", "1-3-101", "张三", "13812340021"], ["2", "", "", ""], ["3", "", "", ""]]
    r = importer.import_owners(centre["db"], write_csv(tmp_path / "t.csv", rows), actor=centre["admin"])
    assert r.lines == 1 and not r.refused and r.people_added == 1


def test_a_peer_systems_template_imports_with_its_codes_and_placeholders(centre, tmp_path):
    """The HC 小区管理系统 asset template: units over three columns, code columns, 18999999999 / 1111…1 for none,
    an instructions sheet first. A tenant is stored as a tenant, an unsold unit as unsold."""
    from openpyxl import Workbook
    wb = Workbook()
    wb.active.append(["说明：房屋类型 110 住宅；业主类型 1001 业主 1002 家庭成员 1003 房屋租客"])
    ws = wb.create_sheet("房屋信息")
    ws.append(["楼栋编号", "单元编号", "房屋编号", "房屋楼层", "房屋类型", "建筑面积", "业主名称", "手机号", "身份证", "业主类型",
               "房屋状态"])
    ws.append(["8", "1", "801", "8", "110", "89.5", "王秀英", "13812349999", ID2, "1001", "2001"])
    ws.append(["8", "1", "801", "8", "110", "89.5", "李建国", "18999999999", "111111111111111111", "1002", "2001"])
    ws.append(["8", "1", "802", "8", "110", "89.5", "赵租客", "13900004321", "111111111111111111", "1003", "2006"])
    ws.append(["9", "1", "101", "1", "120", "120", "", "", "", "", "2002"])
    path = tmp_path / "hc.xlsx"
    wb.save(path)
    r = importer.import_owners(centre["db"], path, actor=centre["admin"])
    assert r.refused == [] and r.people_added == 3 and r.units_added == 3 and r.unmapped == ["房屋楼层"]
    rows = {(code, name): (rel, idn, hs, pt) for code, name, rel, idn, hs, pt in centre["db"].execute(
        "SELECT u.code, p.name, o.relation, p.id_number, u.handover_status, u.property_type FROM units u "
        "LEFT JOIN occupancies o ON o.unit_id = u.id LEFT JOIN people p ON p.id = o.person_id "
        "WHERE u.code IN ('8-1-801', '8-1-802', '9-1-101')")}
    assert rows[("8-1-801", "李建国")] == ("family", None, "已交房", "住宅")
    assert rows[("8-1-802", "赵租客")][0] == "tenant"
    assert rows[("9-1-101", None)][2:] == ("未售", "写字楼")
    assert centre["db"].execute("SELECT count(*) FROM phones WHERE phone = '18999999999'").fetchone()[0] == 0
    assert any("columns not imported: 房屋楼层" in x for x in importer.summary_lines(r))


def test_rejects_keep_id_numbers_and_phones_as_text_through_a_spreadsheet(centre, tmp_path):
    """An 18-digit ID or a phone in NAME.rejects.csv is written ="…" (a spreadsheet keeps it as text, never
    6.32126199109162E+17); formula-looking text is defused; the file imports again as it stands."""
    path = write_csv(tmp_path / "o.csv", [HEADER, ["3-2-1209", "钱七", "13812345678", ID1, "", "", "朋友"],
                                          ["3-2-1210", "=HYPERLINK(\"x\")", "1381234", "", "", "", ""]])
    importer.import_owners(centre["db"], path, actor=centre["admin"])
    rows = list(csv.reader((tmp_path / "o.rejects.csv").open(encoding="utf-8-sig")))
    assert rows[1][2] == '="13812345678"' and rows[1][3] == f'="{ID1}"'
    assert rows[2][1].startswith("'=")
    rows[1][6] = "租户"
    rows[2][1], rows[2][2] = "孙八", "13812340001"
    write_csv(tmp_path / "o.rejects.csv", rows, "utf-8-sig")
    r = importer.import_owners(centre["db"], tmp_path / "o.rejects.csv", actor=centre["admin"])
    assert r.refused == [] and r.people_added == 2
    assert centre["db"].execute("SELECT count(*) FROM people WHERE id_number = ?", [ID1]).fetchone()[0] == 1


def test_import_profiles_are_saved_and_loaded(centre):
    from frontdesk.core.errors import Invalid
    from frontdesk.store import import_profiles
    db = centre["db"]
    import_profiles.save(db, "旧系统", {"号码": "phone"}, {"relation": {"租住": "租户"}}, centre["admin"])
    assert import_profiles.names(db) == ["旧系统"]
    assert import_profiles.load(db, "旧系统") == ({"号码": "phone"}, {"relation": {"租住": "租户"}})
    with pytest.raises(Invalid) as e:
        import_profiles.load(db, "nope")
    assert "旧系统" in str(e.value)
    with pytest.raises(Invalid):
        import_profiles.save(db, "x", {"号码": "colour"}, {}, centre["admin"])
