"""Labels beside a chart never overlap: the names of target lines close together (目标 85%, 累计目标 80%) were
written over each other on the 月度分析 page and in its PDF."""
from frontdesk.core.layout import spread


def test_close_positions_are_moved_apart_in_their_order_and_far_ones_stay():
    assert spread([100.0, 40.0], 16, 0, 200) == [100.0, 40.0]            # far apart: untouched
    got = spread([50.0, 57.5, 10.0], 16, 0, 200)
    assert got[2] == 10.0 and got[0] == 50.0 and got[1] == 66.0           # the nearer one moved, order kept
    got = spread([195.0, 198.0, 199.0], 16, 8, 192)                      # crowded at the end: moved back inside
    assert sorted(got) == got and all(8 <= g <= 192 for g in got) and min(b - a for a, b in zip(got, got[1:])) >= 16
    assert spread([], 16, 0, 100) == []


def test_the_monthly_pdf_writes_target_names_apart():
    from reportlab.graphics.shapes import String

    from frontdesk.printing.fonts import register_cjk_font
    from frontdesk.services.monthly_pdf import line_chart
    targets = [("满意率目标 85%", 0.85, None), ("累计目标 80%", 0.80, None)]
    d = line_chart(["25.12", "26.01"], [("及时", [0.9, 0.88], None)], register_cjk_font(None), targets=targets)
    ys = [s.y for s in d.contents if isinstance(s, String) and s.text in {n for n, _, _ in targets}]
    assert len(ys) == 2 and abs(ys[0] - ys[1]) >= 8                     # 8-point names: a line apart
