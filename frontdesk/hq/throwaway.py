"""A throwaway PostgreSQL cluster on loopback for the tests and the benchmark (never for real data).

initdb refuses to run as root, so as root the folder is handed to the `postgres` user and the server runs
as that user (docs/hq.md); a private socket folder and a free port, never 5432."""
from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

#: For tests only: durability off (a crash loses a throwaway cluster, nothing else).
FAST = ("-c fsync=off -c synchronous_commit=off -c full_page_writes=off")


class ServerFailed(RuntimeError):
    """The cluster could not be made or started; the message holds the server's own words."""


def bindir() -> Path:
    """The newest Debian PostgreSQL server programs (/usr/lib/postgresql/N/bin), or PG_BINDIR."""
    if os.environ.get("PG_BINDIR"):
        return Path(os.environ["PG_BINDIR"])
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    if not found:
        initdb = shutil.which("initdb")
        if not initdb:
            raise ServerFailed("no PostgreSQL server programs (install Debian's 'postgresql' package)")
        return Path(initdb).parent
    return Path(found[-1]).parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


PREFIX = "frontdesk-pg-"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:                         # alive, someone else's
        return True
    return True


def sweep_orphans() -> list[Path]:
    """Stop and remove the throwaway clusters whose owning process is gone (a test run or bench killed before
    its clean-up: their servers would otherwise run on, each holding memory and a port). A cluster of a
    process still running (another test worker) is left alone. Returns the folders removed."""
    removed = []
    for folder in Path(tempfile.gettempdir()).glob(PREFIX + "*"):
        try:
            owner = int((folder / "owner").read_text().split()[0])
        except (OSError, ValueError, IndexError):
            continue                                # not ours to judge (made by an older frontdesk, or being made)
        if _alive(owner):
            continue
        orphan = Cluster.__new__(Cluster)
        orphan.root, orphan.data = folder, folder / "data"
        orphan.as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 and folder.stat().st_uid != 0 else []
        orphan.stop()
        removed.append(folder)
    return removed


class Cluster:
    """initdb + pg_ctl start in a temporary folder; `url(dbname)`, `create_database(name)`, `stop()`."""

    def __init__(self, *, fast: bool = True):
        sweep_orphans()
        self.root = Path(tempfile.mkdtemp(prefix=PREFIX))
        (self.root / "owner").write_text(f"{os.getpid()}\n")      # whose it is: sweep_orphans reads it
        self.data = self.root / "data"
        self.port = free_port()
        self.fast = fast
        self.as_user: list[str] = []
        if os.geteuid() == 0:                       # initdb refuses root: run as the postgres user
            shutil.chown(self.root, "postgres", "postgres")
            self.as_user = ["runuser", "-u", "postgres", "--"]
        self.root.chmod(0o700)

    def _run(self, *argv: str) -> None:
        out = subprocess.run([*self.as_user, *argv], capture_output=True, text=True)
        if out.returncode:
            raise ServerFailed(f"{Path(argv[0]).name} failed ({out.returncode}): {out.stderr.strip() or out.stdout}")

    def start(self) -> "Cluster":
        b = bindir()
        self._run(str(b / "initdb"), "-D", str(self.data), "-A", "trust", "-U", "postgres", "-E", "UTF8",
                  "--locale=C", "--no-sync")
        opts = f"-k {self.root} -p {self.port} -c listen_addresses=127.0.0.1 " + (FAST if self.fast else "")
        self._run(str(b / "pg_ctl"), "-D", str(self.data), "-l", str(self.root / "log"), "-w", "-t", "60",
                  "-o", opts, "start")
        return self

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{dbname}"

    def create_database(self, name: str) -> str:
        import psycopg
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def cpu_seconds(self) -> float | None:
        """CPU time (user + system) the server's processes have used so far: the postmaster and its children as
        /proc shows them, those that ended included (None where there is no /proc). For the benchmark, which compares a merge with a
        plain COPY on a shared machine: CPU time does not count the time spent waiting for a core."""
        try:
            postmaster = int((self.data / "postmaster.pid").read_text().split()[0])
            ticks = os.sysconf("SC_CLK_TCK")
            names = os.listdir("/proc")
        except (OSError, ValueError, IndexError):
            return None
        total = 0
        for name in names:
            if not name.isdigit():
                continue
            try:
                with open(f"/proc/{name}/stat") as f:
                    fields = f.read().rsplit(")", 1)[1].split()
            except OSError:                           # gone meanwhile, or not ours to read
                continue
            if int(name) == postmaster:               # with its children gone (backends of closed connections)
                total += sum(int(v) for v in fields[11:15])
            elif int(fields[1]) == postmaster:
                total += int(fields[11]) + int(fields[12])
        return total / ticks

    def stop(self) -> None:
        if (self.data / "postmaster.pid").exists():
            subprocess.run([*self.as_user, str(bindir() / "pg_ctl"), "-D", str(self.data), "-m", "immediate",
                            "-w", "stop"], capture_output=True)
            for _ in range(50):                     # pg_ctl returns before the process is gone
                if not (self.data / "postmaster.pid").exists():
                    break
                time.sleep(0.05)
        shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> "Cluster":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
