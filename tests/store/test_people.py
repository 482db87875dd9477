"""People: editing with validation, reveal (audited, leads only), merge keeping everything of both."""
import pytest

from frontdesk.core.errors import Invalid, Refused
from frontdesk.core.ids import id_check_digit
from frontdesk.store import people, search, tickets

ID1 = "11010519491231002" + id_check_digit("11010519491231002")


def person(centre, code="1-1-101"):
    return centre["units"][code][1]


def test_update_validates_and_keeps_search_current(centre):
    db, p = centre["db"], person(centre)
    out = people.update(db, p["id"], actor=centre["desk"], name="张三峰", phones=["13812345678", "010-66668888"],
                        tags=["独居老人", "VIP"], customer_class="重点", care_needs="行动不便")
    assert out["name"] == "张三峰" and out["phones"] == ["13812345678", "010-66668888"]
    assert out["tags"] == ["独居老人", "VIP"] and out["customer_class"] == "重点"
    assert any(h["id"] == p["id"] for h in search.find(db, "张三峰"))
    assert any(h["id"] == p["id"] for h in search.find(db, "8888"))
    assert db.execute("SELECT count(*) FROM audit WHERE action = 'update' AND record_id = ?", [p["id"]]).fetchone()[0] == 1


@pytest.mark.parametrize("changes,field", [
    ({"name": "  "}, "name"), ({"phones": ["12345"]}, "phone"), ({"id_number": "110105194912310021"}, "id_number"),
    ({"customer_class": "超级"}, "customer_class")])
def test_refused_update_names_the_field_and_changes_nothing(centre, changes, field):
    db, p = centre["db"], person(centre)
    before = people.get(db, p["id"])
    with pytest.raises(Invalid) as e:
        people.update(db, p["id"], actor=centre["desk"], **changes)
    assert e.value.field == field
    assert people.get(db, p["id"]) == before


def test_reveal_is_audited_and_leads_only(centre):
    db, p = centre["db"], person(centre)
    people.update(db, p["id"], actor=centre["admin"], id_number=ID1)
    with pytest.raises(Refused):
        people.reveal(db, p["id"], "id", actor=centre["desk"])
    assert db.execute("SELECT count(*) FROM audit WHERE action IN ('view_id', 'view_phone')").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM audit WHERE action = 'view_id_refused'").fetchone()[0] == 1
    assert people.reveal(db, p["id"], "id", actor=centre["lead"]) == ID1
    assert people.reveal(db, p["id"], "phone", actor=centre["admin"]) == ["13812345678"]
    rows = db.execute("SELECT action, actor FROM audit WHERE action LIKE 'view_%' ORDER BY at").fetchall()
    assert sorted(rows) == [("view_id", "lead"), ("view_id_refused", "desk1"), ("view_phone", "admin")]


def test_merge_keeps_tickets_phones_occupancies_and_notes(centre):
    db = centre["db"]
    a, b = person(centre, "1-1-101"), person(centre, "1-1-102")
    people.update(db, a["id"], actor=centre["admin"], notes="喜欢上午联系", tags=["VIP"])
    people.update(db, b["id"], actor=centre["admin"], notes="有一只狗", tags=["独居老人"], id_number=ID1)
    ta = tickets.create(db, type="repair", category="水电", description="漏水", actor=centre["desk"], unit="1-1-101")
    tb = tickets.create(db, type="complaint", category="管理服务", description="噪音", actor=centre["desk"],
                        unit="1-1-102")
    kept = people.merge(db, a["id"], b["id"], actor=centre["lead"])
    assert set(kept["phones"]) == {"13812345678", "13900001111"}
    assert set(kept["tags"]) == {"VIP", "独居老人"} and "喜欢上午联系" in kept["notes"] and "有一只狗" in kept["notes"]
    assert kept["id_number"] == ID1
    for t in (ta, tb):
        assert db.execute("SELECT person_id FROM tickets WHERE number = ?", [t["number"]]).fetchone()[0] == a["id"]
    units = db.execute("SELECT u.code FROM occupancies o JOIN units u ON u.id = o.unit_id WHERE o.person_id = ? "
                       "AND o.deleted_at IS NULL ORDER BY u.code", [a["id"]]).fetchall()
    assert units == [("1-1-101",), ("1-1-102",)]
    gone = people.get(db, b["id"])
    assert gone["merged_into"] == a["id"] and gone["deleted_at"]
    assert not any(h["id"] == b["id"] for h in search.find(db, "曾小明"))
    assert any(h["id"] == a["id"] for h in search.find(db, "1111"))
    assert db.execute("SELECT count(*) FROM audit WHERE action = 'merge'").fetchone()[0] == 1
    with pytest.raises(Refused):
        people.merge(db, a["id"], b["id"], actor=centre["lead"])


def test_merge_refuses_different_id_numbers(centre):
    db = centre["db"]
    a, b = person(centre, "1-1-101"), person(centre, "1-1-102")
    other = "44030419850101123" + id_check_digit("44030419850101123")
    people.update(db, a["id"], actor=centre["admin"], id_number=ID1)
    people.update(db, b["id"], actor=centre["admin"], id_number=other)
    with pytest.raises(Refused):
        people.merge(db, a["id"], b["id"], actor=centre["lead"])
    assert people.get(db, b["id"])["merged_into"] is None


def test_duplicates_of_finds_shared_phone(centre):
    db = centre["db"]
    a = person(centre)
    twin = people.add(db, "张三丰", phones=["13812345678"])
    assert [d["id"] for d in people.duplicates_of(db, a["id"])] == [twin["id"]]
