"""Translated names for the archive's stable codes (relations, health kinds, handover states, classes)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("ArchiveWords", text)


def relation(code: str | None) -> str:
    names = {"owner": _t("Owner"), "co_owner": _t("Co-owner"), "tenant": _t("Tenant"), "family": _t("Family")}
    return names.get(code or "", code or "")


def health_kind(kind: str) -> str:
    """结构 and the other kinds of the house health archive."""
    names = {"结构": _t("Structure (civil works)"), "空调": _t("Air-conditioning"), "装修": _t("Decoration"),
             "家电": _t("Appliances"), "水电": _t("Water and electricity"), "门窗": _t("Doors and windows"),
             "公共设施": _t("Shared facilities"), "其他": _t("Other")}
    return names.get(kind, kind)


def handover(state: str) -> str:
    names = {"已交房": _t("Handed over"), "未交房": _t("Not handed over"), "空置": _t("Vacant"),
             "装修中": _t("Being decorated")}
    return names.get(state, state)


def property_type(value: str) -> str:
    names = {"住宅": _t("Residential"), "商业": _t("Commercial"), "写字楼": _t("Office")}
    return names.get(value, value)


def customer_class(value: str) -> str:
    names = {"重点": _t("Key customer"), "一般": _t("Ordinary"), "潜在": _t("Prospective")}
    return names.get(value, value)


def field_name(field: str) -> str:
    """A form field as a refusal names it."""
    names = {"name": _t("Name"), "phone": _t("Phones"), "phones": _t("Phones"), "id_number": _t("ID number"),
             "customer_class": _t("Customer class"), "tags": _t("Tags"), "area": _t("Area"),
             "property_type": _t("Property type"), "handover_status": _t("Handover status"), "notes": _t("Notes"),
             "care_needs": _t("Care needs"), "preferences": _t("Preferences"), "gender": _t("Gender"),
             "unit": _t("Unit"), "relation": _t("Relation")}
    return names.get(field, field)
