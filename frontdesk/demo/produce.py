"""Running the ticket generator beside the writer: in a forked process where the platform has fork and this
process runs no other thread (the generator and SQLite then use both cores), else in this process.
Either way the rows are the same."""
from __future__ import annotations

import multiprocessing
import os
import threading

PER_BATCH = 30   # days per batch


def _batches(maker, days: list):
    for start in range(0, len(days), PER_BATCH):
        tickets, events = [], []
        for day in days[start:start + PER_BATCH]:
            t, e = maker.day(day)
            tickets.extend(t)
            events.extend(e)
        yield min(start + PER_BATCH, len(days)), day, tickets, events


def _child(maker, days: list, out) -> None:
    """The forked generator: sends the batches, then its counts and ticket sequences."""
    try:
        for item in _batches(maker, days):
            out.put(item)
        out.put(("end", maker.counts, maker.seq))
    except BaseException as exc:   # reported to the writer, which raises it
        out.put(("error", repr(exc)))


def produce(maker, days: list, *, fork: bool | None = None):
    """Yield (days done, last day, tickets, events) in order; maker.counts and maker.seq are current at the end."""
    if fork is None:   # forking a process that runs other threads (the GUI) can dead-lock: only when alone
        fork = len(days) > 200 and "fork" in multiprocessing.get_all_start_methods() \
            and threading.active_count() == 1 and os.environ.get("FRONTDESK_DEMO_FORK", "1") != "0"
    if not fork:
        yield from _batches(maker, days)
        return
    ctx = multiprocessing.get_context("fork")
    out = ctx.Queue(maxsize=6)
    child = ctx.Process(target=_child, args=(maker, days, out), name="demo-tickets", daemon=True)
    child.start()
    try:
        while True:
            item = out.get()
            if item[0] == "end":
                maker.counts.update(item[1])
                maker.seq.clear()
                maker.seq.update(item[2])
                return
            if item[0] == "error":
                raise RuntimeError(f"the demo generator failed: {item[1]}")
            yield item
    finally:
        if child.is_alive():
            child.terminate()
        child.join()
