"""The audit log exported (CSV, UTF-8 with BOM, formula-looking cells defused): audited before the file is
written with it (services.files.write_recorded), so a file never exists without its row."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from frontdesk.store import audit, audit_log

from .files import check_out, write_recorded
from .reports import defuse

HEADERS = ("时间", "操作人", "动作", "表", "记录", "记录ID", "详情", "终端")


def csv_bytes(rows: list[dict]) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(HEADERS)
    for r in rows:
        detail = r["detail"] if isinstance(r["detail"], str) else json.dumps(r["detail"], ensure_ascii=False)
        w.writerow([defuse(v) for v in (r["at"], r["actor"], r["action"], r["table_name"], r["record"],
                                        r["record_id"] or "", detail, r["origin"])])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def export(db, actor: dict | None, out: str | Path, **filters) -> int:
    """Write the rows the filters select to `out`; returns how many. The export is itself audited first."""
    check_out(out)
    rows = audit_log.search(db, actor, **filters)
    write_recorded(db, out, csv_bytes(rows), lambda path: audit.record(     # the file only with its row
        db, actor, "export", "audit", None, what="audit", path=path, rows=len(rows),
        filters={k: v for k, v in filters.items() if v}))
    return len(rows)
