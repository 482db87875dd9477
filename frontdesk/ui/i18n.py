"""Translations: every resources/i18n/*_<lang>.qm plus Qt's own qtbase strings; switching re-installs them.

Installing or removing a translator makes Qt send QEvent.LanguageChange to every widget, whose
changeEvent() calls retranslateUi(): visible texts change at once."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

import frontdesk

#: The languages offered (source strings are English; Simplified Chinese is the default).
LANGUAGES = ("zh_CN", "en")
DEFAULT = "zh_CN"


def qm_files(lang: str) -> list:
    """Our compiled translation files for a language, in a stable order."""
    folder = frontdesk.RESOURCES / "i18n"
    return sorted(folder.glob(f"*_{lang}.qm")) if folder.is_dir() else []


def load_translators(lang: str, parent=None) -> list[QTranslator]:
    """Qt's own qtbase translation and ours for `lang`, loaded but not installed (none for English)."""
    translators: list[QTranslator] = []
    if lang == "en":
        return translators
    qt_base = QTranslator(parent)
    if qt_base.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
        translators.append(qt_base)
    for path in qm_files(lang):
        tr = QTranslator(parent)
        if tr.load(str(path)):
            translators.append(tr)
    return translators


def install(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Replace the installed translators with those for `lang`; returns them (kept alive on the app)."""
    lang = lang if lang in LANGUAGES else DEFAULT
    for old in getattr(app, "_frontdesk_translators", []):
        app.removeTranslator(old)
    translators = load_translators(lang, app)
    for tr in translators:
        app.installTranslator(tr)
    app._frontdesk_translators = translators
    app._frontdesk_language = lang
    QLocale.setDefault(QLocale(QLocale.Chinese, QLocale.China) if lang == "zh_CN" else QLocale(QLocale.English))
    return translators


def current(app: QCoreApplication | None = None) -> str:
    """The language installed on the application (DEFAULT before any install)."""
    app = app or QCoreApplication.instance()
    return getattr(app, "_frontdesk_language", DEFAULT)


def switch_language(app: QCoreApplication, lang: str) -> None:
    """Install `lang` now; every widget re-translates on the LanguageChange event Qt sends."""
    install(app, lang)
