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
    return str(exc)


def type_label(type_: str) -> str:
    """The translated name of a ticket type code."""
    names = {"repair": QCoreApplication.translate("ShellLabels", "Repair"),
             "complaint": QCoreApplication.translate("ShellLabels", "Complaint"),
             "inquiry": QCoreApplication.translate("ShellLabels", "Inquiry"),
             "suggestion": QCoreApplication.translate("ShellLabels", "Suggestion"),
             "praise": QCoreApplication.translate("ShellLabels", "Praise")}
    return names.get(type_, type_)
