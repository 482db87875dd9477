"""Inspection rounds travel between terminals: a round entered on B (numbered in B's own space) with the repair
ticket it opened arrives on A whole, linked both ways; entering it again on A updates the same round."""
import datetime as dt

from frontdesk.store import inspections, staff
from frontdesk.sync.apply import import_path
from frontdesk.sync.export import export

from .conftest import shared_rows


def _sheet(db, bad: float):
    tpl = inspections.template(db, "water-supply")
    out = []
    for i in tpl["items"]:
        if i["judged"] == "reading":
            out.append({"item": i["name"], "reading": bad if i["name"] == "出水压力" else (i["min"] + i["max"]) / 2})
        else:
            out.append({"item": i["name"], "result": "normal"})
    return out


def test_a_round_and_its_ticket_travel_and_stay_one_round(pair, tmp_path, monkeypatch):
    monkeypatch.setenv("FRONTDESK_NOW", "2026-12-04T16:00:00")
    c, a, b = pair
    desk_b = staff.get(b, "desk1")
    got = inspections.record(b, desk_b, template_name="water-supply", place="生活水泵房", results_in=_sheet(b, 0.9),
                             at=dt.datetime(2026, 12, 4, 9))
    assert got["round"]["number"].startswith("XC-20261204-B") and len(got["opened"]) == 1
    import_path(a, export(b, tmp_path / "f").path)
    assert shared_rows(a)["inspection_rounds"] == shared_rows(b)["inspection_rounds"]
    there = inspections.get_round(a, got["round"]["number"])
    assert there["results"][2]["ticket"] == got["opened"][0]
    ticket_id = a.execute("SELECT id FROM tickets WHERE number = ?", [got["opened"][0]]).fetchone()[0]
    assert inspections.round_of_ticket(a, ticket_id)["number"] == got["round"]["number"]
    again = inspections.record(a, c["desk"], template_name="water-supply", place="生活水泵房",
                               results_in=_sheet(a, 0.95), at=dt.datetime(2026, 12, 4, 9))
    assert again["opened"] == [] and again["round"]["number"] == got["round"]["number"]
    assert a.execute("SELECT count(*) FROM inspection_rounds").fetchone()[0] == 1
