"""The group report: the same numbers as each centre's own monthly report, on both engines; CSV, XLSX, PDF."""
import datetime as dt
import uuid

import pytest

from .conftest import ENGINES
from .test_merge import _day_work, _merge, _open_ticket, _register


def _month_and_now():
    from frontdesk.core.reports import month_key, shift_month
    today = dt.date.today()
    return shift_month(month_key(today.year, today.month), -1), dt.datetime.now().replace(microsecond=0)


def _comparable(figures: dict) -> dict:
    """The monthly analysis core.reports makes (the centre's PDF adds its inspection rounds, which stay local;
    head office shows no twelve-month trend)."""
    out = {k: v for k, v in figures.items() if k not in ("inspections", "trend")}
    out["late_repair"] = {**figures["late_repair"], "numbers": sorted(figures["late_repair"]["numbers"])}
    return out


@pytest.fixture(scope="module", params=ENGINES)
def merged(request, demo_centres, tmp_path_factory):
    """Both centres' full bundles and a day's changes after them, merged newest first into a new head office
    on each engine; made once for this module's tests, which only read it (and the centres' copies)."""
    from frontdesk.hq.centres import init
    tmp_path = tmp_path_factory.mktemp("merged")
    target = (str(tmp_path / "hq.db") if request.param == "sqlite"
              else request.getfixturevalue("pg_cluster").create_database(f"hq_{uuid.uuid4().hex[:12]}"))
    init(target, "测试集团总部")
    centres = [c.copy(tmp_path / f"c{i}") for i, c in enumerate(demo_centres)]
    _register(target, centres, tmp_path)
    paths = []
    for c in centres:
        _open_ticket(c)
        paths += [c.export(tmp_path / "b", full=True), _day_work(c, tmp_path / "b")]
    _merge(target, paths[::-1])
    return {"target": target, "centres": centres}


def test_each_centres_figures_equal_its_own_monthly_report(merged):
    from frontdesk.hq.centres import open_hq
    from frontdesk.hq.report import group_report
    from frontdesk.store import reports, surveys
    from frontdesk.store.db import connect, iso
    month, now = _month_and_now()
    with open_hq(merged["target"]) as hq:
        report = group_report(hq, month, iso(now))
    by_id = {c["centre_id"]: c for c in report["centres"]}
    assert set(by_id) == {c.centre_id for c in merged["centres"]}
    for centre in merged["centres"]:
        db = connect(centre.path)
        own = reports.monthly_analysis(db, month, now)
        got = by_id[centre.centre_id]
        assert own["intake"]["total"] > 0
        assert _comparable(got["figures"]) == _comparable(own)
        assert got["row"]["timeliness"] == own["repair_timeliness"]["rate"]          # repairs: 60 % in the month
        assert got["row"]["timeliness_ytd"] == own["repair_timeliness_ytd"]["rate"]  # and 80 % cumulative
        assert got["row"]["satisfaction"] == own["satisfaction"]["rate"]
        year = int(month[:4])
        own_survey = surveys.results(db, year)["overall"]
        if own_survey["responses"]:
            assert got["survey"]["index"] == pytest.approx(own_survey["index"])
            assert got["row"]["survey_index"] == pytest.approx(own_survey["index"])
        db.close()
    rows = [c["row"] for c in report["centres"]]
    assert [r["rank"] for r in rows] == [1, 2]
    assert rows[0]["targets_met"] >= rows[1]["targets_met"]
    group = report["group"]["row"]
    assert group["intake"] == sum(r["intake"] for r in rows)
    assert group["repeats"] == sum(r["repeats"] for r in rows)


def test_report_files_csv_xlsx_pdf(merged, tmp_path):
    from frontdesk.hq.centres import open_hq
    from frontdesk.hq.output import write_report
    from tests.printing.pdfcheck import assert_all_embedded, pdf_text
    month, _ = _month_and_now()
    with open_hq(merged["target"]) as hq:
        csv = write_report(hq, month, tmp_path / "g.csv")
        xlsx = write_report(hq, month, tmp_path / "g.xlsx")
        write_report(hq, month, tmp_path / "g.pdf")
    text = (tmp_path / "g.csv").read_bytes().decode("utf-8-sig")
    assert text.splitlines()[0].startswith("排名,服务中心,登记总数")
    assert "集团合计" in text and "阳光花园11号服务中心" in text
    from openpyxl import load_workbook
    ws = load_workbook(tmp_path / "g.xlsx").active
    assert ws["B1"].value == "服务中心" and ws.max_row == 4
    assert xlsx["report"]["centres"][0]["row"]["intake"] == ws["C2"].value
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.paperSize == 9      # prints on A4 as it is
    assert ws.print_title_rows == "$1:$1" and "集团客服月度对比" in ws.oddHeader.center.text
    data = (tmp_path / "g.pdf").read_bytes()
    assert_all_embedded(data, tmp_path)
    body = pdf_text(data, tmp_path)
    assert "集团客服月度对比报告" in body and "阳光花园12号服务中心" in body and "统计口径" in body
    assert csv["report"]["month"] == month


