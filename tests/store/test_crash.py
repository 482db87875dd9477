"""A writer killed with SIGKILL in the middle of a run of writes leaves a sound database holding every ticket
whose save returned."""
import os
import signal
import subprocess
import sys
import time

from frontdesk.store import staff, units
from frontdesk.store.check import check
from frontdesk.store.db import connect

WRITER = r"""
import sys
from frontdesk.store.db import connect
from frontdesk.store import staff, tickets
db = connect(sys.argv[1])
actor = staff.get(db, "admin")
for i in range(100000):
    t = tickets.create(db, type="repair", category="水电", description=f"第{i}次漏水", actor=actor, unit="1-1-101")
    tickets.move(db, t["number"], "dispatched", actor)
    print(t["number"], flush=True)
"""


def test_sigkill_mid_writes_loses_nothing_returned(tmp_path):
    path = tmp_path / "c.db"
    db = connect(path)
    staff.init_centre(db, centre="测试中心", admin="admin", password="secret12")
    units.add(db, "1-1-101")
    db.close()
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"})
    saved = []
    deadline = time.monotonic() + 60
    while len(saved) < 150 and time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        saved.append(line.strip())
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    saved += [line.strip() for line in proc.stdout.read().splitlines() if line.strip()]
    assert len(saved) >= 150, "the writer did not get going"
    db = connect(path)
    result = check(db)
    assert result["ok"], result
    stored = {r[0] for r in db.execute("SELECT number FROM tickets")}
    assert set(saved) <= stored
    # every stored ticket is whole: its creation event is there with it
    orphans = db.execute("SELECT count(*) FROM tickets t WHERE NOT EXISTS "
                         "(SELECT 1 FROM ticket_events e WHERE e.ticket_id = t.id AND e.kind = 'created')").fetchone()
    assert orphans[0] == 0
