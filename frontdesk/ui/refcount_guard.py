"""A guard against PySide6 6.12's lost references to None, True and False on Python 3.11.

Measured here (PySide6 6.12.0, CPython 3.11.7): every call of a void Qt method (QLabel.setText,
QPainter.save, ...) takes one reference from None without giving it back, and bool results do the same to
True/False. A busy window makes hundreds of such calls per paint, so None's count (a few thousand at start)
reaches zero within minutes and the process aborts with "Fatal Python error: none_dealloc" (or bool_dealloc
at exit). Python 3.12+ makes these objects immortal; on older CPython we give them the same effect by raising
their reference counts far out of reach. The objects are never freed anyway, so this changes nothing else."""
from __future__ import annotations

import sys

#: Added to each singleton's count: 2**48 lost references is centuries of painting.
HEADROOM = 1 << 48


#: PySide6 releases known to lose references (pyproject.toml excludes them; this guards an environment
#: that has one installed anyway).
AFFECTED = ("6.12.0",)


def pin_singletons(version: str | None = None) -> bool:
    """Raise the reference counts of None, True and False once per process, on an affected PySide6."""
    if version is None:
        import PySide6
        version = PySide6.__version__
    if version not in AFFECTED:
        return False
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12) or hasattr(sys, "getobjects"):
        return False                        # immortal already, or a trace-refs build with another layout
    if getattr(sys, "_frontdesk_singletons_pinned", False):
        return False
    import ctypes
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every object in a release build of CPython 3.11
        ctypes.c_ssize_t.from_address(id(singleton)).value += HEADROOM
    sys._frontdesk_singletons_pinned = True
    return True
