"""Server addresses: one that can never work is said so before anything is sent."""

from __future__ import annotations

from urllib.parse import urlsplit

from studio.backends.base import BackendError
from studio.backends.i18n import _


def check_address(url: str | None) -> None:
    """A server address that can never work is said so before anything is sent (a port out of range otherwise
    surfaces as an OverflowError deep inside the HTTP layer)."""
    if not url:
        return
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises for a port out of range
    except ValueError as exc:
        raise BackendError("config", _("The server address “{url}” is not valid: {reason}.").format(
            url=url, reason=exc)) from exc
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise BackendError("config", _("The server address “{url}” is not valid: it should look like "
                                       "http://localhost:11434/v1 or https://example.com/v1.").format(url=url))
