"""Printing use cases: every kind laid out and read back, recorded with audit and a letter event, merges."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "printing"))
from pdfcheck import assert_all_embedded, page_count, page_texts, pdf_text, render_variance  # noqa: E402

from frontdesk.core.errors import Invalid, NotFound, Refused  # noqa: E402
from frontdesk.printing.base import unit_zh  # noqa: E402
from frontdesk.services import printing as sp  # noqa: E402
from frontdesk.store import audit, people, printed, tickets, units  # noqa: E402


@pytest.fixture
def desk(centre):
    """The small centre plus a complaint, a repair and two more units in building 1 (one with no owner)."""
    db = centre["db"]
    u = units.add(db, "1-2-201")
    people.add(db, "司马光", phones=["13611112222"], unit_id=u["id"])
    units.add(db, "1-2-202")
    ts = tickets.create(db, type="complaint", category="管理服务", description="楼道灯长期不亮，晚上回家看不清台阶。",
                        actor=centre["desk"], unit="1-1-101")
    bx = tickets.create(db, type="repair", category="水电", description="厨房水槽下水管漏水，地面有积水",
                        actor=centre["desk"], unit="1-1-102")
    return {**centre, "ts": ts["number"], "bx": bx["number"]}


def _finish(desk, number: str) -> None:
    """Dispatch the ticket to the engineer, who finishes it (a callback letter asks about finished work)."""
    tickets.move(desk["db"], number, "dispatched", desk["desk"], handler="eng1")
    tickets.move(desk["db"], number, "done", desk["eng"])


def _flat(text: str) -> str:
    return "".join(text.split())


def test_complaint_reply_names_owner_unit_number_and_handling(desk, tmp_path):
    db = desk["db"]
    sp.set_handling(db, desk["ts"], desk["desk"], "经工程部检查，声控开关老化损坏，已于当日更换。")
    p = sp.prepare(db, "complaint-reply", ticket=desk["ts"])
    text = _flat(pdf_text(p.pdf, tmp_path))
    for expected in ("投诉处理回复函", "张三丰", "1栋1单元101室", desk["ts"], p.doc_number, "声控开关老化损坏",
                     "测试花园物业服务中心", "盖章", "第1页/共1页"):
        assert expected in text, expected
    assert p.doc_number.startswith("HF-") and p.pages == 1
    assert_all_embedded(p.pdf, tmp_path)
    assert render_variance(p.pdf, tmp_path) > 50


def test_preparing_records_nothing_until_recorded(desk):
    db = desk["db"]
    _finish(desk, desk["ts"])
    p = sp.prepare(db, "callback-letter", ticket=desk["ts"])
    assert printed.recent(db) == []
    sp.record(db, p, desk["desk"], action="print")
    log = printed.recent(db)
    assert [r["doc_number"] for r in log] == [p.doc_number]
    assert log[0]["ticket"] == desk["ts"] and log[0]["unit"] == "1-1-101" and log[0]["checksum"] == p.checksum
    t = tickets.raw(db, desk["ts"])
    letters = [e for e in tickets.events(db, t["id"]) if e["kind"] == "letter"]
    assert len(letters) == 1 and p.doc_number in letters[0]["note"]
    assert any(a["action"] == "print" for a in audit.rows(db, action="print"))
    again = sp.prepare(db, "callback-letter", ticket=desk["ts"])
    assert again.doc_number != p.doc_number
    with pytest.raises(Refused):
        sp.record(db, p, desk["desk"])         # the same number twice is refused


def test_callback_letter_has_the_reply_slip(desk, tmp_path):
    _finish(desk, desk["ts"])
    p = sp.prepare(desk["db"], "callback-letter", ticket=desk["ts"])
    text = _flat(pdf_text(p.pdf, tmp_path))
    for expected in ("回访函", "回访回执", "满意", "基本满意", "不满意", "张三丰", desk["ts"]):
        assert expected in text
    assert "向我中心反映的" in text and "报修/反映" not in text       # one wording fits repairs and complaints


def test_work_order_prints_the_phone_unmasked_and_audits_it(desk, tmp_path):
    db = desk["db"]
    p = sp.print_to_file(db, "work-order", tmp_path / "wo.pdf", desk["desk"], ticket=desk["bx"])
    text = _flat(pdf_text((tmp_path / "wo.pdf").read_bytes(), tmp_path))
    for expected in ("维修派工单", desk["bx"], "13900001111", "曾小明", "1栋1单元102室", "厨房水槽下水管漏水", "业主签名"):
        assert expected in text, expected
    rows = audit.rows(db, action="save")
    assert any("contact_phone" in r["detail"] and p.doc_number in r["detail"] for r in rows)
    assert_all_embedded(p.pdf, tmp_path)


def test_work_order_carries_a_qr_code(desk, tmp_path):
    p = sp.prepare(desk["db"], "work-order", ticket=desk["bx"])
    # the QR modules are many small filled squares: a page with the code differs from one without
    assert render_variance(p.pdf, tmp_path) > 100


def test_ticket_document_refuses_the_wrong_type(desk):
    with pytest.raises(Refused):
        sp.prepare(desk["db"], "complaint-reply", ticket=desk["bx"])
    with pytest.raises(NotFound):
        sp.prepare(desk["db"], "work-order", ticket="BX-20000101-001")
    with pytest.raises(Invalid):
        sp.prepare(desk["db"], "work-order")


def test_merge_over_a_building_gives_one_page_per_unit(desk, tmp_path):
    db = desk["db"]
    expected = [r[0] for r in db.execute("SELECT code FROM units WHERE code >= '1-' AND code < '1.' ORDER BY code")]
    assert len(expected) == 4
    p = sp.prepare(db, "notice", units="1-", template="water-outage", values={"reason": "管网检修"})
    assert page_count(p.pdf) == len(expected) == len(p.docs)
    pages = page_texts(p.pdf)
    for code, page, doc in zip(expected, pages, p.docs):
        flat = _flat(page)
        assert unit_zh(code) in flat and doc["doc_number"] in flat and "管网检修" in flat and "第1页/共1页" in flat
    assert "司马光" in _flat(pages[2]) and "尊敬的业主" in _flat(pages[3])
    assert all(_flat(page).count("停水通知") == 2 for page in pages)      # the title and the footer name it
    assert_all_embedded(p.pdf, tmp_path)
    sp.record(db, p, desk["desk"])
    assert len(printed.recent(db, unit_id=units.get(db, "1-2-201")["id"])) == 1


def test_selection_by_entrance_unit_and_filters(desk):
    db = desk["db"]
    assert [d["unit"] for d in sp.prepare(db, "notice", units="1-2-", template="fee-reminder").docs] == \
        ["1-2-201", "1-2-202"]
    assert [d["unit"] for d in sp.prepare(db, "survey-form", units="2-1-301,1-1-101").docs] == \
        ["1-1-101", "2-1-301"]
    with pytest.raises(NotFound):
        sp.prepare(db, "notice", units="9-", template="fee-reminder")


def test_public_notice_is_one_page_to_everyone(desk, tmp_path):
    p = sp.prepare(desk["db"], "notice", public=True, text="本周六上午在中心广场举办义诊。", title="活动通知")
    text = _flat(pdf_text(p.pdf, tmp_path))
    assert p.pages == 1 and "各位业主" in text and "活动通知" in text and "举办义诊" in text
    assert "张三丰" not in text


def test_cancelled_merge_writes_and_records_nothing(desk, tmp_path):
    out = tmp_path / "merge.pdf"
    calls = []

    def report(fraction, message):
        calls.append(fraction)

    with pytest.raises(sp.Cancelled):
        sp.merge_job(desk["db"], lambda: len(calls) >= 2, report, "notice", "all", desk["desk"],
                     out=str(out), template="power-outage")
    assert not out.exists() and not list(tmp_path.glob("*.part"))
    assert printed.recent(desk["db"]) == []


def test_merge_job_reports_progress_and_saves(desk, tmp_path):
    seen = []
    out = tmp_path / "survey.pdf"
    p = sp.merge_job(desk["db"], lambda: False, lambda f, m: seen.append(f), "survey-form", "all", desk["desk"],
                     out=str(out))
    assert out.read_bytes() == p.pdf and seen[-1] == 1.0
    assert page_count(p.pdf) == 5
    text = _flat(pdf_text(p.pdf, tmp_path))
    for zh in ("可靠性", "迅速反应", "工作水平", "服务可及性", "态度", "沟通", "信用度", "安全性", "对业主需求的理解", "设施与环境"):
        assert text.count(zh) >= 5
    assert len(printed.recent(desk["db"])) == 5


@pytest.mark.parametrize("name", ["elevator", "fire-safety", "water-supply", "public-lighting", "patrol"])
def test_inspection_sheets(desk, tmp_path, name):
    places = sp.inspection_places(desk["db"], name)
    if len(places) > 1:                      # a lift per building: the sheet is one place's round, so say which
        with pytest.raises(Invalid) as e:
            sp.prepare(desk["db"], "inspection-sheet", template=name)
        assert e.value.field == "place"
    p = sp.prepare(desk["db"], "inspection-sheet", template=name, place=places[-1])
    text = _flat(pdf_text(p.pdf, tmp_path))
    assert "巡检人" in text and ("第1次" in text or "检查结果" in text) and p.doc_number in text
    assert p.docs[0]["detail"]["round"] in text and p.docs[0]["detail"]["place"] == places[-1]
    assert p.pages == 1
    assert_all_embedded(p.pdf, tmp_path)


def test_template_with_unknown_placeholder_is_refused_naming_it(desk):
    db = desk["db"]
    with pytest.raises(Invalid) as exc:
        sp.save_template(db, desk["admin"], "notice", "gas-outage", "请{owner_name}注意{gas_time}停气。", "停气通知")
    assert "{gas_time}" in str(exc.value)
    assert printed.edited_template(db, "notice", "gas-outage") is None


def test_edited_template_is_used_and_can_be_reset(desk, tmp_path):
    db = desk["db"]
    sp.save_template(db, desk["admin"], "notice", "water-outage", "因{reason}，{start}起停水一天。", "临时停水通知")
    p = sp.prepare(db, "notice", units="2-", template="water-outage", values={"reason": "水箱清洗"})
    text = _flat(pdf_text(p.pdf, tmp_path))
    assert "临时停水通知" in text and "因水箱清洗" in text
    printed.reset_template(db, desk["admin"], "notice", "water-outage")
    assert sp.template_for(db, "notice", "water-outage")["title"] == "停水通知"


def test_document_numbers_are_per_kind_per_day(desk):
    db = desk["db"]
    a = sp.prepare(db, "notice", units="2-", template="fee-reminder")
    sp.record(db, a, desk["desk"])
    b = sp.prepare(db, "notice", units="1-1-", template="fee-reminder")
    c = sp.prepare(db, "survey-form", units="2-")
    assert a.doc_number.endswith("-0001") and b.doc_numbers[0].endswith("-0002") and c.doc_number.endswith("-0001")


@pytest.mark.skipif(not __import__("shutil").which("zbarimg"), reason="zbarimg (zbar-tools) not installed")
def test_work_order_qr_code_reads_back_as_the_ticket_number(desk, tmp_path):
    import subprocess
    p = sp.prepare(desk["db"], "work-order", ticket=desk["bx"])
    (tmp_path / "wo.pdf").write_bytes(p.pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "200", "-singlefile", str(tmp_path / "wo.pdf"), str(tmp_path / "wo")],
                   check=True)
    out = subprocess.run(["zbarimg", "-q", "--raw", str(tmp_path / "wo.png")], capture_output=True, text=True)
    assert out.stdout.strip() == desk["bx"]


def test_merge_on_a_centre_without_units_is_refused_not_a_traceback(db, tmp_path):
    """'--units all' on a brand-new centre raised IndexError; a filter leaving no unit is the same case."""
    from frontdesk.store import staff
    from frontdesk.store.archive import Filters
    admin = staff.init_centre(db, centre="新中心", admin="boss", password="secret12")
    for kind in ("notice", "survey-form"):
        with pytest.raises(Refused, match="no units are selected"):
            sp.print_to_file(db, kind, tmp_path / "x.pdf", admin, units="all", template=None)
    assert not (tmp_path / "x.pdf").exists() and printed.recent(db) == []
    units.add(db, "1-1-101")
    with pytest.raises(Refused, match="no units are selected"):
        sp.prepare_unit_documents(db, "notice", "all", filters=Filters(property_type="商业"))


def test_no_letter_or_work_order_for_a_cancelled_ticket(desk):
    """A reply letter was printed for a ticket cancelled as a duplicate."""
    db = desk["db"]
    tickets.move(db, desk["ts"], "cancelled", desk["desk"], note="登记错误")
    for kind in ("complaint-reply", "callback-letter", "work-order"):
        with pytest.raises(Refused, match="was cancelled"):
            sp.prepare(db, kind, ticket=desk["ts"])
    with pytest.raises(Refused, match="is an inquiry ticket"):
        n = tickets.create(db, type="inquiry", category="收费", description="物业费", actor=desk["desk"],
                           unit="1-1-101")["number"]
        sp.prepare(db, "work-order", ticket=n)


def test_the_work_orders_rating_boxes_stay_on_one_line(desk, tmp_path):
    """The owner's rating (□满意 □基本满意 □不满意) wrapped in its cell: '不满' on one line, '意' on the next."""
    p = sp.prepare(desk["db"], "work-order", ticket=desk["bx"])
    lines = pdf_text(p.pdf, tmp_path, layout=True).splitlines()
    rating = [line for line in lines if "基本满意" in line]
    assert len(rating) == 1 and "不满意" in rating[0], rating
