"""The shared page: letterhead, number, per-section page counts, CJK wrapping, embedded fonts."""
import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as hs
from reportlab.platypus import PageBreak, Paragraph

from frontdesk.printing.base import Letterhead, build_pdf, escape, section, styles, table, zh_date
from frontdesk.printing.cjkwrap import CANNOT_END, CANNOT_START

from pdfcheck import assert_all_embedded, page_count, page_texts, pdf_text, render_variance

HEAD = Letterhead("阳光花园物业服务中心", "幸福路1号", "0571-88886666", ["监督电话 0571-88880000"], None)


def test_zh_date():
    assert zh_date(dt.date(2026, 11, 22)) == "2026年11月22日"
    assert zh_date("2026-01-05T10:00:00") == "2026年1月5日"


def test_letterhead_number_footer_and_embedded_font(font, tmp_path):
    st = styles(font)
    story = [Paragraph("通知", st["title"]), Paragraph("正文内容" * 400, st["body_indent"]),
             table([["项目", "结果"], ["水泵房", "正常运行，压力表读数 0.35 MPa"]], [200, 250], font=font)]
    pdf = build_pdf(story, letterhead=HEAD, title="通知", doc_number="TZ-20261122-0001", font=font)
    text = pdf_text(pdf, tmp_path)
    pages = page_count(pdf)
    assert pages >= 2
    assert text.count("阳光花园物业服务中心") == pages
    assert "编号：TZ-20261122-0001" in text and "0571-88886666" in text
    flat = text.replace(" ", "")
    assert f"第1页/共{pages}页" in flat and f"第{pages}页/共{pages}页" in flat
    assert "压力表读数" in text
    assert_all_embedded(pdf, tmp_path)
    assert render_variance(pdf, tmp_path) > 50


def test_sections_number_pages_per_document(font, tmp_path):
    st = styles(font)
    story = []
    for i in range(3):
        if i:
            story.append(PageBreak())
        story += [section(f"TZ-20261122-000{i + 1}"), Paragraph(f"业主{i}", st["body"])]
    pdf = build_pdf(story, letterhead=HEAD, title="通知", doc_number="", font=font)
    texts = page_texts(pdf)
    assert len(texts) == 3
    for i, t in enumerate(texts):
        assert f"TZ-20261122-000{i + 1}" in t and "第1页/共1页" in t.replace(" ", "")


def _lines(text: str, width: float, font) -> list[str]:
    """The lines reportlab lays out for one paragraph, as text."""
    p = Paragraph(text, styles(font)["body"])
    p.wrap(width, 10000)
    out = []
    for line in p.blPara.lines:
        words = line.words if hasattr(line, "words") else line[1]
        out.append("".join(getattr(w, "text", w) for w in words))
    return out


def _line_starts(text: str, width: float, font) -> list[str]:
    return [line[0] for line in _lines(text, width, font) if line]


def test_no_line_starts_with_closing_punctuation(font):
    text = "我中心已经安排维修人员上门，" * 30 + "请您放心。" * 20 + "（已处理）" * 10
    for width in range(120, 400, 7):
        starts = _line_starts(text, width, font)
        assert len(starts) > 1
        assert not any(c in CANNOT_START for c in starts), (width, starts)


def test_multi_style_paragraph_keeps_the_rule(font):
    text = "<b>处理结果：</b>" + "已更换水管阀门，" * 20 + "<br/>" + "谢谢！" * 30
    for width in range(100, 300, 11):
        lines = _lines(text, width, font)
        assert "".join(lines).count("已更换水管阀门") == 20
        assert not any(line[:1] in CANNOT_START for line in lines[1:]), lines


@settings(max_examples=60, deadline=None)
@given(hs.lists(hs.sampled_from(list("物业服务中心楼道灯维修电梯12AB，。、；：？！）》」（《“")), min_size=20, max_size=200),
       hs.integers(min_value=60, max_value=300))
def test_cjk_wrap_property(font, chars, width):
    text = "".join(chars)
    lines = _lines(text, width, font)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    for prev, line in zip(lines, lines[1:]):
        if any(c not in CANNOT_START for c in prev[1:]):      # a way to obey the rule existed
            assert line[:1] not in CANNOT_START, lines
        if len(prev) > 2 and any(c not in CANNOT_END for c in prev[1:-1]):
            assert prev[-1:] not in CANNOT_END or line[:1] in CANNOT_START, lines


def test_letterhead_does_not_repeat_the_address(font, tmp_path):
    """init keeps [name, address] as letterhead lines: the address must print once, not twice."""
    head = Letterhead("某某物业服务中心", "某某路88号", "0755-12345678", ["某某物业服务中心", "某某路88号", "监督电话 12345"])
    pdf = build_pdf([Paragraph("正文", styles(font)["body"])], letterhead=head, title="通知", doc_number="TZ-1",
                    font=font)
    text = pdf_text(pdf, tmp_path)
    assert text.count("某某路88号") == 1 and "监督电话 12345" in text
    demo = Letterhead("阳光花园物业服务中心", "文一西路 588 号", "0571-88886666",
                      ["阳光花园物业服务中心", "地址：文一西路 588 号", "24 小时服务电话：0571-88886666　邮编：310012"])
    text = pdf_text(build_pdf([Paragraph("正文", styles(font)["body"])], letterhead=demo, title="通知",
                              doc_number="TZ-2", font=font), tmp_path)
    assert text.count("文一西路 588 号") == 1 and "邮编：310012" in text


def test_blank_glyph_characters_are_spelled_out(font, tmp_path):
    """WenQuanYi draws ℃ as nothing: paragraphs and table cells print °C instead."""
    st = styles(font)
    story = [Paragraph(escape("室温 25℃"), st["body"]), table([["标准"], ["5–40 ℃，通风良好"]], [200], font=font)]
    text = pdf_text(build_pdf(story, letterhead=HEAD, title="表", doc_number="XJ-1", font=font), tmp_path)
    assert "25°C" in text and "40 °C，通风良好" in text and "℃" not in text
