"""Help ▸ About names the version a person would quote in a bug report and every bundled licence."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QTextBrowser

from studio import __version__


def test_about_shows_the_version_and_the_bundled_licences(window, qtbot):
    about = next(a for a in window.menuBar().actions() if a.text() == "&Help").menu()
    next(a for a in about.actions() if a.text() == "&About").trigger()
    dialog = window.findChild(QDialog, "about")
    assert dialog is not None
    qtbot.waitExposed(dialog)
    text = dialog.findChild(QTextBrowser, "aboutText").toPlainText()
    assert __version__ in text
    for licence in ("LICENSE-Real-ESRGAN.txt", "OFL-NanumGothic.txt", "LICENSE-DroidSansFallback.txt"):
        assert licence in text
    dialog.close()
