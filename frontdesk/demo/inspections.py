"""A year of inspection rounds for the demo centre: nearly every round done, a few missed, a few done late; readings
wandering inside their range and now and then outside it; findings entered by the desk and opened as repair
tickets (channel 巡查) that went through the repair loop to their callback — the recent ones still open. Score
sheets a little better month by month. Repeatable for a seed (its own random stream, its own ids)."""
from __future__ import annotations

import datetime as dt
import random
import uuid

from frontdesk.core import inspections as rules

from .tickets import TICKET_COLS
from .timeline import event_data, plan_ticket, replay
from .writer import insert_synced_sql

ROUND_COLS = ("id", "number", "template", "title", "kind", "area", "place", "period", "due_on", "status", "done_at",
              "inspector", "entered_by", "entered_at", "score", "findings")
RESULT_COLS = ("id", "round_id", "position", "item", "judged", "result", "value", "unit", "min", "max", "weight",
               "remark", "ticket_id")
#: At most this many rounds are generated (a benchmark estate of hundreds of buildings gets a shorter history).
MAX_ROUNDS = 12_000
INSPECTORS = {"equipment": ("赵建国", "钱师傅", "孙立新"), "秩序": ("刘保安", "周海涛", "吴强"),
              "quality": ("王主管",)}
REMARKS = {
    "轿厢照明、通风": "轿厢顶灯一盏不亮", "轿内紧急呼叫/五方对讲": "对讲有杂音，监控中心听不清",
    "层门、轿门开关": "层门关门有异响", "运行舒适度": "启动时有抖动", "按钮、显示": "5楼外呼按钮不灵",
    "曳引机、控制柜": "曳引机有渗油", "消火栓箱": "3单元6楼消火栓箱水带缺失", "疏散通道、安全出口": "地下车库安全出口有杂物堆放",
    "应急照明、疏散指示": "2单元楼梯间疏散指示灯不亮", "防排烟风机": "排烟风机手动启动无反应", "火灾报警控制器": "控制器报一处烟感故障",
    "变频泵组": "2号泵运行异响", "消毒设备": "消毒剂不足", "泵房环境": "泵房地面积水", "水箱人孔盖、通气管": "通气管防虫网破损",
    "周界围墙、门禁": "东门门禁读卡失灵", "楼道、天台": "天台门锁损坏", "公共设施": "儿童游乐区滑梯螺丝松动",
    "监控中心": "地库2号摄像头无画面", "大堂照明": "大堂吊灯两盏不亮", "景观灯": "中心花园景观灯线路外露",
    "电梯厅照明": "电梯厅筒灯不亮", "时控开关设置": "路灯开灯时间未按季节调整",
}
OUT_REMARK = {"count": "数量超出允许范围", "reading": "读数超出允许范围，已报工程部"}


class _Ids:
    """Repeatable UUIDs from the demo's own random stream."""

    def __init__(self, rng: random.Random):
        self.rng = rng

    def __call__(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))


def _value(rng: random.Random, item: dict, bad: bool):
    """A plausible count or reading; `bad` puts it outside the allowed range."""
    lo, hi = item.get("min"), item.get("max")
    if item["judged"] == "count":
        if hi is not None:
            return hi + rng.randint(1, 3) if bad else min(hi, int(rng.expovariate(1.6)))
        full = 48                                          # e.g. extinguishers in place: now and then one away
        return (full - (1 if rng.random() < 0.04 else 0)) if lo is None else lo + rng.randint(0, 4)
    if lo is not None and hi is not None:
        span = hi - lo
        if bad:
            return round(hi + span * rng.uniform(0.05, 0.3), 2)
        return round(min(hi, max(lo, rng.gauss((lo + hi) / 2, span / 7))), 2)
    if lo is not None:
        return round(lo * (rng.uniform(0.4, 0.9) if bad else rng.uniform(1.3, 3)), 2)
    return round(rng.uniform(1, 10), 1)


