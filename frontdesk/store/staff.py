"""Staff accounts: roles, login with lock-out, the centre's creation (`frontdesk init`)."""
from __future__ import annotations

import datetime as dt
import json
import re

import sqlite_utils

from frontdesk.core.errors import Invalid, NotFound, Refused
from frontdesk.core.model import ROLES, check_choice
from frontdesk.core import passwords
from frontdesk.core.passwords import check_strength
from frontdesk.core.permissions import require
from frontdesk.core.text import accept

from . import audit, settings
from .db import sync_columns, touch
from .tx import writing

MAX_FAILED = 5
LOCK_MINUTES = 15
USERNAME_RE = re.compile(r"^[A-Za-z0-9_.\-]{2,32}$")
PUBLIC = "id, username, display_name, role, department, phone, active, failed_logins, locked_until"


def _row(db, where: str, params) -> dict | None:
    row = db.execute(f"SELECT {PUBLIC} FROM staff WHERE {where} AND deleted_at IS NULL", params).fetchone()
    if row is None:
        return None
    return dict(zip([c.strip() for c in PUBLIC.split(",")], row))


def get(db: sqlite_utils.Database, username: str) -> dict:
    found = _row(db, "username = ?", [username])
    if not found:
        raise NotFound("user", username, valid=[s["username"] for s in list_staff(db)])
    return found


def by_id(db: sqlite_utils.Database, staff_id: str) -> dict | None:
    return _row(db, "id = ?", [staff_id]) if staff_id else None


def _saved(db: sqlite_utils.Database, staff_id: str) -> dict:
    """A staff row just written in this transaction (there by construction)."""
    person = by_id(db, staff_id)
    assert person is not None, staff_id
    return person


def list_staff(db: sqlite_utils.Database, *, role: str | None = None, active_only: bool = True) -> list[dict]:
    sql = f"SELECT {PUBLIC} FROM staff WHERE deleted_at IS NULL"
    params: list = []
    if active_only:
        sql += " AND active = 1"
    if role:
        sql += " AND role = ?"
        params.append(role)
    cols = [c.strip() for c in PUBLIC.split(",")]
    return [dict(zip(cols, r)) for r in db.execute(sql + " ORDER BY role, username", params).fetchall()]


def first_admin(db: sqlite_utils.Database) -> dict | None:
    row = db.execute("SELECT username FROM staff WHERE role = 'admin' AND active = 1 AND deleted_at IS NULL "
                     "ORDER BY created_at, rowid LIMIT 1").fetchone()
    return _row(db, "username = ?", [row[0]]) if row else None


def create(db: sqlite_utils.Database, *, username: str, display_name: str, role: str, password: str | None,
           department: str = "", phone: str | None = None, actor: dict | None = None,
           password_hash: str | None = None) -> dict:
    """A new staff member. `password_hash`: the password already hashed by core.passwords.hash_password (the
    demo hashes its staff's on several cores at once); the password is still checked for strength."""
    require(actor, "staff")
    if not USERNAME_RE.match(username or ""):
        raise Invalid("username", "2–32 letters, digits, '.', '_' or '-'")
    display_name, department = accept("display_name", display_name), accept("department", department)
    if not display_name:
        raise Invalid("display_name", "required")
    check_choice("role", role, ROLES)
    if password is not None and (weak := check_strength(password)):
        raise Invalid("password", weak)
    with writing(db):
        if _row(db, "username = ?", [username]):
            raise Refused("exists", f"username: '{username}' is taken", field="username")
        row = {**sync_columns(db), "username": username, "display_name": display_name.strip(), "role": role,
               "department": department, "phone": phone,
               "password_hash": (password_hash or passwords.hash_password(password)) if password else None,
               "active": 1}
        db["staff"].insert(row)
        audit.record(db, actor, "create", "staff", row["id"], username=username, role=role)
    return _saved(db, row["id"])


def update(db: sqlite_utils.Database, username: str, *, actor: dict | None = None, **changes) -> dict:
    allowed = {"display_name", "role", "department", "phone", "active"}
    if not (actor and actor.get("username") == username and set(changes) == {"password"}):
        require(actor, "staff")                 # anyone may change their own password
    bad = set(changes) - allowed - {"password"}
    if bad:
        raise Invalid(sorted(bad)[0], "cannot be changed here", valid=sorted(allowed | {"password"}))
    if "role" in changes:
        check_choice("role", changes["role"], ROLES)
    with writing(db):
        person = get(db, username)
        cols = {k: v for k, v in changes.items() if k in allowed}
        if "password" in changes:
            if weak := check_strength(changes["password"]):
                raise Invalid("password", weak)
            cols["password_hash"] = passwords.hash_password(changes["password"])
            cols["failed_logins"] = 0
            cols["locked_until"] = None
        if person["role"] == "admin" and (cols.get("role", "admin") != "admin" or cols.get("active", 1) == 0):
            others = [s for s in list_staff(db, role="admin") if s["id"] != person["id"]]
            if not others:
                raise Refused("last_admin", "the centre must keep at least one active admin")
        sets = ", ".join(f"{k} = ?" for k in [*cols, *touch(db)])
        db.execute(f"UPDATE staff SET {sets}, version = version + 1 WHERE id = ?",
                   [*cols.values(), *touch(db).values(), person["id"]])
        audit.record(db, actor, "update", "staff", person["id"],
                     fields=sorted(k if k != "password_hash" else "password" for k in cols))
    return _saved(db, person["id"])


