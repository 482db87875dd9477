"""Every store edge applies core.text's rule; every exporter copes with what older versions let in."""
import csv

import pytest

from frontdesk.core.errors import Invalid
from frontdesk.store import answers, archive, importer, people, staff, tickets


def _new(centre, **kw):
    return tickets.create(centre["db"], **{"type": "repair", "category": "水电", "description": "漏水",
                                           "actor": centre["desk"], "unit": "1-1-101", **kw})


@pytest.mark.parametrize("call, field", [
    (lambda c: _new(c, description="漏水\x1b[2J"), "text"),
    (lambda c: _new(c, place_detail="\x07"), "place_detail"),
    (lambda c: tickets.move(c["db"], _new(c)["number"], "dispatched", c["desk"], note="\x00"), "note"),
    (lambda c: tickets.add_note(c["db"], _new(c)["number"], c["desk"], "a\x7f"), "note"),
    (lambda c: tickets.set_handling_text(c["db"], _new(c)["number"], c["desk"], "\x1b"), "handling"),
    (lambda c: people.add(c["db"], "王\x00五", phones=["13812340000"]), "name"),
    (lambda c: people.update(c["db"], c["units"]["1-1-101"][1]["id"], actor=c["admin"], notes="\x1b"), "notes"),
    (lambda c: staff.create(c["db"], username="x1", display_name="李\x01", role="receptionist",
                            password="secret12"), "display_name"),
    (lambda c: answers.save_answer(c["db"], c["admin"], title="t", body="b\x1b"), "body"),
])
def test_control_characters_are_refused_at_every_edge_and_nothing_changes(centre, db_path, digest, call, field):
    centre["db"].execute("PRAGMA wal_checkpoint(TRUNCATE)")
    if field in ("note", "handling"):
        _new(centre)                # the ticket the call makes first exists before the digest
    before = digest(db_path)
    with pytest.raises(Invalid) as err:
        call(centre) if field not in ("note", "handling") else _refused_on_existing(centre, call, field)
    assert err.value.field == field
    assert digest(db_path) == before


def _refused_on_existing(centre, call, field):
    number = tickets.list_tickets(centre["db"])[0]["number"]
    if field == "handling":
        return tickets.set_handling_text(centre["db"], number, centre["desk"], "\x1b")
    return tickets.add_note(centre["db"], number, centre["desk"], "a\x7f")


def test_a_note_is_held_to_the_same_limit_as_the_text(centre):
    t = _new(centre)
    with pytest.raises(Invalid, match="note: at most 4,000"):
        tickets.move(centre["db"], t["number"], "dispatched", centre["desk"], note="长" * 100_000)
    with pytest.raises(Invalid, match="text: at most 4,000"):
        _new(centre, description="长" * 4001)


def _stored_raw(centre):
    """What an older version let in: control characters written straight into the tables."""
    db = centre["db"]
    t = _new(centre)
    db.execute("UPDATE tickets SET description = ? WHERE id = ?", ["漏水\x01\x1b[31m\x7f =1", t["id"]])
    db.execute("UPDATE people SET name = ? WHERE id = ?", ["=王\x0b五", centre["units"]["1-1-101"][1]["id"]])
    return t


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_the_archive_exports_whatever_is_stored(centre, tmp_path, fmt):
    _stored_raw(centre)
    out = tmp_path / f"a.{fmt}"
    assert archive.export_archive(centre["db"], out, fmt, actor=centre["admin"]) == 3
    if fmt == "xlsx":
        from openpyxl import load_workbook
        cells = [c.value for row in load_workbook(out).active.iter_rows() for c in row]
    else:
        cells = [c for row in csv.reader(open(out, encoding="utf-8-sig")) for c in row]
    assert "'=王\ufffd五" in cells


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "pdf"])
def test_the_daily_log_exports_whatever_is_stored(centre, tmp_path, fmt):
    from frontdesk.services.reports import export_daily_log
    from frontdesk.store.db import local_now
    _stored_raw(centre)
    out = tmp_path / f"d.{fmt}"
    got = export_daily_log(centre["db"], local_now().date(), fmt, out, centre["admin"])
    assert got["rows"] == 1 and out.stat().st_size > 0
    if fmt == "csv":
        text = out.read_text(encoding="utf-8-sig")
        assert "\x1b" not in text and "\x01" not in text and "漏水\ufffd\ufffd[31m\ufffd =1" in text


def test_a_nul_in_an_imported_name_is_refused_naming_the_line():
    """Whatever reader delivers the cells (an XLSX's _x0000_ escape becomes a NUL), the line is refused, named."""
    from frontdesk.core.importing import parse_line
    mapping = {0: "unit", 1: "name", 2: "phone"}
    line, errors = parse_line(3, ["2-1-303", "王\x00五", "13812340002"], mapping)
    assert line is None and errors[0][0] == "name" and "U+0000" in errors[0][1]
    line, errors = parse_line(4, ["2-1-303", "王五", "1381234\x1b0002"], mapping)
    assert line is None and errors[0][0] == "phone"
    assert parse_line(5, ["2-1-303", "王五", "13812340002"], mapping)[0].name == "王五"


def test_rejects_csv_defuses_every_cell(centre, tmp_path):
    path = tmp_path / "owners.csv"
    path.write_text("房号,姓名,手机号\n=1+1,@SUM(A1),-3\n", encoding="utf-8")
    importer.import_owners(centre["db"], path, actor=centre["admin"])
    rows = list(csv.reader(open(tmp_path / "owners.rejects.csv", encoding="utf-8-sig")))
    assert all(not c.startswith(("=", "+", "-", "@")) for row in rows for c in row), rows
