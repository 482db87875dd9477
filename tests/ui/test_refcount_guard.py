"""PySide6 6.12.0 loses references to None/True/False on Python 3.11: pyproject.toml excludes it, and a guard
pins the singletons if an environment has it anyway. Either way, thousands of void Qt calls must not drain None."""
import sys

from frontdesk.ui import refcount_guard


def test_many_void_qt_calls_do_not_drain_none(qapp):
    from PySide6.QtWidgets import QLabel
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(20_000):                 # more than None's whole count in an unguarded 6.12.0 process
        label.setText("x")
        label.setEnabled(True)
    import PySide6
    if PySide6.__version__ in refcount_guard.AFFECTED and sys.version_info < (3, 12):
        assert getattr(sys, "_frontdesk_singletons_pinned", False)
    else:
        assert before - sys.getrefcount(None) < 1000


def test_guard_acts_only_on_an_affected_release():
    assert refcount_guard.pin_singletons("6.11.3") is False
    import PySide6
    if PySide6.__version__ not in refcount_guard.AFFECTED:
        assert not getattr(sys, "_frontdesk_singletons_pinned", False)
