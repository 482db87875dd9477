"""Standard answers: search, hot first, validation, audit, deleted_at marks."""
import pytest

from frontdesk.core.errors import Invalid, NotFound
from frontdesk.store import answers, audit


def test_save_list_hot_first_and_search(centre):
    db, admin = centre["db"], centre["admin"]
    answers.save_answer(db, admin, title="停车费标准", body="地面车位每月150元。", tags=["停车", "收费"],
                        category="收费")
    hot = answers.save_answer(db, admin, title="物业费缴纳", body="可在服务中心或微信缴纳。", tags="收费, 微信",
                              category="收费", hot=True)
    answers.save_answer(db, admin, title="装修申请", body="提前三天到服务中心办理。", category="装修")
    listed = answers.list_answers(db)
    assert [a["title"] for a in listed] == ["物业费缴纳", "停车费标准", "装修申请"]
    assert listed[0]["hot"] is True and listed[0]["tags"] == ["收费", "微信"]
    assert [a["title"] for a in answers.list_answers(db, "微信")] == ["物业费缴纳"]       # body and tags
    assert [a["title"] for a in answers.list_answers(db, "停车")] == ["停车费标准"]
    assert [a["title"] for a in answers.list_answers(db, category="装修")] == ["装修申请"]
    assert answers.list_answers(db, "100%") == []                                       # % is literal
    assert len(answers.list_answers(db, limit=2)) == 2
    assert answers.get_answer(db, hot["id"])["body"] == "可在服务中心或微信缴纳。"


def test_edit_and_delete_are_audited(centre):
    db, admin = centre["db"], centre["admin"]
    a = answers.save_answer(db, admin, title="T", body="B")
    changed = answers.save_answer(db, admin, id=a["id"], title="T2", body="B2", hot=True)
    assert changed["title"] == "T2" and changed["hot"]
    assert db.execute("SELECT version FROM standard_answers WHERE id = ?", [a["id"]]).fetchone()[0] == 2
    answers.delete_answer(db, admin, a["id"])
    assert answers.list_answers(db) == []
    assert db.execute("SELECT deleted_at IS NOT NULL FROM standard_answers WHERE id = ?", [a["id"]]).fetchone()[0]
    actions = [r["action"] for r in audit.rows(db, record_id=a["id"])]
    assert sorted(actions) == ["create", "delete", "update"]
    with pytest.raises(NotFound):
        answers.get_answer(db, a["id"])


@pytest.mark.parametrize("title,body,field", [("", "b", "title"), ("t", "  ", "body")])
def test_title_and_body_required(centre, title, body, field):
    with pytest.raises(Invalid) as err:
        answers.save_answer(centre["db"], centre["admin"], title=title, body=body)
    assert err.value.field == field
    assert answers.list_answers(centre["db"]) == []
