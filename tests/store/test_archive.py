"""The archive's read side: tree and filters, health archive by kind, timeline, export (masked, defused)."""
import csv

import pytest

from frontdesk.core.errors import Refused
from frontdesk.core.ids import id_check_digit
from frontdesk.store import archive, people, tickets, units

ID1 = "11010519491231002" + id_check_digit("11010519491231002")


def test_tree_counts_and_filters(centre):
    db = centre["db"]
    units.add(db, "1-2-201", property_type="商业", handover_status="未交房")
    t = archive.tree(db)
    assert [(b["building"], b["count"]) for b in t] == [(1, 3), (2, 1)]
    assert [(e["entrance"], e["count"], e["types"]) for e in t[0]["entrances"]] == [(1, 2, ["住宅"]), (2, 1, ["商业"])]
    assert sum(b["count"] for b in archive.tree(db, archive.Filters(property_type="商业"))) == 1
    assert sum(b["count"] for b in archive.tree(db, archive.Filters(handover_status="未交房"))) == 1
    p = centre["units"]["2-1-301"][1]
    people.update(db, p["id"], actor=centre["admin"], tags=["独居老人"], customer_class="重点")
    only = archive.tree(db, archive.Filters(tag="独居老人"))
    assert [(b["building"], b["count"]) for b in only] == [(2, 1)]
    assert archive.tree(db, archive.Filters(customer_class="重点", tag="独居老人"))[0]["count"] == 1
    assert archive.tree(db, archive.Filters(customer_class="潜在")) == []
    assert [u["code"] for u in archive.units_of(db, 1, 1)] == ["1-1-101", "1-1-102"]
    assert archive.units_of(db, 1, 1)[0]["owner"] == "张三丰"
    assert "独居老人" in archive.known_tags(db)


def test_house_health_groups_repairs_by_kind(centre):
    db = centre["db"]
    for cat in ("土建", "空调", "水电", "电梯"):
        tickets.create(db, type="repair", category=cat, description=f"{cat}问题", actor=centre["desk"], unit="1-1-101")
    tickets.create(db, type="complaint", category="收费", description="收费", actor=centre["desk"], unit="1-1-101")
    health = archive.house_health(db, units.get(db, "1-1-101")["id"])
    assert list(health) == list(archive.HEALTH_KINDS)
    assert [len(health[k]) for k in ("结构", "空调", "水电", "公共设施", "装修")] == [1, 1, 1, 1, 0]
    assert health["结构"][0]["category"] == "土建" and health["结构"][0]["received_at"]


def test_timeline_has_ticket_events_and_prints(centre):
    db = centre["db"]
    t = tickets.create(db, type="repair", category="水电", description="漏水", actor=centre["desk"], unit="1-1-101")
    tickets.add_note(db, t["number"], centre["desk"], "已联系业主")
    uid = units.get(db, "1-1-101")["id"]
    from frontdesk.store.db import sync_columns
    db["printed_documents"].insert({**sync_columns(db), "kind": "work-order", "doc_number": "PD-1", "unit_id": uid,
                                    "ticket_id": t["id"], "at": "2030-01-01T09:00:00", "checksum": "x"})
    line = archive.timeline(db, uid)
    kinds = [x["kind"] for x in line]
    assert kinds[0] == "printed" and "created" in kinds and "note" in kinds
    assert all(x["number"] == t["number"] for x in line)


