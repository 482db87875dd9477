"""Who may do what, by role: one table the store enforces (not only hidden buttons) and the window reads.

Ticket moves are checked by the lifecycle table in core.states; this table holds the other acts.
An actor of None is the program itself (a migration, an automatic backup, the set-up), never a person."""
from __future__ import annotations

from frontdesk.core.errors import Refused

LEADS = ("supervisor", "admin")
ADMIN = ("admin",)

#: act -> (roles allowed, what it is in words for the refusal)
ACTS: dict[str, tuple[tuple[str, ...], str]] = {
    "settings": (ADMIN, "change the centre's settings"),
    "staff": (ADMIN, "create or change staff accounts"),
    "backup": (LEADS, "make a backup"),
    "restore": (ADMIN, "restore a backup"),
    "backup_settings": (ADMIN, "change where and how long backups are kept"),
    "export_unmasked": (LEADS, "export unmasked phones and ID numbers"),
    "reveal": (LEADS, "see a full ID number or phone"),
    "audit_view": (LEADS, "read the audit log"),
    "privacy_export": (LEADS, "export what the centre holds about a person"),
    "retention": (ADMIN, "anonymise the people who left"),
    "reference": (ADMIN, "change categories, holidays or document templates"),
    "answers": (LEADS, "add, change or delete standard answers"),
    "escalate": (LEADS, "escalate a ticket (督办)"),
    "transfer": (LEADS, "transfer a ticket's ownership"),
    "callback": (("receptionist", "supervisor", "admin"), "record a callback"),
    "archive": (("receptionist", "supervisor", "admin"), "change, merge, import or export the owners' archive"),
}

ROLE_WORDS = {"receptionist": "a receptionist", "supervisor": "a supervisor", "engineer": "an engineer",
              "admin": "an admin"}


def allowed(actor: dict | None, act: str) -> bool:
    """Whether this actor may do `act` (the program itself may do everything)."""
    roles = ACTS[act][0]
    return actor is None or actor.get("role") in roles


def require(actor: dict | None, act: str) -> None:
    """Refuse (code 'role', with who may) unless the actor's role may do `act`."""
    if allowed(actor, act):
        return
    roles, words = ACTS[act]
    role = (actor or {}).get("role") or "?"
    who = " or ".join(ROLE_WORDS[r] for r in roles)
    raise Refused("role", f"{ROLE_WORDS.get(role, role)} may not {words}: only {who} may",
                  act=act, role=role, allowed=list(roles))
