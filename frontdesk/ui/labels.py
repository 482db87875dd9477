"""Display names for every stored code the window shows — states, types, channels, ratings, timing, roles,
the archive's relations and kinds — and the words for common refusals, translated by Qt Linguist (context
"Labels"). The one labels module of the window: look a code's name up here, never write it again."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

STATES = {
    "registered": QT_TRANSLATE_NOOP("Labels", "Registered"),
    "dispatched": QT_TRANSLATE_NOOP("Labels", "Dispatched"),
    "in_progress": QT_TRANSLATE_NOOP("Labels", "In progress"),
    "done": QT_TRANSLATE_NOOP("Labels", "Done, to verify"),
    "verified": QT_TRANSLATE_NOOP("Labels", "Verified"),
    "notified": QT_TRANSLATE_NOOP("Labels", "Owner told"),
    "closed": QT_TRANSLATE_NOOP("Labels", "Closed"),
    "cancelled": QT_TRANSLATE_NOOP("Labels", "Cancelled"),
    "reopened": QT_TRANSLATE_NOOP("Labels", "Reopened"),
}
TYPES = {
    "repair": QT_TRANSLATE_NOOP("Labels", "Repair"),
    "complaint": QT_TRANSLATE_NOOP("Labels", "Complaint"),
    "inquiry": QT_TRANSLATE_NOOP("Labels", "Inquiry"),
    "suggestion": QT_TRANSLATE_NOOP("Labels", "Suggestion"),
    "praise": QT_TRANSLATE_NOOP("Labels", "Praise"),
}
CHANNELS = {
    "phone": QT_TRANSLATE_NOOP("Labels", "Phone call"),
    "visit": QT_TRANSLATE_NOOP("Labels", "Visit"),
    "wechat": QT_TRANSLATE_NOOP("Labels", "WeChat"),
    "opinion_box": QT_TRANSLATE_NOOP("Labels", "Opinion box"),
    "door_visit": QT_TRANSLATE_NOOP("Labels", "Door visit"),
    "patrol": QT_TRANSLATE_NOOP("Labels", "Found on patrol"),
}
RATINGS = {
    "satisfied": QT_TRANSLATE_NOOP("Labels", "Satisfied"),
    "basic": QT_TRANSLATE_NOOP("Labels", "Basically satisfied"),
    "unsatisfied": QT_TRANSLATE_NOOP("Labels", "Unsatisfied"),
}
PLACES = {
    "unit": QT_TRANSLATE_NOOP("Labels", "In the unit"),
    "common": QT_TRANSLATE_NOOP("Labels", "Common area"),
}
TIMING = {
    "ok": QT_TRANSLATE_NOOP("Labels", "On time"),
    "near_due": QT_TRANSLATE_NOOP("Labels", "Near due"),
    "overdue": QT_TRANSLATE_NOOP("Labels", "Overdue"),
    "met": QT_TRANSLATE_NOOP("Labels", "Met"),
    "late": QT_TRANSLATE_NOOP("Labels", "Met late"),
    "callback_overdue": QT_TRANSLATE_NOOP("Labels", "Callback overdue"),
    "cancelled": QT_TRANSLATE_NOOP("Labels", "Cancelled"),
}
KINDS = {
    "created": QT_TRANSLATE_NOOP("Labels", "Registered"),
    "moved": QT_TRANSLATE_NOOP("Labels", "Moved"),
    "note": QT_TRANSLATE_NOOP("Labels", "Note"),
    "call": QT_TRANSLATE_NOOP("Labels", "Call to the owner"),
    "letter": QT_TRANSLATE_NOOP("Labels", "Letter printed"),
    "visit": QT_TRANSLATE_NOOP("Labels", "Visit"),
    "escalated": QT_TRANSLATE_NOOP("Labels", "Escalated"),
    "callback": QT_TRANSLATE_NOOP("Labels", "Callback"),
    "transferred": QT_TRANSLATE_NOOP("Labels", "Ownership transferred"),
    "assigned": QT_TRANSLATE_NOOP("Labels", "Assigned"),
    "attachment": QT_TRANSLATE_NOOP("Labels", "Attachment"),
    "handling": QT_TRANSLATE_NOOP("Labels", "Found and done"),
}
SEARCH_KINDS = {
    "unit": QT_TRANSLATE_NOOP("Labels", "Unit"),
    "person": QT_TRANSLATE_NOOP("Labels", "Person"),
    "ticket": QT_TRANSLATE_NOOP("Labels", "Ticket"),
}


def name_of(context: str, table: dict, code):
    """One code's display name from a QT_TRANSLATE_NOOP table of `context`; an unknown code as it is."""
    text = table.get(code)
    return QCoreApplication.translate(context, text) if text else code