def test_the_groups_line_equals_the_analysis_of_every_centres_rows_together(merged):
    """The group's figures are computed from the rows they read only; they equal the whole analysis's."""
    from frontdesk.core.reports import monthly_analysis
    from frontdesk.hq.centres import open_hq
    from frontdesk.hq.figures import flat
    from frontdesk.hq.report import group_report, monthly_inputs
    from frontdesk.store.db import iso
    month, now = _month_and_now()
    with open_hq(merged["target"]) as hq:
        report = group_report(hq, month, iso(now))
        inputs = monthly_inputs(hq, month)
    together = {k: [r for c in inputs.values() for r in c[k]] for k in next(iter(inputs.values()))}
    whole = flat("集团合计", monthly_analysis(month, together, iso(now)), report["group"]["survey"])
    assert report["group"]["row"] == {**whole, "rank": None}


@pytest.mark.parametrize("merged", ["sqlite"], indirect=True)     # psycopg does not report its statements
def test_the_group_report_runs_one_grouped_statement_per_measure_for_every_centre(merged):
    """Not a pass per centre nor per month: the measures' statements group by centre and month (on SQLite, whose
    connection reports the statements it runs)."""
    from frontdesk.core.reports import MEASURES
    from frontdesk.hq.centres import open_hq
    from frontdesk.hq.report import group_report
    from frontdesk.store.db import iso
    month, now = _month_and_now()
    with open_hq(merged["target"]) as hq:
        assert not hq.pg
        from tests.sql_trace import statements
        report: dict = {}
        seen = statements(hq.conn, lambda: report.update(group_report(hq, month, iso(now))))
    assert len(report["centres"]) == 2
    grouped = [s for s in seen if "GROUP BY a.centre_id, substr(a." in s]
    assert len(grouped) == len(MEASURES) == 4
    on_tickets = [s for s in seen if "FROM tickets" in s or "FROM ticket_events" in s]
    assert len(on_tickets) == 6, on_tickets                # and the month's rows, its late-repair complaints


def test_each_index_is_the_one_a_report_statement_reads_by(merged):
    """Head office's indexes beside the keys, each held to the report's statements (as group_report and the
    drill-down run them, recorded on the way): the engine's plan for the statement reads the index (PostgreSQL
    told to avoid a whole-table scan where it can, as at ten years of a few hundred centres it would), and no
    index is kept that no statement reads."""
    from frontdesk.hq import schema
    from frontdesk.hq.centres import open_hq
    from frontdesk.hq.report import group_report, month_tickets
    month, now = _month_and_now()
    with open_hq(merged["target"]) as hq:
        ran: list[tuple[str, list]] = []
        execute = hq.execute

        def recorded(text, params=()):
            ran.append((text, list(params)))
            return execute(text, params)
        hq.execute = recorded                         # type: ignore[method-assign]
        group_report(hq, month, now.isoformat())
        month_tickets(hq, merged["centres"][0].centre_id, month)
        hq.execute = execute                          # type: ignore[method-assign]
        plans = {}
        for text, params in ran:
            if not (text.startswith("SELECT") and ("tickets" in text or "ticket_events" in text)):
                continue
            if hq.pg:
                with hq.transaction():
                    hq.execute("SET LOCAL enable_seqscan = off")
                    plan = "\n".join(r[0] for r in hq.execute("EXPLAIN " + text, params).fetchall())
            else:
                plan = "\n".join(r[-1] for r in hq.execute("EXPLAIN QUERY PLAN " + text, params).fetchall())
            plans[text] = plan
        wanted = {name for t in schema.MERGED for name, _ in schema.index_ddl(t)}
        assert wanted == {"tickets_received_at", "tickets_due_at", "tickets_unit_id_received_at", "ticket_events_at"}
        for name in wanted:
            assert any(f" {name}" in p for p in plans.values()), (name, plans)

        def plan_of(*words):
            return next(p for t, p in plans.items() if all(w in t for w in words))
        assert " tickets_due_at" in plan_of("substr(a.due_at, 1, 7)")
        assert " ticket_events_at" in plan_of("FROM ticket_events", "GROUP BY")
        repairs = plan_of("EXISTS", "GROUP BY")              # the repairs before a complaint (r), by its unit
        assert "tickets_unit_id_received_at on tickets r" in repairs or \
            "SEARCH r USING INDEX tickets_unit_id_received_at (centre_id=? AND unit_id=?" in repairs
        assert " tickets_received_at" in plan_of("u.building FROM tickets t")
