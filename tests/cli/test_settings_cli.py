"""frontdesk settings show | set: the centre's legal name, address and hotline from the command line."""
import json

import pytest

from frontdesk.cli import main
from frontdesk.store import staff
from frontdesk.store.db import connect


@pytest.fixture
def cli_centre(db_path):
    db = connect(db_path)
    staff.init_centre(db, centre="阳光花园物业服务中心", admin="boss", password="s3cret-pass")
    staff.create(db, username="desk1", display_name="李前台", role="receptionist", password="secret12")
    db.close()
    return db_path


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_settings_set_and_show(cli_centre, capsys):
    assert run(capsys, "settings", "set", "legal_name", "杭州测试物业服务有限公司")[0] == 0
    assert run(capsys, "settings", "set", "centre_address", "新路 99 号")[0] == 0
    assert run(capsys, "settings", "set", "work_order_parts", "yes")[0] == 0
    code, out, _ = run(capsys, "settings", "show", "--json")
    shown = json.loads(out)
    assert code == 0 and shown["legal_name"] == "杭州测试物业服务有限公司" and shown["work_order_parts"] is True
    assert shown["centre_address"] == "新路 99 号"
    code, out, _ = run(capsys, "settings", "show")
    assert "legal_name\t杭州测试物业服务有限公司" in out


def test_settings_refusals(cli_centre, capsys):
    code, _, err = run(capsys, "settings", "set", "work_order_parts", "maybe")
    assert code == 1 and "work_order_parts" in err
    code, _, err = run(capsys, "settings", "set", "centre_name", "")
    assert code == 1
    with pytest.raises(SystemExit) as exc:
        main(["settings", "set", "no_such_key", "x"])
    assert exc.value.code == 2
    code, _, err = run(capsys, "settings", "set", "legal_name", "X", "--as", "desk1")
    assert code == 1 and "admin" in err


def test_init_asks_for_the_legal_name_and_hotline(db_path, capsys, monkeypatch):
    import io
    monkeypatch.setattr("sys.stdin", io.StringIO("s3cret-pass\n"))
    code, _, err = run(capsys, "init", "--center", "新城物业服务中心", "--admin", "boss", "--password-stdin",
                       "--legal-name", "杭州新城物业服务有限公司", "--address", "新城路 1 号", "--phone", "0571-1234")
    assert code == 0, err
    code, out, _ = run(capsys, "settings", "show", "--json")
    shown = json.loads(out)
    assert shown["legal_name"] == "杭州新城物业服务有限公司" and shown["centre_phone"] == "0571-1234"
    assert shown["letterhead_lines"] == []               # the address prints from its own setting, once
