"""Help ▸ Open Sample Book draws the sample on a worker thread and opens it; the first start does it once."""

from __future__ import annotations

from studio.core.app.sample_book import TEXTS


def test_help_opens_a_fresh_sample_book(window, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr("studio.qt.sample.samples_dir", lambda: tmp_path / "Samples")
    window.open_sample_book()
    qtbot.waitUntil(lambda: window.project is not None and window.project.path.parent == tmp_path / "Samples",
                    timeout=120_000)
    assert window.project.book_format().title == TEXTS["en"].title
    assert [m.name for m in window.project.cast.all()] == ["Larry"]
    assert window.gallery.model.rowCount() == 8
    assert window.workspaces.current == "book"  # the finished pages are what a person sees
    first = window.project.path
    window.open_sample_book()  # again: a second copy, the first one left as it is
    qtbot.waitUntil(lambda: window.project.path != first, timeout=120_000)
    assert window.project.path.name == "Larry (sample 2).storybook" and first.is_file()


def test_first_start_shows_the_sample_only_once(window, qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(window, "open_sample_book", lambda: opened.append(True))
    window.show_sample_once()
    window.show_sample_once()
    assert opened == [True] and window.settings.sample_shown
