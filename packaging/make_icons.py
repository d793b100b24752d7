"""Draw the hicolor icon sizes from resources/icons/studio.svg (run after changing the SVG; the PNGs are committed).

    python packaging/make_icons.py
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

HERE = Path(__file__).resolve().parent
APP_ID = "io.github.picturebookstudio.Studio"
MIME_ICON = "application-x-picture-book-studio"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)  # the hicolor theme's usual sizes (freedesktop icon theme spec)


def draw(renderer: QSvgRenderer, size: int, out: Path) -> None:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out)):
        sys.exit(f"could not write {out}")


def main() -> None:
    app = QGuiApplication([])  # noqa: F841 - QImage text and SVG rendering want one
    svg = HERE.parent / "resources" / "icons" / "studio.svg"
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        sys.exit(f"{svg} is not an SVG Qt can draw")
    root = HERE / "icons" / "hicolor"
    for size in SIZES:
        draw(renderer, size, root / f"{size}x{size}" / "apps" / f"{APP_ID}.png")
        draw(renderer, size, root / f"{size}x{size}" / "mimetypes" / f"{MIME_ICON}.png")
    for kind, name in (("apps", APP_ID), ("mimetypes", MIME_ICON)):
        target = root / "scalable" / kind / f"{name}.svg"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(svg, target)
    print(f"wrote {len(SIZES) * 2} PNGs and 2 SVGs under {root}")


if __name__ == "__main__":
    main()