class RoundMaker:
    """Makes the rounds, results and finding tickets; `write()` puts them in the database."""

    def __init__(self, db, seed: int, now: dt.datetime, maker, staff, stamp: str, origin: str):
        from frontdesk.store import inspections, settings
        self.db, self.now, self.maker, self.staff = db, now, maker, staff
        self.rng = random.Random(f"inspections-{seed}")
        self.ids = _Ids(self.rng)
        self.stamp, self.origin = stamp, origin
        self.templates = inspections.templates(db)
        self.cal = settings.calendar(db)
        self.letter = settings.get(db, "terminal_letter") or ""
        self.rounds: list[tuple] = []
        self.results: list[tuple] = []
        self.tickets: list[tuple] = []
        self.events: list[tuple] = []
        self.seq: dict[str, int] = {}
        places = sum(len(t["places"]) for t in self.templates if t["frequency"]["every"] == "daily")
        self.days = max(30, min(365, MAX_ROUNDS // max(places, 1)))

    def make(self) -> None:
        today = self.now.date()
        start = today - dt.timedelta(days=self.days)
        slots = []
        for tpl in self.templates:
            for occ in rules.occurrences(tpl["frequency"], start, today, self.cal):
                slots += [(occ, tpl, place) for place in tpl["places"]]
        slots.sort(key=lambda s: (s[0].due, s[1]["name"], s[2]))
        for occ, tpl, place in slots:
            self._round(occ, tpl, place, today)

    def _round(self, occ, tpl: dict, place: str, today: dt.date) -> None:
        rng = self.rng
        if occ.due == today and (self.now.hour < 10 or rng.random() < 0.5):
            return                                        # still due today
        p_missed = 0.04 if tpl["kind"] == "quality" else 0.012 if tpl["area"] == "秩序" else 0.025
        if rng.random() < p_missed:
            return                                        # missed: nobody went, or the sheet never came back
        day = occ.due
        if occ.last > occ.due and rng.random() < 0.12:
            day = min(occ.due + dt.timedelta(days=rng.randint(1, (occ.last - occ.due).days)), occ.last)
        hour = rng.choice((20, 21, 22)) if tpl["area"] == "秩序" else rng.randint(8, 15)
        done = dt.datetime.combine(day, dt.time(hour, rng.randrange(60)))
        entered = done + dt.timedelta(minutes=rng.randint(20, 240))
        if done > self.now:
            return
        entered = min(entered, self.now)
        who = rng.choice(INSPECTORS["quality" if tpl["kind"] == "quality" else
                                    "秩序" if tpl["area"] == "秩序" else "equipment"])
        desk = rng.choice(self.staff.desk)
        rid = self.ids()
        prefix = f"XC-{occ.due:%Y%m%d}-{self.letter}"
        n = self.seq[prefix] = self.seq.get(prefix, 0) + 1
        number = f"{prefix}{n:03d}"
        checked, findings = self._results(tpl, occ, rid)
        ticketed = {}
        for r in findings:
            if tpl["kind"] == "equipment" and rng.random() < 0.85:
                ticketed[r["item"]] = self._ticket(tpl, place, r, who, entered, desk, number)
        for r in checked:
            self.results.append((self.ids(), rid, r["position"], r["item"], r["judged"], r["result"], r["value"],
                                 r["unit"], r["min"], r["max"], r["weight"], r["remark"], ticketed.get(r["item"])))
        score = rules.score(checked) if tpl["kind"] == "quality" else None
        self.rounds.append((rid, number, tpl["name"], tpl["title"], tpl["kind"], tpl["area"], place,
                            occ.period, occ.due.isoformat(), "done", done.isoformat(), who, desk,
                            entered.isoformat(), score, len(findings)))

    def _results(self, tpl: dict, occ, rid: str) -> tuple[list[dict], list[dict]]:
        rng = self.rng
        age = (self.now.date() - occ.due).days / 365.0
        p_bad = (0.05 + 0.07 * age) if tpl["kind"] == "quality" else 0.004
        raw = []
        for item in tpl["items"]:
            bad = rng.random() < p_bad * (1.5 if item["judged"] != "normal_abnormal" else 1.0)
            if item["judged"] == "normal_abnormal":
                raw.append({"item": item["name"], "result": "abnormal" if bad else "normal",
                            "remark": REMARKS.get(item["name"], "不符合标准，已要求整改") if bad else ""})
            else:
                key = "count" if item["judged"] == "count" else "reading"
                value = _value(rng, item, bad and (item["min"] is not None or item["max"] is not None))
                raw.append({"item": item["name"], key: value,
                            "remark": OUT_REMARK[item["judged"]] if rules.out_of_range(item, value) else ""})
        checked = rules.check_results(tpl, raw)
        return checked, rules.findings(checked)

    def _ticket(self, tpl: dict, place: str, r: dict, who: str, at: dt.datetime, desk: str, round_no: str) -> str:
        """A repair ticket for one finding, with its whole planned life (recent ones may still be open)."""
        rng, maker = self.rng, self.maker
        tid = self.ids()
        due = maker.deadlines.due("repair", False, at)
        prefix = f"BX-{at:%Y%m%d}-{self.letter}"
        if prefix not in self.seq:
            row = self.db.execute("SELECT last FROM ticket_seq WHERE prefix = ?", [prefix]).fetchone()
            self.seq[prefix] = row[0] if row else 0
        n = self.seq[prefix] = self.seq[prefix] + 1
        number = f"{prefix}{n:03d}"
        age = (self.now - at).days
        stuck = rng.choice(("dispatched", "done", "notified")) if age < 10 and rng.random() < 0.5 else None
        t = {"type": "repair", "category": tpl["category"], "urgent": False, "received": at, "due": due, "fr": desk,
             "repeat_number": None, "cancel": False, "quick": False, "stuck": stuck, "p_late": 0.06,
             "handling_text": None, "handler_ids": maker.handler_ids, "staff_ids": maker.staff_ids}
        steps = [s for s in plan_ticket(rng, t, self.staff).steps if s[0] <= self.now]
        cols = replay(t, steps, maker.deadlines.callback)
        text = rules.finding_text(tpl, place, r, who) + f"（巡检单 {round_no}）"
        row = {"id": tid, "number": number, "type": "repair", "category": tpl["category"], "channel": "patrol",
               "urgent": 0, "unit_id": None, "person_id": None, "contact_phone": None, "place": "common",
               "place_detail": place, "description": text, "preferred_time": None, "received_at": at.isoformat(),
               "due_at": due.isoformat(), "repeat_of": None, "handling_text": None, "unit_code": None, **cols}
        self.tickets.append(tuple(row[c] for c in TICKET_COLS))
        for s_at, kind, src, dst, actor, note, data in steps:
            self.events.append((self.ids(), tid, s_at.isoformat(), kind, src, dst, actor, note, event_data(data)))
        return tid

    def write(self, w) -> dict:
        """Rounds and results (tickets first: results point at them), and the numbers used."""
        w.tickets(self.tickets, self.events)
        w.flush()
        conn = self.db.conn
        conn.executemany(insert_synced_sql("inspection_rounds", ROUND_COLS, self.stamp, self.origin), self.rounds)
        conn.executemany(insert_synced_sql("inspection_results", RESULT_COLS, self.stamp, self.origin), self.results)
        w.sequences(self.seq)
        return {"inspection_rounds": len(self.rounds), "inspection_findings": sum(r[-1] for r in self.rounds),
                "inspection_tickets": len(self.tickets)}


def fill(db, w, *, seed: int, now: dt.datetime, maker, staff, stamp: str, origin: str) -> dict:
    """Make and write the demo's inspection rounds; returns their counts for the build's summary."""
    if "inspection_rounds" not in db.table_names():
        return {}
    if db.execute("SELECT 1 FROM inspection_rounds LIMIT 1").fetchone():
        return {}                                         # a second fill into the same centre adds no rounds
    rounds = RoundMaker(db, seed, now, maker, staff, stamp, origin)
    rounds.make()
    return rounds.write(w)
