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


@lru_cache(maxsize=8192)
def char_readings(ch: str) -> tuple[str, ...]:
    from pypinyin import Style, pinyin  # 0.3 s to import: only where names are saved
    out = pinyin(ch, style=Style.NORMAL, heteronym=True, errors=lambda x: [c.lower() for c in x])
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
