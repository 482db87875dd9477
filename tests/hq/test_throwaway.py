"""A throwaway cluster whose test run was killed is stopped and removed by the next one (hq/throwaway.py)."""
import os
import subprocess
import sys
import time
from pathlib import Path

from frontdesk.hq import throwaway


def test_a_killed_runs_server_is_stopped_and_its_folder_removed_by_the_next_cluster():
    started = subprocess.run(
        [sys.executable, "-c", "import os, sys\nfrom frontdesk.hq.throwaway import Cluster\nc = Cluster().start()\n"
         "print(c.root, flush=True)\nos._exit(0)   # killed before any clean-up"],
        capture_output=True, text=True, timeout=120)
    assert started.returncode == 0, started.stderr
    folder = Path(started.stdout.strip())
    postmaster = int((folder / "data" / "postmaster.pid").read_text().split()[0])
    assert throwaway._alive(postmaster)                      # the orphan's server runs on
    mine = throwaway.Cluster()                               # the next run's cluster sweeps on creation
    try:
        assert not folder.exists()
        for _ in range(100):                                 # pg_ctl -w returned; the process may linger a moment
            if not throwaway._alive(postmaster) or _zombie(postmaster):
                break
            time.sleep(0.05)
        assert not throwaway._alive(postmaster) or _zombie(postmaster)
        assert mine.root.exists() and (mine.root / "owner").read_text().strip() == str(os.getpid())
        assert throwaway.sweep_orphans() == []               # a live owner's cluster is left alone
        assert mine.root.exists()
    finally:
        mine.stop()


def _zombie(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except OSError:
        return False
