"""Translated names for the archive's stable codes (relations, health kinds, handover states, classes)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication



def relation(code: str | None) -> str:
    names = {
        "owner": QCoreApplication.translate("ArchiveWords", "Owner"),
        "co_owner": QCoreApplication.translate("ArchiveWords", "Co-owner"),
        "tenant": QCoreApplication.translate("ArchiveWords", "Tenant"),
        "family": QCoreApplication.translate("ArchiveWords", "Family"),
    }
    return names.get(code or "", code or "")


def health_kind(kind: str) -> str:
    """结构 and the other kinds of the house health archive."""
    names = {
        "结构": QCoreApplication.translate("ArchiveWords", "Structure (civil works)"),
        "空调": QCoreApplication.translate("ArchiveWords", "Air-conditioning"),
        "装修": QCoreApplication.translate("ArchiveWords", "Decoration"),
        "家电": QCoreApplication.translate("ArchiveWords", "Appliances"),
        "水电": QCoreApplication.translate("ArchiveWords", "Water and electricity"),
        "门窗": QCoreApplication.translate("ArchiveWords", "Doors and windows"),
        "公共设施": QCoreApplication.translate("ArchiveWords", "Shared facilities"),
        "其他": QCoreApplication.translate("ArchiveWords", "Other"),
    }
    return names.get(kind, kind)


def handover(state: str) -> str:
    names = {
        "已交房": QCoreApplication.translate("ArchiveWords", "Handed over"),
        "未交房": QCoreApplication.translate("ArchiveWords", "Not handed over"),
        "空置": QCoreApplication.translate("ArchiveWords", "Vacant"),
        "装修中": QCoreApplication.translate("ArchiveWords", "Being decorated"),
    }
    return names.get(state, state)


def property_type(value: str) -> str:
    names = {
        "住宅": QCoreApplication.translate("ArchiveWords", "Residential"),
        "商业": QCoreApplication.translate("ArchiveWords", "Commercial"),
        "写字楼": QCoreApplication.translate("ArchiveWords", "Office"),
    }
    return names.get(value, value)


def customer_class(value: str) -> str:
    names = {
        "重点": QCoreApplication.translate("ArchiveWords", "Key customer"),
        "一般": QCoreApplication.translate("ArchiveWords", "Ordinary"),
        "潜在": QCoreApplication.translate("ArchiveWords", "Prospective"),
    }
    return names.get(value, value)


def field_name(field: str) -> str:
    """A form field as a refusal names it."""
    names = {
        "name": QCoreApplication.translate("ArchiveWords", "Name"),
        "phone": QCoreApplication.translate("ArchiveWords", "Phones"),
        "phones": QCoreApplication.translate("ArchiveWords", "Phones"),
        "id_number": QCoreApplication.translate("ArchiveWords", "ID number"),
        "customer_class": QCoreApplication.translate("ArchiveWords", "Customer class"),
        "tags": QCoreApplication.translate("ArchiveWords", "Tags"),
        "area": QCoreApplication.translate("ArchiveWords", "Area"),
        "property_type": QCoreApplication.translate("ArchiveWords", "Property type"),
        "handover_status": QCoreApplication.translate("ArchiveWords", "Handover status"),
        "notes": QCoreApplication.translate("ArchiveWords", "Notes"),
        "care_needs": QCoreApplication.translate("ArchiveWords", "Care needs"),
        "preferences": QCoreApplication.translate("ArchiveWords", "Preferences"),
        "gender": QCoreApplication.translate("ArchiveWords", "Gender"),
        "unit": QCoreApplication.translate("ArchiveWords", "Unit"),
        "relation": QCoreApplication.translate("ArchiveWords", "Relation"),
        "building": QCoreApplication.translate("ArchiveWords", "Building (with entrance and room)"),
        "entrance": QCoreApplication.translate("ArchiveWords", "Entrance (with building and room)"),
    }
    return names.get(field, field)


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
