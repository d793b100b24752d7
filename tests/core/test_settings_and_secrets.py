import json

import pytest

from studio.backends.offline import OfflineBackend
from studio.backends.openai_backend import OpenAIBackend
from studio.core import secrets
from studio.core.backend_choice import make_backend
from studio.core.settings import Settings, load_settings, save_settings, settings_path


def test_without_a_key_the_app_is_offline_and_says_why():
    backend = make_backend(Settings(backend="openai"))
    assert isinstance(backend, OfflineBackend) and "no API key" in backend.reason


def test_a_key_from_the_environment_is_used(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-from-env")
    assert isinstance(make_backend(Settings(backend="openai")), OpenAIBackend)


def test_a_key_in_the_keychain_is_used_and_never_written_to_settings(isolated_env):
    secrets.set_api_key("openai", "sk-in-keychain-123")
    settings = Settings(backend="openai", chat_model="my-model")
    save_settings(settings)
    assert isinstance(make_backend(settings), OpenAIBackend)
    text = settings_path().read_text()
    assert "sk-in-keychain-123" not in text
    assert json.loads(text)["chat_model"] == "my-model"
    assert isolated_env.store[("picture-book-studio", "openai")] == "sk-in-keychain-123"


def test_settings_round_trip_and_recent_files(tmp_path):
    s = Settings()
    for name in ("a", "b", "a"):
        s.add_recent(tmp_path / f"{name}.storybook")
    save_settings(s)
    loaded = load_settings()
    assert [p.rsplit("/", 1)[-1] for p in loaded.recent_files] == ["a.storybook", "b.storybook"]


def test_a_broken_settings_file_falls_back_to_defaults():
    settings_path().parent.mkdir(parents=True, exist_ok=True)
    settings_path().write_text("{not json")
    assert load_settings() == Settings()


def test_a_key_entered_where_no_keychain_keeps_it_is_used_for_this_run_and_said_so(monkeypatch):
    import keyring
    from keyring.backends import null

    from studio.core import secrets

    monkeypatch.setattr(secrets, "_session", {})
    keyring.set_keyring(null.Keyring())  # accepts a key and keeps nothing, as some desktops do
    with pytest.raises(secrets.SecretStoreError, match="until you quit.*OPENAI_API_KEY"):
        secrets.set_api_key("openai", "sk-only-this-run")  # was: dropped without a word
    assert secrets.get_api_key("openai") == "sk-only-this-run"


def test_every_field_is_held_to_its_type_and_range_and_the_good_ones_are_kept(caplog):
    settings_path().parent.mkdir(parents=True, exist_ok=True)
    settings_path().write_text('{"concurrency": "4", "network_timeout": 30, "backend": "carrier pigeon",'
                               ' "partial_images": 2.0, "chat_model": "my-model", "someday": 1}')
    with caplog.at_level("WARNING"):
        loaded = load_settings()
    assert loaded == Settings(network_timeout=30, partial_images=2, chat_model="my-model")
    assert isinstance(loaded.partial_images, int)
    named = sorted(r.getMessage().split()[1] for r in caplog.records)
    assert named == ["backend", "concurrency"]  # one warning each, naming the field; unknown keys pass quietly
