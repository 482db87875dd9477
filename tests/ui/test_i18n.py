"""Translations: a language switch changes the visible texts at once; every Chinese .ts file is complete."""
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QEvent, Qt

import frontdesk
from frontdesk.store import settings
from frontdesk.ui import i18n
from frontdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
TS_FILES = sorted((frontdesk.RESOURCES / "i18n").glob("*_zh_CN.ts"))


@pytest.fixture
def english_after(qapp):
    """Flush widgets earlier tests deleted, and leave the application in English (translators are app-wide)."""
    qapp.sendPostedEvents(None, QEvent.DeferredDelete)
    yield
    if i18n.current(qapp) != "en":
        i18n.install(qapp, "en")
        qapp.processEvents()


def _nav(window):
    return {window.nav.item(i).data(Qt.UserRole): window.nav.item(i).text() for i in range(window.nav.count())}


def test_switch_language_changes_visible_texts(qtbot, ctx, qapp, english_after):
    window = MainWindow(ctx, remember=False)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("settings")
    assert _nav(window)["settings"] == "Settings" and window.lock_button.text() == "Lock"
    page.centre.set_language("zh_CN")
    qapp.processEvents()                   # Qt posts LanguageChange to every window
    assert _nav(window)["settings"] == "设置" and _nav(window)["answers"] == "常用答复"
    assert window.lock_button.text() == "锁屏"
    assert page.tabs.tabText(0) == "中心与语言"
    assert window.status_counts.text().startswith("未结")
    assert settings.get(ctx.db, "language") == "zh_CN"
    page.centre.set_language("en")
    qapp.processEvents()
    assert _nav(window)["settings"] == "Settings" and page.tabs.tabText(4) == "Holidays"
    assert settings.get(ctx.db, "language") == "en"
    window.idle.stop()


def test_qt_own_and_our_strings_load():
    """Chinese loads qtbase and every area's .qm; English needs none (the source strings are English)."""
    translators = i18n.load_translators("zh_CN")
    assert len(translators) == 1 + len(i18n.qm_files("zh_CN"))
    assert translators[0].translate("QPlatformTheme", "Cancel") == "取消"
    assert any(t.translate("MainWindow", "Settings") == "设置" for t in translators)
    assert i18n.load_translators("en") == []


def test_there_are_translation_files():
    assert any(p.name == "shell_zh_CN.ts" for p in TS_FILES)


@pytest.mark.parametrize("ts", TS_FILES, ids=[p.name for p in TS_FILES])
def test_every_string_has_a_chinese_translation(ts):
    """No unfinished or empty <translation> in any area's file, and the compiled .qm is there."""
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            tr = message.find("translation")
            if tr is None or tr.get("type") in ("unfinished",) or not (tr.text or "").strip() \
                    and not tr.findall("numerusform"):
                missing.append(f"{name}: {message.findtext('source')}")
    assert missing == [], f"{ts.name}: untranslated: {missing[:10]}"
    assert ts.with_suffix(".qm").exists(), f"{ts.name} is not compiled (pyside6-lrelease)"


@pytest.mark.parametrize("ts", TS_FILES, ids=[p.name for p in TS_FILES])
def test_compiled_qm_matches_its_ts(ts):
    """The .qm the app loads says what the .ts says (a .ts edited without pyside6-lrelease shows English)."""
    from PySide6.QtCore import QTranslator
    translator = QTranslator()
    assert translator.load(str(ts.with_suffix(".qm")))
    stale = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            tr = message.find("translation")
            if message.get("numerus") == "yes" or tr is None or tr.get("type") in ("unfinished", "vanished",
                                                                                     "obsolete"):
                continue
            source, comment = message.findtext("source"), message.findtext("comment")
            if translator.translate(name, source, comment) != (tr.text or ""):
                stale.append(f"{name}: {source}")
    assert stale == [], f"{ts.name}: run pyside6-lrelease; stale: {stale[:10]}"


def test_every_string_in_the_source_is_in_a_translation_file(tmp_path):
    """pyside6-lupdate over the whole program finds every tr()/translate() string; each must have its Chinese in
    one of the area files (a string added without one showed English in the Chinese window: Job's Cancel)."""
    import subprocess
    import sys
    from pathlib import Path
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    assert lupdate.exists(), "pyside6-lupdate is missing from the environment"
    sources = sorted(str(p) for p in Path(frontdesk.__file__).parent.rglob("*.py"))
    out = tmp_path / "all_zh_CN.ts"
    subprocess.run([str(lupdate), *sources, "-ts", str(out), "-silent"], check=True, capture_output=True)
    have = set()
    for ts in TS_FILES:
        for context in ET.parse(ts).getroot().iter("context"):
            for message in context.iter("message"):
                tr = message.find("translation")
                if tr is not None and tr.get("type") not in ("unfinished", "vanished", "obsolete") \
                        and ((tr.text or "").strip() or tr.findall("numerusform")):
                    have.add((context.findtext("name"), message.findtext("source")))
    found = [(c.findtext("name"), m.findtext("source")) for c in ET.parse(out).getroot().iter("context")
             for m in c.iter("message")]
    assert len(found) > 500
    missing = [f"{c}: {s}" for c, s in found if (c, s) not in have]
    assert missing == [], f"not translated in any resources/i18n/*_zh_CN.ts: {missing[:20]}"
