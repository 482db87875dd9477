"""PIPL (issue 13 §9): people who left long ago are anonymised (tickets stay), a person's data is exported on
request; both audited and both refused to a receptionist."""
import datetime as dt
import json

import pytest

from frontdesk.core.errors import Refused
from frontdesk.store import audit, privacy, tickets


def _left(db, person_id, until):
    db.execute("UPDATE occupancies SET until = ? WHERE person_id = ?", [until, person_id])


def test_people_who_left_long_ago_are_anonymised_and_their_tickets_stay(centre):
    db = centre["db"]
    _, gone = centre["units"]["1-1-101"]
    _, recent = centre["units"]["1-1-102"]
    t = tickets.create(db, type="repair", category="水电", description="漏水", actor=centre["admin"], unit="1-1-101",
                       contact_phone="13812345678")
    _left(db, gone["id"], "2019-03-01")
    _left(db, recent["id"], "2025-06-01")
    now = dt.datetime(2026, 12, 4, 9, 0)
    assert privacy.apply_retention(db, centre["admin"], years=5, now=now, dry_run=True) == [gone["id"]]
    assert db.execute("SELECT name FROM people WHERE id = ?", [gone["id"]]).fetchone()[0] == "张三丰"
    assert privacy.apply_retention(db, centre["admin"], years=5, now=now) == [gone["id"]]
    row = db.execute("SELECT name, id_number FROM people WHERE id = ?", [gone["id"]]).fetchone()
    assert row == ("已匿名", None)
    assert db.execute("SELECT count(*) FROM phones WHERE person_id = ? AND deleted_at IS NULL",
                      [gone["id"]]).fetchone()[0] == 0
    kept = tickets.get(db, t["number"])
    assert kept["number"] == t["number"] and not db.execute(
        "SELECT contact_phone FROM tickets WHERE number = ?", [t["number"]]).fetchone()[0]
    assert db.execute("SELECT count(*) FROM search_keys WHERE ref_id = ? AND kind = 'phone_rev'",
                      [gone["id"]]).fetchone()[0] == 0
    row = audit.rows(db, action="anonymise")[0]
    assert row["record_id"] == gone["id"] and "张三丰" not in row["detail"]
    assert db.execute("SELECT name FROM people WHERE id = ?", [recent["id"]]).fetchone()[0] == "曾小明"
    assert privacy.apply_retention(db, centre["admin"], years=5, now=now) == []      # once


def test_what_we_hold_export_is_audited_and_complete(centre, tmp_path):
    db = centre["db"]
    _, person = centre["units"]["1-1-101"]
    tickets.create(db, type="complaint", category="收费", description="物业费多收", actor=centre["admin"],
                   unit="1-1-101")
    out = privacy.export_person(db, centre["lead"], person["id"], tmp_path / "zhang.json")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["person"]["name"] == "张三丰" and data["person"]["phones"] == ["13812345678"]
    assert data["units"][0]["code"] == "1-1-101" and data["tickets"][0]["description"] == "物业费多收"
    row = audit.rows(db, action="privacy_export")[0]
    assert row["actor"] == "lead" and row["record_id"] == person["id"]


def test_a_receptionist_may_neither_export_nor_anonymise(centre, tmp_path):
    db = centre["db"]
    _, person = centre["units"]["1-1-101"]
    with pytest.raises(Refused) as caught:
        privacy.export_person(db, centre["desk"], person["id"], tmp_path / "x.json")
    assert caught.value.code == "role" and not (tmp_path / "x.json").exists()
    with pytest.raises(Refused):
        privacy.anonymise(db, centre["desk"], [person["id"]], reason="test")
    with pytest.raises(Refused):
        privacy.set_retention(db, centre["lead"], 5)
