"""Pictures turned into images for the screen off the GUI thread."""

import io

from PIL import Image

from studio.qt.pictures import scaled_image


def _png(size, colour, mode="RGBA"):
    buf = io.BytesIO()
    Image.new(mode, size, colour).save(buf, format="PNG")
    return buf.getvalue()


def test_a_picture_is_shrunk_to_fit_and_keeps_its_shape_and_transparency(qapp):
    image = scaled_image(_png((1024, 512), (200, 40, 40, 0)), 150)
    assert (image.width(), image.height()) == (150, 75)
    assert image.pixelColor(10, 10).alpha() == 0  # a sticker's cut-away background stays see-through


def test_a_small_picture_is_not_blown_up(qapp):
    image = scaled_image(_png((64, 64), (0, 90, 200), "RGB"), 150)
    assert (image.width(), image.height()) == (64, 64) and image.pixelColor(5, 5).blue() == 200


def test_broken_bytes_give_an_empty_image_not_an_error(qapp):
    assert scaled_image(b"not a picture", 150).isNull()
