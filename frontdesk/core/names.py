"""Pinyin search keys for Chinese names, every reading of a polyphonic surname included (曾 zeng/ceng)."""
from __future__ import annotations

from functools import lru_cache

#: Surnames read differently from the common reading of the character.
SURNAME_READINGS = {
    "曾": ("zeng",), "单": ("shan",), "解": ("xie",), "仇": ("qiu",), "查": ("zha",), "区": ("ou",),
    "朴": ("piao",), "繁": ("po",), "盖": ("ge", "gai"), "乐": ("yue", "le"), "覃": ("qin", "tan"),
    "翟": ("zhai", "di"), "尉": ("yu", "wei"), "缪": ("miao",), "召": ("shao",), "员": ("yun",),
    "宓": ("mi", "fu"), "秘": ("bi",), "长孙": ("zhang sun",), "尉迟": ("yu chi",), "万俟": ("mo qi",),
    "单于": ("chan yu",),
}


#: Two-character surnames (复姓): the given name is what follows them.
COMPOUND_SURNAMES = frozenset(("长孙", "尉迟", "万俟", "单于", "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐", "慕容",
                               "夏侯", "公孙", "司徒", "端木", "轩辕", "独孤", "宇文", "澹台", "呼延", "南宫", "西门",
                               "申屠", "闻人", "赫连", "太史", "钟离", "公冶", "濮阳", "司空", "百里", "东郭", "左丘"))


def given_name(name: str) -> str:
    """The name less its surname (复姓 included): 王秀英 -> 秀英, 欧阳娜娜 -> 娜娜; '' for a one-character name or a
    name that is not Chinese (callers are often looked up by the given name alone)."""
    n = (name or "").strip()
    if len(n) < 2 or not all("\u3400" <= c <= "\u9fff" for c in n):
        return ""
    cut = 2 if n[:2] in COMPOUND_SURNAMES and len(n) > 2 else 1
    return n[cut:]


@lru_cache(maxsize=8192)
def char_readings(ch: str) -> tuple[str, ...]:
    from pypinyin import Style, pinyin  # 0.3 s to import: only where names are saved
    out = pinyin(ch, style=Style.NORMAL, heteronym=True,
                 errors=lambda x: [c.lower() for c in x])  # type: ignore[arg-type,return-value]  # pypinyin takes a list
    readings = tuple(dict.fromkeys(r for r in out[0] if r)) if out else ()
    return readings or (ch.lower(),)


def name_keys(name: str, max_keys: int = 8) -> tuple[list[str], list[str]]:
    """(full pinyin keys, initials keys) for a name: 张三丰 -> (['zhangsanfeng'], ['zsf'])."""
    name = (name or "").strip()
    if not name:
        return [], []
    surname, rest = name[:1], name[1:]
    for s in ("长孙", "尉迟", "万俟", "单于"):
        if name.startswith(s):
            surname, rest = s, name[2:]
    if surname in SURNAME_READINGS:
        first = [r.replace(" ", "") for r in SURNAME_READINGS[surname]]
        first_initials = ["".join(p[0] for p in r.split()) for r in SURNAME_READINGS[surname]]
        # the common reading of the character too, so both spellings find the person
        if len(surname) == 1:
            for r in char_readings(surname)[:1]:
                if r not in first:
                    first.append(r)
                    first_initials.append(r[0])
    else:
        first = list(char_readings(surname)[:1])   # the common reading: 丁 is ding, not zheng
        first_initials = [r[0] for r in first]
    rest_readings = [char_readings(c)[:1] for c in rest]  # given names: the common reading
    tail = "".join(r[0] for r in rest_readings)
    tail_initials = "".join(r[0][0] for r in rest_readings)
    full = list(dict.fromkeys(f + tail for f in first))[:max_keys]
    initials = list(dict.fromkeys(f + tail_initials for f in first_initials))[:max_keys]
    return full, initials
