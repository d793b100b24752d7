"""The page layout chooser: each template with a small drawing of itself, made from the template's own frames
(core/layout/templates.py) on a page of the open book's shape — a tall book shows tall pages, and the safe area
and gutter of a left or right page place the frames as they will be."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QComboBox, QWidget

from studio.core.document.model import BookFormat, Frame
from studio.core.i18n import _
from studio.core.layout.templates import TEMPLATES, new_page
from studio.qt.language import FollowsLanguage

ICON_PX = 44
PAPER = QColor("white")
EDGE = QColor("#8a8578")
PICTURE = QColor("#cfe0f0")
HILLS = QColor("#8fb3d9")
SUN = QColor("#f2c14e")
WORDS = QColor("#6b6b6b")
LINE_PX = 3.0  # a line of words in the drawing, and the space after it


def _fits(fmt: BookFormat, room: float) -> tuple[float, float]:
    """A page of the book's shape, as large as fits a `room`-pixel square."""
    aspect = fmt.trim_width_in / fmt.trim_height_in
    return (room, room / aspect) if aspect >= 1 else (room * aspect, room)


def _picture(p: QPainter, box: QRectF) -> None:
    p.fillRect(box, PICTURE)
    hills = QPainterPath()
    hills.moveTo(box.left(), box.bottom())
    hills.lineTo(box.left() + box.width() * 0.35, box.top() + box.height() * 0.55)
    hills.lineTo(box.left() + box.width() * 0.55, box.top() + box.height() * 0.75)
    hills.lineTo(box.left() + box.width() * 0.75, box.top() + box.height() * 0.45)
    hills.lineTo(box.right(), box.bottom())
    hills.closeSubpath()
    p.fillPath(hills, HILLS)
    r = min(box.width(), box.height()) * 0.12
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(SUN)
    p.drawEllipse(QRectF(box.right() - 3.2 * r, box.top() + 1.2 * r, 2 * r, 2 * r))
    p.setBrush(Qt.BrushStyle.NoBrush)


def _words(p: QPainter, box: QRectF, frame: Frame) -> None:
    props = frame.props or {}
    if props.get("backing"):
        p.fillRect(box, QColor(255, 255, 255, 215))
    heavy = bool(props.get("bold")) or float(props.get("size", 0) or 0) >= 30
    thickness = LINE_PX * (1.6 if heavy else 1.0)
    p.setPen(QPen(WORDS, thickness * 0.6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
    count = max(1, min(4, int(box.height() // (2 * thickness))))
    block = count * 2 * thickness - thickness
    y = box.center().y() - block / 2 + thickness / 2
    for line in range(count):
        width = box.width() * (0.9 if line < count - 1 or count == 1 else 0.55)
        x = box.center().x() - width / 2
        p.drawLine(QPointF(x, y), QPointF(x + width, y))
        y += 2 * thickness


def draw_template(template_id: str, fmt: BookFormat, number: int = 1, size: int = ICON_PX) -> QImage:
    """The template's frames on a blank page of the book's shape; a facing template shows its words on the
    page beside it. Transparent around the page."""
    template = TEMPLATES[template_id]
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    pages = 2 if template.facing else 1
    width, height = _fits(fmt, size - 2)
    if pages == 2:  # two pages side by side must fit the square too
        width, height = _fits(BookFormat(fmt.trim_width_in * 2, fmt.trim_height_in), size - 2)
        width /= 2
    left = (size - width * pages) / 2
    top = (size - height) / 2
    page = new_page(template_id, fmt, number)
    for sheet in range(pages):
        paper = QRectF(left + sheet * width, top, width, height)
        p.fillRect(paper, PAPER)
        if sheet == 0:
            for frame in page.frames:
                box = QRectF(paper.left() + frame.x * width, paper.top() + frame.y * height,
                             frame.w * width, frame.h * height).intersected(paper)
                if frame.kind == "image":
                    _picture(p, box)
                else:
                    _words(p, box, frame)
        else:  # the facing page the words go to
            words = new_page("text_only", fmt, number + 1).frames[0]
            _words(p, QRectF(paper.left() + words.x * width, paper.top() + words.y * height,
                             words.w * width, words.h * height), words)
        p.setPen(QPen(EDGE, 1))
        p.drawRect(paper.adjusted(0.5, 0.5, -0.5, -0.5))
    p.end()
    return image


class TemplateChooser(FollowsLanguage, QComboBox):
    """A combo of the page layouts, each with its drawing for the book's page shape; its data is the template id."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templateChoice")
        self.setIconSize(QSize(ICON_PX, ICON_PX))
        self._drawn_for: tuple | None = None
        for template in TEMPLATES.values():
            self.addItem("", template.id)
        self.retranslate()
        self.show_for(BookFormat(), 1)

    def retranslate(self) -> None:
        """The layouts' names are the core's (marked there with N_), looked up in the language now chosen."""
        self.setAccessibleName(self.tr("Page layout"))
        for row, template in enumerate(TEMPLATES.values()):
            self.setItemText(row, _(template.label))

    def show_for(self, fmt: BookFormat, number: int) -> None:
        """Draw the icons for pages of this book's shape (left or right page: the gutter differs)."""
        shape = (fmt.trim_width_in, fmt.trim_height_in, fmt.bleed_in, fmt.bleed_model, fmt.safe_margin_in,
                 fmt.gutter_in, number % 2)
        if shape == self._drawn_for:
            return
        self._drawn_for = shape
        for row in range(self.count()):
            self.setItemIcon(row, QIcon(QPixmap.fromImage(draw_template(self.itemData(row), fmt, number))))

    def choose(self, template_id: str, fmt: BookFormat, number: int) -> None:
        """Show the page's layout as chosen, drawn for its book."""
        self.show_for(fmt, number)
        self.setCurrentIndex(self.findData(template_id))
