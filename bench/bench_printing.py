"""Printing: a complaint reply letter warm (target < 150 ms) and a 1,000-notice mail merge (target < 20 s),
each beside bare reportlab doing the same layout (same font, same text, no store, no letterhead logic).

run(ctx) -> rows for the harness (ctx["db_path"] is the benchmark centre; nothing is written to it);
`python bench/bench_printing.py DB` runs it alone."""
from __future__ import annotations

import statistics
import sys
import time

MERGE = 1000
RUNS = 15


def _median_ms(fn, runs: int = RUNS) -> float:
    fn()                                                    # warm: fonts, imports, caches
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return round(statistics.median(times), 1)


def _bare_letter(font_name: str, paragraphs: list[str]) -> bytes:
    """The same letter laid out by reportlab alone: title, paragraphs, A4, embedded TrueType font."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate
    st = ParagraphStyle("b", fontName=font_name, fontSize=11, leading=18, wordWrap="CJK")
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4)
    doc.build([Paragraph(p, st) for p in paragraphs])
    return buf.getvalue()


def _bare_merge(font_name: str, paragraphs: list[str], n: int) -> bytes:
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate
    st = ParagraphStyle("b", fontName=font_name, fontSize=11, leading=18, wordWrap="CJK")
    story = []
    for i in range(n):
        if i:
            story.append(PageBreak())
        story += [Paragraph(p.replace("{unit}", str(i)), st) for p in paragraphs]
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4).build(story)
    return buf.getvalue()


def run(ctx: dict) -> list[dict]:
    """Time the letter (prepare: fetch + layout, warm) and the merge of 1,000 notices into one PDF."""
    from frontdesk.printing.templates import shipped
    from frontdesk.services import printing as sp
    from frontdesk.store.db import connect
    db = connect(str(ctx["db_path"]), migrate=False)
    try:
        row = db.execute("SELECT number FROM tickets WHERE type = 'complaint' AND deleted_at IS NULL "
                         "ORDER BY received_at DESC LIMIT 1").fetchone()
        rows = []
        font = sp.font_of(db)
        letter_text = [shipped("complaint-reply", "default")["title"]] + \
            shipped("complaint-reply", "default")["body"].split("\n\n")
        if row:
            letter = _median_ms(lambda: sp.prepare_ticket_document(db, "complaint-reply", row[0]))
            bare = _median_ms(lambda: _bare_letter(font.name, letter_text))
            rows.append({"measure": "letter PDF (warm)", "value": letter, "unit": "ms", "target": "< 150 ms",
                         "bare": bare})
        notice = shipped("notice", "water-outage")
        t0 = time.perf_counter()
        prepared = sp.prepare_unit_documents(db, "notice", "all", template="water-outage", limit=MERGE)
        took = time.perf_counter() - t0
        n = len(prepared.docs)
        t0 = time.perf_counter()
        _bare_merge(font.name, [notice["title"]] + notice["body"].split("\n\n"), n)
        bare_merge = time.perf_counter() - t0
        rows.append({"measure": f"{n:,}-notice mail merge (one PDF, {prepared.pages:,} pages, "
                                f"{len(prepared.pdf) / 1e6:.1f} MB)",
                     "value": round(took, 2), "unit": "s", "target": "< 20 s", "bare": round(bare_merge, 2)})
        return rows
    finally:
        db.close()


if __name__ == "__main__":
    for r in run({"db_path": sys.argv[1]}):
        print(f"{r['measure']}: {r['value']} {r['unit']} (target {r['target']}; bare reportlab {r['bare']})")
