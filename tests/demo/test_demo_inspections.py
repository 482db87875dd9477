"""The demo centre's year of inspection rounds: believable completion (some missed), findings whose repair tickets
are linked and mostly closed, score sheets per area, and nothing the rules would refuse."""
import datetime as dt
import os

import pytest

NOW = "2026-11-23T10:30:00"


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from frontdesk.demo import build
    from frontdesk.store.db import connect
    old = os.environ.get("FRONTDESK_NOW")
    os.environ["FRONTDESK_NOW"] = NOW
    try:
        db = connect(tmp_path_factory.mktemp("demo") / "centre.db")
        summary = build(db, units=80, years=1, seed=5)
        yield db, summary
        db.close()
    finally:
        if old is None:
            os.environ.pop("FRONTDESK_NOW", None)
        else:
            os.environ["FRONTDESK_NOW"] = old


def test_a_year_of_rounds_mostly_done_some_missed(demo):
    from frontdesk.store import inspection_history
    db, summary = demo
    assert summary["inspection_rounds"] > 300
    first = db.execute("SELECT min(due_on) FROM inspection_rounds").fetchone()[0]
    assert first <= "2025-12-01"
    for month in ("2026-03", "2026-08", "2026-10"):
        got = inspection_history.month_completion(db, month, today=dt.date(2026, 11, 23))
        assert 0.9 < got["done"] / got["due"] < 1.0 and got["missed_rounds"]


def test_findings_became_linked_repair_tickets_mostly_closed(demo):
    from frontdesk.store import inspections
    db, summary = demo
    rows = db.execute("SELECT r.ticket_id, o.number, t.status, t.channel, t.place FROM inspection_results r "
                      "JOIN inspection_rounds o ON o.id = r.round_id JOIN tickets t ON t.id = r.ticket_id").fetchall()
    assert len(rows) == summary["inspection_tickets"] > 3
    assert all(ch == "patrol" and place == "common" for _, _, _, ch, place in rows)
    assert sum(status == "closed" for _, _, status, _, _ in rows) >= len(rows) * 0.7
    for ticket_id, number, *_ in rows[:5]:
        assert inspections.round_of_ticket(db, ticket_id)["number"] == number
        desc = db.execute("SELECT description FROM tickets WHERE id = ?", [ticket_id]).fetchone()[0]
        assert number in desc


def test_score_sheets_per_area_and_the_results_pass_the_rules(demo):
    from frontdesk.core import inspections as rules
    from frontdesk.store import inspection_history, inspections
    db, _ = demo
    scores = inspection_history.area_scores(db, "2026-10", months=6)
    for area in rules.AREAS:
        known = [v for v in scores["areas"][area] if v is not None]
        assert len(known) >= 5 and all(60 <= v <= 100 for v in known)     # a month's two sheets may both be missed
    r = inspections.get_round(db, db.execute("SELECT number FROM inspection_rounds WHERE template = 'water-supply' "
                                             "ORDER BY due_on DESC LIMIT 1").fetchone()[0])
    tpl = inspections.template(db, "water-supply")
    rules.check_results(tpl, [{"item": x["item"], "result": x["result"], "reading": x["value"],
                               "remark": x["remark"] or "x"} for x in r["results"]])
