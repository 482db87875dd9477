"""Translated display names for stable codes the shell shows (roles, ticket types)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def role_label(role: str | None) -> str:
    """The translated name of a staff role code."""
    names = {
        "receptionist": QCoreApplication.translate("ShellLabels", "Receptionist"),
        "supervisor": QCoreApplication.translate("ShellLabels", "Supervisor"),
        "engineer": QCoreApplication.translate("ShellLabels", "Engineer"),
        "admin": QCoreApplication.translate("ShellLabels", "Administrator"),
    }
    return names.get(role or "", role or "")


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
    names = {"repair": QCoreApplication.translate("ShellLabels", "Repair"),
             "complaint": QCoreApplication.translate("ShellLabels", "Complaint"),
             "inquiry": QCoreApplication.translate("ShellLabels", "Inquiry"),
             "suggestion": QCoreApplication.translate("ShellLabels", "Suggestion"),
             "praise": QCoreApplication.translate("ShellLabels", "Praise")}
    return names.get(type_, type_)


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
