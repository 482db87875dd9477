"""The layers you can see (docs/architecture.md, Layers): core imports neither Qt nor SQL; store, printing and services no Qt;
core imports nothing of the other layers; the command line starts without Qt."""
import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent / "frontdesk"


def imports(folder: str):
    for path in sorted((ROOT / folder).rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    yield path, alias.name
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                yield path, node.module


@pytest.mark.parametrize("folder, banned", [
    ("core", ("PySide6", "sqlite3", "sqlite_utils", "frontdesk.store", "frontdesk.ui", "frontdesk.printing",
              "frontdesk.services", "frontdesk.commands", "reportlab")),
    ("store", ("PySide6", "frontdesk.ui", "frontdesk.commands")),
    ("printing", ("PySide6", "frontdesk.ui", "frontdesk.store", "sqlite3", "sqlite_utils")),
    ("services", ("PySide6", "frontdesk.ui")),
    ("sync", ("PySide6", "frontdesk.ui", "frontdesk.commands")),
])
def test_layer_imports(folder, banned):
    assert (ROOT / folder).is_dir(), folder
    bad = [f"{p.relative_to(ROOT)} imports {m}" for p, m in imports(folder)
           if any(m == b or m.startswith(b + ".") for b in banned)]
    assert not bad, bad


def test_cli_commands_do_not_load_qt_or_reportlab():
    code = ("import sys; from frontdesk.cli import build_parser; build_parser(); "
            "bad = [m for m in ('PySide6', 'reportlab', 'pypinyin', 'openpyxl') if m in sys.modules]; print(bad)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
