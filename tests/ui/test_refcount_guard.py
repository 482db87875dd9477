"""The guard that keeps PySide6 6.12's lost references from freeing None/True/False on Python 3.11."""
import sys

import pytest

from frontdesk.ui import refcount_guard


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_many_void_qt_calls_do_not_exhaust_none(qapp):
    from PySide6.QtWidgets import QLabel
    assert getattr(sys, "_frontdesk_singletons_pinned", False)          # importing frontdesk.ui pinned them
    assert sys.getrefcount(None) > refcount_guard.HEADROOM // 2
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(20_000):                 # more than None's whole count in an unguarded process
        label.setText("x")
        label.setEnabled(True)
    assert sys.getrefcount(None) > refcount_guard.HEADROOM // 2
    assert before - sys.getrefcount(None) < 100_000                      # the loss is bounded, not a crash
    assert refcount_guard.pin_singletons() is False                    # once per process
