"""The words a backend says to a person (its errors), in the studio's language.

The backends sit below the core and cannot import studio.core.i18n, so the core hands its lookups down once
(studio.core.backend_choice calls `use`); until then, and in a program that never does, messages stay English.
Write them as in the core: `_("Could not reach {server}").format(server=name)`, never an f-string inside `_()`.
"""

from __future__ import annotations

from typing import Callable

_gettext: Callable[[str], str] = lambda message: message  # noqa: E731
_ngettext: Callable[[str, str, int], str] = lambda singular, plural, n: singular if n == 1 else plural  # noqa: E731


def use(gettext: Callable[[str], str], ngettext: Callable[[str, str, int], str]) -> None:
    """Look messages up with these from now on (the core's, which follow Settings ▸ Language)."""
    global _gettext, _ngettext
    _gettext, _ngettext = gettext, ngettext


def _(message: str) -> str:
    return _gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return _ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Marks a message for the catalogue without looking it up (looked up with `_` where it is shown)."""
    return message
