"""Logins: scrypt at OWASP strength, old hashes upgraded at login, no user-name enumeration, misses audited."""
import base64
import datetime as dt
import hashlib
import json
import os

import pytest

from frontdesk.core.errors import Refused
from frontdesk.store import audit, staff


def _old_hash(password: str) -> str:
    """A hash as the program made them before: N = 2^14."""
    salt = os.urandom(16)
    key = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1, dklen=32)
    return f"scrypt$16384$8$1${base64.b64encode(salt).decode()}${base64.b64encode(key).decode()}"


def test_new_hashes_use_owasp_parameters(real_scrypt):
    stored = real_scrypt.hash_password("secret12")
    _, n, r, p, _, _ = stored.split("$")
    assert (int(n), int(r), int(p)) == (2**17, 8, 1)
    assert real_scrypt.verify_password("secret12", stored)
    assert not real_scrypt.verify_password("secret13", stored)
    assert not real_scrypt.needs_rehash(stored)


def test_an_old_hash_still_verifies_and_is_upgraded_at_login(centre, real_scrypt):
    db = centre["db"]
    db.execute("UPDATE staff SET password_hash = ? WHERE username = 'desk1'", [_old_hash("secret12")])
    assert real_scrypt.needs_rehash(_old_hash("x"))
    person = staff.authenticate(db, "desk1", "secret12")
    assert person["username"] == "desk1"
    stored = db.execute("SELECT password_hash FROM staff WHERE username = 'desk1'").fetchone()[0]
    assert stored.startswith("scrypt$131072$8$1$")
    assert real_scrypt.verify_password("secret12", stored)
    assert staff.authenticate(db, "desk1", "secret12")["username"] == "desk1"


def test_the_stored_hash_is_never_weakened_by_the_test_fixtures(centre):
    stored = centre["db"].execute("SELECT password_hash FROM staff WHERE username = 'admin'").fetchone()[0]
    assert stored.startswith("scrypt$131072$8$1$")


def _answers(db, username, tries=7):
    """The (code, message) of each of `tries` wrong passwords in a row."""
    now = dt.datetime(2026, 3, 2, 9, 0)
    got = []
    for _ in range(tries):
        with pytest.raises(Refused) as err:
            staff.authenticate(db, username, "wrong-pass", now=now)
        got.append((err.value.code, str(err.value)))
    return got


def test_an_unknown_name_is_answered_exactly_like_a_real_one(centre):
    db = centre["db"]
    real, unknown = _answers(db, "desk1"), _answers(db, "nobody")
    assert real == unknown
    assert real[3][0] == "bad_login" and real[4][0] == real[6][0] == "locked"
    # an inactive account answers the same way too
    staff.update(db, "eng1", active=0, actor=centre["admin"])
    assert _answers(db, "eng1") == real


def test_attempts_while_locked_are_audited(centre):
    db = centre["db"]
    _answers(db, "desk1", tries=5)
    before = len(audit.rows(db, action="login_failed"))
    with pytest.raises(Refused, match="too many"):
        staff.authenticate(db, "desk1", "secret12", now=dt.datetime(2026, 3, 2, 9, 1))   # right, but locked
    rows = audit.rows(db, action="login_failed")
    assert len(rows) == before + 1
    detail = json.loads(rows[0]["detail"])
    assert detail["username"] == "desk1" and detail["while_locked"] is True
    # after the lock-out the right password opens again
    assert staff.authenticate(db, "desk1", "secret12", now=dt.datetime(2026, 3, 2, 9, 16))["username"] == "desk1"
