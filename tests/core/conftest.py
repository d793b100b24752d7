import pytest

from studio.core import i18n
from studio.core.app.project import Project


@pytest.fixture
def project(tmp_path):
    """A fresh book, closed after the test."""
    p = Project.create(tmp_path / "Larry.storybook")
    yield p
    p.close()


@pytest.fixture
def korean():
    """The core in Korean for one test (the autouse fixture puts English back before the next)."""
    i18n.set_language("ko")
    yield
    i18n.set_language("en")
