"""The estate: buildings, entrances and rooms (units), and the households living in them (people, phones,
occupancies). Rows are plain tuples in the column order of the insert statements in `writer`."""
from __future__ import annotations

import datetime as dt
import json
import random
from dataclasses import dataclass, field

from .names import NameMaker
from .texts import CARE_NEEDS, PREFERENCES

UNIT_COLS = ("id", "created_at", "updated_at", "origin", "version", "code", "building", "entrance", "floor", "room",
             "area", "property_type", "handover_status", "notes")
PEOPLE_COLS = ("id", "created_at", "updated_at", "origin", "version", "name", "gender", "id_number",
               "customer_class", "tags", "care_needs", "preferences", "notes")
PHONE_COLS = ("id", "created_at", "updated_at", "origin", "version", "person_id", "phone", "label")
OCC_COLS = ("id", "created_at", "updated_at", "origin", "version", "person_id", "unit_id", "relation", "since",
            "until")

#: Floor plans of residential buildings: (floors, weight).
FLOORS = ((6, 2), (11, 3), (18, 4), (26, 3), (33, 1))
LAYOUTS = ((89, 128), (95, 118, 136), (78, 89, 105, 128), (105, 143))


@dataclass
class Unit:
    """What the ticket generator needs of a unit: its id, code, type and who to call."""
    id: str
    code: str
    building: int
    entrance: int
    property_type: str
    contacts: list = field(default_factory=list)   # [(person_id, phone or None)], the usual caller first


