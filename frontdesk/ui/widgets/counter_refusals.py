"""Words for the refusals of roles, backups, restores and damaged databases (issue 13), in the window's
language; refusals.describe() asks here first."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

ACTS = {
    "settings": QT_TRANSLATE_NOOP("Refusals", "change the centre's settings"),
    "staff": QT_TRANSLATE_NOOP("Refusals", "create or change staff accounts"),
    "backup": QT_TRANSLATE_NOOP("Refusals", "make a backup"),
    "restore": QT_TRANSLATE_NOOP("Refusals", "restore a backup"),
    "backup_settings": QT_TRANSLATE_NOOP("Refusals", "change where and how long backups are kept"),
    "export_unmasked": QT_TRANSLATE_NOOP("Refusals", "export unmasked phones and ID numbers"),
    "reveal": QT_TRANSLATE_NOOP("Refusals", "see a full ID number or phone"),
    "audit_view": QT_TRANSLATE_NOOP("Refusals", "read the audit log"),
    "privacy_export": QT_TRANSLATE_NOOP("Refusals", "export what the centre holds about a person"),
    "retention": QT_TRANSLATE_NOOP("Refusals", "anonymise the people who left"),
    "reference": QT_TRANSLATE_NOOP("Refusals", "change categories, holidays or document templates"),
    "answers": QT_TRANSLATE_NOOP("Refusals", "add, change or delete standard answers"),
    "escalate": QT_TRANSLATE_NOOP("Refusals", "escalate a ticket (督办)"),
    "transfer": QT_TRANSLATE_NOOP("Refusals", "transfer a ticket's ownership"),
    "callback": QT_TRANSLATE_NOOP("Refusals", "record a callback"),
    "archive": QT_TRANSLATE_NOOP("Refusals", "change, merge, import or export the owners' archive"),
}
CODES = ("backup_unusable", "backup_damaged", "db_known_damaged", "not_a_folder", "ambiguous")


def _t(text: str) -> str:
    return QCoreApplication.translate("Refusals", text)


def handles(exc) -> bool:
    data = exc.data or {}
    return (exc.code == "role" and bool(data.get("act")) and data.get("act") in ACTS) or exc.code in CODES


def describe(exc) -> str:
    from frontdesk.ui.labels import role_label
    d, code = exc.data or {}, exc.code
    if code == "role":
        who = QCoreApplication.translate("Refusals", " or ").join(role_label(r) for r in d.get("allowed") or ())
        return (QCoreApplication.translate("Refusals", "A %1 may not %2: only %3 may.")
                .replace("%1", role_label(d.get("role")))
                .replace("%2", _t(ACTS[d["act"]])).replace("%3", who))
    path, found = d.get("path", ""), f"{d.get('failed')}: {d.get('reason')}"
    if code == "backup_unusable":
        failed, reason = d.get("failed"), str(d.get("reason") or "")
        if failed == "centre":
            text = QCoreApplication.translate(
                "Refusals", "%1 holds no centre (no centre name or no administrator); choose another backup.")
        elif failed == "schema" and "no schema" in reason:
            text = QCoreApplication.translate("Refusals", "%1 is not a frontdesk backup.")
        elif failed == "schema":
            text = QCoreApplication.translate(
                "Refusals", "%1 was made by a newer frontdesk (%2); install the newer program first.")
        else:
            text = QCoreApplication.translate("Refusals", "%1 is damaged (%2); choose another backup.")
        return text.replace("%1", path).replace("%2", reason)
    if code == "backup_damaged":
        return QCoreApplication.translate(
            "Refusals", "The database is damaged (%1): no backup was made, and every earlier backup is kept.") \
            .replace("%1", found)
    if code == "db_known_damaged":
        return QCoreApplication.translate(
            "Refusals", "This database was found damaged (%1); nothing was saved. An administrator restores the "
            "newest good backup (Settings → Backups).").replace("%1", found)
    if code == "not_a_folder":
        return QCoreApplication.translate(
            "Refusals", "%1 is a file, not a folder: choose the folder the backups go in.").replace("%1", path)
    choices = str(exc).split("(", 1)[-1].rstrip(")")
    return QCoreApplication.translate(
        "Refusals", "Several people have this name; choose one by its id (%1).").replace("%1", choices)
