import asyncio

import pytest

from studio.core.app.studio import Studio
from studio.core.settings import Settings


@pytest.fixture
def studio(monkeypatch, fake_openai):
    """The composition root against the fake OpenAI server, as `studio chat` builds it."""
    monkeypatch.setenv("OPENAI_API_KEY", "test-key")
    monkeypatch.setenv("OPENAI_BASE_URL", fake_openai.base_url)
    made = Studio(Settings(backend="openai"))
    yield made
    asyncio.run(made.aclose())