def _tr(table: dict, code) -> str:
    return name_of("Labels", table, code) or ""


def state(code) -> str:
    return _tr(STATES, code)


def type_(code) -> str:
    return _tr(TYPES, code)


def channel(code) -> str:
    return _tr(CHANNELS, code)


def rating(code) -> str:
    return _tr(RATINGS, code)


def place(code) -> str:
    return _tr(PLACES, code)


def timing(code) -> str:
    return _tr(TIMING, code)


def event_kind(code) -> str:
    return _tr(KINDS, code)


def search_kind(code) -> str:
    return _tr(SEARCH_KINDS, code)


def span(seconds: float) -> str:
    """A short duration: '3 d 4 h', '2 h 05 min', '12 min' (translated units), cut to whole minutes by core's
    one rule (sla.remaining), so the card, the ticket window and the lists say the same."""
    import datetime as dt
    from frontdesk.core.sla import remaining
    d, h, m, _past = remaining(dt.datetime.min + dt.timedelta(seconds=abs(seconds)), dt.datetime.min)
    if d:
        return QCoreApplication.translate("Labels", "%1 d %2 h").replace("%1", str(d)).replace("%2", str(h))
    if h:
        return QCoreApplication.translate("Labels", "%1 h %2 min").replace("%1", str(h)).replace("%2", f"{m:02d}")
    return QCoreApplication.translate("Labels", "%1 min").replace("%1", str(max(m, 1)))


def time_left(due_at, now) -> str:
    """'2 h 05 min left' or 'overdue 1 d 3 h' against a deadline."""
    secs = (due_at - now).total_seconds()
    if secs >= 0:
        return QCoreApplication.translate("Labels", "%1 left").replace("%1", span(secs))
    return QCoreApplication.translate("Labels", "overdue %1").replace("%1", span(secs))




# ---- built-in categories and tags (stored in Chinese, the centre's own added ones shown as typed) ----------
CATEGORIES = {
    "水电": QT_TRANSLATE_NOOP("Labels", "Water and electricity"),
    "土建": QT_TRANSLATE_NOOP("Labels", "Civil works"),
    "门窗": QT_TRANSLATE_NOOP("Labels", "Doors and windows"),
    "电梯": QT_TRANSLATE_NOOP("Labels", "Lift"),
    "空调": QT_TRANSLATE_NOOP("Labels", "Air-conditioning"),
    "装修": QT_TRANSLATE_NOOP("Labels", "Decoration"),
    "家电": QT_TRANSLATE_NOOP("Labels", "Appliances"),
    "公共设施": QT_TRANSLATE_NOOP("Labels", "Shared facilities"),
    "其他": QT_TRANSLATE_NOOP("Labels", "Other"),
    "设施设备": QT_TRANSLATE_NOOP("Labels", "Facilities and equipment"),
    "管理服务": QT_TRANSLATE_NOOP("Labels", "Management and service"),
    "收费": QT_TRANSLATE_NOOP("Labels", "Fees"),
    "突发事件": QT_TRANSLATE_NOOP("Labels", "Emergency"),
    "停车": QT_TRANSLATE_NOOP("Labels", "Parking"),
    "权证": QT_TRANSLATE_NOOP("Labels", "Title deeds"),
    "社区活动": QT_TRANSLATE_NOOP("Labels", "Community events"),
    "环境": QT_TRANSLATE_NOOP("Labels", "Environment"),
    "安全": QT_TRANSLATE_NOOP("Labels", "Safety"),
    "服务": QT_TRANSLATE_NOOP("Labels", "Service"),
}
TAGS = {
    "独居老人": QT_TRANSLATE_NOOP("Labels", "Elderly, living alone"),
    "孕妇": QT_TRANSLATE_NOOP("Labels", "Pregnant"),
    "残障": QT_TRANSLATE_NOOP("Labels", "Disability"),
    "业委会": QT_TRANSLATE_NOOP("Labels", "Owners' committee"),
    "VIP": QT_TRANSLATE_NOOP("Labels", "VIP"),
    "租户": QT_TRANSLATE_NOOP("Labels", "Tenant"),
    "投诉敏感": QT_TRANSLATE_NOOP("Labels", "Complaint-sensitive"),
}


