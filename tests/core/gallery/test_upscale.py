"""Make print-ready by upscaling: the picture the person gets, and what happens to the book."""

import asyncio
import io
import multiprocessing
import os
import threading

import numpy as np
import pytest
from PIL import Image, ImageCms, ImageDraw

from studio.core.gallery import upscale_job, upscaler
from studio.core.gallery.imaging import decode
from studio.core.gallery.provenance import provenance
from studio.core.gallery.search import Filter
from studio.core.gallery.upscale import Cancelled, UpscaleError, described, upscale_picture
from studio.core.gallery.variants import variant_stack
from studio.core.output.files import Progress

METHODS = ["network", "lanczos"]


def png(img: Image.Image) -> bytes:
    out = io.BytesIO()
    img.save(out, format="PNG")
    return out.getvalue()


def drawing(size=(64, 32)) -> bytes:
    """A drawn picture: a light page with a dark shape whose edge runs down the middle, drawn large and
    made small as a picture model's output would be (so its edge is anti-aliased, not a bare step)."""
    w, h = size
    big = Image.new("RGB", (w * 4, h * 4), (245, 235, 210))
    ImageDraw.Draw(big).rectangle((w * 2 + 2, 0, w * 4, h * 4), fill=(40, 30, 60))
    return png(big.resize(size, Image.Resampling.LANCZOS))


def sticker(size=(48, 48)) -> bytes:
    """An orange disc on a see-through ground (black where it is see-through, as cut-outs often are), with a
    soft edge."""
    w, h = size
    img = Image.new("RGBA", (w * 4, h * 4), (0, 0, 0, 0))
    ImageDraw.Draw(img).ellipse((32, 32, w * 4 - 32, h * 4 - 32), fill=(230, 120, 60, 255))
    return png(img.resize(size, Image.Resampling.LANCZOS))


def photo(size=(64, 48)) -> bytes:
    """A picture whose file is long enough to cut short (noise does not compress)."""
    return png(Image.fromarray(np.random.default_rng(7).integers(0, 256, (size[1], size[0], 3), np.uint8)))


def opened(data: bytes) -> Image.Image:
    return Image.open(io.BytesIO(data))


def rise_width(img: Image.Image) -> float:
    """Pixels from 10 % to 90 % of the way across the edge in the middle row: the smaller, the sharper."""
    row = np.asarray(img.convert("L"), float)[img.height // 2]
    quarter = len(row) // 4
    p = (row - row[:quarter].mean()) / (row[-quarter:].mean() - row[:quarter].mean())

    def crossing(level: float) -> float:
        i = int(np.argmax(p >= level))
        return i - 1 + (level - p[i - 1]) / (p[i] - p[i - 1])

    return crossing(0.9) - crossing(0.1)


def add_picture(project, data: bytes, **kw) -> int:
    d = decode(data)
    return project.add_image(d.data, d.thumb, d.width, d.height, d.mime, **kw).id


# -- the picture ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("method", METHODS)
def test_the_result_has_the_size_asked_for(method):
    two = upscaler.upscale(drawing((60, 40)), 2, method=method).picture
    three = upscaler.upscale(drawing((60, 40)), 3, method=method).picture
    assert (two.width, two.height) == opened(two.data).size == (120, 80)
    assert (three.width, three.height) == opened(three.data).size == (180, 120)
    frame = upscaler.upscale(drawing((60, 40)), size=(150, 110), method=method).picture  # a frame's own shape
    assert (frame.width, frame.height) == opened(frame.data).size == (150, 110)


@pytest.mark.parametrize("method", METHODS)
def test_a_sharp_edge_stays_sharper_than_bicubic(method):
    data = drawing()
    bicubic = rise_width(opened(data).resize((128, 64), Image.Resampling.BICUBIC))
    ours = rise_width(opened(upscaler.upscale(data, 2, method=method).picture.data))
    assert ours < 0.9 * bicubic


@pytest.mark.parametrize("method", METHODS)
def test_a_sticker_keeps_its_transparency(method):
    result = opened(upscaler.upscale(sticker(), 2, method=method).picture.data)
    assert result.mode == "RGBA" and result.size == (96, 96)
    alpha = result.getchannel("A")
    assert alpha.getpixel((2, 2)) == 0 and alpha.getpixel((93, 93)) == 0  # the background stays see-through
    assert alpha.getpixel((48, 48)) == 255
    assert result.getpixel((48, 48))[:3] == pytest.approx((230, 120, 60), abs=12)
    pixels = np.asarray(result, float)
    rim = pixels[(pixels[..., 3] > 40) & (pixels[..., 3] < 215)]
    assert len(rim) > 50 and rim[:, 0].min() > 180  # no dark rim from the black under the see-through ground


def test_a_photo_stays_a_jpeg_and_keeps_its_colour_profile():
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    out = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 60, 40)).save(out, format="JPEG", icc_profile=profile)
    result = upscaler.upscale(out.getvalue(), 2, method="lanczos").picture
    assert result.mime == "image/jpeg"
    assert opened(result.data).info.get("icc_profile") == profile


