"""Bringing pictures in (good and bad files) and taking them out with where they came from inside."""

import asyncio
import io
import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from PIL import Image

from studio.core.gallery.importing import collect, import_files
from studio.core.gallery.search import Filter
from studio.core.gallery.takeout import provenances, write_pictures
from studio.core.output.files import ExportError

from .conftest import add, picture


def run_import(project, paths):
    files, skipped = collect(paths)
    with ThreadPoolExecutor(2) as pool:
        result = asyncio.run(import_files(project, files, pool))
    result.skipped[:0] = skipped
    return result


@pytest.fixture
def drawings(tmp_path):
    """A folder as a parent might have it: good pictures of each kind, and the ones that go wrong."""
    folder = tmp_path / "Mia's drawings"
    (folder / "older").mkdir(parents=True)
    (folder / "sun.png").write_bytes(picture((250, 200, 0)))
    (folder / "tree.JPG").write_bytes(picture((20, 160, 40), fmt="JPEG"))
    (folder / "rain.webp").write_bytes(picture((40, 40, 200), fmt="WEBP"))
    frames = [Image.new("RGB", (30, 20), c) for c in ("red", "blue")]
    gif = io.BytesIO()
    frames[0].save(gif, format="GIF", save_all=True, append_images=frames[1:])
    (folder / "older" / "blink.gif").write_bytes(gif.getvalue())
    whole = picture((10, 10, 10), size=(400, 300))
    (folder / "cut-short.png").write_bytes(whole[: len(whole) // 2])
    (folder / "notes.png").write_text("shopping list: tea, honey")
    bomb = io.BytesIO()
    Image.new("1", (20_000, 20_000)).save(bomb, format="PNG")  # 400 million pixels in a few kilobytes
    (folder / "bomb.png").write_bytes(bomb.getvalue())
    (folder / "readme.txt").write_text("hello")
    (folder / ".DS_Store").write_bytes(b"\0")
    return folder


def test_import_brings_in_the_good_files_and_names_each_bad_one(project, drawings, tmp_path):
    result = run_import(project, [drawings, tmp_path / "missing.png"])
    names = {project.image(i).file_name: project.image(i) for i in result.imported}
    assert set(names) == {"sun.png", "tree.JPG", "rain.webp", "blink.gif"}
    assert all(r.source == "imported" for r in names.values())
    gif = names["blink.gif"]
    assert gif.mime == "image/png" and (gif.width, gif.height) == (30, 20)
    with Image.open(io.BytesIO(project.image_data(gif.id))) as first:
        assert first.convert("RGB").getpixel((5, 5)) == (255, 0, 0)  # the first frame
    reasons = {Path(s.name).relative_to(tmp_path).as_posix(): s.reason for s in result.skipped}  # named as given
    assert "damaged or cut short" in reasons["Mia's drawings/cut-short.png"]
    assert "not a picture" in reasons["Mia's drawings/notes.png"]
    assert "too many pixels" in reasons["Mia's drawings/bomb.png"]
    assert "not a PNG, JPEG, WebP or GIF" in reasons["Mia's drawings/readme.txt"]
    assert "no such file" in reasons["missing.png"]
    assert ".DS_Store" not in " ".join(reasons)
    assert project.gallery.find(Filter(text="sun")) == [names["sun.png"].id]  # found by the name it came with


def test_a_photo_taken_sideways_is_upright_in_the_book(project, tmp_path):
    img = Image.new("RGB", (60, 40), "white")
    exif = Image.Exif()
    exif[0x0112] = 6  # the camera was turned: show it rotated 90° clockwise
    (tmp_path / "phone.jpg").write_bytes(_save(img, "JPEG", exif=exif.tobytes()))
    result = run_import(project, [tmp_path / "phone.jpg"])
    record = project.image(result.imported[0])
    assert (record.width, record.height) == (40, 60)
    with Image.open(io.BytesIO(project.thumbnail(record.id))) as thumb:
        assert thumb.height > thumb.width


def test_cancel_stops_an_import_between_files(project, drawings):
    import threading

    files, _ = collect([drawings])
    cancel = threading.Event()
    seen = []

    def progress(done, total, name):
        seen.append(name)
        cancel.set()

    with ThreadPoolExecutor(1) as pool:
        result = asyncio.run(import_files(project, files, pool, progress, cancel, in_flight=1))
    assert result.cancelled and len(seen) == 1
    assert len(result.imported) + len(result.skipped) == 1


def _save(img, fmt, **kw):
    out = io.BytesIO()
    img.save(out, format=fmt, **kw)
    return out.getvalue()


def _read(project):
    return lambda ids: {i: project.image_data(i) for i in ids}


def test_exported_pictures_carry_their_provenance_and_nothing_personal(project, tmp_path, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-secret-never-in-a-file")
    user = project.add_message("user", "what does Larry look like?")
    assistant = project.add_message("assistant", "Here he is")
    made = add(project, "Larry the sunflower hedgehog, watercolour", style="watercolour", size="1024x1024",
               quality="high", seed=42)
    project.write("UPDATE images SET message_id = ? WHERE id = ?", (assistant.id, made))
    out = tmp_path / "out"
    out.mkdir()
    items = provenances(project, [made], {"currency": "USD", "image": {"gpt-image-2": {"1024x1024/high": 0.167}}})
    assert items[0].user_words == user.content and items[0].cost == pytest.approx(0.167)
    png, = write_pictures(items, _read(project), out, "png")
    jpg, = write_pictures(items, _read(project), out, "jpeg")
    with Image.open(png) as img:
        text = img.text
        assert text["Description"] == "Larry the sunflower hedgehog, watercolour"
        fields = json.loads(text["picture-book-studio"])
        assert fields["model"] == "gpt-image-2" and fields["seed"] == 42 and fields["style"] == "watercolour"
        assert "trainedAlgorithmicMedia" in text["XML:com.adobe.xmp"]
        assert img.size == (64, 48)
    with Image.open(jpg) as img:
        xmp = img.info["xmp"].decode()
        assert img.format == "JPEG"
        assert "digitalsourcetype/trainedAlgorithmicMedia" in xmp
        assert "Larry the sunflower hedgehog" in xmp and "<pbs:quality>high</pbs:quality>" in xmp
    for path in (png, jpg):
        raw = path.read_bytes()
        assert b"sk-secret" not in raw and str(tmp_path).encode() not in raw and b"what does Larry" not in raw
    assert png.name.startswith(f"{made}-larry-the-sunflower")


def test_an_imported_picture_is_not_called_ai_made_and_exports_never_overwrite(project, tmp_path):
    d = picture()
    from studio.core.gallery.imaging import decode
    dec = decode(d)
    mine = project.add_image(dec.data, dec.thumb, dec.width, dec.height, dec.mime, source="imported",
                             file_name="crayon.png").id
    out = tmp_path / "out"
    out.mkdir()
    first, = write_pictures(provenances(project, [mine]), _read(project), out, "png")
    second, = write_pictures(provenances(project, [mine]), _read(project), out, "png")
    assert first != second and first.exists() and first.name == f"{mine}-crayon.png"
    with Image.open(first) as img:
        assert "DigitalSourceType" not in img.text and "Algorithmic" not in img.text["XML:com.adobe.xmp"]
    with pytest.raises(ExportError, match="not a folder"):
        write_pictures(provenances(project, [mine]), _read(project), tmp_path / "nope", "png")


def test_a_worker_process_that_dies_names_its_file_and_the_rest_still_come_in(project, tmp_path):
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool

    class DyingPool(ThreadPoolExecutor):
        """A process pool whose worker is killed on the first picture (as by the out-of-memory killer)."""
        def submit(self, fn, *args, **kwargs):
            if args and str(args[0]).endswith("huge.png"):
                dead: Future = Future()
                dead.set_exception(BrokenProcessPool("a worker died"))
                return dead
            return super().submit(fn, *args, **kwargs)

    for name in ("huge.png", "sun.png", "moon.png"):
        (tmp_path / name).write_bytes(picture())
    with DyingPool(1) as pool:
        result = asyncio.run(import_files(project, [tmp_path / n for n in ("huge.png", "sun.png", "moon.png")],
                                          pool, skip_duplicates=False))  # three copies of one picture
    assert [s.name for s in result.skipped] == [str(tmp_path / "huge.png")]
    assert "try it on its own" in result.skipped[0].reason
    assert sorted(project.image(i).file_name for i in result.imported) == ["moon.png", "sun.png"]