def category(name) -> str:
    """A ticket category: a built-in one (水电) in the window's language, the centre's own as typed."""
    return _tr(CATEGORIES, name)


def tag(name) -> str:
    """A person's tag: a usual one (独居老人) in the window's language, any other as typed."""
    return _tr(TAGS, name)


def tags(names) -> str:
    """A person's tags, listed in the window's way."""
    return QCoreApplication.translate("Labels", ", ").join(tag(n) for n in names or ())


# ---- staff and login -------------------------------------------------------------------------------------


ROLES = {
    "receptionist": QT_TRANSLATE_NOOP("Labels", "Receptionist"),
    "supervisor": QT_TRANSLATE_NOOP("Labels", "Supervisor"),
    "engineer": QT_TRANSLATE_NOOP("Labels", "Engineer"),
    "admin": QT_TRANSLATE_NOOP("Labels", "Administrator"),
}


def role_label(role: str | None) -> str:
    """The translated name of a staff role code."""
    return name_of("Labels", ROLES, role or "")


def refusal_text(exc) -> str:
    """Words for a login refusal that never say which half was wrong."""
    if getattr(exc, "code", "") == "locked":
        until = str(exc.data.get("until") or "")[11:16]
        return QCoreApplication.translate(
            "Labels", "Too many wrong passwords: this account is locked until %1. Ask an administrator "
            "or try again later.").replace("%1", until)
    if getattr(exc, "code", "") == "bad_login":
        return QCoreApplication.translate("Labels", "Wrong user name or password.")
    from frontdesk.ui.widgets.refusals import describe
    return describe(exc)


def invalid_text(exc) -> str:
    """Words for a refused staff or centre field (the store's messages are English codes and data)."""
    field = getattr(exc, "field", None)
    code = getattr(exc, "code", "")
    if code == "exists" and exc.data.get("field") == "username":
        return QCoreApplication.translate("Labels", "This user name is taken.")
    if code == "last_admin":
        return QCoreApplication.translate("Labels", "The centre must keep at least one active administrator.")
    texts = {
        "centre": QCoreApplication.translate("Labels", "The centre needs a name."),
        "username": QCoreApplication.translate("Labels", "User name: 2 to 32 letters, digits, '.', '_' or '-'."),
        "display_name": QCoreApplication.translate("Labels", "The name is required."),
        "password": QCoreApplication.translate("Labels", "The password needs at least 6 characters."),
    }
    if field in texts:
        return texts[field]
    from frontdesk.ui.widgets.refusals import describe
    return describe(exc)


# ---- the archive -----------------------------------------------------------------------------------------

