"""Head office's reference data (categories, document templates, standard answers, SLA settings, holidays):
seeded at `hq init` from the program's defaults, published back to the centres as a bundle of kind
"reference" signed with head office's own key (docs/bundle-format.md).

Row ids are derived from the natural key (uuid5), so every head office names 水电 the same and a row published
again keeps its id with a higher version."""
from __future__ import annotations

import datetime as dt
import json
import uuid
from pathlib import Path

from .db import Hq

NAMESPACE = uuid.UUID("5b0f3a52-8f0e-4c55-9a0c-6f1d2b7a0e11")
#: reference table in HQ -> the centre's table it is published as.
PUBLISHED = {"ref_categories": "categories", "ref_templates": "templates", "ref_standard_answers":
             "standard_answers", "ref_holidays": "holidays", "ref_settings": "settings"}
SETTINGS_KEYS = ("sla_rules",)


def ref_id(*natural: str) -> str:
    return str(uuid.uuid5(NAMESPACE, "/".join(natural)))


def _stamp(office: str) -> dict:
    now = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    return {"created_at": now, "updated_at": now, "origin": f"hq-{office[:8]}", "version": 1, "deleted_at": None}


def seed(hq: Hq, office: str) -> None:
    """Fill the reference tables from the defaults every centre starts with."""
    from frontdesk.core.calendar import official_days
    from frontdesk.core.model import DEFAULT_CATEGORIES
    from frontdesk.core.sla import DEFAULT_RULES
    from frontdesk.core.templates import KINDS
    from frontdesk.demo.answers import STANDARD_ANSWERS
    from frontdesk.printing.templates import shipped, shipped_names
    s = _stamp(office)
    rows = {
        "ref_categories": [{"id": ref_id("category", t, n), "type": t, "name": n, "sort": i}
                           for t, names in DEFAULT_CATEGORIES.items() for i, n in enumerate(names)],
        "ref_templates": [{"id": ref_id("template", k, n), **shipped(k, n)} for k in KINDS for n in shipped_names(k)],
        "ref_standard_answers": [{"id": ref_id("answer", title), "title": title, "category": cat,
                                  "tags": json.dumps(tags, ensure_ascii=False), "hot": hot, "body": body}
                                 for title, cat, tags, hot, body in STANDARD_ANSWERS],
        "ref_holidays": [{"id": ref_id("holiday", d.isoformat()), "date": d.isoformat(), "kind": k, "name": n}
                         for d, (k, n) in sorted(official_days().items())],
    }
    for table, items in rows.items():
        _insert(hq, table, [{**s, **r, "centre_id": office} for r in items])
    _insert(hq, "ref_settings", [{"centre_id": office, "key": "sla_rules", "value": json.dumps(DEFAULT_RULES),
                                  "updated_at": s["updated_at"], "origin": s["origin"], "version": 1}])


def _insert(hq: Hq, table: str, rows: list[dict]) -> None:
    if not rows:
        return
    cols = list(rows[0])
    hq.executemany(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                   [[r[c] for c in cols] for r in rows])


def publish(hq: Hq, to: str | Path) -> dict:
    """Write one reference bundle into `to`, signed with head office's key; returns its path and row counts."""
    from frontdesk.sync.bundle import parse_key, write_bundle
    from . import schema
    from .centres import head_office
    office = head_office(hq)
    with hq.transaction():
        seq = int(office["published"]) + 1
        hq.execute("UPDATE head_office SET published = ? WHERE centre_id = ?", [seq, office["centre_id"]])
        tables, counts = {}, {}
        for ref, target in PUBLISHED.items():
            cols = [c for c in schema.BY_NAME[ref].names if c != "centre_id"]
            rows = hq.query(f"SELECT {', '.join(cols)} FROM {ref} WHERE centre_id = ? ORDER BY "
                            f"{'key' if ref == 'ref_settings' else 'id'}", [office["centre_id"]])
            tables[target] = (cols, [[r[c] for c in cols] for r in rows])
            counts[target] = len(rows)
        path = write_bundle(Path(to), {"kind": "reference", "centre_id": office["centre_id"],
                                       "centre_name": office["name"], "terminal_id": office["centre_id"],
                                       "terminal_letter": "", "seq": seq, "changes": {"from": seq - 1, "to": seq}},
                            tables, None, parse_key(office["key_text"]))
    return {"path": str(path), "rows": counts}
