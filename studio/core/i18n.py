"""The language a person reads the studio in.

Everything outside the window (core messages, notes, preflight findings, progress lines, the command line)
comes through `_` and `ngettext` here, from one gettext catalogue: resources/i18n/<lang>/LC_MESSAGES/studio.po,
compiled to studio.mo beside it (`python packaging/i18n.py release`). The window's own strings go through Qt's
translator instead (resources/i18n/studio_<lang>.ts/.qm); both follow `set_language`.

Write messages with named placeholders filled after the lookup, never an f-string inside `_()`:
`_("Added {n} blank pages").format(n=n)`. A message made at import time (a table of names) is marked with `N_`
and looked up with `_` where it is shown, so it follows a change of language.
"""

from __future__ import annotations

import gettext
import locale
import os
import threading
from collections.abc import Mapping
from typing import Callable

from studio.core.korean import attach_particles
from studio.resources import resource_dir

DOMAIN = "studio"
LANGUAGES = {"en": "English", "ko": "한국어"}  # code → the language's own name, as a person looks for it
SOURCE_LANGUAGE = "en"

_lock = threading.Lock()
_translations: gettext.NullTranslations = gettext.NullTranslations()
_language = SOURCE_LANGUAGE
_listeners: list[Callable[[str], None]] = []


def _code(value: str) -> str | None:
    """'ko_KR.UTF-8' → 'ko'; 'Korean_Korea' (Windows) → 'ko'; 'C' → 'en'; anything else unknown → None."""
    base = value.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].strip().lower()
    if base in ("c", "posix"):
        return SOURCE_LANGUAGE
    if base in LANGUAGES:
        return base
    return {"english": "en", "korean": "ko"}.get(base)


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """The language the system asks for, as gettext reads it: the first of LANGUAGE (a colon-separated list of
    preferences), LC_ALL, LC_MESSAGES and LANG that is set; then the platform's locale. English when none of
    the languages it names is one the studio speaks."""
    env = os.environ if environ is None else environ
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            for item in value.split(":"):
                code = _code(item) if item else None
                if code is not None:
                    return code
            return SOURCE_LANGUAGE
    if environ is None:  # Windows and macOS seldom set the variables
        try:
            platform_locale = locale.getlocale(locale.LC_MESSAGES if hasattr(locale, "LC_MESSAGES")
                                               else locale.LC_CTYPE)[0]
        except (ValueError, TypeError):
            platform_locale = None
        if platform_locale:
            return _code(platform_locale) or SOURCE_LANGUAGE
    return SOURCE_LANGUAGE


def resolve_language(setting: str = "", environ: Mapping[str, str] | None = None) -> str:
    """The language to use: the one chosen in Settings, or ("" there) the system's."""
    return setting if setting in LANGUAGES else system_language(environ)


def catalogue_dir() -> str:
    return str(resource_dir() / "i18n")


def set_language(code: str) -> str:
    """Use this language for every message from now on; returns the code in use (English for one the studio
    does not speak). Listeners (the window's translators) hear of a change."""
    global _translations, _language
    code = code if code in LANGUAGES else SOURCE_LANGUAGE
    translations = (gettext.NullTranslations() if code == SOURCE_LANGUAGE else
                    gettext.translation(DOMAIN, catalogue_dir(), languages=[code], fallback=True))
    with _lock:
        changed = code != _language
        _translations, _language = translations, code
        listeners = list(_listeners) if changed else []
    for listener in listeners:
        listener(code)
    return code


def language() -> str:
    return _language


def on_language_change(listener: Callable[[str], None]) -> Callable[[], None]:
    """Call `listener(code)` after each `set_language`; returns the function that stops it."""
    with _lock:
        _listeners.append(listener)

    def stop() -> None:
        with _lock:
            if listener in _listeners:
                _listeners.remove(listener)

    return stop


class Text(str):
    """A looked-up message: `format` fills it in and then fits Korean particles to the words put in front of
    them ("{name}이(가)" → "래리가", "곰이")."""

    def format(self, *args: object, **kwargs: object) -> str:
        filled = str.format(self, *args, **kwargs)
        return attach_particles(filled) if _language == "ko" else filled


def _(message: str) -> str:
    return Text(_translations.gettext(message))


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form for `n` (Korean has one form; English two): format it afterwards, e.g. with `n=n`."""
    return Text(_translations.ngettext(singular, plural, n))


def pgettext(context: str, message: str) -> str:
    """A message whose words alone are ambiguous ("Cover" the page, or "cover" the verb)."""
    return Text(_translations.pgettext(context, message))


def N_(message: str) -> str:
    """Marks a message for the catalogue without looking it up: for tables made at import time."""
    return message
