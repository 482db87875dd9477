"""frontdesk inspection templates | due | record, as docs/architecture.md, The command line and issue 12 say."""
import hashlib
import io
import json

import pytest

from frontdesk.cli import main
from frontdesk.store import people, units
from frontdesk.store.db import connect

LIGHTS = [{"item": "大堂照明", "result": "normal"}, {"item": "楼道声控灯", "count": 1},
          {"item": "电梯厅照明", "result": "normal"}, {"item": "道路路灯", "count": 0},
          {"item": "地下车库照明", "count": 0}, {"item": "景观灯", "result": "normal"},
          {"item": "时控开关设置", "result": "normal"}]
PLACE = "楼道、大堂、道路、地下车库"


def digest(path) -> str:
    db = connect(path)
    try:
        return hashlib.sha256("".join(db.conn.iterdump()).encode()).hexdigest()
    finally:
        db.close()


def run(capsys, *args):
    try:
        code = main(list(args))
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def centre(db_path, capsys, monkeypatch):
    """A centre made by `init`, with building 3 (its lift is an inspection place)."""
    monkeypatch.setattr("sys.stdin", io.StringIO("s3cret-pass\n"))
    code, _, err = run(capsys, "init", "--center", "阳光花园物业服务中心", "--admin", "boss", "--password-stdin")
    assert code == 0, err
    db = connect(db_path)
    u = units.add(db, "3-2-1202")
    people.add(db, "张三丰", phones=["13812345678"], unit_id=u["id"])
    db.close()
    monkeypatch.setenv("FRONTDESK_NOW", "2026-12-04T16:00:00")
    return db_path


def results_file(tmp_path, rows, name="r.json"):
    path = tmp_path / name
    path.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    return str(path)


def test_templates_json_names_places_and_items(centre, capsys):
    code, out, _ = run(capsys, "inspection", "templates", "--json")
    assert code == 0
    rows = {t["name"]: t for t in json.loads(out)}
    assert rows["elevator"]["places"] == ["3栋电梯"]
    level = {i["name"]: i for i in rows["elevator"]["items"]}["平层精度"]
    assert (level["judged"], level["unit"], level["min"], level["max"]) == ("reading", "mm", -10, 10)
    assert {i["judged"] for i in rows["public-lighting"]["items"]} == {"normal_abnormal", "count"}
    assert sum(i["weight"] for i in rows["quality-cleaning"]["items"]) == 100
    assert "weight" not in rows["elevator"]["items"][0]
    code, out, _ = run(capsys, "inspection", "templates")
    assert code == 0 and "water-supply" in out


def test_record_prints_the_tickets_it_opened_and_again_opens_none(centre, capsys, tmp_path):
    rows = [dict(r) for r in LIGHTS]
    rows[3] = {"item": "道路路灯", "count": 2, "remark": "西门两盏不亮"}
    f = results_file(tmp_path, rows)
    code, out, err = run(capsys, "inspection", "record", "--template", "public-lighting", "--place", PLACE,
                         "--results", f, "--at", "2026-12-01 20:00", "--inspector", "刘保安")
    assert code == 0, err
    numbers = out.split()
    assert len(numbers) == 1 and numbers[0].startswith("BX-20261201-")
    code, out, _ = run(capsys, "ticket", "show", numbers[0], "--json")
    ticket = json.loads(out)
    assert ticket["channel"] == "patrol" and ticket["place"] == "common" and "西门两盏不亮" in ticket["description"]
    code, out, err = run(capsys, "inspection", "record", "--template", "public-lighting", "--place", PLACE,
                         "--results", f, "--at", "2026-12-01 20:00")
    assert code == 0 and out == "" and "updated" in err
    code, out, _ = run(capsys, "inspection", "due", "--date", "2026-12-04", "--json")
    lighting = [s for s in json.loads(out) if s["template"] == "public-lighting"]
    assert lighting[-1]["state"] == "done" and lighting[-1]["period"] == "2026-11-30"
    assert {"template", "place", "period", "state"} <= set(lighting[-1])


