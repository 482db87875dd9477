"""One way for the window to make a write and refresh from it (docs/architecture.md, A write; after Anki's
CollectionOp): run the store function, explain a refusal, then tell every page what the write changed — the
tables, ids and ticket numbers its result says (store/written.py). Long writes run the same way off the GUI
thread (run_long_write)."""
from __future__ import annotations

from typing import Callable

from frontdesk.core.errors import Refused
from frontdesk.store.written import changes_of


def after_write(ctx, result, *, tables=(), numbers=()):
    """Tell the pages what a write changed: what its result says, else what the caller names."""
    changes = changes_of(result)
    if changes is not None:
        ctx.notify(**changes)
    else:
        ctx.notify(tables=tables, numbers=numbers)
    return result


def run_write(ctx, fn: Callable[[], object], *, refused: Callable[[Refused], object],
              done: Callable | None = None):
    """fn() now (a short write on the GUI thread); a refusal goes to `refused` and changes nothing; else the
    pages refresh from what it changed and `done(result)` runs. Returns the result, or None when refused."""
    try:
        result = fn()
    except Refused as exc:
        refused(exc)
        return None
    after_write(ctx, result)
    if done:
        done(result)
    return result


def run_long_write(parent, ctx, title: str, fn: Callable, *args, done: Callable | None = None, **kwargs):
    """fn(db, abort, report, *args) off the GUI thread (ui/jobs.Job, with its progress dialog); when it ends
    the pages refresh from what it changed and `done(result)` runs. Returns the started job."""
    from frontdesk.ui.jobs import Job
    job = Job(parent, ctx, title, fn, *args, **kwargs)

    def finished(result):
        after_write(ctx, result)
        if done:
            done(result)
    job.done.connect(finished)
    return job.start()
