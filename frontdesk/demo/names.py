"""Believable Chinese people: surnames by frequency, given names by generation, mobiles, ID numbers."""
from __future__ import annotations

import bisect
import datetime as dt
import itertools
import random

from frontdesk.core.ids import id_check_digit

#: Common surnames, roughly by frequency (weights), with a few polyphonic ones read differently as surnames.
SURNAMES = (
    ("王", 72), ("李", 71), ("张", 69), ("刘", 54), ("陈", 45), ("杨", 31), ("赵", 20), ("黄", 20), ("周", 19),
    ("吴", 19), ("徐", 14), ("孙", 13), ("胡", 11), ("朱", 11), ("高", 10), ("林", 10), ("何", 10), ("郭", 10),
    ("马", 9), ("罗", 7), ("梁", 7), ("宋", 6), ("郑", 6), ("谢", 6), ("韩", 5), ("唐", 5), ("冯", 5), ("于", 5),
    ("董", 5), ("萧", 4), ("程", 4), ("曹", 4), ("袁", 4), ("邓", 4), ("许", 4), ("傅", 4), ("沈", 4), ("曾", 4),
    ("彭", 4), ("吕", 3), ("苏", 3), ("卢", 3), ("蒋", 3), ("蔡", 3), ("贾", 3), ("丁", 3), ("魏", 3), ("薛", 3),
    ("叶", 3), ("余", 3), ("潘", 3), ("杜", 3), ("戴", 2), ("夏", 2), ("钟", 2), ("汪", 2), ("田", 2), ("任", 2),
    ("姜", 2), ("范", 2), ("方", 2), ("石", 2), ("姚", 2), ("谭", 2), ("廖", 2), ("邹", 2), ("熊", 2), ("金", 2),
    ("陆", 2), ("郝", 2), ("孔", 2), ("白", 2), ("崔", 2), ("康", 2), ("毛", 2), ("邱", 2), ("秦", 2), ("江", 2),
    ("史", 2), ("顾", 2), ("侯", 2), ("邵", 2), ("孟", 2), ("龙", 1), ("万", 1), ("段", 1), ("雷", 1), ("钱", 1),
    ("汤", 1), ("尹", 1), ("黎", 1), ("易", 1), ("常", 1), ("武", 1), ("乔", 1), ("贺", 1), ("赖", 1), ("龚", 1),
    ("文", 1), ("单", 1), ("乐", 1), ("解", 1), ("仇", 1), ("查", 1), ("区", 1), ("覃", 1), ("翟", 1), ("缪", 1),
    ("欧阳", 1), ("司马", 0.3), ("上官", 0.3), ("诸葛", 0.2),
)

#: Given names by sex and generation ("old": born before ~1970, "mid": 1970–1994, "young": 1995 on).
GIVEN = {
    ("M", "old"): "建国 建华 国庆 国强 志刚 卫东 文革 德明 德福 福生 永年 长林 桂林 学军 振华 明德 秋生 金宝 根生 "
                  "树林 庆华 家福 春生 宝山 国平 保国 洪涛 新民 海山 文斌 平 军 勇 刚 强 华 明 忠 林 峰",
    ("F", "old"): "秀英 桂英 秀兰 玉兰 桂兰 凤英 淑珍 秀珍 玉梅 玉珍 丽华 美华 桂芳 秀云 凤兰 翠花 金凤 素芬 爱华 "
                  "红梅 淑华 秀梅 冬梅 兰英 芳 英 兰 珍 梅 霞 凤 华 琴 云",
    ("M", "mid"): "伟 强 磊 军 勇 杰 涛 斌 超 明 辉 刚 鹏 飞 浩 亮 波 宇 俊 峰 志强 志明 建军 海涛 晓东 晓峰 "
                  "伟东 文杰 俊杰 振宇 嘉伟 永强 宏伟 立新 国栋 家豪 子健 晓明 海波 春雷 云龙 少华 宏",
    ("F", "mid"): "芳 娜 敏 静 丽 艳 娟 霞 燕 玲 婷 雪 倩 颖 洁 琳 晶 丹 慧 莉 晓燕 丽娟 海燕 晓红 春燕 "
                  "雪梅 慧敏 婷婷 丽萍 晓丽 静怡 佳 蕾 萍 红 梅 璐 瑶 欢 宁 楠 晓静 文静 美玲",
    ("M", "young"): "子轩 浩然 宇轩 浩宇 梓豪 俊熙 宇航 子涵 一鸣 皓轩 博文 睿 泽宇 思远 天佑 铭泽 晨阳 "
                    "嘉懿 煜城 懿轩 子豪 俊宇 浩轩 宇辰 梓睿 博宇 俊哲 子墨 明辉 伟诚 明轩 志泽 弘文 嘉豪",
    ("F", "young"): "梓涵 欣怡 雨桐 可馨 诗涵 语嫣 思琪 子萱 梦瑶 若汐 一诺 雨萱 佳怡 紫萱 欣妍 语桐 "
                    "芷若 诗琪 梦琪 思雨 雨涵 欣然 梓萱 佳琪 子琪 语涵 若曦 诗雨 晨曦 心怡 佳慧 雅琪",
}