RELATIONS = {
    "owner": QT_TRANSLATE_NOOP("Labels", "Owner"),
    "co_owner": QT_TRANSLATE_NOOP("Labels", "Co-owner"),
    "tenant": QT_TRANSLATE_NOOP("Labels", "Tenant"),
    "family": QT_TRANSLATE_NOOP("Labels", "Family"),
}
HEALTH_KINDS = {
    "结构": QT_TRANSLATE_NOOP("Labels", "Structure (civil works)"),
    "空调": QT_TRANSLATE_NOOP("Labels", "Air-conditioning"),
    "装修": QT_TRANSLATE_NOOP("Labels", "Decoration"),
    "家电": QT_TRANSLATE_NOOP("Labels", "Appliances"),
    "水电": QT_TRANSLATE_NOOP("Labels", "Water and electricity"),
    "门窗": QT_TRANSLATE_NOOP("Labels", "Doors and windows"),
    "公共设施": QT_TRANSLATE_NOOP("Labels", "Shared facilities"),
    "其他": QT_TRANSLATE_NOOP("Labels", "Other"),
}
HANDOVERS = {
    "已交房": QT_TRANSLATE_NOOP("Labels", "Handed over"),
    "未交房": QT_TRANSLATE_NOOP("Labels", "Not handed over"),
    "空置": QT_TRANSLATE_NOOP("Labels", "Vacant"),
    "装修中": QT_TRANSLATE_NOOP("Labels", "Being decorated"),
    "未售": QT_TRANSLATE_NOOP("Labels", "Unsold"),
}
PROPERTY_TYPES = {
    "住宅": QT_TRANSLATE_NOOP("Labels", "Residential"),
    "商业": QT_TRANSLATE_NOOP("Labels", "Commercial"),
    "写字楼": QT_TRANSLATE_NOOP("Labels", "Office"),
}
CUSTOMER_CLASS = {
    "重点": QT_TRANSLATE_NOOP("Labels", "Key customer"),
    "一般": QT_TRANSLATE_NOOP("Labels", "Ordinary"),
    "潜在": QT_TRANSLATE_NOOP("Labels", "Prospective"),
}
FIELD_NAMES = {
    "name": QT_TRANSLATE_NOOP("Labels", "Name"),
    "phone": QT_TRANSLATE_NOOP("Labels", "Phones"),
    "phones": QT_TRANSLATE_NOOP("Labels", "Phones"),
    "id_number": QT_TRANSLATE_NOOP("Labels", "ID number"),
    "customer_class": QT_TRANSLATE_NOOP("Labels", "Customer class"),
    "tags": QT_TRANSLATE_NOOP("Labels", "Tags"),
    "area": QT_TRANSLATE_NOOP("Labels", "Area"),
    "property_type": QT_TRANSLATE_NOOP("Labels", "Property type"),
    "handover_status": QT_TRANSLATE_NOOP("Labels", "Handover status"),
    "notes": QT_TRANSLATE_NOOP("Labels", "Notes"),
    "care_needs": QT_TRANSLATE_NOOP("Labels", "Care needs"),
    "preferences": QT_TRANSLATE_NOOP("Labels", "Preferences"),
    "gender": QT_TRANSLATE_NOOP("Labels", "Gender"),
    "unit": QT_TRANSLATE_NOOP("Labels", "Unit"),
    "relation": QT_TRANSLATE_NOOP("Labels", "Relation"),
    "building": QT_TRANSLATE_NOOP("Labels", "Building (with entrance and room)"),
    "entrance": QT_TRANSLATE_NOOP("Labels", "Entrance (with building and room)"),
}


def relation(code: str | None) -> str:
    return name_of("Labels", RELATIONS, code or "")


def health_kind(kind: str) -> str:
    """结构 and the other kinds of the house health archive."""
    return name_of("Labels", HEALTH_KINDS, kind)


def handover(state: str) -> str:
    return name_of("Labels", HANDOVERS, state)


def property_type(value: str) -> str:
    return name_of("Labels", PROPERTY_TYPES, value)


def customer_class(value: str) -> str:
    return name_of("Labels", CUSTOMER_CLASS, value)


def field_name(field: str) -> str:
    """A form field as a refusal names it."""
    return name_of("Labels", FIELD_NAMES, field)


