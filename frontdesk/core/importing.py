"""Rules for importing a centre's owner spreadsheet: header aliases, value spellings, row validation.

Plain data in, plain data out (no SQL): the store's importer reads the file and writes the rows."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable

from .errors import Invalid
from .ids import MOBILE_RE, check_id_number, check_phone, normalize_unit_code
from .text import first_refused, holds_refused

#: The fields an owner line can carry, in the order they are shown.
FIELDS = ("unit", "name", "phone", "id_number", "area", "property_type", "relation", "handover_status", "building",
          "entrance")
REQUIRED = ("unit", "name")

HANDOVER_STATES = ("已交房", "未交房", "空置", "装修中", "未售")

#: Header spellings seen in centres' spreadsheets (compared after `header_key`).
HEADER_ALIASES = {
    "unit": ("房号", "房屋编号", "房间号", "单元房号", "房屋", "房屋号", "房间编号", "门牌号", "房屋编码", "房屋代码", "房产编号",
             "户号", "房间", "unit", "unit_code", "code"),
    "name": ("姓名", "业主姓名", "客户姓名", "户主姓名", "业主", "户主", "住户姓名", "业主名称", "客户名称", "产权人",
             "产权人姓名", "人员名称", "住户名称", "成员名称", "name"),
    "phone": ("电话", "手机", "手机号", "手机号码", "联系电话", "联系方式", "电话号码", "联系手机", "业主电话", "业主手机",
              "业主联系电话", "业主联系方式", "移动电话", "固定电话", "住宅电话", "家庭电话", "座机", "固话", "宅电",
              "办公电话", "phone", "mobile"),
    "id_number": ("身份证", "身份证号", "身份证号码", "证件号码", "证件号", "身份证件号", "id_number"),
    "area": ("面积", "建筑面积", "房屋面积", "area"),
    "property_type": ("物业类型", "房屋类型", "类型", "物业性质", "房屋性质", "property_type", "type"),
    "relation": ("身份", "关系", "业主身份", "住户身份", "与业主关系", "与户主关系", "住户类型", "客户身份",
                 "人员类型", "业主类型", "成员类型", "relation"),
    "handover_status": ("交房状态", "交付状态", "收房状态", "入住状态", "房屋状态", "handover", "handover_status"),
    # a unit written over three columns: 楼栋 | 单元 | 房号 (3栋 | 2单元 | 1202)
    "building": ("楼栋", "楼号", "栋号", "楼栋号", "幢号", "楼幢", "楼栋号码", "楼栋编号", "building"),
    "entrance": ("单元", "单元号", "单元编号", "entrance"),
}

RELATION_ALIASES = {"业主": "owner", "产权人": "owner", "业主本人": "owner", "本人": "owner", "户主": "owner",
                    "房主": "owner", "owner": "owner",
                    "共有人": "co_owner", "产权共有人": "co_owner", "共同产权人": "co_owner", "共有权人": "co_owner",
                    "co_owner": "co_owner",
                    "租户": "tenant", "租客": "tenant", "承租人": "tenant", "承租户": "tenant", "tenant": "tenant",
                    "家属": "family", "家庭成员": "family", "配偶": "family", "子女": "family", "父母": "family",
                    "夫": "family", "妻": "family", "丈夫": "family", "妻子": "family", "儿子": "family",
                    "女儿": "family", "父亲": "family", "母亲": "family", "孙子": "family", "孙女": "family",
                    "亲属": "family", "同住人": "family", "业主家属": "family", "family": "family",
                    "房屋租客": "tenant", "临时人员": "tenant"}
PROPERTY_ALIASES = {"住宅": "住宅", "公寓": "住宅", "普通住宅": "住宅", "住宅楼": "住宅", "高层": "住宅", "高层住宅": "住宅",
                    "小高层": "住宅", "多层": "住宅", "多层住宅": "住宅", "洋房": "住宅", "别墅": "住宅", "叠拼": "住宅",
                    "商业": "商业", "商铺": "商业", "底商": "商业",
                    "写字楼": "写字楼", "办公": "写字楼", "办公室": "写字楼", "宿舍": "住宅"}
HANDOVER_ALIASES = {"已交房": "已交房", "已交付": "已交房", "已收房": "已交房", "未交房": "未交房",
                    "未交付": "未交房", "未收房": "未交房", "空置": "空置", "空置房": "空置", "装修中": "装修中",
                    "已入住": "已交房", "入住": "已交房", "自住": "已交房", "出租": "已交房", "未入住": "空置",
                    "装修": "装修中", "未销售": "未售", "未售": "未售", "待售": "未售", "已装修": "已交房",
                    "已出租": "已交房", "已出售": "未交房", "空闲": "空置"}

#: Code columns of peer systems' documented import templates (HC 小区管理系统: 房屋类型 110 住宅 / 119 宿舍 /
#: 120 办公室; 业主类型 1001 业主 / 1002 家庭成员 / 1003 房屋租客 / 1004 临时人员 (stored as a tenant: someone
#: living there who holds no title); 房屋状态 2001 已入住 … 2009 装修中). A cell may hold the code, the code
#: and its word (1001 业主, 1001-业主, 业主(1001)), or the word alone (the alias tables above).
VALUE_CODES = {
    "property_type": {"110": "住宅", "119": "住宅", "120": "写字楼"},
    "relation": {"1001": "owner", "1002": "family", "1003": "tenant", "1004": "tenant"},
    "handover_status": {"2001": "已交房", "2002": "未售", "2003": "已交房", "2004": "空置", "2005": "已交房",
                        "2006": "已交房", "2007": "未交房", "2008": "空置", "2009": "装修中"},
}
_CODED = re.compile(r"^\s*(?:(\d{3,4})\s*[-_:：.、]?\s*([^\d()（）]*?)|([^\d()（）]+?)\s*[(（]\s*(\d{3,4})\s*[)）])\s*$")

#: Values a peer system's template documents as "none" for a field (HC 小区管理系统: 18999999999 for no phone,
#: 111111111111111111 for no ID number): read as an empty cell, so the person is imported without them.
PLACEHOLDERS = {"phone": frozenset({"18999999999"}), "id_number": frozenset({"111111111111111111"})}

_PHONE_SPLIT = re.compile(r"[/、,，;；]+")
_SPACES = re.compile(r"\s+")
_AREA_RE = re.compile(r"^(\d+(?:\.\d+)?)\s*(?:㎡|m2|m²|平方米|平米|平)?$", re.IGNORECASE)


def header_key(text: str) -> str:
    """A header as compared: no spaces, half-width brackets, lower case."""
    t = (text or "").strip().translate(str.maketrans("（）", "()")).lower()
    return re.sub(r"\s+", "", t).lstrip("\ufeff")


def _alias_index() -> dict[str, str]:
    out = {}
    for name, aliases in HEADER_ALIASES.items():
        for a in aliases:
            out[header_key(a)] = name
    return out


_ALIASES = _alias_index()


def field_for_header(header: str) -> str | None:
    """The field a header names ('建筑面积(㎡)' -> 'area'), or None for an unknown header."""
    key = header_key(header)
    if key in _ALIASES:
        return _ALIASES[key]
    bare = re.sub(r"\(.*?\)$|(?:㎡|m2|m²|平方米|平米)$", "", key)          # 建筑面积(㎡), 建筑面积㎡
    if bare in _ALIASES:
        return _ALIASES[bare]
    numbered = re.sub(r"(?:\d+|[一二三])$", "", bare)       # 联系电话1, 联系电话2; 手机二
    return _ALIASES.get(numbered) if numbered != bare else None


def guess_mapping(headers: list[str]) -> dict[int, str]:
    """Column index -> field for the headers we recognise; phone may come from several columns."""
    out, taken = {}, set()
    for i, h in enumerate(headers):
        f = field_for_header(h)
        if f and (f == "phone" or f not in taken):
            out[i] = f
            taken.add(f)
    return out


def mapping_from_names(headers: list[str], mapping: dict[str, str]) -> dict[int, str]:
    """Column index -> field: the guess from the headers, with a person's choices {header text: field} over it
    (the wizard's page, the command line's --map or a saved profile). A field of '' leaves the column out; a
    column given a field takes it from any other column (phone excepted: several columns may hold phones)."""
    keys = {header_key(h): i for i, h in enumerate(headers)}
    out = guess_mapping(headers)
    for header, fld in mapping.items():
        if fld and fld not in FIELDS:
            raise Invalid("mapping", f"unknown field '{fld}' for column '{header}'", valid=FIELDS)
        i = keys.get(header_key(header))
        if i is None:
            raise Invalid("mapping", f"no column '{header}' in the file", valid=[h for h in headers if h])
        if not fld:
            out.pop(i, None)
            continue
        if fld != "phone":
            for j in [j for j, f in out.items() if f == fld]:
                del out[j]
        out[i] = fld
    return dict(sorted(out.items()))


def unmapped_columns(headers: list[str], mapping: dict[int, str]) -> list[str]:
    """The named columns the import leaves out (said in the summary, so nothing is dropped unseen)."""
    return [h for i, h in enumerate(headers) if h and i not in mapping]


def missing_fields(mapping: dict[int, str]) -> list[str]:
    return [f for f in REQUIRED if f not in mapping.values()]


@dataclass
class OwnerLine:
    """One valid line: the unit it names and the person it names there."""
    line: int
    unit: str
    name: str
    phones: list[str] = field(default_factory=list)
    id_number: str | None = None
    area: float | None = None
    property_type: str | None = None
    relation: str | None = None     # None: not given (a new tie is 'owner'; a tie on record keeps its relation)
    handover_status: str | None = None


#: What a refusal lists as the valid spellings of each field.
SHOWN_VALUES = {"relation": ("业主", "共有人", "租户", "家属"), "property_type": ("住宅", "商业", "写字楼"),
                "handover_status": HANDOVER_STATES}


def _choice(fld: str, value: str, aliases: dict[str, str]) -> str:
    v = value.strip()
    found = aliases.get(v) or aliases.get(v.lower())
    if not found:
        raise Invalid(fld, f"unknown value '{v}'", valid=SHOWN_VALUES.get(fld, sorted(set(aliases.values()))))
    return found


@lru_cache(maxsize=4096)
def _area(value: str) -> float:
    m = _AREA_RE.match(value.strip())
    if not m or not (0 < float(m.group(1)) < 100000):
        raise Invalid("area", f"'{value}' is not an area in square metres")
    return float(m.group(1))


_SCIENTIFIC = re.compile(r"^\d(?:\.\d+)?E\+?\d+$", re.IGNORECASE)


def _id_number(text: str) -> str:
    """A valid ID number in its stored form; the refusal names the part that is wrong."""
    v = text.replace(" ", "").upper()
    if _SCIENTIFIC.match(v):
        raise Invalid("id_number", f"'{text}' is an ID number Excel turned into a number (its last digits are "
                      "lost); format the column as text in Excel and type the number again")
    return check_id_number(v)


_EXCEL_TEXT = re.compile(r'^=?"(.*)"$')


_WIDE = re.compile("[\u2000-\u206f\u3000\u3380-\u33ff\uff00-\uffef]")   # full-width forms, ㎡, odd spaces


def clean_cell(value) -> str:
    """A cell as a person meant it: full-width digits and letters made plain (NFKC), and Excel's ways of keeping
    a number as text taken off (a leading or trailing apostrophe or backquote, a tab, ="...")."""
    v = value.strip() if isinstance(value, str) else (str(value).strip() if value else "")
    if not v:
        return ""
    if not v.isascii() and _WIDE.search(v):
        v = unicodedata.normalize("NFKC", v).strip()
    if v[0] in "='`‘’\"" or v[-1] in "'`‘’\"":
        m = _EXCEL_TEXT.match(v)
        if m:
            v = m.group(1).strip()
        v = v.strip("'`‘’").strip()
    return v


#: What offices type into a cell to say "nothing here".
NOTHING = frozenset(("无", "暂无", "没有", "空", "未知", "不详", "-", "--", "—", "——", "/", "\\", "null", "NULL", "None",
                     "N/A", "n/a", "#N/A"))


def _values(cells: list, mapping: dict[int, str], values: dict | None = None) -> tuple[dict[str, str], list[str]]:
    """(first cell of each field, every phone cell) of one line, cleaned (`clean_cell`), a peer system's
    placeholders emptied and the person's own value mapping (`--values FIELD:FROM=TO`) applied."""
    return _reader(mapping, values)(cells)


