"""Letters and notices that tell the truth (issue 15 items 1, 5, 6, 7, 8): read back from the PDF."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "printing"))
from pdfcheck import assert_all_embedded, page_count, pdf_text  # noqa: E402

from frontdesk.core.errors import Refused  # noqa: E402
from frontdesk.services import callbacks, printing as sp  # noqa: E402
from frontdesk.store import settings, tickets  # noqa: E402


def flat(text: str) -> str:
    return "".join(text.split())


@pytest.fixture
def repair(centre):
    """A repair with a desk note in its description, dispatched and finished by the engineer."""
    db = centre["db"]
    t = tickets.create(db, type="repair", category="水电", description="厨房水管漏水，业主上班，晚上六点后在家",
                       actor=centre["desk"], unit="1-1-101")
    tickets.move(db, t["number"], "dispatched", centre["desk"], handler="eng1", note="工单已派给赵师傅")
    tickets.move(db, t["number"], "done", centre["eng"], note="更换三通，复验合格；已告知业主")
    return t["number"]


def test_callback_letter_follows_the_real_state(centre, repair, tmp_path):
    db = centre["db"]
    text = flat(pdf_text(sp.prepare(db, "callback-letter", ticket=repair).pdf, tmp_path))
    assert "处理完毕。" in text and "多次电话联系未果" not in text and "致电回访" not in text
    assert "晚上六点后在家" not in text and "业主上班" not in text         # the desk's note never reaches the owner
    assert "复验合格" not in text and "工单已派给" not in text             # nor the internal log
    assert "1栋1单元101室" in text and "1-1-101" not in text
    tickets.move(db, repair, "verified", centre["desk"])
    tickets.move(db, repair, "notified", centre["desk"])
    for _ in range(3):
        callbacks.record(db, repair, centre["desk"], reached=False)
    sp.set_handling(db, repair, centre["desk"], "经检查为厨房三通老化，已更换新件，试水无渗漏")
    text = flat(pdf_text(sp.prepare(db, "callback-letter", ticket=repair).pdf, tmp_path))
    assert "我们曾三次致电回访，均未能联系上您" in text
    assert "处理情况：经检查为厨房三通老化，已更换新件，试水无渗漏。" in text      # the sentence ends properly


def test_callback_letter_refused_before_the_work_is_done_and_after_a_rating(centre, repair):
    db = centre["db"]
    other = tickets.create(db, type="repair", category="水电", description="水龙头滴水", actor=centre["desk"],
                           unit="1-1-102")["number"]
    with pytest.raises(Refused) as exc:
        sp.prepare(db, "callback-letter", ticket=other)
    assert exc.value.code == "not_finished"
    tickets.move(db, repair, "verified", centre["desk"])
    tickets.move(db, repair, "notified", centre["desk"])
    callbacks.record(db, repair, centre["desk"], reached=True, rating="satisfied")
    with pytest.raises(Refused) as exc:
        sp.check_ticket_document(db, "callback-letter", repair)
    assert exc.value.code == "already_rated"


def test_planned_work_is_not_called_finished(centre, repair, tmp_path):
    sp.set_handling(centre["db"], repair, centre["desk"], "已列入本月维修计划，临时采取安全防护措施；")
    text = flat(pdf_text(sp.prepare(centre["db"], "callback-letter", ticket=repair).pdf, tmp_path))
    assert "处理完毕" not in text and "已作出处理安排" in text and "临时采取安全防护措施。" in text


def test_letterhead_from_settings_once_after_a_move(centre, repair, tmp_path):
    db = centre["db"]
    settings.put(db, "letterhead_lines", ["测试花园物业服务中心", "地址：旧路 1 号", "24 小时服务电话：0571-1　邮编：310000"])
    settings.put(db, "centre_address", "新路 99 号")
    settings.put(db, "centre_phone", "0571-2222")
    settings.put(db, "legal_name", "杭州测试物业服务有限公司")
    p = sp.prepare(db, "work-order", ticket=repair)
    text = flat(pdf_text(p.pdf, tmp_path))
    assert "旧路" not in text and text.count("新路99号") == 1 and "0571-1" not in text
    assert "杭州测试物业服务有限公司" in text and "邮编：310000" in text
    assert_all_embedded(p.pdf, tmp_path)


def test_urgent_work_order_and_its_reprint(centre, tmp_path):
    db = centre["db"]
    n = tickets.create(db, type="repair", category="水电", description="配电箱冒烟", actor=centre["desk"],
                       unit="1-1-101", urgent=True)["number"]
    tickets.move(db, n, "dispatched", centre["desk"], handler="eng1")
    tickets.move(db, n, "in_progress", centre["eng"])
    tickets.move(db, n, "done", centre["eng"])
    settings.put(db, "work_order_parts", True)
    p = sp.prepare(db, "work-order", ticket=n)
    pages = page_count(p.pdf)
    text = flat(pdf_text(p.pdf, tmp_path))
    assert pages == 2 and "工程联" in text and "业主联" in text
    for expected in ("紧急", "须于受理后30分钟内到场", "派工时间", "预约上门", "无偿服务", "有偿服务", "业主确认",
                     "到场时间", "完成时间"):
        assert expected in text, expected
    assert "＿＿月＿＿日＿＿时＿＿分" not in text.split("材料及工时")[0].split("维修记录")[1]  # known times printed


def test_public_posters_and_private_reminders(centre, tmp_path):
    db = centre["db"]
    settings.put(db, "centre_phone", "0571-2222")
    p = sp.prepare(db, "notice", public=True, template="water-outage",
                   values={"reason": "管网检修", "take_down": "2026年12月9日"})
    text = flat(pdf_text(p.pdf, tmp_path))
    assert page_count(p.pdf) == 1 and "各位业主、住户" in text and "撤除日期：2026年12月9日" in text
    assert "张贴日期" in text and "服务热线：0571-2222" in text
    for private in ("fee-reminder", "handover-reminder"):
        with pytest.raises(Refused) as exc:
            sp.prepare(db, "notice", public=True, template=private)
        assert exc.value.code == "not_public"
        text = flat(pdf_text(sp.prepare(db, "notice", units="1-1-101", template=private).pdf, tmp_path))
        assert "送达回执" in text and "签收日期" in text
    text = flat(pdf_text(sp.prepare(db, "notice", units="1-1-101", template="handover-reminder").pdf, tmp_path))
    assert "收房通知" in text and "特此通知" in text and "特此函告" not in text
    text = flat(pdf_text(sp.prepare(db, "notice", units="1-1-101", template="power-outage").pdf, tmp_path))
    assert "乘坐电梯" not in text


def test_survey_form_in_the_fields_words_anonymous_when_set(centre, tmp_path):
    db = centre["db"]
    text = flat(pdf_text(sp.prepare(db, "survey-form", units="1-1-101").pdf, tmp_path))
    for words in ("可靠性", "服务可及性", "对业主需求的理解", "设施与环境", "保洁", "绿化", "秩序/安保", "停车"):
        assert words in text, words
    assert "依赖性" not in text and "有形性" not in text and "张三丰" in text and "保密" not in text
    settings.put(db, "survey_anonymous", True)
    text = flat(pdf_text(sp.prepare(db, "survey-form", units="1-1-101").pdf, tmp_path))
    assert "严格保密" in text and "张三丰" not in text and "1栋1单元101室" not in text and "业主签名" not in text