def reason(text: str) -> str:
    """The common refusals of core (English data) in the window's language; anything else as core said it."""
    import re
    if text == "required":
        return QCoreApplication.translate("Labels", "required")
    m = re.match(r"^'(.*)' is neither a mobile", text)
    if m:
        return QCoreApplication.translate(
            "Labels", "'%1' is neither a mobile number (11 digits, 13x–19x) nor a landline with its area code"
        ).replace("%1", m.group(1))
    if text.startswith("an ID number has 17 digits"):
        return QCoreApplication.translate("Labels", "an ID number has 17 digits and a check digit or X")
    m = re.match(r"^the check digit of '(.*)' is wrong", text)
    if m:
        return QCoreApplication.translate("Labels", "the check digit of %1 is wrong (GB 11643)"
                                          ).replace("%1", m.group(1))
    m = re.match(r"^'(.*)' is not an area", text)
    if m:
        return QCoreApplication.translate("Labels", "'%1' is not an area in square metres"
                                          ).replace("%1", m.group(1))
    m = re.match(r"^'(.*)' names no entrance", text)
    if m:
        return QCoreApplication.translate("Labels", "'%1' names no entrance (单元): write it like 3栋1单元1202"
                                          ).replace("%1", m.group(1))
    m = re.match(r"^'(.*)' is not a unit code", text)
    if m:
        return QCoreApplication.translate("Labels", "'%1' is not a unit code like 3-2-1202 or 3栋2单元1202"
                                          ).replace("%1", m.group(1))
    m = re.match(r"^unknown value '(.*)' \(valid: (.*)\)$", text)
    if m:
        return QCoreApplication.translate("Labels", "unknown value '%1' (valid: %2)"
                                          ).replace("%1", m.group(1)).replace("%2", m.group(2))
    m = re.match(r"^'(.*)' is an ID number Excel turned into a number", text)
    if m:
        return QCoreApplication.translate(
            "Labels", "'%1' is an ID number Excel turned into a number (its last digits are lost); format the "
            "column as text in Excel and type the number again").replace("%1", m.group(1))
    m = re.match(r"^'(.*)' is a phone Excel turned into a number", text)
    if m:
        return QCoreApplication.translate(
            "Labels", "'%1' is a phone Excel turned into a number (digits are lost); format the column as "
            "text in Excel and type it again").replace("%1", m.group(1))
    m = re.match(r"^room '(.*)' with building '(.*)' and entrance '(.*)': the", text)
    if m:
        return QCoreApplication.translate(
            "Labels", "room %1, building %2, entrance %3: the building or the entrance is not a number like 3 "
            "or 3栋").replace("%1", m.group(1)).replace("%2", m.group(2)).replace("%3", m.group(3))
    if text.startswith("unreadable characters"):
        return QCoreApplication.translate("Labels", "unreadable characters (bytes the file's encoding does not "
                                          "have); retype this cell")
    m = re.match(r"^'(.*)' holds more than one name", text)
    if m:
        return QCoreApplication.translate("Labels", "'%1' holds more than one name: put each person on a "
                                          "line of their own").replace("%1", m.group(1))
    if text == "at most 40 characters":
        return QCoreApplication.translate("Labels", "at most 40 characters")
    if "is on record with another ID number" in text:
        return QCoreApplication.translate("Labels", "this name and phone are on record with another ID number")
    return text


def refused_line(x) -> str:
    """A refused import line (store.importer.RefusedLine) in the installed language: on the window's screen
    and in the rejects file's reason column, whether the window or `frontdesk import owners` wrote it."""
    return QCoreApplication.translate("RunPage", "line %1: %2").replace("%1", str(x.line)).replace(
        "%2", "; ".join(f"{field_name(f)}: {reason(why)}" for f, why in x.errors))


def rejects_reason_header() -> str:
    """The rejects file's reason column's title."""
    return QCoreApplication.translate("RunPage", "Reason")
