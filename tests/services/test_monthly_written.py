"""The monthly report reads on paper (issue 15 items 2-4): scaled axes, repairs against the repair targets,
hot-issue keywords that fit their category, and the written analysis an office signs."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "printing"))
from pdfcheck import assert_all_embedded, pdf_text  # noqa: E402

from frontdesk.core.reports import hot_issues, timeliness  # noqa: E402
from frontdesk.services import monthly_pdf  # noqa: E402
from frontdesk.services.reports import export_monthly  # noqa: E402
from frontdesk.store import tickets  # noqa: E402


def test_axis_fits_the_data():
    assert monthly_pdf.nice_top(17) == (20, 5) and monthly_pdf.nice_top(4.2)[0] <= 10
    assert monthly_pdf.nice_top(93) == (100, 20)


def test_keywords_fit_their_category():
    rows = [{"type": "repair", "category": "门窗", "description": d}
            for d in ("门窗关不上，楼道卫生差", "门锁坏了，消防通道堵", "门窗漏风", "门锁卡住")]
    (hot,) = hot_issues(rows)
    words = dict(hot["keywords"])
    assert words == {"门窗": 2, "门锁": 2} and "卫生" not in words and "消防" not in words


def test_repairs_alone_meet_the_repair_target():
    rows = [{"type": "repair", "due_at": "2026-11-02", "met_at": "2026-11-01", "status": "closed"},
            {"type": "repair", "due_at": "2026-11-03", "met_at": None, "status": "dispatched"},
            {"type": "inquiry", "due_at": "2026-11-03", "met_at": "2026-11-01", "status": "closed"}]
    assert timeliness([r for r in rows if r["type"] == "repair"])["rate"] == 0.5
    assert timeliness(rows)["rate"] == 2 / 3


def test_monthly_pdf_has_the_written_analysis(centre, tmp_path):
    db = centre["db"]
    for text in ("楼道灯不亮", "电梯异响"):
        tickets.create(db, type="repair", category="公共设施", description=text, actor=centre["desk"], unit="1-1-101")
    from frontdesk.store.db import local_now
    month = local_now().strftime("%Y-%m")
    out = tmp_path / "m.pdf"
    export_monthly(db, month, out, centre["admin"])
    text = "".join(pdf_text(out.read_bytes(), tmp_path).split())
    for expected in ("维修及时完成率", "按各自时限", "综合分析与整改", "未达标指标", "去年同月", "问题与整改措施",
                     "编制：", "审核：", "批准："):
        assert expected in text, expected
    assert "及时完成率（全部工单）" not in text
    assert_all_embedded(out.read_bytes(), tmp_path)
