"""Own styles as files: the library across books (one file per style in the per-machine data dir) and the file a
style is exported to and imported from.

A style file (".pbstyle") is a zip: `style.json` (format, name, passage, the pictures' names) and the reference
pictures as their original bytes. A zip rather than JSON because the pictures are binary: base64 inside JSON would
be a third larger and unreadable anyway, while a zip keeps each picture as it was, is one file to mail, and opens
in any unzip tool.
"""

from __future__ import annotations

import asyncio
import io
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from studio.core import settings
from studio.core.assistant.own_styles import (
    MAX_REFERENCES,
    StyleError,
    checked,
    key_for,
)
from studio.core.assistant.styles import Style
from studio.core.atomic import write_bytes
from studio.core.gallery.imaging import ImageDecodeError
from studio.core.gallery.importing import _AlreadyIn, decode_import
from studio.core.i18n import _

if TYPE_CHECKING:
    from studio.core.app.project import Project

SUFFIX = ".pbstyle"
FORMAT = 1
MAX_PICTURE_BYTES = 50 * 1024 * 1024  # each picture, as unpacked: a zip that says more is refused unread
MAX_FILE_BYTES = MAX_REFERENCES * MAX_PICTURE_BYTES


@dataclass(frozen=True)
class StylePack:
    """A style away from any book: its words and its reference pictures' bytes."""
    name: str
    passage: str
    pictures: tuple[bytes, ...] = ()


def library_dir() -> Path:
    return settings.data_dir() / "styles"


def to_bytes(pack: StylePack) -> bytes:
    names = [f"reference-{i + 1}{_extension(data)}" for i, data in enumerate(pack.pictures)]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("style.json", json.dumps({"format": FORMAT, "name": pack.name, "passage": pack.passage,
                                                   "pictures": names}, ensure_ascii=False, indent=1))
        for name, data in zip(names, pack.pictures):
            archive.writestr(zipfile.ZipInfo(name), data, zipfile.ZIP_STORED)  # pictures are compressed already
    return out.getvalue()


def from_bytes(data: bytes, what: str = "") -> StylePack:
    """The style in a style file, or StyleError saying plainly what is wrong with it."""
    what = what or _("the file")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise StyleError(_("{file} is not a style file (a .pbstyle is a zip; this one can't be opened).").format(
            file=what)) from exc
    with archive:
        try:
            info = json.loads(_member(archive, "style.json", what))
        except (UnicodeDecodeError, ValueError) as exc:
            raise StyleError(_("{file}: its style.json can't be read ({reason}).").format(file=what, reason=exc)) from exc
        if not isinstance(info, dict):
            raise StyleError(_("{file}: its style.json holds no style.").format(file=what))
        if not isinstance(info.get("format"), int) or info["format"] > FORMAT:
            raise StyleError(_("{file} was made by a newer version of Picture Book Studio; update the app to use "
                               "it.").format(file=what))
        name, passage = checked(str(info.get("name") or ""), str(info.get("passage") or ""))
        names = info.get("pictures") or []
        if not isinstance(names, list) or len(names) > MAX_REFERENCES:
            raise StyleError(_("{file}: a style has at most {n} reference pictures.").format(file=what,
                                                                                              n=MAX_REFERENCES))
        pictures = []
        for picture in names:
            raw = _member(archive, str(picture), what)
            try:
                pictures.append(decode_import(raw).data)  # a picture checked as an import is
            except ImageDecodeError as exc:
                raise StyleError(_("{file}: the reference picture {picture} can't be used ({reason}).").format(
                    file=what, picture=picture, reason=exc)) from exc
    return StylePack(name, passage, tuple(pictures))


