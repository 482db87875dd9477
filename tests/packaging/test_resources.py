"""The resources helper (source tree and PyInstaller build), `--version`, and the packaging files agreeing."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import frontdesk

ROOT = Path(__file__).resolve().parents[2]


def test_resources_found_in_the_source_tree():
    assert frontdesk.RESOURCES == ROOT / "resources"
    assert (frontdesk.RESOURCES / "templates" / "notice").is_dir()
    assert list((frontdesk.RESOURCES / "i18n").glob("*_zh_CN.qm"))
    assert frontdesk.resource("icons", "frontdesk.png").is_file()
    assert frontdesk.resource("icons", "frontdesk.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")


def test_resources_in_a_build_are_beside_the_modules(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert frontdesk.resources_dir() == tmp_path / "resources"
    monkeypatch.setenv("FRONTDESK_RESOURCES", str(tmp_path / "elsewhere"))
    assert frontdesk.resources_dir() == tmp_path / "elsewhere"


def test_version_prints_version_database_and_backup_folder(tmp_path):
    db = tmp_path / "office" / "centre.db"
    out = subprocess.run([sys.executable, "-m", "frontdesk", "--db", str(db), "--version"],
                         capture_output=True, text=True, check=True).stdout.splitlines()
    assert out == [f"frontdesk {frontdesk.__version__}", f"database: {db}", f"backups: {db.parent / 'backups'}"]
    assert not db.exists()                                   # --version opens nothing


def test_package_files_name_what_exists():
    desktop = (ROOT / "packaging" / "linux" / "frontdesk.desktop").read_text(encoding="utf-8")
    assert "Exec=frontdesk\n" in desktop and "Icon=frontdesk\n" in desktop and "Name[zh_CN]=" in desktop
    control = (ROOT / "packaging" / "linux" / "control").read_text(encoding="utf-8")
    assert "Depends: libc6 (>= 2.36)" in control
    spec = (ROOT / "packaging" / "frontdesk.spec").read_text(encoding="utf-8")
    assert 'collect_submodules("frontdesk")' in spec and 'collect_submodules("reportlab.graphics.barcode")' in spec
    iss = (ROOT / "packaging" / "windows" / "frontdesk.iss").read_text(encoding="utf-8")
    assert r"dist\frontdesk" in iss and "{autoprograms}" in iss