def test_a_cmyk_photo_comes_out_rgb_without_a_profile_that_no_longer_fits():
    out = io.BytesIO()
    Image.new("CMYK", (40, 30), (0, 255, 255, 0)).save(out, format="JPEG", icc_profile=b"not a real profile")
    result = opened(upscaler.upscale(out.getvalue(), 2, method="lanczos").picture.data)
    assert result.mode == "RGB" and "icc_profile" not in result.info
    assert result.getpixel((40, 30)) == pytest.approx((255, 0, 0), abs=12)


def test_a_sixteen_bit_scan_keeps_its_greys():
    grey = Image.fromarray((np.linspace(0, 65535, 64)[None, :].repeat(16, 0)).astype(np.uint16))
    result = opened(upscaler.upscale(png(grey), 2, method="lanczos").picture.data).convert("L")
    row = np.asarray(result, float)[16]
    assert row[4] < 30 and 100 < row[64] < 160 and row[-4] > 225  # a gradient, not a white page


def test_progress_is_reported_per_tile_and_ends_complete():
    reports = []
    upscaler.upscale(drawing((300, 40)), 2, progress=Progress(lambda d, t: reports.append((d, t))),
                     method="network")
    tiles = 2  # 300 px wide: two tiles of 256
    assert len(reports) >= tiles + 1
    assert [d for d, _ in reports] == sorted(d for d, _ in reports)
    assert reports[-1][0] == reports[-1][1]


def test_without_the_network_it_falls_back_and_says_so(monkeypatch):
    monkeypatch.setattr(upscaler, "_network", lambda: None)
    assert upscaler.network_label() == upscaler.FALLBACK_LABEL
    assert upscaler.upscale(drawing(), 2).by == "Lanczos + unsharp mask"
    with pytest.raises(UpscaleError, match="can't be loaded"):
        upscaler.upscale(drawing(), 2, method="network")


def test_the_network_is_what_this_install_uses():
    assert upscaler.upscale(drawing(), 2).by == upscaler.NETWORK_LABEL
    assert "Real-ESRGAN" in upscaler.network_label()


@pytest.mark.parametrize("data, reason", [
    (b"", "empty"),
    (b"this is a letter, not a picture", "not a picture"),
    (photo()[:2000], "damaged or cut short"),
])
def test_a_broken_picture_gives_a_clear_error(data, reason):
    with pytest.raises(UpscaleError, match=reason):
        upscaler.upscale(data, 2)


def test_a_factor_out_of_range_is_refused():
    with pytest.raises(UpscaleError, match="1 to 4 times"):
        upscaler.upscale(drawing(), 5)


def test_cancel_stops_before_the_next_tile():
    cancel = threading.Event()
    reports = []

    def report(done, total):
        reports.append(done)
        cancel.set()

    with pytest.raises(Cancelled):
        upscaler.upscale(drawing((600, 40)), 2, progress=Progress(report, cancel), method="network")
    assert reports == [0]  # told to stop at the first report: no second tile was started


# -- the book -------------------------------------------------------------------------------------------------

def test_the_upscaled_picture_is_a_variant_with_its_provenance(project):
    original = add_picture(project, drawing((80, 60)), source="imported", file_name="mias-drawing.png")
    before = project.image_data(original)
    reports = []

    record = asyncio.run(upscale_picture(project, original, 2, Progress(lambda d, t: reports.append((d, t)))))

    assert (record.width, record.height) == (160, 120) and opened(project.image_data(record.id)).size == (160, 120)
    assert record.settings["variant_of"] == original
    assert record.settings["upscaled"] == {"factor": 2, "by": upscaler.NETWORK_LABEL}
    assert record.source == "imported" and record.file_name == "mias-drawing ×2.png"
    assert project.image_data(original) == before and project.image(original).trashed is None  # the original stays
    assert variant_stack(project.images(), original) == [original, record.id]
    assert provenance(project, record.id).parent_id == original
    assert described(record) == f"upscaled ×2 by {upscaler.NETWORK_LABEL}" and described(project.image(original)) == ""
    assert project.history.next_undo().name == "Upscale Picture ×2"
    assert reports and reports[-1][0] == reports[-1][1]  # progress came back from the worker, to the end