def _reader(mapping: dict[int, str], values: dict | None = None):
    """`_values` for one mapping: each column's rules (its field, the person's value mapping, the spellings of
    "nothing") looked up once, not once a cell."""
    columns = [(i, fld, (values.get(fld) or None) if values else None,
                NOTHING | PLACEHOLDERS.get(fld, frozenset()), fld == "phone") for i, fld in mapping.items()]

    def read(cells: list) -> tuple[dict[str, str], list[str]]:
        one: dict[str, str] = {}
        phones: list[str] = []
        n = len(cells)
        for i, fld, mine, nothing, is_phone in columns:
            v = cells[i] if i < n else None
            if not v:
                v = ""
            elif type(v) is str and v.isascii() and (bare := v.strip()) and bare[0] not in "='`\"" \
                    and bare[-1] not in "'`\"":
                v = bare            # plain ASCII (a phone, an ID number, an area): what clean_cell gives it
            else:
                v = clean_cell(v)
            if mine is not None and v in mine:
                v = mine[v]
            if v in nothing:
                v = ""
            if is_phone:
                phones.append(v)
            elif fld not in one:
                one[fld] = v
        return one, phones
    return read


_ESTATE = re.compile(r"^[\u4e00-\u9fff]{1,12}(?:花园|小区|家园|苑|园|城|府|公寓|大厦|广场|华庭|山庄|新村)\s*(?=\d)")
_NO_ENTRANCE = re.compile(r"^\d+\s*(?:栋|幢|号楼|#|-)\s*\d{3,4}\s*(?:室|号|房)?$")
_MARK_DASH = re.compile(r"(栋|幢|号楼|单元)\s*[-—_]\s*")
_ROOM_SUFFIX = re.compile(r"\s*(?:室|号|房)$")


