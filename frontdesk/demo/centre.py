"""The demo centre 阳光花园物业服务中心 and its staff (logins named in the README, password demo1234)."""
from __future__ import annotations

import sqlite_utils

from frontdesk.store import settings, staff

CENTRE = "阳光花园物业服务中心"
ADDRESS = "杭州市西湖区文一西路 588 号阳光花园小区南门"
PHONE = "0571-88886666"
LEGAL_NAME = "杭州阳光花园物业服务有限公司"
#: Extra letterhead lines only: the name, address and hotline print from their own settings, once.
LETTERHEAD = ["邮编：310012"]
PASSWORD = "demo1234"

#: (username, display name, role, department) — exactly the logins the README names.
DEMO_STAFF = (
    ("admin", "管理员", "admin", "客服中心"),
    ("zhuguan", "周晓敏", "supervisor", "客服中心"),
    ("qiantai1", "李婷婷", "receptionist", "客服中心"),
    ("qiantai2", "陈静", "receptionist", "客服中心"),
    ("gongcheng1", "王建军", "engineer", "工程部"),
    ("gongcheng2", "赵志刚", "engineer", "工程部"),
)


def ensure_centre(db: sqlite_utils.Database) -> tuple[bool, dict[str, dict]]:
    """Create the centre (if the database has none) and the demo staff that are missing.

    Returns (created the centre?, {username: staff row}) for every active staff member."""
    created = False
    made: list[str] = []
    if not staff.is_initialised(db):
        username, display, _, _ = DEMO_STAFF[0]
        if not db.execute("SELECT 1 FROM staff WHERE username = ?", [username]).fetchone():
            staff.init_centre(db, centre=CENTRE, admin=username, password=PASSWORD, display_name=display,
                              address=ADDRESS, phone=PHONE, legal_name=LEGAL_NAME)
            settings.put(db, "letterhead_lines", LETTERHEAD)
            created = True
            made.append(username)
    actor = staff.first_admin(db)
    missing = [s for s in DEMO_STAFF if not db.execute("SELECT 1 FROM staff WHERE username = ?", [s[0]]).fetchone()]
    # each its own salt and full-strength hash (a quarter second each), made on every core at once
    from concurrent.futures import ThreadPoolExecutor

    from frontdesk.core.passwords import hash_password
    with ThreadPoolExecutor(max(1, len(missing))) as pool:
        hashes = list(pool.map(hash_password, [PASSWORD] * len(missing)))
    for (username, display, role, dept), hashed in zip(missing, hashes):
        staff.create(db, username=username, display_name=display, role=role, password=PASSWORD,
                     department=dept, actor=actor, password_hash=hashed)
        made.append(username)
    if made:   # the login dialog lists only accounts that really have the demo password
        accounts = [a for a in settings.get(db, "demo_accounts") or [] if a.get("username") not in made]
        accounts += [{"username": u, "role": r, "password_hint": PASSWORD} for u, _, r, _ in DEMO_STAFF if u in made]
        settings.put(db, "demo_accounts", accounts, actor=actor)
    rows = {s["username"]: s for s in staff.list_staff(db)}
    return created, rows
