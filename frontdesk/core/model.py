"""The vocabulary of the desk: ticket types, categories, channels, roles (stable codes)."""
from __future__ import annotations

from .errors import Invalid

TYPES = ("repair", "complaint", "inquiry", "suggestion", "praise")
TYPE_PREFIX = {"repair": "BX", "complaint": "TS", "inquiry": "ZX", "suggestion": "JY", "praise": "BY"}
TYPE_ZH = {"repair": "报修", "complaint": "投诉", "inquiry": "咨询", "suggestion": "建议", "praise": "表扬"}

#: Default categories per type (docs/architecture.md, Data); the admin may add more (stored in settings).
DEFAULT_CATEGORIES = {
    "repair": ["水电", "土建", "门窗", "电梯", "空调", "装修", "家电", "公共设施", "其他"],
    "complaint": ["设施设备", "管理服务", "收费", "突发事件", "其他"],
    "inquiry": ["收费", "装修", "停车", "权证", "社区活动", "其他"],
    "suggestion": ["环境", "安全", "服务", "其他"],
    "praise": ["环境", "安全", "服务", "其他"],
}

CHANNELS = ("phone", "visit", "wechat", "opinion_box", "door_visit", "patrol")
CHANNEL_ZH = {"phone": "来电", "visit": "来访", "wechat": "微信", "opinion_box": "意见箱",
              "door_visit": "上门", "patrol": "巡查"}

ROLES = ("receptionist", "supervisor", "engineer", "admin")
ROLE_ZH = {"receptionist": "前台客服", "supervisor": "客服主管", "engineer": "工程", "admin": "管理员"}

RATINGS = ("satisfied", "basic", "unsatisfied")
RATING_ZH = {"satisfied": "满意", "basic": "基本满意", "unsatisfied": "不满意"}

PLACES = ("unit", "common")
PLACE_ZH = {"unit": "户内", "common": "公共区域"}

RELATIONS = ("owner", "co_owner", "tenant", "family")
RELATION_ZH = {"owner": "业主", "co_owner": "共有人", "tenant": "租户", "family": "家属"}

PROPERTY_TYPES = ("住宅", "商业", "写字楼")
CUSTOMER_CLASSES = ("重点", "一般", "潜在")

#: The repair kinds of the house health archive (房屋健康档案), by repair category.
HEALTH_KIND = {"土建": "结构", "空调": "空调", "装修": "装修", "家电": "家电", "水电": "水电",
               "门窗": "门窗", "电梯": "公共设施", "公共设施": "公共设施", "其他": "其他"}


def check_choice(field: str, value, valid) -> str:
    """Refuse a value outside `valid`, listing the valid ones."""
    if value not in valid:
        raise Invalid(field, reason="unknown_value", value=value, valid=valid)
    return value


def check_category(type_: str, category: str, categories: dict[str, list[str]] | None = None) -> str:
    check_choice("type", type_, TYPES)
    cats = (categories or DEFAULT_CATEGORIES).get(type_, [])
    return check_choice("category", category, cats)
