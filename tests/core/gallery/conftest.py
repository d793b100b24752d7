import io
import sqlite3

import pytest
from PIL import Image, ImageDraw

from studio.core.app.project import Project
from studio.core.gallery.imaging import decode


def picture(colour=(60, 110, 200), size=(64, 48), fmt="PNG", **save) -> bytes:
    img = Image.new("RGB", size, colour)
    ImageDraw.Draw(img).ellipse((8, 8, size[0] - 8, size[1] - 8), fill=(250, 200, 0))
    out = io.BytesIO()
    img.save(out, format=fmt, **save)
    return out.getvalue()


def add(project: Project, prompt: str, *, source: str = "generated", model: str = "gpt-image-2",
        created: float | None = None, pixels: tuple[int, int] = (64, 48), **settings) -> int:
    d = decode(picture(size=pixels))
    image_id = project.add_image(d.data, d.thumb, d.width, d.height, d.mime, source=source, prompt=prompt,
                                 model=model, settings=settings or None).id
    if created is not None:
        project.write("UPDATE images SET created = ? WHERE id = ?", (created, image_id))
    return image_id


@pytest.fixture
def larry(project):
    """A book with pictures made in a Larry afternoon, one imported drawing and a sticker."""
    ids = {
        "garden": add(project, "Larry the sunflower hedgehog in a garden", created=1000),
        "tea": add(project, "Larry serves tea in a thunderstorm", created=2000, style="watercolour"),
        "korean": add(project, "래리가 차를 따라요, 비 오는 날", created=3000),
        "sticker": add(project, "A sticker of a hedgehog", created=4000, style="sticker", model="offline"),
    }
    d = decode(picture((200, 30, 30)))
    ids["drawing"] = project.add_image(d.data, d.thumb, d.width, d.height, d.mime, source="imported",
                                       file_name="mias-crayon-drawing.png").id
    project.write("UPDATE images SET created = 5000 WHERE id = ?", (ids["drawing"],))
    return ids


def v3_book(path) -> None:
    """A book as version 3 of the app wrote it: one picture, no gallery tables."""
    from studio.core.document import schema
    conn = sqlite3.connect(path, isolation_level=None)
    with conn:
        conn.executescript(schema.SCHEMA_V1)
        conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
        conn.execute("PRAGMA user_version = 1")
    schema.migrate(conn, 1, 3)
    d = decode(picture())
    conn.execute("INSERT INTO images(created, source, prompt, model, settings, width, height, mime, data, thumb)"
                 " VALUES (1, 'generated', 'an old hedgehog', 'm', '{}', ?, ?, ?, ?, ?)",
                 (d.width, d.height, d.mime, d.data, d.thumb))
    conn.close()
