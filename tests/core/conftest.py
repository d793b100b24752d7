import pytest

from studio.core.app.project import Project


@pytest.fixture
def project(tmp_path):
    """A fresh book, closed after the test."""
    p = Project.create(tmp_path / "Larry.storybook")
    yield p
    p.close()
