"""The first-run sample (and Help ▸ Open Sample Book) is written in the language the window speaks."""

from __future__ import annotations

from studio.core.app.sample_book import TEXTS


def test_the_sample_opened_in_a_korean_window_is_the_korean_sample(make_window, qtbot, qapp, tmp_path,
                                                                   monkeypatch):
    from studio.core.settings import Settings
    from studio.qt.language import install

    monkeypatch.setattr("studio.qt.sample.samples_dir", lambda: tmp_path / "Samples")
    install(qapp, "ko")  # the window opens in Korean (Settings ▸ Language ▸ 한국어, or LANGUAGE=ko)
    try:
        window = make_window(Settings(backend="offline", language="ko"))
        window.open_sample_book()
        qtbot.waitUntil(lambda: window.project is not None and window.project.path.parent == tmp_path / "Samples",
                        timeout=120_000)
        assert window.project.path.name == "래리 (예시).storybook"
        assert window.project.book_format().title == TEXTS["ko"].title
        assert [m.name for m in window.project.cast.all()] == ["래리"]
    finally:
        install(qapp, "en")
