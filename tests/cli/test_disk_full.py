"""A full disk is said as a full disk (where, and that nothing was lost), never as a damaged database.

Runs in a private mount namespace (unshare -rm) on a small tmpfs; skipped where the kernel does not allow that."""
import json
import shutil
import subprocess
import sys
import textwrap

import pytest

SCRIPT = textwrap.dedent(r"""
    import json, os, shutil, subprocess, sys
    src, mnt, keep_open = sys.argv[1], sys.argv[2], sys.argv[3] == "1"
    size = os.path.getsize(src) + 256 * 1024
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", mnt], check=True)
    db = os.path.join(mnt, "centre.db")
    shutil.copy(src, db)
    held = None
    if keep_open:                      # the window is open: its -wal and -shm exist before the disk fills
        from frontdesk.store.db import connect
        held = connect(db)
    with open(os.path.join(mnt, "fill"), "wb", buffering=0) as fh:
        try:
            while True:
                fh.write(b"\0" * 4096)
        except OSError:
            pass
    def run(*args):
        done = subprocess.run([sys.executable, "-m", "frontdesk", "--db", db, *args], capture_output=True, text=True)
        return done.returncode, done.stdout, done.stderr
    new = run("ticket", "new", "--unit", "1-1-101", "--type", "repair", "--category", "水电", "--text", "漏水" * 500)
    os.unlink(os.path.join(mnt, "fill"))
    if held is not None:
        held.close()
    listed = run("ticket", "list")
    print(json.dumps({"new": new, "listed": listed}))
""")


def _namespaces_work() -> bool:
    if not shutil.which("unshare"):
        return False
    return subprocess.run(["unshare", "-rm", "true"], capture_output=True).returncode == 0


@pytest.mark.skipif(not _namespaces_work(), reason="no user and mount namespaces here (unshare -rm)")
@pytest.mark.parametrize("keep_open", [False, True], ids=["disk full before opening", "disk full while open"])
def test_a_full_disk_is_reported_as_a_full_disk(centre, db_path, tmp_path, keep_open):
    from frontdesk.store import tickets
    tickets.create(centre["db"], type="repair", category="水电", description="漏水", actor=centre["desk"],
                   unit="1-1-101")
    centre["db"].execute("PRAGMA wal_checkpoint(TRUNCATE)")
    centre["db"].close()
    mnt = tmp_path / "small"
    mnt.mkdir()
    script = tmp_path / "full.py"
    script.write_text(SCRIPT, encoding="utf-8")
    done = subprocess.run(["unshare", "-rm", sys.executable, str(script), str(db_path), str(mnt),
                           "1" if keep_open else "0"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    got = json.loads(done.stdout.strip().splitlines()[-1])
    code, out, err = got["new"]
    assert code == 1 and out == ""
    assert f"the disk holding {mnt} is full" in err and "nothing saved before is lost" in err, err
    assert "damaged" not in err.replace("lost or damaged", "") and "restore" not in err
    code, out, err = got["listed"]
    assert code == 0 and len(out.splitlines()) == 1, err          # the ticket made before is there, nothing else