def test_person_units_and_history(centre):
    db = centre["db"]
    p = centre["units"]["1-1-101"][1]
    tickets.create(db, type="repair", category="水电", description="漏水", actor=centre["desk"], unit="1-1-101")
    assert archive.person_units(db, p["id"])[0]["code"] == "1-1-101"
    h = archive.person_history(db, p["id"])
    assert len(h) == 1 and h[0]["unit"] == "1-1-101"
    occ = archive.occupants(db, units.get(db, "1-1-101")["id"])
    assert occ[0]["name"] == "张三丰" and occ[0]["phone"] == "138****5678"


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_export_masked_by_default_unmasked_for_leads(centre, tmp_path, fmt):
    db = centre["db"]
    p = centre["units"]["1-1-101"][1]
    people.update(db, p["id"], actor=centre["admin"], id_number=ID1, notes="x")
    people.update(db, centre["units"]["1-1-102"][1]["id"], actor=centre["admin"], name="=HYPERLINK(1)")
    out = tmp_path / f"a.{fmt}"
    assert archive.export_archive(db, out, fmt, actor=centre["desk"]) == 3
    rows = _read(out, fmt)
    assert rows[0][:3] == ["房号", "楼栋", "单元"]
    first = rows[1]
    assert first[0] == "1-1-101" and first[9] == "138****5678" and first[10] == "110105********002X"
    assert rows[2][7] == "'=HYPERLINK(1)"
    with pytest.raises(Refused):
        archive.export_archive(db, out, fmt, unmasked=True, actor=centre["desk"])
    archive.export_archive(db, out, fmt, unmasked=True, actor=centre["lead"])
    rows = _read(out, fmt)
    assert rows[1][9] == "13812345678" and rows[1][10] == ID1
    audit = db.execute("SELECT actor, detail FROM audit WHERE action = 'export' ORDER BY at").fetchall()
    assert [a for a, _ in audit] == ["desk1", "lead"] and '"unmasked": true' in audit[1][1]


def _read(path, fmt):
    if fmt == "csv":
        assert path.read_bytes().startswith(b"\xef\xbb\xbf")
        # as a spreadsheet shows it: ="…" is the text inside (what keeps an ID number from becoming 6.3E+17)
        return [[c[2:-1] if c.startswith('="') and c.endswith('"') else c for c in row]
                for row in csv.reader(path.open(encoding="utf-8-sig"))]
    from openpyxl import load_workbook
    ws = load_workbook(path).active
    rows = [["" if c.value is None else str(c.value) for c in r] for r in ws.iter_rows()]
    assert ws.cell(row=2, column=11).data_type == "s" and ws.cell(row=2, column=11).number_format == "@"
    return rows


def test_filter_plan_reads_people_first(centre):
    """A tag or class filter scans people once and reaches units by index (a per-unit EXISTS took 200+ ms)."""
    where, params = archive.Filters(tag="VIP", customer_class="重点").where()
    plan = " | ".join(r[3] for r in centre["db"].execute(
        f"EXPLAIN QUERY PLAN SELECT u.building, count(*) FROM units u WHERE {where} GROUP BY 1", params))
    assert "SCAN p" in plan and "occupancies_person" in plan
    assert plan.index("SCAN p") < plan.index("occupancies_person")


def test_summary_counts(centre):
    db = centre["db"]
    units.add(db, "3-1-101", property_type="商业", handover_status="空置")
    people.update(db, centre["units"]["1-1-101"][1]["id"], actor=centre["admin"], customer_class="重点", tags=["VIP"])
    s = archive.summary(db)
    assert (s["units"], s["people"], s["key_customers"]) == (4, 3, 1)
    assert s["by_type"] == {"住宅": 3, "商业": 1} and s["by_handover"]["空置"] == 1 and s["tags"] == {"VIP": 1}


def test_unit_ticket_count_counts_past_the_list_limit(centre):
    db = centre["db"]
    for _ in range(3):
        tickets.create(db, type="repair", category="水电", description="漏水", actor=centre["desk"], unit="1-1-101")
    uid = units.get(db, "1-1-101")["id"]
    assert len(archive.unit_tickets(db, uid, limit=2)) == 2 and archive.unit_ticket_count(db, uid) == 3


def test_archive_xlsx_prints_fitted_with_its_header_on_every_page(centre, tmp_path):
    from openpyxl import load_workbook
    out = tmp_path / "a.xlsx"
    archive.export_archive(centre["db"], out, "xlsx", actor=centre["lead"])
    ws = load_workbook(out).active
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 1
    assert ws.print_title_rows == "$1:$1" and "业主档案" in ws.oddHeader.center.text
