"""frontdesk import owners / export archive: output, exit codes, rejects file (docs/architecture.md, The command line)."""
import csv

import pytest

from frontdesk.cli import main


@pytest.fixture
def ready(centre, db_path):
    return centre


def write(path, rows, encoding="gb18030"):
    with open(path, "w", encoding=encoding, newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


def test_import_owners_output_and_rejects(ready, tmp_path, capsys):
    path = write(tmp_path / "老表.csv", [["房号", "姓名", "电话"], ["5栋1单元101", "陈一", "13700000001"],
                                        ["5-1-102", "林二", "123"], ["5栋1单元101", "陈一", "13700000001"]])
    assert main(["import", "owners", str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "dry run" in out and "units: 1 would be added" in out and "line 3: phone:" in out
    assert ready["db"].execute("SELECT count(*) FROM units WHERE code = '5-1-101'").fetchone()[0] == 0
    assert main(["import", "owners", str(path)]) == 0
    out = capsys.readouterr().out
    assert "people: 1 were added" in out and "refused lines: 1" in out and "老表.rejects.csv" in out
    assert (tmp_path / "老表.rejects.csv").exists()
    assert main(["import", "owners", str(path), "--encoding", "gb18030"]) == 0
    assert "units: 0 were added, 0 were changed" in capsys.readouterr().out


@pytest.mark.parametrize("language,header,reason", [(None, "原因", "第 3 行：电话"), ("en", "Reason", "line 3: Phone")])
def test_the_rejects_file_speaks_the_centres_language_as_the_windows_does(ready, tmp_path, capsys, language, header,
                                                                         reason):
    """The desk corrects the rejects file: its reasons in the centre's language (Chinese unless set otherwise),
    in the same words as the import window's."""
    if language:
        from frontdesk.store import settings
        settings.put(ready["db"], "language", language)
    path = write(tmp_path / "老表.csv", [["房号", "姓名", "电话"], ["5-1-101", "陈一", "13700000001"],
                                        ["5-1-102", "林二", "123"], ["5-1-103", "", "13700000003"]])
    from PySide6.QtCore import QCoreApplication
    running = QCoreApplication.instance()
    before = getattr(running, "_frontdesk_language", None)
    assert main(["import", "owners", str(path)]) == 0
    after = QCoreApplication.instance()            # the command leaves no application of its own behind, and
    assert after is running and getattr(after, "_frontdesk_language", None) == before  # a window's language
    with open(tmp_path / "老表.rejects.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["房号", "姓名", "电话", header]
    assert rows[1][-1].startswith(reason), rows
    assert "required" not in rows[2][-1] if language is None else "required" in rows[2][-1], rows


def test_import_exit_codes(ready, tmp_path, capsys):
    assert main(["import", "owners", str(tmp_path / "missing.csv")]) == 1
    assert "missing.csv" in capsys.readouterr().err
    junk = tmp_path / "junk.csv"
    junk.write_text("a,b\n1,2\n", encoding="utf-8")
    assert main(["import", "owners", str(junk)]) == 1
    assert "junk.csv" in capsys.readouterr().err
    with pytest.raises(SystemExit) as e:
        main(["import", "owners", str(junk), "--encoding", "latin1"])
    assert e.value.code == 2


def test_export_archive(ready, tmp_path, capsys):
    out = tmp_path / "a.csv"
    assert main(["export", "archive", "--format", "csv", "--out", str(out)]) == 0
    assert "138****5678" in out.read_text(encoding="utf-8-sig")
    assert main(["export", "archive", "--format", "csv", "--out", str(out), "--unmasked", "--as", "desk1"]) == 1
    assert "supervisor" in capsys.readouterr().err
    assert main(["export", "archive", "--format", "xlsx", "--out", str(tmp_path / "a.xlsx"), "--unmasked",
                 "--as", "lead"]) == 0
    with pytest.raises(SystemExit) as e:
        main(["export", "archive", "--format", "pdf", "--out", str(out)])
    assert e.value.code == 2


@pytest.mark.parametrize("argv,option", [(["import", "owners", "--help"], "--dry-run"),
                                         (["export", "archive", "--help"], "--unmasked")])
def test_help_texts(capsys, argv, option):
    with pytest.raises(SystemExit) as e:
        main(argv)
    out = capsys.readouterr().out
    assert e.value.code == 0 and option in out and "usage: frontdesk" in out


def test_export_archive_xlsx_cells_and_unwritable_place(ready, tmp_path, capsys):
    from openpyxl import load_workbook
    out = tmp_path / "a.xlsx"
    assert main(["export", "archive", "--format", "xlsx", "--out", str(out), "--unmasked", "--as", "lead"]) == 0
    ws = load_workbook(out).active
    row = next(r for r in ws.iter_rows(min_row=2) if r[9].value)
    assert row[9].data_type == "s" and row[4].data_type == "n" and ws.freeze_panes == "A2"
    bad = tmp_path / "no such folder" / "a.csv"
    assert main(["export", "archive", "--format", "csv", "--out", str(bad)]) == 1
    assert "no such folder" in capsys.readouterr().err and not bad.parent.exists()


def test_import_title_row_file_then_reimport_changes_nothing(ready, tmp_path, capsys):
    path = tmp_path / "阳光花园.csv"
    with open(path, "w", encoding="gb18030", newline="") as fh:
        csv.writer(fh, lineterminator="\r\n").writerows([
            ["阳光花园业主信息表", "", "", ""], ["", "", "", ""], ["房号", "业主姓名", "联系电话", "身份"],
            ["5栋1单元101", "陈一", "13700000001", "业主"], ["5#1-101", "陈小一", "", "子女"],
            ["5-1-102", "林二", "123", "业主"], ["5栋1单元101", "陈一", "13700000001", "业主"]])
    assert main(["import", "owners", str(path)]) == 0
    out = capsys.readouterr().out
    assert "header: line 3" in out and "line 6: phone:" in out and "people: 2 were added" in out
    assert main(["import", "owners", str(path)]) == 0
    out = capsys.readouterr().out
    assert "units: 0 were added, 0 were changed" in out and "people: 0 were added" in out


def test_import_refusals_name_the_file(ready, tmp_path, capsys):
    assert main(["import", "owners", str(tmp_path)]) == 1
    assert "a folder, not a file" in capsys.readouterr().err
    gb = write(tmp_path / "gb.csv", [["房号", "姓名"], ["1-1-101", "张三"]])
    assert main(["import", "owners", str(gb), "--encoding", "utf-8"]) == 1
    err = capsys.readouterr().err
    assert "gb.csv" in err and "not utf-8" in err and "Traceback" not in err
    png = tmp_path / "photo.csv"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert main(["import", "owners", str(png)]) == 1
    assert "photo.csv: this is a PNG picture" in capsys.readouterr().err


def test_import_with_column_and_value_mapping_and_a_saved_profile(ready, tmp_path, capsys):
    """--map COLUMN=FIELD, --values FIELD:FROM=TO, --save-profile / --profile: the mapping the wizard offers."""
    path = write(tmp_path / "other.csv", [["房间", "住户", "号码", "关系说明", "楼层"],
                                          ["6栋1单元601", "周九", "13700000009", "租住", "6"]])
    assert main(["import", "owners", str(path), "--dry-run"]) == 1          # no column for the name
    assert "name" in capsys.readouterr().err
    args = ["import", "owners", str(path), "--map", "住户=name", "--map", "号码=phone", "--map", "关系说明=relation",
            "--values", "relation:租住=租户", "--save-profile", "旧系统"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "people: 1 were added" in out and "columns not imported: 楼层" in out and "refused lines: 0" in out
    rel = ready["db"].execute("SELECT o.relation FROM occupancies o JOIN people p ON p.id = o.person_id "
                              "WHERE p.name = '周九'").fetchone()[0]
    assert rel == "tenant"
    path2 = write(tmp_path / "other2.csv", [["房间", "住户", "号码", "关系说明"], ["6栋1单元602", "吴十", "13700000010", "租住"]])
    assert main(["import", "owners", str(path2), "--profile", "旧系统"]) == 0
    assert "people: 1 were added" in capsys.readouterr().out
    assert main(["import", "owners", str(path2), "--profile", "没有"]) == 1
    assert "旧系统" in capsys.readouterr().err
    assert main(["import", "owners", str(path2), "--map", "号码"]) == 2          # bad usage
    assert "COLUMN=FIELD" in capsys.readouterr().err
    assert main(["import", "owners", str(path2), "--values", "relation:a"]) == 2
    assert "FIELD:FROM=TO" in capsys.readouterr().err


def test_a_file_whose_every_line_is_refused_exits_1(ready, tmp_path, capsys):
    path = write(tmp_path / "bad.csv", [["房号", "姓名", "电话"], ["5-1-101", "陈一", "123"], ["5-1-102", "林二", "456"]])
    assert main(["import", "owners", str(path)]) == 1
    assert "refused lines: 2" in capsys.readouterr().out
