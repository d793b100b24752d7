"""API keys: from the environment or the OS keychain, never from a file we write."""

from __future__ import annotations

import logging
import os

import keyring
from keyring.errors import KeyringError, PasswordDeleteError

log = logging.getLogger(__name__)

SERVICE = "picture-book-studio"
ENV_VARS = {"openai": "OPENAI_API_KEY", "compatible": "OPENAI_API_KEY", "azure": "AZURE_OPENAI_API_KEY"}


class SecretStoreError(Exception):
    """The keychain could not be used; the message is for the user."""


def key_from_environment(backend: str) -> str | None:
    name = ENV_VARS.get(backend)
    return (os.environ.get(name) or None) if name else None


def get_api_key(backend: str) -> str | None:
    """The environment wins over the keychain; a broken keychain just means "no key"."""
    env = key_from_environment(backend)
    if env:
        return env
    try:
        return keyring.get_password(SERVICE, backend) or None
    except (KeyringError, RuntimeError) as exc:
        log.info("keychain unavailable: %s", type(exc).__name__)
        return None


def set_api_key(backend: str, key: str | None) -> None:
    try:
        if key:
            keyring.set_password(SERVICE, backend, key)
        else:
            try:
                keyring.delete_password(SERVICE, backend)
            except PasswordDeleteError:
                pass
    except (KeyringError, RuntimeError) as exc:
        raise SecretStoreError(
            "The system keychain is not available, so the key could not be stored. "
            f"Set the {ENV_VARS.get(backend, 'OPENAI_API_KEY')} environment variable instead."
        ) from exc