@lru_cache(maxsize=65536)
def _unit(text: str) -> str:
    if not text:
        raise Invalid("unit", "required")
    text = text.replace("#楼", "#").replace("#座", "#")          # 3#楼2单元1202 (NFKC already made ＃ plain)
    text = _MARK_DASH.sub(r"\1", text)                            # 3栋-2单元-1202
    text = _ESTATE.sub("", text)                                    # 阳光花园3栋2单元1202 (not 东区3栋 or 二期3栋)
    code = normalize_unit_code(text) or normalize_unit_code(_ROOM_SUFFIX.sub("", text))
    if not code and _NO_ENTRANCE.match(text):
        raise Invalid("unit", f"'{text}' names no entrance (单元): write it like 3栋1单元1202")
    if not code:
        raise Invalid("unit", f"'{text}' is not a unit code like 3-2-1202 or 3栋2单元1202")
    return code


_PART = re.compile(r"^0*(\d+)\s*(?:栋|幢|号楼|楼|#|座|单元|门|号)?$")
_ROOM = re.compile(r"^0*(\d+)\s*(?:室|号|房)?$")
_ENTRANCE_ROOM = re.compile(r"^0*(\d+)\s*(?:单元|门|-|－|—)\s*0*(\d+)\s*(?:室|号|房)?$")


