"""满意度回访: the phone script, recording a callback (store.tickets.record_callback is the one function; it
leaves the note to the first responder when the owner is unsatisfied), and when the callback letter is offered
instead (after three failed tries)."""
from __future__ import annotations

from frontdesk.core.model import TYPE_ZH
from frontdesk.core.states import LETTER_AFTER_TRIES

__all__ = ["LETTER_AFTER_TRIES", "offer_letter", "record", "script"]


def script(ticket: dict, centre: str, staff_name: str) -> str:
    """What the desk says on the phone, filled in for this ticket (Chinese: it is spoken to the owner)."""
    received = ticket.get("created_at") or ""
    day = f"{int(received[5:7])}月{int(received[8:10])}日" if len(received) >= 10 else ""
    text = (ticket.get("description") or "").strip().replace("\n", " ")
    text = text if len(text) <= 30 else text[:30] + "……"
    who = f"{ticket['person']}" if ticket.get("person") else "业主"
    return (f"您好，请问是{who}吗？我是{centre or '物业服务中心'}客服{staff_name}。\n"
            f"您{day}反映的{TYPE_ZH.get(ticket.get('type') or '', '')}（{ticket.get('unit') or '公共区域'}：{text}）"
            f"已经处理完毕，今天给您做个回访。\n"
            f"请问您对这次处理满意吗？是满意、基本满意，还是不满意？\n"
            f"（不满意时：请问哪里还不满意？我们马上安排重新处理，并由首问责任人跟进回复您。）\n"
            f"请问您还有其他需要吗？感谢您的支持，再见。")


def record(db, number: str, actor: dict, *, reached: bool, rating: str | None = None, comment: str = "") -> dict:
    """Record one callback try through the one function (store.tickets.record_callback); returns the ticket and
    whether the callback letter should now be offered (after LETTER_AFTER_TRIES failed tries)."""
    from frontdesk.store import tickets
    t = tickets.record_callback(db, number, actor, reached=reached, rating=rating, comment=comment)
    return {"ticket": t, "offer_letter": offer_letter(t, reached)}


def offer_letter(ticket: dict, reached: bool = False) -> bool:
    """The callback letter (回访函) is offered once the owner was not reached LETTER_AFTER_TRIES times."""
    return (not reached) and ticket["callback_attempts"] >= LETTER_AFTER_TRIES
