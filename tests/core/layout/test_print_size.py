from dataclasses import replace

from studio.backends.capabilities import MODELS, parse_size
from studio.core.document.model import BookFormat
from studio.core.layout.checks import effective_dpi
from studio.core.layout.geometry import page_geometry
from studio.core.layout.print_size import frame_pixels
from studio.core.layout.templates import new_page


def test_a_full_bleed_page_needs_its_trim_and_bleed_at_300_dpi():
    fmt = BookFormat(8.5, 8.5, bleed_model="all")
    page = new_page("full_bleed", fmt, 3)
    w, h = frame_pixels(fmt, page, page.frame("image"))
    assert (round(w), round(h)) == (2625, 2625)  # (8.5 + 2 × 0.125) in × 300


def test_the_size_asked_for_prints_at_300_dpi_or_more_in_every_template_frame():
    model = MODELS["gpt-image-2"]
    for template in ("full_bleed", "picture_above", "text_above", "facing", "picture_only", "cover"):
        for fmt in (BookFormat(8.5, 8.5, bleed_model="pod"), BookFormat(10, 8, bleed_model="all")):
            for number in (3, 4):
                page = replace(new_page(template, fmt, number), position=number - 1)
                frame = page.frame("image")
                if frame is None:
                    continue
                size = parse_size(model.size_for(*frame_pixels(fmt, page, frame), at_least=True))
                box = page_geometry(fmt, number).frame_box(frame, run_out=True)
                # "fill" crops the long side: the short side's DPI is what prints
                x0, y0, x1, y1 = box
                scale = max((x1 - x0) / size[0], (y1 - y0) / size[1])
                drawn = (x0, y0, x0 + size[0] * scale, y0 + size[1] * scale)
                assert effective_dpi(drawn, size) >= 300, (template, fmt, number, size)