def _unit_from_columns(room: str, building: str, entrance: str) -> str:
    """'3栋' | '2单元' | '1202' (a unit over three columns) as one spelling; a full code in the room column wins."""
    if not (building or entrance):          # the common case: the unit in one column
        return room
    two = _ENTRANCE_ROOM.match(room or "")
    if building and not entrance and two and _PART.match(building):    # 3栋 | 2单元1202 (or 2-1202)
        return f"{_PART.match(building).group(1)}-{two.group(1)}-{two.group(2)}"
    if not (building or entrance) or not _ROOM.match(room or ""):
        return room
    b, e = _PART.match(building or ""), _PART.match(entrance or "")
    if not b or not e:
        which = "building" if not b else "entrance"
        raise Invalid("unit", f"room '{room}' with building '{building}' and entrance '{entrance}': the {which} "
                      "is not a number like 3 or 3栋")
    return f"{b.group(1)}-{e.group(1)}-{_ROOM.match(room).group(1)}"


_NAME_SPLIT = re.compile(r"[、,，/;；&]")


@lru_cache(maxsize=65536)
def _name(text: str) -> str:
    n = _SPACES.sub("", text)
    if not n:
        raise Invalid("name", "required")
    if len(n) > 40:
        raise Invalid("name", "at most 40 characters")
    if _NAME_SPLIT.search(n):
        raise Invalid("name", f"'{n}' holds more than one name: put each person on a line of their own")
    return n


