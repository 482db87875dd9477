"""Translated names for the archive's stable codes (relations, health kinds, handover states, classes)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from frontdesk.ui.widgets.labels import name_of

RELATIONS = {
    "owner": QT_TRANSLATE_NOOP("ArchiveWords", "Owner"),
    "co_owner": QT_TRANSLATE_NOOP("ArchiveWords", "Co-owner"),
    "tenant": QT_TRANSLATE_NOOP("ArchiveWords", "Tenant"),
    "family": QT_TRANSLATE_NOOP("ArchiveWords", "Family"),
}
HEALTH_KINDS = {
    "结构": QT_TRANSLATE_NOOP("ArchiveWords", "Structure (civil works)"),
    "空调": QT_TRANSLATE_NOOP("ArchiveWords", "Air-conditioning"),
    "装修": QT_TRANSLATE_NOOP("ArchiveWords", "Decoration"),
    "家电": QT_TRANSLATE_NOOP("ArchiveWords", "Appliances"),
    "水电": QT_TRANSLATE_NOOP("ArchiveWords", "Water and electricity"),
    "门窗": QT_TRANSLATE_NOOP("ArchiveWords", "Doors and windows"),
    "公共设施": QT_TRANSLATE_NOOP("ArchiveWords", "Shared facilities"),
    "其他": QT_TRANSLATE_NOOP("ArchiveWords", "Other"),
}
HANDOVERS = {
    "已交房": QT_TRANSLATE_NOOP("ArchiveWords", "Handed over"),
    "未交房": QT_TRANSLATE_NOOP("ArchiveWords", "Not handed over"),
    "空置": QT_TRANSLATE_NOOP("ArchiveWords", "Vacant"),
    "装修中": QT_TRANSLATE_NOOP("ArchiveWords", "Being decorated"),
    "未售": QT_TRANSLATE_NOOP("ArchiveWords", "Unsold"),
}
PROPERTY_TYPES = {
    "住宅": QT_TRANSLATE_NOOP("ArchiveWords", "Residential"),
    "商业": QT_TRANSLATE_NOOP("ArchiveWords", "Commercial"),
    "写字楼": QT_TRANSLATE_NOOP("ArchiveWords", "Office"),
}
CUSTOMER_CLASS = {
    "重点": QT_TRANSLATE_NOOP("ArchiveWords", "Key customer"),
    "一般": QT_TRANSLATE_NOOP("ArchiveWords", "Ordinary"),
    "潜在": QT_TRANSLATE_NOOP("ArchiveWords", "Prospective"),
}
FIELD_NAMES = {
    "name": QT_TRANSLATE_NOOP("ArchiveWords", "Name"),
    "phone": QT_TRANSLATE_NOOP("ArchiveWords", "Phones"),
    "phones": QT_TRANSLATE_NOOP("ArchiveWords", "Phones"),
    "id_number": QT_TRANSLATE_NOOP("ArchiveWords", "ID number"),
    "customer_class": QT_TRANSLATE_NOOP("ArchiveWords", "Customer class"),
    "tags": QT_TRANSLATE_NOOP("ArchiveWords", "Tags"),
    "area": QT_TRANSLATE_NOOP("ArchiveWords", "Area"),
    "property_type": QT_TRANSLATE_NOOP("ArchiveWords", "Property type"),
    "handover_status": QT_TRANSLATE_NOOP("ArchiveWords", "Handover status"),
    "notes": QT_TRANSLATE_NOOP("ArchiveWords", "Notes"),
    "care_needs": QT_TRANSLATE_NOOP("ArchiveWords", "Care needs"),
    "preferences": QT_TRANSLATE_NOOP("ArchiveWords", "Preferences"),
    "gender": QT_TRANSLATE_NOOP("ArchiveWords", "Gender"),
    "unit": QT_TRANSLATE_NOOP("ArchiveWords", "Unit"),
    "relation": QT_TRANSLATE_NOOP("ArchiveWords", "Relation"),
    "building": QT_TRANSLATE_NOOP("ArchiveWords", "Building (with entrance and room)"),
    "entrance": QT_TRANSLATE_NOOP("ArchiveWords", "Entrance (with building and room)"),
}


def relation(code: str | None) -> str:
    return name_of("ArchiveWords", RELATIONS, code or "")


def health_kind(kind: str) -> str:
    """结构 and the other kinds of the house health archive."""
    return name_of("ArchiveWords", HEALTH_KINDS, kind)


def handover(state: str) -> str:
    return name_of("ArchiveWords", HANDOVERS, state)


def property_type(value: str) -> str:
    return name_of("ArchiveWords", PROPERTY_TYPES, value)


def customer_class(value: str) -> str:
    return name_of("ArchiveWords", CUSTOMER_CLASS, value)


def field_name(field: str) -> str:
    """A form field as a refusal names it."""
    return name_of("ArchiveWords", FIELD_NAMES, field)


def reason(text: str) -> str:
    """The common refusals of core (English data) in the window's language; anything else as core said it."""
    import re
    if text == "required":
        return QCoreApplication.translate("ArchiveWords", "required")
    m = re.match(r"^'(.*)' is neither a mobile", text)
    if m:
        return QCoreApplication.translate(
            "ArchiveWords", "'%1' is neither a mobile number (11 digits, 13x–19x) nor a landline with its area code"
        ).replace("%1", m.group(1))
    if text.startswith("an ID number has 17 digits"):
        return QCoreApplication.translate("ArchiveWords", "an ID number has 17 digits and a check digit or X")
    m = re.match(r"^the check digit of '(.*)' is wrong", text)
    if m:
        return QCoreApplication.translate("ArchiveWords", "the check digit of %1 is wrong (GB 11643)"
                                          ).replace("%1", m.group(1))
    m = re.match(r"^'(.*)' is not an area", text)
    if m:
        return QCoreApplication.translate("ArchiveWords", "'%1' is not an area in square metres"
                                          ).replace("%1", m.group(1))
    m = re.match(r"^'(.*)' names no entrance", text)
    if m:
        return QCoreApplication.translate("ArchiveWords", "'%1' names no entrance (单元): write it like 3栋1单元1202"
                                          ).replace("%1", m.group(1))
    m = re.match(r"^'(.*)' is not a unit code", text)
    if m:
        return QCoreApplication.translate("ArchiveWords", "'%1' is not a unit code like 3-2-1202 or 3栋2单元1202"
                                          ).replace("%1", m.group(1))
    m = re.match(r"^unknown value '(.*)' \(valid: (.*)\)$", text)
    if m:
        return QCoreApplication.translate("ArchiveWords", "unknown value '%1' (valid: %2)"
                                          ).replace("%1", m.group(1)).replace("%2", m.group(2))
    m = re.match(r"^'(.*)' is an ID number Excel turned into a number", text)
    if m:
        return QCoreApplication.translate(
            "ArchiveWords", "'%1' is an ID number Excel turned into a number (its last digits are lost); format the "
            "column as text in Excel and type the number again").replace("%1", m.group(1))
    m = re.match(r"^'(.*)' is a phone Excel turned into a number", text)
    if m:
        return QCoreApplication.translate(
            "ArchiveWords", "'%1' is a phone Excel turned into a number (digits are lost); format the column as "
            "text in Excel and type it again").replace("%1", m.group(1))
    m = re.match(r"^room '(.*)' with building '(.*)' and entrance '(.*)': the", text)
    if m:
        return QCoreApplication.translate(
            "ArchiveWords", "room %1, building %2, entrance %3: the building or the entrance is not a number like 3 "
            "or 3栋").replace("%1", m.group(1)).replace("%2", m.group(2)).replace("%3", m.group(3))
    if text.startswith("unreadable characters"):
        return QCoreApplication.translate("ArchiveWords", "unreadable characters (bytes the file's encoding does not "
                                          "have); retype this cell")
    m = re.match(r"^'(.*)' holds more than one name", text)
    if m:
        return QCoreApplication.translate("ArchiveWords", "'%1' holds more than one name: put each person on a "
                                          "line of their own").replace("%1", m.group(1))
    if text == "at most 40 characters":
        return QCoreApplication.translate("ArchiveWords", "at most 40 characters")
    if "is on record with another ID number" in text:
        return QCoreApplication.translate("ArchiveWords", "this name and phone are on record with another ID number")
    return text
