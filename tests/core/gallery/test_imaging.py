"""Decoding a picture and making its thumbnail: see-through stays see-through, colours stay true."""

import io

from PIL import Image

from studio.core.gallery.imaging import decode
from tests.fake_openai import png_for


def test_a_sticker_keeps_its_see_through_background_in_the_thumbnail():
    sticker = Image.new("RGBA", (512, 512), (0, 0, 0, 0))
    sticker.paste((240, 180, 20, 255), (128, 128, 384, 384))
    buf = io.BytesIO()
    sticker.save(buf, format="PNG")
    with Image.open(io.BytesIO(decode(buf.getvalue()).thumb)) as thumb:
        assert thumb.size == (256, 256)
        assert thumb.convert("RGBA").getpixel((5, 5))[3] == 0 and thumb.convert("RGBA").getpixel((128, 128))[3] == 255


def test_an_opaque_picture_gets_a_small_thumbnail_of_the_same_colours():
    d = decode(png_for("meadow", "1024x1024", 1024))
    assert len(d.thumb) < 20_000
    with Image.open(io.BytesIO(d.thumb)) as thumb, Image.open(io.BytesIO(d.data)) as full:
        assert thumb.size == (256, 256)
        assert all(abs(a - b) <= 3 for a, b in zip(thumb.convert("RGB").getpixel((100, 100)), full.getpixel((500, 500))))


def _png(img: Image.Image, **options) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format="PNG", **options)
    return buf.getvalue()


def test_a_16_bit_grey_scan_gets_a_thumbnail_of_its_greys_not_a_white_square():
    import numpy as np

    ramp = np.tile(np.linspace(0, 65535, 512), (512, 1)).astype(np.uint16)
    d = decode(_png(Image.fromarray(ramp)))
    with Image.open(io.BytesIO(d.thumb)) as thumb:
        row = [thumb.convert("L").getpixel((x, 128)) for x in (2, 64, 128, 192, 253)]
    assert row[0] < 20 and row[-1] > 235 and row == sorted(row), row
    assert (d.width, d.height, d.problem) == (512, 512, None)


def test_a_palette_picture_with_a_clear_colour_and_a_grey_with_alpha_keep_their_see_through_parts():
    palette = Image.new("P", (300, 300), 0)
    palette.putpalette([255, 0, 0, 0, 0, 255])
    palette.paste(1, (0, 0, 300, 100))  # the top third is the clear colour
    grey = Image.new("LA", (300, 300), (90, 0))
    grey.paste((90, 255), (0, 100, 300, 300))
    for picture in (_png(palette, transparency=1), _png(grey)):
        with Image.open(io.BytesIO(decode(picture).thumb)) as thumb:
            rgba = thumb.convert("RGBA")
            assert rgba.getpixel((128, 10))[3] == 0 and rgba.getpixel((128, 200))[3] == 255
