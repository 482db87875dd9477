"""An export or a printed PDF is written only with its audit row: when the audit cannot be written (the database
locked by another writer, or read-only), no file is left; every audited file row keeps the full path; refused
reveals and refused unmasked exports are audited as the acts are."""
import datetime as dt
import json
import sqlite3

import pytest

from frontdesk.core.errors import Refused
from frontdesk.store import archive, audit, people


@pytest.fixture
def locked(centre, db_path):
    """Another writer holds the database's write lock; our connection gives up quickly."""
    centre["db"].execute("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    yield centre
    other.execute("ROLLBACK")
    other.close()


def _exports(c, out):
    from frontdesk.services import audit_export, printing
    from frontdesk.services.reports import export_daily_log, export_monthly
    from frontdesk.services.survey_export import export_results
    return {
        "archive csv": lambda: archive.export_archive(c["db"], out.with_suffix(".csv"), "csv", unmasked=True,
                                                      actor=c["admin"]),
        "archive xlsx": lambda: archive.export_archive(c["db"], out.with_suffix(".xlsx"), "xlsx", actor=c["admin"]),
        "daily log": lambda: export_daily_log(c["db"], dt.date(2026, 1, 5), "csv", out.with_suffix(".csv"),
                                              c["admin"]),
        "monthly": lambda: export_monthly(c["db"], "2026-01", out.with_suffix(".pdf"), c["admin"]),
        "survey": lambda: export_results(c["db"], 2025, out.with_suffix(".csv"), c["admin"]),
        "audit log": lambda: audit_export.export(c["db"], c["admin"], out.with_suffix(".csv")),
        "print": lambda: printing.print_to_file(c["db"], "notice", out.with_suffix(".pdf"), c["admin"],
                                                units="all", title="停水通知", text="明日停水。"),
    }


@pytest.mark.parametrize("what", ["archive csv", "archive xlsx", "daily log", "monthly", "survey", "audit log",
                                  "print"])
def test_no_file_when_the_audit_row_cannot_be_written(locked, tmp_path, what):
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises((sqlite3.OperationalError, Refused)):
        _exports(locked, folder / "export")[what]()
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("what", ["archive csv", "daily log", "monthly", "audit log", "print"])
def test_every_exported_file_is_audited_with_its_full_path(centre, tmp_path, monkeypatch, what):
    monkeypatch.chdir(tmp_path)
    from pathlib import Path
    _exports(centre, Path("export"))[what]()
    made = [p for p in tmp_path.iterdir() if p.name.startswith("export")]
    assert len(made) == 1
    rows = [json.loads(r["detail"]) for r in audit.rows(centre["db"], limit=20)]
    paths = [d.get("path") for d in rows if d.get("path")]
    assert str(made[0]) in paths


def test_refused_reveals_and_unmasked_exports_are_audited(centre, tmp_path):
    db, desk = centre["db"], centre["desk"]
    person = centre["units"]["1-1-101"][1]
    with pytest.raises(Refused):
        people.reveal(db, person["id"], "id", actor=desk)
    with pytest.raises(Refused):
        archive.export_archive(db, tmp_path / "a.csv", "csv", unmasked=True, actor=desk)
    assert not (tmp_path / "a.csv").exists()
    seen = audit.rows(db, action="view_id_refused")
    assert len(seen) == 1 and seen[0]["actor"] == "desk1" and seen[0]["record_id"] == person["id"]
    seen = audit.rows(db, action="export_refused")
    assert len(seen) == 1 and json.loads(seen[0]["detail"])["path"] == str(tmp_path / "a.csv")
