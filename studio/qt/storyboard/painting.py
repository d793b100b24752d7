"""Painting a page plan (core/layout/plan.py) with QPainter, for the canvas and the page thumbnails.

The painter is set up so one unit is one point of the printed sheet, origin at the sheet's top-left; the plan's
boxes (origin bottom-left) are flipped here. Text is drawn line by line at the plan's baselines in the same font
files the PDF embeds, without kerning or hinting, so each line is as wide as it prints."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QImage, QPainter, QPen

from studio.core.layout.barcode import barcode_box_in
from studio.core.layout.fonts import ALL_FACES, face
from studio.core.layout.frames import BACKING_ALPHA, BACKING_RADIUS_PT
from studio.core.layout.geometry import POINTS_PER_INCH
from studio.core.layout.lines import line_runs, measure
from studio.core.layout.plan import PagePlan, TextItem

TEXT_SUBSTEPS = 4  # fonts are sized in quarter points: QFont takes whole pixels


@cache
def load_fonts() -> bool:
    """Load every bundled face into Qt once (the same files reportlab measures and embeds)."""
    return all(QFontDatabase.addApplicationFont(f.file) >= 0 for f in ALL_FACES)


def qt_font(face_name: str, size_pt: float, scale: float = 1.0) -> QFont:
    load_fonts()
    bundled = face(face_name)
    font = QFont(bundled.qt_family)
    font.setBold(bundled.bold)
    font.setKerning(False)  # reportlab's widths have no kerning: neither may the screen
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setStyleStrategy(QFont.StyleStrategy.NoFontMerging)
    font.setPixelSize(max(1, round(size_pt * scale)))
    return font


def qt_editor_font(faces: tuple[str, ...], size_pt: float, scale: float = 1.0) -> QFont:
    """The frame's fallback chain for the text editor, which lets Qt pick a face per letter from the same list
    (the page itself is drawn piece by piece, see `SheetPainter._lines`)."""
    font = qt_font(faces[0], size_pt, scale)
    font.setFamilies(list(dict.fromkeys(face(name).qt_family for name in faces)))
    # Merging on: without it Qt ignores the list. A letter none of the faces has may then show in a system face
    # while typing; the page drawn after boxes it in red and "Before you print" names it.
    font.setStyleStrategy(QFont.StyleStrategy.PreferDefault)
    return font


class SheetPainter:
    """Draws one sheet's plan. `flip(y)` turns plan y (bottom-up) into painter y (top-down)."""

    def __init__(self, p: QPainter, plan: PagePlan, images: dict[int, QImage]) -> None:
        self.p, self.plan, self.images = p, plan, images
        self.height = plan.geometry.media_size[1]

    def rect(self, box: tuple[float, float, float, float]) -> QRectF:
        x0, y0, x1, y1 = box
        return QRectF(x0, self.height - y1, x1 - x0, y1 - y0)

    def paper(self, bleed_tint: bool = True) -> None:
        g = self.plan.geometry
        self.p.fillRect(self.rect(g.bleed_box), QColor("#f7f7f7" if bleed_tint else "white"))
        self.p.fillRect(self.rect(g.trim_box), QColor("white"))

    def pictures(self, placeholders: bool = True, placeholder_text: str = "") -> None:
        p = self.p
        for item in self.plan.pictures:
            clip = self.rect(item.clip)
            image = self.images.get(item.image_id) if item.image_id is not None else None
            if item.rect is not None and image is not None and not image.isNull():
                p.save()
                p.setClipRect(clip, Qt.ClipOperation.IntersectClip)
                p.drawImage(self.rect(item.rect), image)
                p.restore()
            elif item.image_id is not None:
                p.fillRect(clip, QColor("#e4e1d8"))  # the picture is still loading
            elif placeholders:
                p.fillRect(clip, QColor("#f1efe9"))
                if placeholder_text:
                    p.setPen(QColor("#8a8578"))
                    p.setFont(qt_font("NanumGothic", 11))
                    p.drawText(clip, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, placeholder_text)

    def texts(self, skip: int | None = None, placeholder_text: str = "") -> list[str]:
        """Draws every text (but the one being edited); returns the lines drawn, in order."""
        drawn: list[str] = []
        for item in self.plan.texts:
            if item.frame_id == skip:
                continue
            if item.look.backing and item.block.lines:
                self._backing(item)
            if not item.block.lines:
                if placeholder_text:
                    self.p.setPen(QColor("#9a9a9a"))
                    self.p.setFont(qt_font("NanumGothic", 11))
                    self.p.drawText(self.rect(item.box), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                                    placeholder_text)
                continue
            self._lines(item)
            drawn.extend(item.block.lines)
        return drawn

    def _backing(self, item: TextItem) -> None:
        colour = QColor("white")
        colour.setAlphaF(BACKING_ALPHA)
        self.p.setPen(Qt.PenStyle.NoPen)
        self.p.setBrush(colour)
        self.p.drawRoundedRect(self.rect(item.box), BACKING_RADIUS_PT, BACKING_RADIUS_PT)
        self.p.setBrush(Qt.BrushStyle.NoBrush)

    def _lines(self, item: TextItem) -> None:
        """Each line piece by piece in the faces of the style's fallback chain, as the PDF sets it; letters no
        bundled face has are boxed in red (they would print as empty boxes)."""
        p = self.p
        style = item.block.style
        p.save()
        p.scale(1 / TEXT_SUBSTEPS, 1 / TEXT_SUBSTEPS)
        colour = QColor(item.look.color)
        for line, x, y in item.baselines():
            baseline = (self.height - y) * TEXT_SUBSTEPS
            for run, dx in line_runs(line, style):
                left = (x + dx) * TEXT_SUBSTEPS
                p.setFont(qt_font(run.face, style.size, TEXT_SUBSTEPS))
                p.setPen(colour)
                p.drawText(QPointF(left, baseline), run.text)
                if run.missing:
                    width = measure(run.text, run.face, style.size) * TEXT_SUBSTEPS
                    p.setPen(QPen(QColor("#d0342c"), TEXT_SUBSTEPS))
                    p.drawRect(QRectF(left, baseline - style.size * 0.9 * TEXT_SUBSTEPS, width,
                                      style.size * 1.1 * TEXT_SUBSTEPS))
        p.restore()

    def guides(self, barcode_label: str = "") -> None:
        """Trim line and safe area (not printed); on the back cover, with `barcode_label`, the barcode area the
        cover wrap keeps white."""
        g = self.plan.geometry
        self.p.setBrush(Qt.BrushStyle.NoBrush)
        self.p.setPen(QPen(QColor("#9a9a9a"), 0))
        self.p.drawRect(self.rect(g.trim_box))
        self.p.setPen(QPen(QColor("#7fb2e5"), 0, Qt.PenStyle.DashLine))
        self.p.drawRect(self.rect(g.safe_box))
        if barcode_label:
            self._barcode(barcode_label)

    def _barcode(self, label: str) -> None:
        tx0, ty0, tx1, ty1 = self.plan.geometry.trim_box
        x0, y0, x1, y1 = barcode_box_in((tx1 - tx0) / POINTS_PER_INCH, (ty1 - ty0) / POINTS_PER_INCH)
        box = self.rect((tx0 + x0 * POINTS_PER_INCH, ty0 + y0 * POINTS_PER_INCH,
                         tx0 + x1 * POINTS_PER_INCH, ty0 + y1 * POINTS_PER_INCH))
        self.p.save()
        self.p.setPen(QPen(QColor("#e08a1e"), 0, Qt.PenStyle.DashLine))
        self.p.setBrush(QColor(255, 255, 255, 200))  # as it prints: white, whatever lies under it
        self.p.drawRect(box)
        self.p.setPen(QColor("#b0650a"))
        font = self.p.font()
        font.setPixelSize(9)
        self.p.setFont(font)
        self.p.drawText(box, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, label)
        self.p.restore()


def paint_thumbnail(plan: PagePlan, images: dict[int, QImage], height_px: int, placeholders: bool = True) -> QImage:
    """The page at `height_px` tall, trimmed (no bleed), for the filmstrip and the overview; without placeholders
    an empty frame is left blank, as it prints."""
    g = plan.geometry
    tx0, ty0, tx1, ty1 = g.trim_box
    scale = height_px / (ty1 - ty0)
    image = QImage(max(1, round((tx1 - tx0) * scale)), height_px, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    p.scale(scale, scale)
    p.translate(-tx0, -(g.media_size[1] - ty1))
    sheet = SheetPainter(p, plan, images)
    sheet.paper(bleed_tint=False)
    sheet.pictures(placeholders)
    sheet.texts()
    p.end()
    return image
