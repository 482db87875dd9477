"""Permissions by role are enforced in the store, not only by hidden buttons (issue 13 §8): every supervisor or
admin act called as a receptionist is refused, says who may, and changes nothing stored."""
import pytest

from frontdesk.core.errors import Refused
from frontdesk.core.permissions import ACTS
from frontdesk.services import audit_export
from frontdesk.store import (answers, archive, audit_log, backup, people, printed, privacy, reference, settings, staff,
                             tickets)
from tests.store.test_backup import digest


def acts(centre, tmp_path):
    """(name, call) for each act a receptionist may not do."""
    db, desk = centre["db"], centre["desk"]
    _, person = centre["units"]["1-1-101"]
    number = tickets.create(db, type="repair", category="水电", description="漏水", actor=centre["admin"],
                            unit="1-1-101")["number"]
    copy = backup.backup(db, tmp_path / "bk")
    return [
        ("settings", lambda: settings.put(db, "centre_name", "别的中心", actor=desk)),
        ("staff create", lambda: staff.create(db, username="x1", display_name="X", role="admin", password="secret12",
                                              actor=desk)),
        ("staff update", lambda: staff.update(db, "lead", actor=desk, role="receptionist")),
        ("category", lambda: reference.add_category(db, desk, "repair", "屋顶")),
        ("holiday", lambda: reference.set_day(db, desk, "2026-12-25", "holiday", "圣诞")),
        ("template", lambda: printed.save_template(db, desk, "notice", "x", "标题", "正文")),
        ("answer", lambda: answers.save_answer(db, desk, title="停水", body="明天停水")),
        ("backup", lambda: backup.backup(db, tmp_path / "bk2", actor=desk)),
        ("backup settings", lambda: backup.set_policy(db, desk, target=str(tmp_path / "usb"))),
        ("restore", lambda: backup.restore(copy, tmp_path / "other.db", actor=desk)),
        ("export unmasked", lambda: archive.export_archive(db, tmp_path / "a.csv", "csv", unmasked=True, actor=desk)),
        ("reveal", lambda: people.reveal(db, person["id"], "id", actor=desk)),
        ("audit view", lambda: audit_log.search(db, desk)),
        ("audit export", lambda: audit_export.export(db, desk, tmp_path / "audit.csv")),
        ("privacy export", lambda: privacy.export_person(db, desk, person["id"], tmp_path / "p.json")),
        ("anonymise", lambda: privacy.anonymise(db, desk, [person["id"]], reason="x")),
        ("retention", lambda: privacy.set_retention(db, desk, 3)),
        ("escalate", lambda: tickets.escalate(db, number, desk, "催一下")),
        ("transfer", lambda: tickets.transfer(db, number, desk, "lead", "换人")),
    ]


def test_a_receptionist_is_refused_every_supervisor_and_admin_act(centre, db_path, tmp_path):
    calls = acts(centre, tmp_path)
    before = digest(db_path)
    for name, call in calls:
        with pytest.raises(Refused) as caught:
            call()
        assert caught.value.code in ("role", "forbidden"), name
        assert digest(db_path) == before, f"{name} changed something"
    assert not any((tmp_path / f).exists() for f in ("a.csv", "audit.csv", "p.json", "other.db", "usb", "bk2"))


def test_refusals_say_who_may():
    from frontdesk.core.permissions import require
    with pytest.raises(Refused) as caught:
        require({"role": "engineer"}, "restore")
    assert str(caught.value) == "an engineer may not restore a backup: only an admin may"
    assert caught.value.data["allowed"] == ["admin"]
    assert all(roles for roles, _ in ACTS.values())


def test_a_user_may_change_their_own_password(centre):
    desk = centre["desk"]
    staff.update(centre["db"], "desk1", actor=desk, password="another-pass1")
    assert staff.authenticate(centre["db"], "desk1", "another-pass1")["username"] == "desk1"
