"""What a letter to an owner may say about a ticket, from its real state (issue 15 item 1).

Only text written for the owner is quoted (the ticket's handling text, edited in the same dialog as the
complaint reply); the internal notes on its moves never are. Every sentence ends with its full stop."""
from __future__ import annotations

import re

from frontdesk.core.errors import Refused
from frontdesk.core.states import LOOP_ORDER
from frontdesk.core.templates import OMIT

#: Work finished (the callback letter asks about finished work): done and every later step of the loop.
FINISHED = LOOP_ORDER[LOOP_ORDER.index("done"):]
#: Handling text that says the work is planned, not done: the letter must not say 处理完毕.
PLANNED = re.compile(r"计划|将于|拟于|预计|待.{0,8}后|尚未|安排.{0,4}(下周|近日|明日|择日)")
RATING_ZH = {"satisfied": "满意", "basic": "基本满意", "unsatisfied": "不满意"}
NUMBERS_ZH = "零一两三四五六七八九十"


def sentence(text: str) -> str:
    """Text as finished sentences: trailing ，；、 become 。, and a missing full stop is added."""
    t = " ".join((text or "").split()).rstrip("，,；;、：: ")
    if not t:
        return ""
    return t if t[-1] in "。！？!?…）)」』”" else t + "。"


def short_date(zh: str) -> str:
    """'2026年11月3日' -> '11月3日' (the year is the letter's own)."""
    return zh.split("年", 1)[1] if "年" in zh else zh


def callback_values(t: dict, values: dict) -> dict:
    """The callback letter's state sentences; refused for a ticket whose work is not finished, and for one the
    owner already rated on the phone (the letter would ask again what is known)."""
    status = t["status"]
    if status not in FINISHED:
        raise Refused("not_finished", f"{t['number']} is {status}: the callback letter asks about finished work; "
                      "print it once the work is done", status=status)
    if t.get("satisfaction"):
        rating = RATING_ZH.get(t["satisfaction"], t["satisfaction"])
        raise Refused("already_rated", f"{t['number']} was called back and rated {rating} "
                      f"({t['satisfaction']}): no callback letter is needed", status=status,
                      rating=t["satisfaction"])
    handling = sentence(t.get("handling_text") or "")
    done = values.get("done_date") or ""
    if handling and PLANNED.search(handling):
        progress = "我中心已作出处理安排。"
    else:
        progress = f"已于{short_date(done)}处理完毕。" if done else "已处理完毕。"
    tries = int(t.get("callback_attempts") or 0)
    said = (f"我们曾{NUMBERS_ZH[tries] if tries <= 10 else tries}次致电回访，均未能联系上您，"
            if tries else OMIT)
    return {**values, "progress": progress, "handling_note": f"处理情况：{handling}" if handling else OMIT,
            "tries": said, "handling": handling or values.get("handling", "")}
