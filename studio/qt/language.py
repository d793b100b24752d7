"""The window's language: Qt's own strings (qtbase) and the studio's (resources/i18n/studio_<lang>.qm), swapped
whenever `studio.core.i18n.set_language` is called, so an open window changes language without a restart:
installing a translator sends every widget a LanguageChange event, and the long-lived ones set their texts
again (`retranslate`)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from studio.core import i18n
from studio.resources import resource_dir

log = logging.getLogger(__name__)

_QT_LOCALES = {"en": QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
               "ko": QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea)}


class WindowLanguage:
    """Keeps the application's translators in step with the core's language."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self.translators: list[QTranslator] = []
        self.code = ""
        self.stop = i18n.on_language_change(self.apply)

    def apply(self, code: str) -> None:
        self.code = code
        for translator in self.translators:
            self.app.removeTranslator(translator)
        self.translators = []
        locale = _QT_LOCALES.get(code, _QT_LOCALES["en"])
        QLocale.setDefault(locale)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        # English loads only the plural forms ("1 picture", "2 pictures"); Korean loads everything.
        for name, folder in (("qtbase", qt_folder), ("studio", str(resource_dir() / "i18n"))):
            translator = QTranslator(self.app)
            if translator.load(f"{name}_{code}", folder):
                try:  # Qt sends every widget LanguageChange from in here: one that fails must not stop the rest
                    self.app.installTranslator(translator)
                except Exception:  # noqa: BLE001 - a widget's retranslate; the translator is in all the same
                    log.exception("a widget failed to change language")
                self.translators.append(translator)


def install(app: QCoreApplication, setting: str = "") -> WindowLanguage:
    """The language chosen in Settings (or the system's) for the window and the core alike."""
    existing = getattr(app, "_studio_language", None)
    if existing is None:
        existing = WindowLanguage(app)
        app._studio_language = existing  # type: ignore[attr-defined]
    code = i18n.set_language(i18n.resolve_language(setting))  # a change reaches `WindowLanguage.apply`
    if existing.code != code:
        existing.apply(code)
    return existing


class FollowsLanguage:
    """Put first among a long-lived widget's bases: its `retranslate()` runs again when the language changes
    (Qt sends every widget a LanguageChange event once a translator is installed or removed)."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)  # type: ignore[misc]
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()


def app_name() -> str:
    """The studio's name as a person reads it in the window: "그림책 스튜디오" in Korean, as on its launcher."""
    return QCoreApplication.translate("App", "Picture Book Studio")
