"""Translations: every resources/i18n/*_<lang>.qm plus Qt's own qtbase strings; switching re-installs them.

Installing or removing a translator makes Qt send QEvent.LanguageChange to every widget; a widget that mixes in
`Retranslating` re-runs its retranslateUi() then (the one language-change handler of the window)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, Qt, QTranslator

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


class Retranslating:
    """Mixin for a QWidget with `retranslateUi()`: re-translated on every language switch.

    A widget whose window is on screen (or was never shown yet) re-translates at once; one whose window was
    closed or hidden does it the next time it is shown, so a switch never touches a dialog already closed
    (its documents released) or a widget half torn down. Pages with more to redo override
    `on_language_change()`. Put it first: `class Page(Retranslating, QWidget)`."""

    _language_stale = False

    def on_language_change(self) -> None:
        self.retranslateUi()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            if _on_screen_or_new(self):
                self._language_stale = False
                if self.isWindow():
                    _refit_combos(self)
                self.on_language_change()
            else:
                self._language_stale = True
        super().changeEvent(event)

    def showEvent(self, event) -> None:
        if self._language_stale:
            self._language_stale = False
            self.on_language_change()
        super().showEvent(event)


def _refit_combos(window) -> None:
    """Combo boxes size themselves once, to their first language's words ("户内"): from a switch on they follow
    their contents, so "In the unit" is not cut to "In the uni"."""
    from PySide6.QtWidgets import QComboBox
    for combo in window.findChildren(QComboBox):
        if combo.sizeAdjustPolicy() == QComboBox.AdjustToContentsOnFirstShow:
            combo.setSizeAdjustPolicy(QComboBox.AdjustToContents)


def _on_screen_or_new(widget) -> bool:
    """True when `widget` may be re-translated now: alive, and its window shown or never shown or hidden yet."""
    import shiboken6
    if not shiboken6.isValid(widget):
        return False
    window = widget.window()
    if window.isVisible():
        return True
    return not window.testAttribute(Qt.WA_WState_ExplicitShowHide)
