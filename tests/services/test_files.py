"""services.files: a bad --out is refused naming the field, before any work; nothing half-written is left."""
import pytest

from frontdesk.core.errors import Invalid
from frontdesk.services import files


@pytest.mark.parametrize("make, out, says", [
    (lambda p: None, lambda p: "", "say which file"),
    (lambda p: None, lambda p: p, "is a folder"),
    (lambda p: None, lambda p: p / "missing" / "x.pdf", "no such folder"),
    (lambda p: (p / "f.pdf").write_bytes(b"x"), lambda p: p / "f.pdf" / "x.pdf", "not a folder"),
])
def test_bad_out_is_refused_naming_the_field(tmp_path, make, out, says):
    make(tmp_path)
    with pytest.raises(Invalid) as exc:
        files.write_atomic(out(tmp_path), b"data")
    assert exc.value.field == "out" and says in str(exc.value)
    assert not (tmp_path / "missing").exists()                    # no folder made on the way
    assert not list(tmp_path.rglob("*.part"))


def test_write_replaces_whole_and_leaves_no_part_file(tmp_path):
    target = tmp_path / "a.pdf"
    target.write_bytes(b"old")
    assert files.write_atomic(target, b"new") == target
    assert target.read_bytes() == b"new" and [p.name for p in tmp_path.iterdir()] == ["a.pdf"]


def test_print_and_reports_refuse_a_missing_folder_before_recording(centre, tmp_path):
    from frontdesk.services import printing, reports
    from frontdesk.store import printed
    db, a = centre["db"], centre["admin"]
    with pytest.raises(Invalid, match="no such folder"):
        printing.print_to_file(db, "notice", tmp_path / "no" / "n.pdf", a, units="1-", template="water-outage")
    with pytest.raises(Invalid, match="no such folder"):
        reports.export_monthly(db, "2026-11", tmp_path / "no" / "m.pdf", a)
    with pytest.raises(Invalid, match="is a folder"):
        printing.print_to_file(db, "notice", tmp_path, a, units="1-", template="water-outage")
    assert printed.recent(db) == [] and not (tmp_path / "no").exists()