def read_file(path: Path | str) -> StylePack:
    path = Path(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise StyleError(_("{file} is too big for a style file ({mb} MB).").format(
                file=path.name, mb=path.stat().st_size // 2 ** 20))
        return from_bytes(path.read_bytes(), path.name)
    except OSError as exc:
        raise StyleError(_("{file} could not be read ({reason}).").format(file=path.name,
                                                                         reason=exc.strerror or exc)) from exc


def write_file(path: Path | str, pack: StylePack) -> Path:
    try:
        return write_bytes(path, to_bytes(pack))
    except OSError as exc:
        raise StyleError(_("The style could not be saved as {file} ({reason}).").format(
            file=Path(path).name, reason=exc.strerror or exc)) from exc


def _member(archive: zipfile.ZipFile, name: str, what: str) -> bytes:
    try:
        info = archive.getinfo(name)
    except KeyError as exc:
        raise StyleError(_("{file} has no {name} in it: it is not a whole style file.").format(
            file=what, name=name)) from exc
    if info.file_size > MAX_PICTURE_BYTES:
        raise StyleError(_("{file}: {name} unpacks to {mb} MB, too big for a style.").format(
            file=what, name=name, mb=info.file_size // 2 ** 20))
    try:
        return archive.read(info)
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise StyleError(_("{file} is damaged ({name}: {reason}).").format(file=what, name=name, reason=exc)) from exc


def _extension(data: bytes) -> str:
    return ".jpg" if data[:3] == b"\xff\xd8\xff" else ".webp" if data[8:12] == b"WEBP" else ".png"


# -- the library: one file per style, shared by every book on this computer -----------------------------------


def library(directory: Path | None = None) -> list[tuple[Path, StylePack]]:
    """The library's styles by name; a damaged file is left out (and left alone)."""
    folder = directory or library_dir()
    found = []
    for path in sorted(folder.glob(f"*{SUFFIX}")) if folder.is_dir() else []:
        try:
            found.append((path, read_file(path)))
        except StyleError:
            continue
    return sorted(found, key=lambda entry: entry[1].name.casefold())


_INDEX: dict[Path, tuple[tuple[int, int], list[tuple[Path, str]]]] = {}


def library_names(directory: Path | None = None) -> list[tuple[Path, str]]:
    """The library's styles by name, read from each file's style.json only, and again only when the folder
    changed: the chat's style menu asks for it after every step in the book."""
    folder = directory or library_dir()
    try:
        stamp = (folder.stat().st_mtime_ns, sum(1 for _entry in folder.iterdir()))
    except OSError:
        return []
    if folder in _INDEX and _INDEX[folder][0] == stamp:
        return _INDEX[folder][1]
    names = []
    for path in sorted(folder.glob(f"*{SUFFIX}")):
        try:
            with zipfile.ZipFile(path) as archive:
                name = " ".join(str(json.loads(_member(archive, "style.json", path.name)).get("name") or "").split())
        except (OSError, zipfile.BadZipFile, StyleError, ValueError, AttributeError):
            continue
        if name:
            names.append((path, name))
    names.sort(key=lambda entry: entry[1].casefold())
    _INDEX[folder] = (stamp, names)
    return names


def save_to_library(pack: StylePack, directory: Path | None = None) -> Path:
    """Kept under its name: a style of the same name in the library is replaced (that is "save it again")."""
    folder = directory or library_dir()
    for path, name in library_names(folder):
        if name.casefold() == pack.name.casefold():
            return write_file(path, pack)
    folder.mkdir(parents=True, exist_ok=True)
    taken = {p.stem for p in folder.glob(f"*{SUFFIX}")}
    return write_file(folder / f"{key_for(pack.name, taken)}{SUFFIX}", pack)


# -- between a book and a pack ----------------------------------------------------------------------------------


def from_book(project: Project, style: Style) -> StylePack:
    return StylePack(style.label, style.prompt, tuple(project.image_data(i) for i in style.reference_ids))


async def add_to_book(project: Project, pack: StylePack) -> Style:
    """The style added to the book (one undo step, "Add style “…”"); its reference pictures are put in the gallery
    as imported pictures, unless the book has them already. Pictures are decoded off the caller's thread."""
    loop = asyncio.get_running_loop()
    decoded = [await loop.run_in_executor(None, decode_import, data) for data in pack.pictures]
    already = _AlreadyIn(project)
    ids = []
    with project.history.step(_("Add style “{name}”").format(name=pack.name)):
        for n, picture in enumerate(decoded, 1):
            same = already.find(picture.data)
            if same is None:
                same = project.add_image(picture.data, picture.thumb, picture.width, picture.height, picture.mime,
                                         source="imported", file_name=f"{pack.name} – reference {n}").id
                already.add(picture.data, same)
            ids.append(same)
        return project.styles.add(pack.name, pack.passage, ids)
