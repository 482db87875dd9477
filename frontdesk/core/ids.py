"""Personal data rules: ID numbers (GB 11643), phones, masking, unit codes."""
from __future__ import annotations

import datetime as dt
import re
from operator import mul

from .errors import Invalid

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"


def id_check_digit(first17: str) -> str:
    """The GB 11643-1999 check character for the first 17 digits."""
    return _CHECK[sum(map(mul, map(int, first17[:17]), _WEIGHTS)) % 11]


_FULL_WIDTH = str.maketrans("０１２３４５６７８９ＸｘＩ", "0123456789XX1")   # Ｉ: a full-width I typed for 1


_ID_NOISE = re.compile(r"[\s\u3000-]")
_ID_SHAPE = re.compile(r"\d{17}[\dX]")


def id_spelling(value: str) -> str:
    """An ID number as people write it (spaces, full-width digits, a lower-case x, the old 15-digit form) in its
    18-character form; the check digit of a 15-digit number is computed, the century taken as 19."""
    if value and value.isascii() and value.isalnum():     # the common case: nothing to take out or translate
        v = value.upper()
    else:
        v = _ID_NOISE.sub("", (value or "").translate(_FULL_WIDTH)).upper()
    if len(v) == 15 and v.isdigit():
        v = v[:6] + "19" + v[6:]
        v += id_check_digit(v)
    return v


#: The province-level codes of GB/T 2260 that begin a region code (83: residence permits of Taiwan residents).
_PROVINCES = frozenset("11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 "
                       "65 71 81 82 83".split())


def id_problem(v: str, today: dt.date | None = None) -> str | None:
    """What is wrong with an 18-character ID number, naming the part (region, birth date, check digit); None if
    nothing. The check digit alone is not enough: 1999-02-31 or region 000000 can carry a fitting one."""
    if not _ID_SHAPE.fullmatch(v):
        return "an ID number has 17 digits and a check digit or X"
    if v[:2] not in _PROVINCES or v[2:6] == "0000":
        return f"the region code {v[:6]} (first six digits) does not exist"
    year, month, day = int(v[6:10]), int(v[10:12]), int(v[12:14])
    try:
        born = dt.date(year, month, day)
    except ValueError:
        return f"the birth date {v[6:10]}-{v[10:12]}-{v[12:14]} (digits 7–14) does not exist"
    today = today or dt.date.today()
    if year < 1900 or born > today:
        return f"the birth date {born.isoformat()} (digits 7–14) is {'before 1900' if year < 1900 else 'in the future'}"
    if id_check_digit(v[:17]) != v[17]:
        return f"the check digit of '{mask_id(v)}' is wrong (GB 11643)"
    return None


def valid_id_number(value: str) -> bool:
    return id_problem(id_spelling(value)) is None


def check_id_number(value: str, field: str = "id_number") -> str:
    """The ID number in its stored form (18 characters, upper-case X), or Invalid naming the wrong part."""
    v = id_spelling(value)
    problem = id_problem(v)
    if problem:
        raise Invalid(field, problem)
    return v


MOBILE_RE = re.compile(r"^1[3-9]\d{9}$")
LANDLINE_RE = re.compile(r"^0\d{2,3}-?\d{7,8}(-\d{1,5})?$")


def normalize_phone(value: str) -> str:
    v = re.sub(r"[\s()（）]", "", value.strip())
    v = v.replace("—", "-").replace("－", "-")
    if v.startswith("+86"):
        v = v[3:]
    elif v.startswith("86") and len(v) == 13:
        v = v[2:]
    if MOBILE_RE.match(v.replace("-", "")):
        return v.replace("-", "")
    return v


def check_phone(value: str, field: str = "phone") -> str:
    v = normalize_phone(value)
    if MOBILE_RE.match(v) or LANDLINE_RE.match(v):
        return v
    raise Invalid(field, reason="not_a_phone", value=value)


_NON_DIGIT = re.compile(r"\D")


def phone_digits(value: str) -> str:
    if value and value.isascii() and value.isdigit():     # a mobile as stored: nothing to take out
        return value
    return _NON_DIGIT.sub("", value or "")


def mask_phone(value: str | None) -> str:
    """138****5678; a landline keeps its area code and its last four: 010-****5678."""
    if not value:
        return ""
    d = phone_digits(value)
    if len(d) == 11 and d.startswith("1"):
        return d[:3] + "****" + d[-4:]
    m = re.match(r"^(0\d{2,3})-?(\d{7,8})", value.strip())
    if m:
        return m.group(1) + "-****" + m.group(2)[-4:]
    return "****" + d[-4:] if len(d) > 4 else "****"


def mask_id(value: str | None) -> str:
    """110105********123X"""
    if not value:
        return ""
    v = value.strip()
    if len(v) >= 10:
        return v[:6] + "*" * (len(v) - 10) + v[-4:]
    return "*" * len(v)


# Unit codes: 3-2-1202 is building 3, entrance 2, room 1202.
_UNIT_PATTERNS = (
    re.compile(r"^(\d+)\s*[-－—]\s*(\d+)\s*[-－—]\s*(\d+)$"),
    re.compile(r"^(\d+)\s*(?:栋|幢|号楼|#|＃|座)\s*(\d+)\s*(?:单元|门|-|－)\s*(\d+)\s*(?:室|号|房)?$"),
    re.compile(r"^(\d+)\s*(?:栋|幢|号楼|#|＃|座)\s*[-－]?\s*(\d+)\s*[-－]\s*(\d+)\s*(?:室|号)?$"),
)


_WIDE_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def normalize_unit_code(text: str) -> str | None:
    """'3栋2单元1202', '3幢2单元1202室', '3#2-1202' and '3-2-1202' all become '3-2-1202'; None if not a unit code."""
    t = (text or "").strip().translate(_WIDE_DIGITS)
    for pat in _UNIT_PATTERNS:
        m = pat.match(t)
        if m:
            b, e, r = m.groups()
            return f"{int(b)}-{int(e)}-{int(r)}"
    return None


def unit_code_prefix(text: str) -> str | None:
    """A partial unit code as typed ('3-2-12', '3栋2单元', '3#') as a code prefix, or None."""
    t = (text or "").strip().translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    full = normalize_unit_code(t)
    if full:
        return full
    m = re.match(r"^(\d+)\s*(?:栋|幢|号楼|#|＃|座)\s*(?:(\d+)\s*(?:单元|门)?\s*(\d*)\s*(?:室)?)?$", t)
    if m:
        b, e, r = m.groups()
        out = f"{int(b)}-"
        if e:
            out += f"{int(e)}-"
            if r:
                out += r
        return out
    if re.fullmatch(r"\d+-(\d+(-\d*)?)?", t):
        return t
    return None


def split_unit_code(code: str) -> tuple[int, int, int]:
    b, e, r = code.split("-")
    return int(b), int(e), int(r)


def floor_of(room: int) -> int:
    return room // 100 if room >= 100 else 1