class Ids:
    """Random UUIDs (version 4) drawn from the seeded generator, as uuid.UUID(int=..., version=4) would give."""

    KEEP = ~(0xF000 << 64) & ~(0xC000 << 48)          # clear the version and variant bits ...
    SET = (0x4000 << 64) | (0x8000 << 48)               # ... and set version 4, variant RFC 4122

    def __init__(self, rng: random.Random):
        self.bits = rng.getrandbits

    def __call__(self) -> str:
        h = "%032x" % (self.bits(128) & self.KEEP | self.SET)
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def plan_buildings(rng: random.Random, n_units: int, first_building: int) -> list[dict]:
    """Buildings enough for n_units: residential blocks (some with shops at street level) and office towers."""
    towers = 0 if n_units < 300 else 1 if n_units < 5000 else 2
    tower_floors = max(6, min(25, n_units // 60))
    tower_rooms = 6 if n_units < 5000 else 8
    budget = n_units - towers * tower_floors * tower_rooms
    plans, number, total = [], first_building, 0
    while total < budget:
        floors = rng.choices([f for f, _ in FLOORS], [w for _, w in FLOORS])[0]
        if n_units < 200:
            floors = min(floors, 6)
        entrances = rng.choice((1, 2, 2, 3)) if floors > 6 else rng.choice((2, 3, 4))
        layout = rng.choice(LAYOUTS)
        size = min(floors * entrances * len(layout), budget - total)
        plans.append({"building": number, "kind": "住宅", "floors": floors, "entrances": entrances, "layout": layout,
                      "shops": floors > 6 and rng.random() < 0.3, "size": size})
        number += 1
        total += size
    for _ in range(towers):
        plans.append({"building": number, "kind": "写字楼", "floors": tower_floors, "entrances": 1,
                      "layout": tuple(rng.choice((65, 90, 120, 180, 260)) for _ in range(tower_rooms)),
                      "shops": False, "size": tower_floors * tower_rooms})
        number += 1
    return plans


def handover(rng: random.Random) -> str:
    x = rng.random()
    return "已交房" if x < 0.88 else "空置" if x < 0.94 else "装修中" if x < 0.98 else "未交房"


def build_units(rng: random.Random, ids: Ids, stamp: str, origin: str, n_units: int,
                first_building: int) -> tuple[list[tuple], list[Unit]]:
    rows, units = [], []
    for plan in plan_buildings(rng, n_units, first_building):
        left = plan["size"]
        for entrance in range(1, plan["entrances"] + 1):
            for floor in range(1, plan["floors"] + 1):
                for k, base in enumerate(plan["layout"], start=1):
                    if left <= 0:
                        break
                    left -= 1
                    ptype = plan["kind"]
                    area = base + rng.uniform(-1.5, 1.5)
                    if ptype == "住宅" and plan["shops"] and floor == 1:
                        ptype, area = "商业", rng.uniform(45, 160)
                    room = floor * 100 + k
                    code = f"{plan['building']}-{entrance}-{room}"
                    uid = ids()
                    rows.append((uid, stamp, stamp, origin, 1, code, plan["building"], entrance, floor, room,
                                 round(area, 2), ptype, handover(rng), ""))
                    units.append(Unit(uid, code, plan["building"], entrance, ptype))
    return rows, units


class Households:
    """People, phones and occupancies for the units; also tags, classes, care needs and preferences."""

    def __init__(self, rng: random.Random, ids: Ids, stamp: str, origin: str, today: dt.date):
        self.rng, self.ids, self.stamp, self.origin, self.today = rng, ids, stamp, origin, today
        self.names = NameMaker(rng)
        self.people: list[tuple] = []
        self.phones: list[tuple] = []
        self.occupancies: list[tuple] = []
        self.owners: list[tuple[str, str | None]] = []   # (person_id, phone) of owners, for second homes
        self.committee_left = 0

    def fill(self, unit_rows: list[tuple], units: list[Unit]) -> None:
        self.committee_left = max(5, min(15, len(units) // 60))
        for row, unit in zip(unit_rows, units):
            status = row[12]
            if status == "未交房":
                continue
            since = self.today - dt.timedelta(days=self.rng.randrange(60, 3650))
            self._household(unit, status, since.isoformat())

    def _household(self, unit: Unit, status: str, since: str) -> None:
        rng = self.rng
        ptype = unit.property_type
        second_home = self.owners and rng.random() < (0.2 if ptype != "住宅" else 0.03)
        if second_home:
            owner = rng.choice(self.owners)
            self._occupy(owner[0], unit, "owner", since)
        else:
            lives_alone = ptype == "住宅" and rng.random() < 0.08
            owner = self.person(unit, "owner", since, born=(1940, 1990), alone=lives_alone, ptype=ptype)
            self.owners.append(owner)
            if lives_alone:
                return
        residents = [owner]
        if ptype == "住宅" and rng.random() < 0.65:
            sex = "F" if rng.random() < 0.8 else "M"
            residents.append(self.person(unit, "co_owner", since, born=(1945, 1992), sex=sex))
        if status == "空置":
            unit.contacts = residents
            return
        rented = rng.random() < (0.15 if ptype == "住宅" else 0.6)
        if rented:
            tenant = self.person(unit, "tenant", since, born=(1975, 2000), ptype=ptype)
            residents.insert(0, tenant)
            if ptype == "住宅" and rng.random() < 0.4:
                residents.append(self.person(unit, "family", since, born=(1975, 2002)))
        elif ptype == "住宅":
            for _ in range(rng.choices((0, 1, 2), (45, 40, 15))[0]):
                surname = self.people[-1][5][:1] if rng.random() < 0.5 else None
                born = (1998, 2018) if rng.random() < 0.7 else (1938, 1955)
                residents.append(self.person(unit, "family", since, born=born, surname=surname))
        unit.contacts = residents

    def person(self, unit: Unit, relation: str, since: str, *, born: tuple[int, int], sex: str | None = None,
               surname: str | None = None, alone: bool = False, ptype: str = "住宅") -> tuple[str, str | None]:
        """Make one person tied to the unit; return (person_id, first phone or None)."""
        rng, names = self.rng, self.names
        sex = sex or rng.choice("MF")
        birth = names.birth(*born)
        age = self.today.year - birth.year
        pid = self.ids()
        name = names.name(sex, birth.year, surname)
        id_number = names.id_number(sex, birth) if age >= 16 and rng.random() < 0.93 else None
        tags = self._tags(relation, sex, age, alone, ptype)
        care = "；".join(rng.choice(CARE_NEEDS[t]) for t in tags if t in CARE_NEEDS)
        prefs = rng.choice(PREFERENCES) if rng.random() < 0.08 else ""
        klass = "重点" if set(tags) & {"VIP", "业委会", "独居老人", "残障"} else \
            "潜在" if relation == "tenant" and rng.random() < 0.3 else "一般"
        self.people.append((pid, self.stamp, self.stamp, self.origin, 1, name, "男" if sex == "M" else "女",
                            id_number, klass, json.dumps(tags, ensure_ascii=False), care, prefs, ""))
        phone = None
        if age >= 14:
            phone = names.mobile()
            self.phones.append((self.ids(), self.stamp, self.stamp, self.origin, 1, pid, phone, ""))
            if rng.random() < 0.12:
                self.phones.append((self.ids(), self.stamp, self.stamp, self.origin, 1, pid, names.mobile(), "备用"))
        self._occupy(pid, unit, relation, since)
        return pid, phone

    def _tags(self, relation: str, sex: str, age: int, alone: bool, ptype: str) -> list[str]:
        rng, tags = self.rng, []
        if alone and age >= 68 and rng.random() < 0.7:
            tags.append("独居老人")
        if sex == "F" and 25 <= age <= 38 and rng.random() < 0.04:
            tags.append("孕妇")
        if rng.random() < 0.012:
            tags.append("残障")
        if relation == "owner" and ptype == "住宅" and self.committee_left and rng.random() < 0.01:
            self.committee_left -= 1
            tags.append("业委会")
        if relation == "owner" and rng.random() < (0.12 if ptype != "住宅" else 0.01):
            tags.append("VIP")
        return tags

    def _occupy(self, pid: str, unit: Unit, relation: str, since: str) -> None:
        self.occupancies.append((self.ids(), self.stamp, self.stamp, self.origin, 1, pid, unit.id, relation,
                                 since, None))