def test_undo_takes_the_upscaled_picture_away_and_redo_brings_it_back(project):
    original = add_picture(project, drawing())
    record = asyncio.run(upscale_picture(project, original, 2, method="lanczos"))
    assert record.id in project.gallery.find(Filter())

    assert project.history.undo().name == "Upscale Picture ×2"
    assert project.gallery.find(Filter()) == [original]
    assert project.image(original).trashed is None

    project.history.redo()
    assert record.id in project.gallery.find(Filter()) and project.image(record.id).trashed is None


def test_cancel_stops_the_worker_and_leaves_the_book_unchanged(project):
    original = add_picture(project, drawing((600, 400)))
    cancel = threading.Event()
    steps = project.history.steps()

    with pytest.raises(Cancelled):
        asyncio.run(upscale_picture(project, original, 2, Progress(lambda d, t: cancel.set(), cancel)))

    assert [i.id for i in project.images()] == [original]
    assert project.history.steps() == steps
    assert multiprocessing.active_children() == []  # the worker was stopped, not left running


def test_cancelling_the_task_stops_the_worker_too(project):
    original = add_picture(project, drawing((600, 400)))

    async def cancelled_at_the_first_tile() -> None:
        started = asyncio.Event()
        task = asyncio.create_task(upscale_picture(project, original, 2, Progress(lambda d, t: started.set())))
        await started.wait()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(cancelled_at_the_first_tile())
    assert [i.id for i in project.images()] == [original]
    assert multiprocessing.active_children() == []


def test_a_worker_that_dies_is_an_error_and_the_book_is_unchanged(project):
    original = add_picture(project, drawing((600, 400)))

    def kill_the_worker(done, total):  # as the system does to a process that runs out of memory
        for child in multiprocessing.active_children():
            child.kill()

    with pytest.raises(UpscaleError, match="stopped without finishing"):
        asyncio.run(upscale_picture(project, original, 2, Progress(kill_the_worker)))
    assert [i.id for i in project.images()] == [original]


def dies_as_it_starts(*args) -> None:
    os._exit(1)


def test_a_worker_that_dies_as_it_starts_is_an_error_too(project, monkeypatch):
    original = add_picture(project, photo((600, 400)))  # more than a pipe holds: the hand-over must notice
    monkeypatch.setattr(upscale_job, "_work", dies_as_it_starts)
    with pytest.raises(UpscaleError, match="stopped"):
        asyncio.run(upscale_picture(project, original, 2))
    assert [i.id for i in project.images()] == [original]


def test_a_broken_picture_in_the_book_gives_a_clear_error_and_loses_nothing(project):
    good = decode(photo())
    broken = project.add_image(good.data[:2000], good.thumb, good.width, good.height, good.mime).id
    steps = project.history.steps()

    with pytest.raises(UpscaleError, match="damaged or cut short"):
        asyncio.run(upscale_picture(project, broken, 2))

    assert [i.id for i in project.images()] == [broken]
    assert project.image_data(broken) == good.data[:2000]
    assert project.history.steps() == steps


def test_a_picture_can_be_made_the_size_its_frame_needs(project):
    original = add_picture(project, drawing((60, 40)))
    record = asyncio.run(upscale_picture(project, original, method="lanczos", size=(150, 100)))
    assert (record.width, record.height) == (150, 100)
    assert record.settings["upscaled"] == {"factor": 2.5, "by": "Lanczos + unsharp mask"}
    assert project.history.next_undo().name == "Upscale Picture ×2.5"


def test_a_missing_or_trashed_picture_is_named(project):
    original = add_picture(project, drawing())
    with pytest.raises(UpscaleError, match="no picture #99"):
        asyncio.run(upscale_picture(project, 99, 2))
    project.gallery.trash([original])
    with pytest.raises(UpscaleError, match="in the trash"):
        asyncio.run(upscale_picture(project, original, 2))
