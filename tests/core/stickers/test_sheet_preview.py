"""The sticker preview is drawn from the same art and the same packing as the PDF: where the preview shows a
sticker is where it prints."""

import pikepdf
from PIL import Image, ImageDraw

from studio.core.stickers.make import (
    ArtCache,
    StickerPick,
    StickerRequest,
    make_sheets,
    preview_sheet,
)
from studio.core.stickers.sheet import SheetSpec
from tests.core.stickers.test_stickers import png

PT = 72.0


def oval(aspect: float, size: int = 600) -> bytes:
    """A subject `aspect` times as tall as it is wide: how tightly stickers pack depends on it."""
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    w, h = size * 0.93, size * 0.93 * aspect
    ImageDraw.Draw(img).ellipse(((size - w) / 2, (size - h) / 2, (size + w) / 2, (size + h) / 2),
                                fill=(200, 50, 50, 255))
    return png(img)


def pdf_pictures(path, sheet_height_in: float) -> list[list[tuple[float, float, float, float]]]:
    """Each page's drawn pictures as (x, y, width, height) in inches from the sheet's top-left corner."""
    pages = []
    with pikepdf.open(path) as pdf:
        for page in pdf.pages:
            found, matrix = [], None
            for operands, operator in pikepdf.parse_content_stream(page):
                if str(operator) == "cm":
                    matrix = [float(v) for v in operands]
                elif str(operator) == "Do" and matrix is not None:
                    a, _b, _c, d, e, f = matrix
                    found.append((e / PT, sheet_height_in - (f + d) / PT, a / PT, d / PT))
            pages.append(found)
    return pages


def same_places(placements, printed) -> bool:
    """Each previewed sticker has a printed one at its place. The PDF draws each sticker's whole image; the outline
    box a placement names starts a pixel or two inside it (1/300 in each)."""
    left = list(printed)
    for p in placements:
        match = next((b for b in left if abs(b[0] - p.x_in) < 0.02 and abs(b[1] - p.y_in) < 0.02), None)
        if match is None:
            return False
        left.remove(match)
    return not left


def test_the_preview_puts_each_sticker_where_the_pdf_prints_it(tmp_path):
    # Four 3.75 in stickers a little wider than tall: made small for the preview they fitted two by two, made
    # at print resolution they are a few hundredths of an inch bigger and go two, one, one.
    picks = tuple(StickerPick(i, f"Larry {i}", oval(0.9)) for i in range(1, 5))
    request = StickerRequest(picks, size_in=3.75, border_in=0.125, spec=SheetSpec("letter"), pdf=tmp_path / "s.pdf")
    cache = ArtCache()
    shown = preview_sheet(request, 0, cache=cache)
    assert shown.pages == 1
    result = make_sheets(request, cache=cache)
    printed = pdf_pictures(result.paths[0], 11.0)
    assert len(printed) == 1 and len(printed[0]) == len(shown.page.placements) == 4
    assert same_places(shown.page.placements, printed[0])
    rows = {round(p.y_in, 1) for p in shown.page.placements}
    assert len(rows) == 3  # two, one, one: as printed
    # and the preview image shows the stickers there: the top-left of each is no longer white paper
    for p in shown.page.placements:
        art = shown.image.getpixel((round((p.x_in + 0.5) * 48), round((p.y_in + 1.5) * 48)))
        assert art != (255, 255, 255)


def test_every_sheet_of_the_preview_matches_its_page_in_the_pdf(tmp_path):
    picks = tuple(StickerPick(i, f"Larry {i}", oval(0.5 + i / 30)) for i in range(1, 13))
    request = StickerRequest(picks, size_in=3.0, spec=SheetSpec("a4"), pdf=tmp_path / "s.pdf")
    cache = ArtCache()
    first = preview_sheet(request, 0, cache=cache)
    printed = pdf_pictures(make_sheets(request, cache=cache).paths[0], 297 / 25.4)
    assert first.pages == len(printed) > 1
    for index, page in enumerate(printed):
        assert same_places(preview_sheet(request, index, cache=cache).page.placements, page)


def test_the_art_kept_for_the_preview_stays_within_its_memory_budget_and_saving_still_works(tmp_path):
    picks = tuple(StickerPick(i, f"Larry {i}", oval(0.8)) for i in range(1, 4))
    request = StickerRequest(picks, size_in=2.0, spec=SheetSpec("letter"), pdf=tmp_path / "s.pdf")
    one = 2 * 300 * 2 * 300 * 4  # about one 2 in sticker's pixels
    cache = ArtCache(budget_bytes=int(one * 1.5))
    shown = preview_sheet(request, 0, cache=cache)
    kept = [key for key in ((i, 2.0, 0.125, 300, True) for i in (1, 2, 3)) if cache.get(key) is not None]
    assert kept == [(3, 2.0, 0.125, 300, True)]  # only the newest fits: the others were let go
    result = make_sheets(request, cache=cache)  # what was let go is made again
    assert same_places(shown.page.placements, pdf_pictures(result.paths[0], 11.0)[0])
