"""The sticker dialog's preview is where the stickers print: the same art, the same packing as the PDF."""

import pytest

from tests.core.stickers.test_sheet_preview import oval, pdf_pictures, same_places


def test_the_sticker_preview_shows_the_stickers_where_the_saved_pdf_puts_them(qtbot, window, tmp_path):
    data = oval(0.9)
    ids = [window.project.add_image(data, data, 600, 600, "image/png").id for _ in range(4)]
    dialog = window.open_stickers(ids)
    dialog.sheet.setCurrentIndex(dialog.sheet.findData("letter"))  # the default follows the computer's locale
    dialog.size_all.setValue(3.75)
    qtbot.waitUntil(lambda: dialog.preview_sheet is not None and dialog.size_all.value() == 3.75
                    and not dialog._debounce.isActive() and dialog._preview_task is not None
                    and dialog._preview_task.done(), timeout=60_000)
    shown = dialog.preview_sheet
    assert len(shown.placements) == 4 and dialog.preview_pages == 1
    assert len({round(p.y_in, 1) for p in shown.placements}) == 3  # two, one, one: as the PDF packs them
    task = dialog.save("pdf", tmp_path / "stickers.pdf")
    qtbot.waitUntil(task.done, timeout=60_000)
    printed = pdf_pictures(tmp_path / "stickers.pdf", 11.0)
    assert len(printed) == 1 and same_places(shown.placements, printed[0])


def test_with_nothing_selected_the_stickers_just_made_are_ticked(qtbot, window):
    from tests.qt.conftest import send_and_wait

    send_and_wait(qtbot, window, "draw a teapot")
    window.chat.style_box.setCurrentIndex(window.chat.style_box.findData("sticker"))
    send_and_wait(qtbot, window, "draw a sticker of the teapot")
    stickers = [i.id for i in window.project.images() if i.settings.get("style") == "sticker"]
    assert stickers
    window.gallery.view.selectionModel().clearSelection()
    dialog = window.open_stickers()
    assert sorted(dialog.checked_ids()) == sorted(stickers)  # not the cast, not the drafts


@pytest.mark.parametrize("locale, paper", [("en_US", "letter"), ("en_CA", "letter"), ("ko_KR", "a4"), ("en_GB", "a4")])
def test_the_sheet_starts_on_the_paper_a_home_printer_there_has(qtbot, window, locale, paper):
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale(locale))
    try:
        assert window.open_stickers([]).sheet.currentData() == paper
        dialog = window.open_export()
        dialog.choose("booklet")
        assert dialog.sheet.currentData() == paper  # the booklet and the stickers agree
    finally:
        QLocale.setDefault(before)