def authenticate(db: sqlite_utils.Database, username: str, password: str, *, now: dt.datetime | None = None) -> dict:
    """The staff member, or Refused('bad_login') that never says which half was wrong; five misses lock.

    An unknown (or inactive) user name is answered exactly like a real one: the same words, the same lock-out
    after five misses (counted in the audit log), the same scrypt work. Every miss is audited, locked or not."""
    now = now or dt.datetime.now()
    row = db.execute("SELECT id, password_hash, active, failed_logins, locked_until FROM staff "
                     "WHERE username = ? AND deleted_at IS NULL", [username]).fetchone()
    known = row is not None and bool(row[2])
    if known:
        staff_id, stored, _, failed, locked_until = row
    else:
        staff_id, stored = None, None
        failed, locked_until = _unknown_name_state(db, username)
    ok = passwords.verify_password(password, stored)        # always the same work, locked or unknown
    if locked_until and dt.datetime.fromisoformat(locked_until) > now:
        with writing(db):
            audit.record(db, None, "login_failed", "staff", staff_id, username=username, locked=True,
                         while_locked=True, failed=failed, locked_until=locked_until)
        raise _locked(locked_until)
    with writing(db):
        if ok and known:
            upgrade = {"password_hash": passwords.hash_password(password)} if passwords.needs_rehash(stored) else {}
            sets = "".join(f", {k} = ?" for k in upgrade)
            db.execute(f"UPDATE staff SET failed_logins = 0, locked_until = NULL{sets} WHERE id = ?",
                       [*upgrade.values(), staff_id])
            person = _saved(db, staff_id)
            audit.record(db, person, "login", "staff", staff_id, **({"rehashed": True} if upgrade else {}))
            return person
        failed += 1
        until = (now + dt.timedelta(minutes=LOCK_MINUTES)).isoformat(timespec="seconds") if failed >= MAX_FAILED else None
        if known:
            db.execute("UPDATE staff SET failed_logins = ?, locked_until = ? WHERE id = ?",
                       [0 if until else failed, until, staff_id])
        audit.record(db, None, "login_failed", "staff", staff_id, username=username, locked=bool(until),
                     failed=0 if until else failed, locked_until=until)
    if until:
        raise _locked(until)
    raise Refused("bad_login", "wrong user name or password")


def _locked(until: str) -> Refused:
    return Refused("locked", f"too many wrong passwords: try again after {until[11:16]}", until=until)


def _unknown_name_state(db: sqlite_utils.Database, username: str) -> tuple[int, str | None]:
    """(misses so far, locked until) for a user name that is not an active account, from its last audited miss."""
    last = db.execute("SELECT detail FROM audit WHERE table_name = 'staff' AND record_id IS NULL "
                      "AND action = 'login_failed' AND json_extract(detail, '$.username') = ? "
                      "ORDER BY rowid DESC LIMIT 1", [username]).fetchone()
    if not last:
        return 0, None
    detail = json.loads(last[0])
    return int(detail.get("failed") or 0), detail.get("locked_until")


def is_initialised(db: sqlite_utils.Database) -> bool:
    return bool(settings.get(db, "centre_name")) and first_admin(db) is not None


def init_centre(db: sqlite_utils.Database, *, centre: str, admin: str, password: str,
                display_name: str | None = None, address: str = "", phone: str = "", legal_name: str = "") -> dict:
    """Create the centre and its first admin (the GUI's set-up dialog calls this too)."""
    if not (centre or "").strip():
        raise Invalid("centre", "the centre needs a name")
    if is_initialised(db):
        raise Refused("already_initialised", f"this database already holds the centre "
                      f"'{settings.get(db, 'centre_name')}'")
    with writing(db):
        settings.put(db, "centre_name", centre.strip())
        settings.put(db, "centre_address", address)
        settings.put(db, "centre_phone", phone)
        settings.put(db, "legal_name", (legal_name or "").strip())
        settings.put(db, "letterhead_lines", [])      # address and hotline print from their own settings, once
        from .db import local_now
        settings.put(db, "inspections_since", local_now().date().isoformat())   # no round was owed before
        from . import changes
        settings.put(db, "terminal_id", changes.terminal_id(db))
        changes.new_centre(db)
        user = create(db, username=admin, display_name=display_name or "管理员", role="admin",
                      password=password, department="客服中心")
        audit.record(db, user, "init", "settings", None, centre=centre)
    return user


def resolve_actor(db: sqlite_utils.Database, username: str | None) -> dict:
    """--as USER, else FRONTDESK_USER, else the centre's first admin."""
    import os
    if username is not None and not username.strip():
        raise Invalid("as", "empty user name; say who does this, e.g. --as admin",
                      valid=[s["username"] for s in list_staff(db)])
    name = username or os.environ.get("FRONTDESK_USER")
    if name:
        person = get(db, name)
        if not person["active"]:
            raise Refused("inactive", f"user '{name}' is not active")
        return person
    admin = first_admin(db)
    if admin is None:
        raise Refused("not_initialised", "the centre is not set up: run 'frontdesk init' or 'frontdesk demo'")
    return admin
