"""The audit viewer's query and `frontdesk audit` (issue 13 §8): filter by who, action, record and date."""
import json
import os
import subprocess
import sys

import pytest

from frontdesk.core.errors import Invalid
from frontdesk.services import audit_export
from frontdesk.store import audit, audit_log, backup, people, tickets


@pytest.fixture
def acts(centre, tmp_path):
    db = centre["db"]
    _, person = centre["units"]["1-1-101"]
    t = tickets.create(db, type="repair", category="水电", description="漏水", actor=centre["desk"], unit="1-1-101")
    people.reveal(db, person["id"], "phone", actor=centre["lead"])
    backup.backup(db, tmp_path / "bk", actor=centre["admin"])
    return {"ticket": t, "person": person}


def test_filters(centre, acts):
    db, lead = centre["db"], centre["lead"]
    rows = audit_log.search(db, lead, who="lead")
    assert rows and all(r["actor"] == "lead" for r in rows)
    views = audit_log.search(db, lead, action="view")
    assert [r["action"] for r in views] == ["view_phone"] and views[0]["record"] == "张三丰"
    by_ticket = audit_log.search(db, lead, record=acts["ticket"]["number"])
    assert by_ticket and by_ticket[0]["record"] == acts["ticket"]["number"]
    assert audit_log.search(db, lead, action="backup", since="2000-01-01", until="2999-12-31")
    assert not audit_log.search(db, lead, since="2999-01-01")
    with pytest.raises(Invalid):
        audit_log.search(db, lead, since="yesterday")


def test_export_is_audited_and_defused(centre, acts, tmp_path):
    db = centre["db"]
    audit.record(db, centre["admin"], "setting", "settings", "centre_name", value="=HYPERLINK(\"x\")")
    n = audit_export.export(db, centre["admin"], tmp_path / "audit.csv", action="setting")
    text = (tmp_path / "audit.csv").read_text(encoding="utf-8-sig")
    assert n >= 1 and "时间" in text and ",=" not in text
    assert audit.rows(db, action="export")[0]["detail"].count("audit") >= 1


def test_command_line(centre, acts, db_path):
    centre["db"].close()
    env = {**os.environ, "FRONTDESK_DB": str(db_path)}
    out = subprocess.run([sys.executable, "-m", "frontdesk", "audit", "--action", "backup", "--json"],
                         capture_output=True, text=True, env=env)
    assert out.returncode == 0, out.stderr
    assert [r["action"] for r in json.loads(out.stdout)] == ["backup"]
    out = subprocess.run([sys.executable, "-m", "frontdesk", "audit", "--who", "lead", "--since", "2000-01-01"],
                         capture_output=True, text=True, env=env)
    assert out.returncode == 0 and "view_phone" in out.stdout
    out = subprocess.run([sys.executable, "-m", "frontdesk", "audit", "--as", "desk1"], capture_output=True,
                         text=True, env=env)
    assert out.returncode == 1 and "only a supervisor or an admin" in out.stderr


@pytest.mark.parametrize("option,value", [("--since", "2026-13-01"), ("--until", "2026-02-30"), ("--since", "yesterday")])
def test_a_bad_date_is_a_usage_error_naming_the_option(centre, db_path, option, value):
    """A date that is not a day is bad usage (exit 2, as DESIGN §5 says for every command), not a refusal."""
    from frontdesk.cli import main
    centre["db"].close()
    out = subprocess.run([sys.executable, "-m", "frontdesk", "audit", option, value], capture_output=True, text=True,
                         env={**os.environ, "FRONTDESK_DB": str(db_path)})
    assert out.returncode == 2 and option in out.stderr and value in out.stderr, out.stderr
    assert main(["--db", str(db_path), "report", "monthly", "--month", "2026-13", "--out", str(db_path.with_suffix(".pdf"))]) == 2
    assert main(["--db", str(db_path), "inspection", "due", "--date", value]) == 2