def _phones(cells: list[str]) -> list[str]:
    found: list[str] = []
    for cell in cells:
        if not cell:
            continue
        if len(cell) == 11 and MOBILE_RE.match(cell):      # the common case: one plain mobile number
            if cell not in found:
                found.append(cell)
            continue
        for part in (_PHONE_SPLIT.split(cell) if _PHONE_SPLIT.search(cell) else (cell,)):
            if part.strip():
                if _SCIENTIFIC.match(part.strip()):
                    raise Invalid("phone", f"'{part.strip()}' is a phone Excel turned into a number (digits are lost); "
                                  "format the column as text in Excel and type it again")
                p = check_phone(part)
                if p not in found:
                    found.append(p)
    return found


def unit_only(one: dict[str, str], phone_cells: list[str]) -> bool:
    """A line that names a unit and no person at all (no name, phone, ID number or relation)."""
    return not (one.get("name") or one.get("id_number") or one.get("relation") or any(phone_cells))


ParsedLine = tuple[OwnerLine | None, list[tuple[str, str]]]


def parse_line(line: int, cells: list[str], mapping: dict[int, str],
               values: dict | None = None) -> ParsedLine:
    """Validate one line: (OwnerLine, []) or (None, [(field, reason), ...]) naming every bad field.

    A line with a unit and no person (name, phone, ID number and relation all empty) is valid: its OwnerLine has
    an empty name and imports the unit alone (a vacant unit). A person without a name is refused."""
    return line_parser(mapping, values)(line, cells)


def line_parser(mapping: dict[int, str], values: dict | None = None) -> Callable[[int, list], ParsedLine]:
    """`parse_line` for every line of one file: parse(line, cells), the mapping's rules looked up once."""
    read = _reader(mapping, values)

    def parse(line: int, cells: list) -> ParsedLine:
        one, phone_cells = read(cells)
        return _check_line(line, one, phone_cells)
    return parse


