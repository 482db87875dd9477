"""The 同步 page: export and import through a folder with a summary, and a conflict settled from the page."""
import pytest

from frontdesk.store import changes, staff, units
from frontdesk.sync.apply import import_path
from frontdesk.sync.bundle import format_key
from frontdesk.sync.export import export
from frontdesk.sync.join import join
from frontdesk.ui.pages.sync import SyncPage

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def other(centre, tmp_path):
    """Terminal B, joined from a full bundle of the centre's terminal."""
    from frontdesk.store.db import connect
    a = centre["db"]
    full = export(a, tmp_path / "stick", full=True).path
    (tmp_path / "b").mkdir()
    b = connect(tmp_path / "b" / "b.db")
    join(b, full, format_key(bytes(changes.local(a)["centre_key"])))
    yield b
    b.close()


def wait_job(qtbot, page):
    job = page.job
    qtbot.waitUntil(lambda: page.job is None or not job.thread.isRunning(), timeout=15000)
    qtbot.waitUntil(lambda: page.last_result is not None, timeout=15000)


def test_export_then_import_shows_a_summary(qtbot, ctx, centre, other, tmp_path):
    share = tmp_path / "share"
    share.mkdir()
    page = SyncPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.folder.setText(str(share))
    units.update(other, "1-1-101", actor=staff.get(other, "admin"), notes="B 改了备注")
    export(other, share)
    page.import_()
    wait_job(qtbot, page)
    assert "1" in page.summary_text.text()
    cells = {page.summary.item(r, 0).text(): page.summary.item(r, 2).text() for r in range(page.summary.rowCount())}
    assert cells.get("Units") == "1"
    assert centre["db"].execute("SELECT notes FROM units WHERE code = '1-1-101'").fetchone()[0] == "B 改了备注"
    page.last_result = None
    page.export()
    wait_job(qtbot, page)
    assert len(list(share.iterdir())) == 2


def test_settle_a_conflict_from_the_page(qtbot, ctx, centre, other, tmp_path):
    a = centre["db"]
    units.update(a, "1-1-102", actor=centre["admin"], notes="A")
    units.update(other, "1-1-102", actor=staff.get(other, "admin"), notes="B")
    import_path(a, export(other, tmp_path / "s").path)
    page = SyncPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.conflicts.rowCount() == 1
    assert page.conflicts.item(0, 1).text() == "1-1-102"
    assert {page.conflicts.item(0, 3).text(), page.conflicts.item(0, 4).text()} == {"A", "B"}
    page.theirs.click()
    assert page.conflicts.rowCount() == 0
    assert a.execute("SELECT notes FROM units WHERE code = '1-1-102'").fetchone()[0] == "B"
    import_path(other, export(a, tmp_path / "s").path)
    assert other.execute("SELECT notes FROM units WHERE code = '1-1-102'").fetchone()[0] == "B"


def test_a_refused_bundle_is_named_with_its_file(qtbot, ctx, centre, other, tmp_path):
    share = tmp_path / "share"
    units.update(other, "1-1-101", actor=staff.get(other, "admin"), notes="x")
    p = export(other, share).path
    f = p / "tables/units.csv"
    f.write_bytes(f.read_bytes()[:-4])
    page = SyncPage(ctx)
    qtbot.addWidget(page)
    page.folder.setText(str(share))
    before = centre["db"].execute("SELECT notes FROM units WHERE code = '1-1-101'").fetchone()[0]
    page.import_()
    wait_job(qtbot, page)
    assert "tables/units.csv is cut short" in page.summary_text.text()
    assert centre["db"].execute("SELECT notes FROM units WHERE code = '1-1-101'").fetchone()[0] == before


def test_a_ticket_conflict_reads_as_names_not_ids(qtbot, ctx, centre, other, tmp_path):
    """The conflict's cells show who (a name), not a staff id, and the caller's phone masked."""
    from frontdesk.store import tickets
    a = centre["db"]
    t = tickets.create(a, type="repair", category="水电", description="漏水", actor=centre["admin"], unit="1-1-101",
                       contact_phone="13812345678")
    import_path(other, export(a, tmp_path / "s").path)
    tickets.move(a, t["number"], "dispatched", centre["admin"], handler="admin")
    tickets.move(other, t["number"], "cancelled", staff.get(other, "admin"), note="重复")
    import_path(a, export(other, tmp_path / "s").path)
    page = SyncPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.conflicts.rowCount() == 1
    cells = page.conflicts.item(0, 3).text() + page.conflicts.item(0, 4).text()
    assert centre["admin"]["id"][:8] not in cells and centre["admin"]["display_name"] in cells
    assert "13812345678" not in cells
