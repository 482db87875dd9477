"""The README's command-line examples run as written (docs/architecture.md, The command line), on a fresh database in a temp folder."""
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

README = Path(__file__).resolve().parent.parent / "README.md"


def example_block() -> str:
    text = README.read_text(encoding="utf-8")
    section = text[text.index("## The command line"):]
    return re.search(r"```sh\n(.*?)```", section, re.S).group(1)


def test_readme_set_up_commands_are_two():
    text = README.read_text(encoding="utf-8")
    setup = text[text.index("## Set up"):text.index("## The command line")]
    blocks = re.findall(r"```sh\n(.*?)```", setup, re.S)
    assert [b.strip() for b in blocks] == ["bash scripts/demo.sh", "bash scripts/test.sh"]
    for b in blocks:
        assert (README.parent / b.split()[1]).exists()


@pytest.mark.slow
def test_readme_examples_run(tmp_path):
    script = example_block().replace("/tmp/frontdesk-example", str(tmp_path / "centre"))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("FRONTDESK_USER", None)
    # the README activates the project's .venv; here its bin folder is the interpreter's own
    env["PATH"] = os.path.dirname(sys.executable) + os.pathsep + env.get("PATH", "")
    out = subprocess.run(["bash", "-euo", "pipefail", "-c", script], cwd=tmp_path, env=env,
                         capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr[-3000:]
    for name in ("work-order.pdf", "notices.pdf", "daily.xlsx", "monthly.pdf", "archive.csv", "board.png",
                 "overdue.json"):
        assert (tmp_path / name).stat().st_size > 0, name
    assert '"status": "closed"' not in (tmp_path / "overdue.json").read_text(encoding="utf-8")
