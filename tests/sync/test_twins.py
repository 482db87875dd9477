"""Two PCs joined from one full bundle would be twins: the same terminal id and ticket letter. Before this, a
twin's bundles were passed over as "this terminal's own" or "already applied", and its tickets never reached
anyone. A used bundle is refused at the second join; a copy of it is caught when the twins' bundles meet."""
from __future__ import annotations

import shutil

import pytest

from frontdesk.core.errors import Refused
from frontdesk.store import changes, tickets
from frontdesk.store.db import connect
from frontdesk.sync.apply import import_path
from frontdesk.sync.bundle import format_key
from frontdesk.sync.export import export
from frontdesk.sync.join import join
from tests.sync.conftest import digest


def _key(db) -> str:
    return format_key(bytes(changes.local(db)["centre_key"]))


def _new_db(tmp_path, name):
    (tmp_path / name).mkdir()
    return connect(tmp_path / name / f"{name}.db")


def _ticket(db, actor, text):
    return tickets.create(db, type="repair", category="水电", description=text, actor=actor, place="common")["number"]


@pytest.fixture
def twins(centre, tmp_path):
    """A's full bundle, B joined from it, and C joined from a copy of the same bundle (the guard cannot see a copy)."""
    a = centre["db"]
    full = export(a, tmp_path / "stick", full=True).path
    copy = tmp_path / "copied" / full.name
    shutil.copytree(full, copy)
    b, c = _new_db(tmp_path, "b"), _new_db(tmp_path, "c")
    join(b, full, _key(a))
    join(c, copy, _key(a))
    yield a, b, c
    b.close()
    c.close()


def test_a_used_full_bundle_is_refused_at_the_second_join(centre, tmp_path):
    a = centre["db"]
    full = export(a, tmp_path / "stick", full=True).path
    b = _new_db(tmp_path, "b")
    join(b, full, _key(a))
    c = _new_db(tmp_path, "c")
    before = digest(c)
    with pytest.raises(Refused) as e:
        join(c, full, _key(a))
    assert e.value.code == "bundle_used" and full.name in str(e.value)
    assert digest(c) == before                       # nothing written
    b.close()
    c.close()


def test_twins_bundles_are_refused_by_name_never_passed_over(twins, centre, tmp_path):
    a, b, c = twins
    admin = centre["admin"]
    _ticket(b, admin, "B 的工单")
    _ticket(c, admin, "C 的工单")
    from_b = export(b, tmp_path / "from-b").path
    from_c = export(c, tmp_path / "from-c").path
    assert changes.terminal_id(b) == changes.terminal_id(c)          # what makes them twins
    # B hears from C: the bundle claims B's own terminal, sent by another PC
    before = digest(b)
    [res] = import_path(b, from_c.parent)
    assert res.status == "refused" and res.code == "terminal_twin" and "same full bundle" in res.message
    assert digest(b) == before
    # A hears from B first (applied), then from C: the same terminal and bundle number, another PC
    assert [r.status for r in import_path(a, from_b.parent)] == ["applied"]
    [res] = import_path(a, from_c.parent)
    assert res.status == "refused" and res.code == "terminal_twin"
    [res] = import_path(a, from_c)                                   # the bundle itself, not its folder
    assert res.status == "refused" and res.code == "terminal_twin"


def test_one_pc_s_own_bundle_is_still_passed_over_quietly(pair, tmp_path):
    centre, a, b = pair
    _ticket(b, centre["admin"], "B 的工单")
    own = export(b, tmp_path / "own").path
    [res] = import_path(b, own)
    assert res.status == "skipped"
    assert import_path(b, own.parent) == []
    [res] = import_path(a, own)
    assert res.status == "applied"
