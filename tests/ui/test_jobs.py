"""Long work off the GUI thread: a job's thread ends by itself when its function returns."""
import time

from PySide6.QtWidgets import QWidget

from frontdesk.ui.jobs import Job


def _slow(db, abort, report, seconds):
    time.sleep(seconds)
    return "done"


def test_waiting_from_the_gui_thread_without_its_loop_returns(qtbot):
    """The window waits for the day's backup after app.exec() has returned (no loop runs any more): the wait
    must end when the function does, not hang the program's close for ever (a CI run hung here)."""
    parent = QWidget()
    qtbot.addWidget(parent)
    job = Job(parent, None, "slow", _slow, 0.2, show_dialog=False)
    results = []
    job.done.connect(results.append)
    job.start()
    started = time.monotonic()
    assert job.wait(10_000), "the job's thread did not end without the GUI loop"
    assert time.monotonic() - started < 5
    assert results == []                                   # the result still comes through the GUI loop...
    qtbot.waitUntil(lambda: results == ["done"], timeout=5_000)   # ...once it runs again


def test_a_failed_function_ends_its_thread_too(qtbot):
    def boom(db, abort, report):
        raise ValueError("no")
    parent = QWidget()
    qtbot.addWidget(parent)
    job = Job(parent, None, "boom", boom, show_dialog=False)
    errors = []
    job.error.connect(errors.append)
    job.start()
    assert job.wait(10_000)
    qtbot.waitUntil(lambda: len(errors) == 1, timeout=5_000)
    assert isinstance(errors[0], ValueError)
