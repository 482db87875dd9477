"""printing/ imports neither Qt nor the store; services/printing imports no Qt (CLI start stays light)."""
import subprocess
import sys

CHECK = """
import sys
import frontdesk.printing.base, frontdesk.printing.letters, frontdesk.printing.notices
import frontdesk.printing.work_order, frontdesk.printing.inspection, frontdesk.printing.survey
import frontdesk.printing.templates
bad = [m for m in sys.modules if m.startswith(("PySide6", "frontdesk.store", "sqlite_utils"))]
assert not bad, bad
import frontdesk.services.printing, frontdesk.commands.printing
bad = [m for m in sys.modules if m.startswith("PySide6")]
assert not bad, bad
"""


def test_printing_has_no_qt_and_no_store():
    out = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr


def test_cli_module_imports_no_reportlab_at_start():
    out = subprocess.run([sys.executable, "-c", "import sys, frontdesk.commands.printing; "
                          "assert 'reportlab' not in sys.modules"], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