def _check_line(line: int, one: dict[str, str], phone_cells: list[str]) -> ParsedLine:
    errors: list[tuple[str, str]] = []
    whole = "".join(one.values()) + "".join(phone_cells)
    if "\ufffd" in whole:
        fld = next((f for f, v in [*one.items(), *(("phone", p) for p in phone_cells)] if "\ufffd" in v))
        return None, [(fld, "unreadable characters (bytes the file's encoding does not have); retype this cell")]
    if holds_refused(whole):                                                              # the store's text rule
        bad = first_refused([*one.items(), *(("phone", p) for p in phone_cells)])
        if bad:
            return None, [bad]
    out = OwnerLine(line=line, unit="", name="")
    try:
        out.unit = _unit(_unit_from_columns(one.get("unit", ""), one.get("building", ""), one.get("entrance", "")))
    except Invalid as exc:
        errors.append(("unit", _reason(exc)))
    if unit_only(one, phone_cells):
        pass            # a unit listed with nobody in it (a vacant or unsold unit): the unit alone is imported
    else:
        try:
            out.name = _name(one.get("name", ""))
        except Invalid as exc:
            errors.append(("name", _reason(exc)))
    try:
        out.phones = _phones(phone_cells)
    except Invalid as exc:
        errors.append(("phone", _reason(exc)))
    if one.get("id_number"):
        try:
            out.id_number = _id_number(one["id_number"])
        except Invalid as exc:
            errors.append(("id_number", _reason(exc)))
    if one.get("area"):
        try:
            out.area = _area(one["area"])
        except Invalid as exc:
            errors.append(("area", _reason(exc)))
    for fld, aliases in (("property_type", PROPERTY_ALIASES), ("relation", RELATION_ALIASES),
                         ("handover_status", HANDOVER_ALIASES)):
        v = one.get(fld)
        if v:
            found = aliases.get(v) or _coded(fld, v)
            if found is None:
                try:
                    found = _choice(fld, v, aliases)
                except Invalid as exc:
                    errors.append((fld, _reason(exc)))
                    continue
            setattr(out, fld, found)
    if errors:
        return None, errors
    return out, []


@lru_cache(maxsize=256)
def _coded(fld: str, value: str) -> str | None:
    """A peer system's code for a field ('1003', '1003 房屋租客', '房屋租客(1003)'), or None. A code and a word
    that disagree (1001 租户) are not guessed at: None, and the line is refused."""
    m = _CODED.match(value)
    if not m:
        return None
    code, word = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
    found = VALUE_CODES.get(fld, {}).get(code)
    aliases = {"relation": RELATION_ALIASES, "property_type": PROPERTY_ALIASES,
               "handover_status": HANDOVER_ALIASES}[fld]
    if found and word and aliases.get(word.strip(), found) != found:
        return None
    return found


def parse_values(specs: list[str]) -> dict[str, dict[str, str]]:
    """`FIELD:FROM=TO` specs (the command line's --values) as {field: {from: to}}; refused naming the spec."""
    out: dict[str, dict[str, str]] = {}
    for spec in specs:
        m = re.match(r"^\s*([a-z_]+)\s*:(.*?)=(.*)$", spec)
        if not m:
            raise Invalid("values", f"'{spec}' is not FIELD:FROM=TO (for example relation:租住=租户)")
        fld, src, dst = m.group(1), clean_cell(m.group(2)), clean_cell(m.group(3))
        if fld not in FIELDS:
            raise Invalid("values", f"'{spec}': unknown field '{fld}'", valid=FIELDS)
        if not src:
            raise Invalid("values", f"'{spec}': nothing to map from")
        out.setdefault(fld, {})[src] = dst
    return out


def parse_map(specs: list[str]) -> dict[str, str]:
    """`COLUMN=FIELD` specs (the command line's --map) as {column header: field}; FIELD may be empty or '-' to
    leave a column out."""
    out: dict[str, str] = {}
    for spec in specs:
        column, sep, fld = spec.rpartition("=")
        if not sep or not column.strip():
            raise Invalid("map", f"'{spec}' is not COLUMN=FIELD (for example 手机号码=phone)", valid=FIELDS)
        fld = fld.strip()
        if fld not in (*FIELDS, "", "-"):
            raise Invalid("map", f"'{spec}': unknown field '{fld}'", valid=FIELDS)
        out[column.strip()] = "" if fld == "-" else fld
    return out


def _reason(exc: Invalid) -> str:
    text = str(exc)
    prefix = f"{exc.field}: "
    return text[len(prefix):] if text.startswith(prefix) else text


def is_blank(cells: list) -> bool:
    return all(c is None or not str(c).strip() for c in cells)



def is_empty_line(cells: list, mapping: dict[int, str]) -> bool:
    """Nothing in any imported column (a template row with only its 序号 filled in counts as blank)."""
    n = len(cells)
    return all(i >= n or not cells[i] or not str(cells[i]).strip() for i in mapping)