#: Birth-place area codes (real administrative codes, county level) for the first six digits of an ID number.
AREA_CODES = (
    "110101", "110105", "110108", "120101", "130102", "130604", "140105", "150102", "210102", "210202",
    "220102", "230102", "310101", "310104", "310115", "320102", "320106", "320506", "320583", "330102",
    "330106", "330108", "330205", "330302", "340104", "350102", "350203", "360102", "370102", "370202",
    "410105", "410305", "420102", "420106", "430102", "430104", "440103", "440106", "440304", "440305",
    "450103", "500103", "500106", "510104", "510107", "520102", "530102", "610103", "610113", "620102",
)

MOBILE_PREFIXES = (
    "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151", "152", "153", "155",
    "156", "157", "158", "159", "166", "173", "176", "177", "178", "180", "181", "182", "183", "184", "185",
    "186", "187", "188", "189", "191", "193", "195", "198", "199",
)


class NameMaker:
    """Draws names, mobiles and ID numbers from one random.Random (repeatable with a seed)."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        names = [s for s, _ in SURNAMES]
        self._surnames = names
        self._cum = list(itertools.accumulate(w for _, w in SURNAMES))
        self._given = {k: v.split() for k, v in GIVEN.items()}
        self.phones: set[str] = set()
        self.ids: set[str] = set()

    def surname(self) -> str:
        return self._surnames[bisect.bisect(self._cum, self.rng.random() * self._cum[-1])]

    def given(self, sex: str, born: int) -> str:
        gen = "old" if born < 1970 else "mid" if born < 1995 else "young"
        return self.rng.choice(self._given[(sex, gen)])

    def name(self, sex: str, born: int, surname: str | None = None) -> str:
        return (surname or self.surname()) + self.given(sex, born)

    def mobile(self) -> str:
        rng = self.rng
        while True:
            number = rng.choice(MOBILE_PREFIXES) + f"{rng.randrange(10**8):08d}"
            if number not in self.phones:
                self.phones.add(number)
                return number

    def id_number(self, sex: str, born: dt.date, area: str | None = None) -> str:
        """An 18-character ID with a correct GB 11643 check digit; the 17th digit is odd for men."""
        rng = self.rng
        area = area or rng.choice(AREA_CODES)
        while True:
            seq = rng.randrange(100) * 10 + (rng.choice((1, 3, 5, 7, 9)) if sex == "M" else rng.choice((0, 2, 4, 6, 8)))
            first17 = f"{area}{born:%Y%m%d}{seq:03d}"
            number = first17 + id_check_digit(first17)
            if number not in self.ids:
                self.ids.add(number)
                return number

    def birth(self, start_year: int, end_year: int) -> dt.date:
        year = self.rng.randint(start_year, end_year)
        return dt.date(year, 1, 1) + dt.timedelta(days=self.rng.randrange(365))
