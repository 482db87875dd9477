"""Personal data (PIPL, 个人信息保护法): the optional retention rule that anonymises people who left more than N
years ago (their tickets stay; the person becomes 已匿名), and the "what we hold about this person" export for a
person's request. Both audited, with ids only (the audit log keeps no name of an anonymised person)."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import sqlite_utils

from frontdesk.core.errors import Invalid, NotFound, Refused
from frontdesk.core.permissions import require

from . import audit, settings
from .db import local_now, touch
from .tx import writing

ANONYMOUS = "已匿名"


def retention_years(db: sqlite_utils.Database) -> int:
    """The rule: anonymise people who left more than this many years ago (0: never)."""
    try:
        return max(0, int(settings.get(db, "retention_years") or 0))
    except (TypeError, ValueError):
        return 0


def set_retention(db: sqlite_utils.Database, actor: dict | None, years: int) -> None:
    require(actor, "retention")
    if not isinstance(years, int) or not 0 <= years <= 100:
        raise Invalid("retention_years", f"{years}: a whole number of years from 0 (never) to 100")
    settings.put(db, "retention_years", years, actor=actor)


def left_before(db: sqlite_utils.Database, cutoff: dt.date) -> list[str]:
    """People whose every tie to a unit ended before `cutoff` (and who had one), not yet anonymised."""
    return [r[0] for r in db.execute(
        "SELECT p.id FROM people p JOIN occupancies o ON o.person_id = p.id AND o.deleted_at IS NULL "
        "WHERE p.deleted_at IS NULL AND p.merged_into IS NULL AND p.name != ? "
        "GROUP BY p.id HAVING count(*) = count(NULLIF(o.until, '')) AND max(o.until) < ?",
        [ANONYMOUS, cutoff.isoformat()])]


def anonymise(db: sqlite_utils.Database, actor: dict | None, person_ids: list[str], *, reason: str) -> int:
    """Blank everything that names or reaches the person; their tickets and units stay. One transaction."""
    require(actor, "retention")
    from .search_index import index_person
    stamp = touch(db)
    with writing(db):
        for pid in person_ids:
            db.execute("UPDATE people SET name = ?, gender = NULL, id_number = NULL, tags = '[]', care_needs = '', "
                       "preferences = '', notes = '', updated_at = ?, origin = ?, version = version + 1 WHERE id = ?",
                       [ANONYMOUS, stamp["updated_at"], stamp["origin"], pid])
            db.execute("UPDATE phones SET phone = '', deleted_at = ?, updated_at = ?, origin = ?, "
                       "version = version + 1 WHERE person_id = ?",
                       [stamp["updated_at"], stamp["updated_at"], stamp["origin"], pid])
            db.execute("UPDATE tickets SET contact_phone = NULL, updated_at = ?, origin = ?, version = version + 1 "
                       "WHERE person_id = ? AND contact_phone IS NOT NULL",
                       [stamp["updated_at"], stamp["origin"], pid])
            index_person(db, pid)
            audit.record(db, actor, "anonymise", "people", pid, reason=reason)
    return len(person_ids)


def apply_retention(db: sqlite_utils.Database, actor: dict | None = None, *, years: int | None = None,
                    now: dt.datetime | None = None, dry_run: bool = False) -> list[str]:
    """Anonymise the people the rule covers (or say who, with dry_run); the ids."""
    years = retention_years(db) if years is None else years
    if years <= 0:
        return []
    today = (now or local_now()).date()
    try:
        cutoff = today.replace(year=today.year - years)
    except ValueError:                                   # 29 February
        cutoff = today.replace(year=today.year - years, day=28)
    found = left_before(db, cutoff)
    if found and not dry_run:
        anonymise(db, actor, found, reason=f"left before {cutoff.isoformat()} (retention {years} years)")
    return found


def holdings(db: sqlite_utils.Database, person_id: str) -> dict:
    """Everything the centre holds about one person, unmasked (it is their own data)."""
    from . import people
    person = people.get(db, person_id)
    if person.get("merged_into"):
        raise Refused("merged", f"{person_id} was merged into another record", merged_into=person["merged_into"])

    def rows(sql, params):
        cur = db.execute(sql, params)
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, r)) for r in cur.fetchall()]
    hidden = {"origin", "version", "vv", "change_seq"}
    return {
        "person": {k: v for k, v in person.items() if k not in hidden},
        "units": rows("SELECT u.code, o.relation, o.since, o.until FROM occupancies o JOIN units u ON u.id = o.unit_id "
                      "WHERE o.person_id = ? AND o.deleted_at IS NULL ORDER BY u.code", [person_id]),
        "tickets": rows("SELECT number, type, category, channel, status, description, contact_phone, place_detail, "
                        "received_at, closed_at, satisfaction, handling_text FROM tickets WHERE person_id = ? "
                        "ORDER BY received_at", [person_id]),
        "events": rows("SELECT t.number, e.at, e.kind, e.note FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id "
                       "WHERE t.person_id = ? AND e.note IS NOT NULL AND e.note != '' ORDER BY e.at", [person_id]),
        "views_and_exports": rows("SELECT at, actor, action, detail FROM audit WHERE table_name = 'people' AND "
                                  "record_id = ? ORDER BY at", [person_id]),
    }


def export_person(db: sqlite_utils.Database, actor: dict | None, person_id: str, out: str | Path) -> Path:
    """The "what we hold about this person" file (JSON, UTF-8); audited before the file is written."""
    require(actor, "privacy_export")
    out = Path(out)
    if out.is_dir() or not out.parent.is_dir():
        raise Invalid("out", f"{out}: give a file in an existing folder")
    data = holdings(db, person_id)
    data["exported_at"] = local_now().isoformat()
    data["centre"] = settings.get(db, "centre_name")
    with writing(db):
        audit.record(db, actor, "privacy_export", "people", person_id, file=str(out.resolve()))
    tmp = out.with_name(f".{out.name}.part")
    try:
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2, default=str), encoding="utf-8")
        tmp.replace(out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise Refused("write_failed", f"{out}: cannot write the file ({exc.strerror})", path=str(out)) from None
    return out


def find_person(db: sqlite_utils.Database, key: str) -> str:
    """A person by id, or by an exact name that only one person has."""
    if db.execute("SELECT 1 FROM people WHERE id = ?", [key]).fetchone():
        return key
    found = db.execute("SELECT p.id, group_concat(u.code, ' ') FROM people p LEFT JOIN occupancies o ON "
                       "o.person_id = p.id LEFT JOIN units u ON u.id = o.unit_id WHERE p.name = ? AND "
                       "p.deleted_at IS NULL GROUP BY p.id", [key]).fetchall()
    if not found:
        raise NotFound("person", key)
    if len(found) > 1:
        choices = "; ".join(f"{i} {u or ''}".strip() for i, u in found)
        raise Refused("ambiguous", f"{len(found)} people are called {key}: give the id ({choices})",
                      field="person")
    return found[0][0]
