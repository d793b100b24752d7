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
