"""Translated display names for stable codes the shell shows (roles)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def role_label(role: str | None) -> str:
    """The translated name of a staff role code."""
    names = {
        "receptionist": QCoreApplication.translate("Labels", "Receptionist"),
        "supervisor": QCoreApplication.translate("Labels", "Supervisor"),
        "engineer": QCoreApplication.translate("Labels", "Engineer"),
        "admin": QCoreApplication.translate("Labels", "Administrator"),
    }
    return names.get(role or "", role or "")


def refusal_text(exc) -> str:
    """Words for a login refusal that never say which half was wrong."""
    if getattr(exc, "code", "") == "locked":
        until = str(exc.data.get("until") or "")[11:16]
        return QCoreApplication.translate(
            "Labels", "Too many wrong passwords: this account is locked until %1. Ask an administrator "
            "or try again later.").replace("%1", until)
    if getattr(exc, "code", "") == "bad_login":
        return QCoreApplication.translate("Labels", "Wrong user name or password.")
    return str(exc)
