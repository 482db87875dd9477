"""Translated display names for stable codes the shell shows (roles, ticket types)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from frontdesk.ui.widgets.labels import name_of


ROLES = {
    "receptionist": QT_TRANSLATE_NOOP("ShellLabels", "Receptionist"),
    "supervisor": QT_TRANSLATE_NOOP("ShellLabels", "Supervisor"),
    "engineer": QT_TRANSLATE_NOOP("ShellLabels", "Engineer"),
    "admin": QT_TRANSLATE_NOOP("ShellLabels", "Administrator"),
}
TYPES = {
    "repair": QT_TRANSLATE_NOOP("ShellLabels", "Repair"),
    "complaint": QT_TRANSLATE_NOOP("ShellLabels", "Complaint"),
    "inquiry": QT_TRANSLATE_NOOP("ShellLabels", "Inquiry"),
    "suggestion": QT_TRANSLATE_NOOP("ShellLabels", "Suggestion"),
    "praise": QT_TRANSLATE_NOOP("ShellLabels", "Praise"),
}


def role_label(role: str | None) -> str:
    """The translated name of a staff role code."""
    return name_of("ShellLabels", ROLES, role or "")


def refusal_text(exc) -> str:
    """Words for a login refusal that never say which half was wrong."""
    if getattr(exc, "code", "") == "locked":
        until = str(exc.data.get("until") or "")[11:16]
        return QCoreApplication.translate(
            "ShellLabels", "Too many wrong passwords: this account is locked until %1. Ask an administrator "
            "or try again later.").replace("%1", until)
    if getattr(exc, "code", "") == "bad_login":
        return QCoreApplication.translate("ShellLabels", "Wrong user name or password.")
    from frontdesk.ui.widgets.refusals import describe
    return describe(exc)


def type_label(type_: str) -> str:
    """The translated name of a ticket type code."""
    return name_of("ShellLabels", TYPES, type_)


def invalid_text(exc) -> str:
    """Words for a refused staff or centre field (the store's messages are English codes and data)."""
    field = getattr(exc, "field", None)
    code = getattr(exc, "code", "")
    if code == "exists" and exc.data.get("field") == "username":
        return QCoreApplication.translate("ShellLabels", "This user name is taken.")
    if code == "last_admin":
        return QCoreApplication.translate("ShellLabels", "The centre must keep at least one active administrator.")
    texts = {
        "centre": QCoreApplication.translate("ShellLabels", "The centre needs a name."),
        "username": QCoreApplication.translate("ShellLabels", "User name: 2 to 32 letters, digits, '.', '_' or '-'."),
        "display_name": QCoreApplication.translate("ShellLabels", "The name is required."),
        "password": QCoreApplication.translate("ShellLabels", "The password needs at least 6 characters."),
    }
    if field in texts:
        return texts[field]
    from frontdesk.ui.widgets.refusals import describe
    return describe(exc)
