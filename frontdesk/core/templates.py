"""Document templates: text with named placeholders ({owner_name}, {unit}, ...); which names each kind knows.

Plain rules, no files and no database: services load the text (resources/templates or the templates table)."""
from __future__ import annotations

import string

from .errors import Invalid

#: Kinds of template and the short names shipped in resources/templates.
TEXT_KINDS = ("notice", "complaint-reply", "callback-letter", "survey-form")
KINDS = TEXT_KINDS + ("inspection",)

COMMON = {
    "owner_name": "业主姓名", "unit": "房号", "building": "楼栋", "date": "日期", "centre_name": "服务中心名称",
    "centre_phone": "服务中心电话", "centre_address": "服务中心地址", "doc_number": "文书编号",
}
NOTICE = {
    "start": "开始时间", "end": "结束时间", "scope": "影响范围", "reason": "原因", "deadline": "截止日期",
    "amount": "金额", "period": "期间", "place": "地点", "text": "正文", "title": "标题",
    "take_down": "撤除日期（公告）",
}
TICKET = {
    "ticket_number": "工单号", "complaint_date": "投诉日期", "received_date": "受理日期", "done_date": "完成日期",
    "gist": "事由摘要", "handling": "处理情况", "contact": "联系人", "category": "类别",
}
#: The callback letter's sentences that follow the ticket's real state (each may be left out: OMIT).
CALLBACK = {"progress": "处理进展（如：已于11月3日处理完毕。）", "handling_note": "处理情况（写给业主的处理说明）",
            "tries": "回访经过（如：我们曾3次致电回访，均未能联系上您，）"}
SURVEY = {"year": "年度"}

PLACEHOLDERS: dict[str, dict[str, str]] = {
    "notice": {**COMMON, **NOTICE},
    "complaint-reply": {**COMMON, **TICKET},
    "callback-letter": {**COMMON, **TICKET, **CALLBACK},
    "survey-form": {**COMMON, **SURVEY},
}

#: What an unfilled placeholder prints as: a line to write on by hand.
BLANK = "＿＿＿＿＿＿"


def placeholders_in(body: str) -> list[str]:
    """The placeholder names a template uses, in order; malformed braces are refused."""
    try:
        parsed = list(string.Formatter().parse(body))
    except ValueError as exc:
        raise Invalid("body", f"a brace is not closed or not doubled ({exc}); write {{{{ and }}}} for a brace") from None
    names = []
    for _, name, spec, conv in parsed:
        if name is None:
            continue
        if not name or spec or conv or not name.isidentifier():
            raise Invalid("body", f"'{{{name}}}' is not a placeholder; placeholders look like {{owner_name}}")
        if name not in names:
            names.append(name)
    return names


def validate_template(kind: str, body: str) -> list[str]:
    """Refuse a template with an unknown placeholder (naming it); returns the placeholders used."""
    if kind not in KINDS:
        raise Invalid("kind", f"unknown template kind '{kind}'", valid=KINDS)
    if kind == "inspection":
        validate_inspection(body)
        return []
    if not (body or "").strip():
        raise Invalid("body", "the template is empty")
    known = PLACEHOLDERS[kind]
    names = placeholders_in(body)
    unknown = [n for n in names if n not in known]
    if unknown:
        raise Invalid("body", "unknown placeholder " + ", ".join("{" + n + "}" for n in unknown),
                      valid=["{" + n + "}" for n in known], unknown=unknown)
    return names


def validate_inspection(body: str) -> dict:
    """An inspection template is JSON: title, kind, places, frequency, items (core.inspections checks it)."""
    from .inspections import parse_template
    data = parse_template(body)
    return {**data, "rounds": data["times"]}


#: A value that prints as nothing (a sentence the state leaves out), unlike a missing one (a blank to fill).
OMIT = type("Omit", (), {"__repr__": lambda self: "OMIT", "__str__": lambda self: ""})()


class _Values(dict):
    def __missing__(self, key):
        return BLANK


def fill(body: str, values: dict) -> str:
    """The template with its placeholders replaced; a known placeholder without a value prints as a blank line."""
    clean = _Values({k: ("" if v is None else str(v)) for k, v in values.items()})
    for k in list(clean):
        if clean[k] == "" and values[k] is not OMIT:
            del clean[k]
    return string.Formatter().vformat(body, (), clean)


def split_title(text: str) -> tuple[str, str]:
    """A template file's first line '# 标题' is its title; the rest is the body."""
    lines = text.replace("\r\n", "\n").split("\n")
    if lines and lines[0].startswith("# "):
        return lines[0][2:].strip(), "\n".join(lines[1:]).strip("\n")
    return "", text.strip("\n")
