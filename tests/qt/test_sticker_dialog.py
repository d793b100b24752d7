"""The sticker dialog's preview is where the stickers print: the same art, the same packing as the PDF."""

import pytest

from studio.qt.stickers.sheet_dialog import ImageIdRole
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


def _preview_settled(dialog, after: int) -> bool:
    return (dialog._generation > after and not dialog._debounce.isActive() and dialog._preview_task is not None
            and dialog._preview_task.done())


def _colours(pixmap) -> list[tuple[int, int, int]]:
    """Every third pixel's colour, each way."""
    image = pixmap.toImage()
    return [image.pixelColor(x, y).getRgb()[:3] for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)]


def _pinkish(colours) -> int:
    return sum(abs(r - 250) + abs(g - 190) + abs(b - 200) < 24 for r, g, b in colours)


def test_the_background_toggle_shows_what_is_removed_and_unticking_puts_it_back(qtbot, window):
    from tests.core.stickers.test_cut_where_it_prints import pink_with_a_sun
    from tests.core.stickers.test_stickers import png

    data = png(pink_with_a_sun(600))
    image = window.project.add_image(data, data, 600, 600, "image/png")
    dialog = window.open_stickers([image.id])
    dialog.sheet.setCurrentIndex(dialog.sheet.findData("letter"))
    qtbot.waitUntil(lambda: _preview_settled(dialog, 0), timeout=60_000)
    item = next(i for i in dialog.items() if i.data(ImageIdRole) == image.id)
    dialog.pictures.setCurrentItem(item)
    assert dialog.remove_background.isVisible() and dialog.remove_background.isChecked()
    qtbot.waitUntil(lambda: not dialog.background_view.pixmap().isNull(), timeout=60_000)
    removed = _colours(dialog.background_view.pixmap())
    assert removed.count((204, 204, 204)) > len(removed) / 8 and _pinkish(removed) < 20  # pink gone: a checkerboard
    assert _pinkish(_colours(dialog.preview.source())) < 20  # and gone from the sheet

    before = dialog._generation
    dialog.remove_background.setChecked(False)  # the person puts the background back
    qtbot.waitUntil(lambda: _preview_settled(dialog, before), timeout=60_000)
    qtbot.waitUntil(lambda: (image.id, False) in dialog._background_views, timeout=60_000)
    kept = _colours(dialog.background_view.pixmap())
    assert (204, 204, 204) not in kept and _pinkish(kept) > len(kept) / 2
    assert _pinkish(_colours(dialog.preview.source())) > 500  # the sticker on the sheet is the whole picture again
    assert window.project.image_data(image.id) == data  # the picture itself never changed

    again = window.open_stickers([image.id])  # remembered with the book
    assert again.background_removed(image.id) is False
    before = dialog._generation
    dialog.remove_background.setChecked(True)
    last = window.open_stickers([image.id])
    assert last.background_removed(image.id) is True
    for shown, after in ((dialog, before), (again, 0), (last, 0)):  # nothing left running when the test ends
        qtbot.waitUntil(lambda d=shown, g=after: _preview_settled(d, g), timeout=60_000)


def test_the_ticked_pictures_are_in_view_when_the_dialog_opens(qtbot, window):
    """Was: the list opened on the newest pictures, the one ticked (Larry, drawn first) out of sight below."""
    data = oval(0.9)
    ids = [window.project.add_image(data, data, 600, 600, "image/png").id for _ in range(14)]
    dialog = window.open_stickers([ids[0]])  # the oldest: listed last
    listed = dialog.pictures
    (ticked,) = [i for i in dialog.items() if i.data(ImageIdRole) == ids[0]]
    qtbot.waitUntil(lambda: listed.viewport().rect().contains(listed.visualItemRect(ticked).center()), timeout=10_000)
