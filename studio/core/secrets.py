"""API keys: from the environment or the OS keychain, never from a file we write."""

from __future__ import annotations

import logging
import os

import keyring
from keyring.errors import KeyringError, PasswordDeleteError

from studio.core.i18n import _

log = logging.getLogger(__name__)

SERVICE = "picture-book-studio"
ENV_VARS = {"openai": "OPENAI_API_KEY", "compatible": "OPENAI_API_KEY", "azure": "AZURE_OPENAI_API_KEY"}


class SecretStoreError(Exception):
    """The keychain could not be used; the message is for the user."""


# A key typed in where no keychain works: kept in memory for this run only, so it is never written anywhere.
_session: dict[str, str] = {}


def key_from_environment(backend: str) -> str | None:
    name = ENV_VARS.get(backend)
    return (os.environ.get(name) or None) if name else None


def get_api_key(backend: str) -> str | None:
    """The environment wins over the keychain; a broken keychain just means "no key"."""
    env = key_from_environment(backend)
    if env:
        return env
    try:
        stored = keyring.get_password(SERVICE, backend) or None
    except (KeyringError, RuntimeError) as exc:
        log.info("keychain unavailable: %s", type(exc).__name__)
        stored = None
    return stored or _session.get(backend)


def set_api_key(backend: str, key: str | None) -> None:
    """Store `key` in the keychain. Where there is no working keychain the key is still used until the app
    quits, and SecretStoreError says so (some keychains accept a key and drop it: it is read back to check)."""
    _session.pop(backend, None)
    try:
        if key:
            keyring.set_password(SERVICE, backend, key)
            kept = keyring.get_password(SERVICE, backend) == key
        else:
            try:
                keyring.delete_password(SERVICE, backend)
            except PasswordDeleteError:
                pass
            return
    except (KeyringError, RuntimeError):
        kept = False
    if not kept:
        _session[backend] = key
        raise SecretStoreError(_(
            "There is no working system keychain here, so the key was not stored: it will be used until you quit. "
            "To keep it, set the {variable} environment variable.").format(
                variable=ENV_VARS.get(backend, "OPENAI_API_KEY")))