@pytest.mark.parametrize("change, word", [
    ({3: {"item": "路灯", "count": 0}}, "路灯"),
    ({1: {"item": "楼道声控灯", "count": "two"}}, "楼道声控灯"),
    ({0: {"item": "大堂照明", "result": "abnormal"}}, "大堂照明"),
])
def test_a_bad_sheet_is_refused_naming_the_item_and_nothing_is_written(centre, capsys, tmp_path, change, word):
    rows = [dict(r) for r in LIGHTS]
    for i, r in change.items():
        rows[i] = r
    before = digest(centre)
    code, out, err = run(capsys, "inspection", "record", "--template", "public-lighting", "--place", PLACE,
                         "--results", results_file(tmp_path, rows))
    assert code == 1 and out == "" and word in err
    assert digest(centre) == before


def test_usage_and_unknown_names(centre, capsys, tmp_path):
    f = results_file(tmp_path, LIGHTS)
    assert run(capsys, "inspection", "due", "--date", "4 Dec")[0] == 2
    assert run(capsys, "inspection", "record", "--template", "public-lighting", "--place", PLACE,
               "--results", f, "--at", "yesterday")[0] == 2
    code, _, err = run(capsys, "inspection", "record", "--template", "lifts", "--place", PLACE, "--results", f)
    assert code == 1 and "elevator" in err
    code, _, err = run(capsys, "inspection", "record", "--template", "public-lighting", "--place", "大堂",
                       "--results", f)
    assert code == 1 and "大堂" in err and PLACE in err
    code, _, err = run(capsys, "inspection", "record", "--template", "public-lighting", "--place", PLACE,
                       "--results", str(tmp_path / "none.json"))
    assert code == 1 and "none.json" in err


def test_print_inspection_sheet_is_the_round_s_sheet_with_its_number(centre, capsys, tmp_path):
    """`print inspection-sheet` (DESIGN §5) prints the same sheet as `inspection sheet`: the round planned, its
    number as text and QR code, and printing it again the same day keeps the one round."""
    from tests.printing.pdfcheck import assert_all_embedded, pdf_text
    out = tmp_path / "lift.pdf"
    code, printed, err = run(capsys, "print", "inspection-sheet", "--template", "elevator", "--out", str(out))
    assert code == 0, err
    code, due, _ = run(capsys, "inspection", "due", "--json")
    [lift] = [r for r in json.loads(due) if r["template"] == "elevator" and r["number"]]
    assert lift["place"] == "3栋电梯" and lift["number"]
    data = out.read_bytes()
    assert_all_embedded(data, tmp_path)
    assert lift["number"] in pdf_text(data, tmp_path)
    code, _, err = run(capsys, "print", "inspection-sheet", "--template", "elevator", "--out", str(tmp_path / "b.pdf"))
    assert code == 0, err
    assert lift["number"] in pdf_text((tmp_path / "b.pdf").read_bytes(), tmp_path)
    db = connect(centre)
    assert db.execute("SELECT count(*) FROM inspection_rounds WHERE template = 'elevator'").fetchone()[0] == 1
    db.close()


def test_print_inspection_sheet_asks_which_place_when_there_are_several(centre, capsys, tmp_path):
    db = connect(centre)
    units.add(db, "5-1-101")                     # a second building: a second lift
    db.close()
    before = digest(centre)
    code, _, err = run(capsys, "print", "inspection-sheet", "--template", "elevator", "--out", str(tmp_path / "x.pdf"))
    assert code == 1 and "place" in err and "3栋电梯" in err and "5栋电梯" in err
    assert digest(centre) == before and not (tmp_path / "x.pdf").exists()
    code, _, err = run(capsys, "print", "inspection-sheet", "--template", "elevator", "--place", "5栋电梯",
                       "--out", str(tmp_path / "x.pdf"))
    assert code == 0, err
    code, _, err = run(capsys, "print", "notice", "--units", "all", "--place", "5栋电梯", "--out", str(tmp_path / "n.pdf"))
    assert code == 2 and "--place" in err
