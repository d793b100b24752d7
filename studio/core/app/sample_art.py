"""The sample book's pictures, drawn here with Pillow: Larry the sunflower hedgehog, his tea shop, the storm and
the night after it. Nothing is fetched or paid for, and each picture is drawn at the size its frame prints at
300 DPI, so the sample shows what a finished book looks like.

Scenes are described in a 1000-unit-wide space and drawn at twice the asked size, then halved (smooth edges)."""

from __future__ import annotations

import io
import math
from collections.abc import Callable

from PIL import Image, ImageDraw

Point = tuple[float, float]

SKY = (196, 226, 246)
GRASS = (142, 196, 110)
PETAL = (255, 196, 37)
PETAL_EDGE = (226, 146, 20)
BODY = (150, 98, 62)
FACE = (232, 196, 150)
INK = (58, 40, 30)
CHEEK = (244, 150, 140)
WHITE = (255, 255, 255)


class Canvas:
    """A Pillow drawing in scene units: x from 0 to 1000, y from 0 to `height`."""

    def __init__(self, width: int, height: int, background: tuple[int, int, int, int] | tuple[int, int, int]):
        self.scale = width * 2 / 1000
        self.height = 1000 * height / width
        mode = "RGBA" if len(background) == 4 else "RGB"
        self.image = Image.new(mode, (width * 2, height * 2), background)
        self.draw = ImageDraw.Draw(self.image)
        self.size = (width, height)

    def _box(self, cx: float, cy: float, rx: float, ry: float) -> list[float]:
        s = self.scale
        return [(cx - rx) * s, (cy - ry) * s, (cx + rx) * s, (cy + ry) * s]

    def ellipse(self, cx: float, cy: float, rx: float, ry: float, fill, outline=None, width: float = 0) -> None:
        self.draw.ellipse(self._box(cx, cy, rx, ry), fill=fill, outline=outline, width=round(width * self.scale))

    def polygon(self, points: list[Point], fill, outline=None, width: float = 0) -> None:
        s = self.scale
        scaled = [(x * s, y * s) for x, y in points]
        self.draw.polygon(scaled, fill=fill)
        if outline is not None:  # as a line: Pillow draws a wide polygon outline through a mask the size of the image
            self.draw.line(scaled + scaled[:1], fill=outline, width=max(1, round(width * s)), joint="curve")

    def line(self, points: list[Point], fill, width: float) -> None:
        s = self.scale
        self.draw.line([(x * s, y * s) for x, y in points], fill=fill, width=max(1, round(width * s)), joint="curve")

    def rect(self, x0: float, y0: float, x1: float, y1: float, fill, radius: float = 0) -> None:
        s = self.scale
        self.draw.rounded_rectangle([x0 * s, y0 * s, x1 * s, y1 * s], radius=radius * s, fill=fill)

    def arc(self, cx: float, cy: float, rx: float, ry: float, start: float, end: float, fill, width: float) -> None:
        self.draw.arc(self._box(cx, cy, rx, ry), start, end, fill=fill, width=max(1, round(width * self.scale)))

    def png(self) -> bytes:
        out = io.BytesIO()
        self.image.reduce(2).save(out, "PNG", compress_level=1)  # a 2×2 box average: smooth edges, quickly
        return out.getvalue()


def _petal(c: Canvas, cx: float, cy: float, angle: float, length: float, width: float, fill=PETAL) -> None:
    """One pointed petal from (cx, cy) outwards at `angle` degrees."""
    a = math.radians(angle)
    dx, dy = math.cos(a), math.sin(a)
    nx, ny = -dy, dx
    tip = (cx + dx * length, cy + dy * length)
    mid = (cx + dx * length * 0.45, cy + dy * length * 0.45)
    c.polygon([(cx, cy), (mid[0] + nx * width, mid[1] + ny * width), tip, (mid[0] - nx * width, mid[1] - ny * width)],
              fill=fill, outline=PETAL_EDGE, width=2)


def sunflower(c: Canvas, x: float, ground: float, height: float, head: float) -> None:
    top = ground - height
    c.line([(x, ground), (x + head * 0.1, top + head * 0.5), (x, top)], fill=(88, 150, 64), width=head * 0.16)
    c.ellipse(x + head * 0.45, ground - height * 0.45, head * 0.42, head * 0.16, fill=(98, 166, 72))
    for i in range(16):
        _petal(c, x, top, i * 22.5, head * 1.15, head * 0.22)
    c.ellipse(x, top, head * 0.55, head * 0.55, fill=(122, 78, 40))
    c.ellipse(x, top, head * 0.38, head * 0.38, fill=(96, 60, 30))


def larry(c: Canvas, x: float, y: float, size: float, *, asleep: bool = False, glow: bool = False,
          facing: int = 1) -> None:
    """Larry, centred at (x, y), `size` units from snout to tail. `facing` 1 looks right, -1 left."""
    r = size / 2
    if glow:
        for i in range(3):  # a soft halo: three rings, each nearer the petals' yellow
            grow = 1.5 - i * 0.14
            c.ellipse(x, y - r * 0.15, r * grow, r * grow * 0.8, fill=(255, 240 - i * 8, 180 - i * 35))
    # sunflower-petal spines, fanned over the back
    for i in range(13):
        angle = (180 + 15 * i) if facing == 1 else (360 - 15 * i)
        _petal(c, x - facing * r * 0.15, y, angle, r * 1.25, r * 0.2)
    for i in range(11):
        angle = (195 + 15 * i) if facing == 1 else (345 - 15 * i)
        _petal(c, x - facing * r * 0.1, y + r * 0.05, angle, r * 0.95, r * 0.17, fill=(255, 214, 80))
    c.ellipse(x, y + r * 0.1, r * 0.95, r * 0.62, fill=BODY)
    # feet
    for fx in (-0.45, 0.35):
        c.ellipse(x + facing * r * fx, y + r * 0.66, r * 0.16, r * 0.09, fill=INK)
    # face and snout
    fx = x + facing * r * 0.55
    c.ellipse(fx, y + r * 0.12, r * 0.5, r * 0.42, fill=FACE)
    c.polygon([(fx + facing * r * 0.25, y - r * 0.05), (fx + facing * r * 0.78, y + r * 0.22),
               (fx + facing * r * 0.25, y + r * 0.45)], fill=FACE)
    c.ellipse(fx + facing * r * 0.78, y + r * 0.22, r * 0.08, r * 0.07, fill=INK)  # nose
    ex, ey = fx + facing * r * 0.12, y + r * 0.02
    if asleep:
        c.arc(ex, ey, r * 0.09, r * 0.06, 10, 170, fill=INK, width=r * 0.03)
    else:
        c.ellipse(ex, ey, r * 0.075, r * 0.085, fill=INK)
        c.ellipse(ex + facing * r * 0.025, ey - r * 0.03, r * 0.025, r * 0.025, fill=WHITE)
    c.ellipse(ex + facing * r * 0.05, ey + r * 0.2, r * 0.09, r * 0.05, fill=CHEEK)
    c.arc(fx + facing * r * 0.4, y + r * 0.28, r * 0.12, r * 0.08, 20 if facing == 1 else 80, 100 if facing == 1
          else 160, fill=INK, width=r * 0.025)  # smile


def teacup(c: Canvas, x: float, y: float, s: float, colour=(236, 110, 96), steam: bool = True) -> None:
    c.ellipse(x + s * 0.55, y + s * 0.05, s * 0.22, s * 0.2, fill=None, outline=colour, width=s * 0.08)
    c.polygon([(x - s * 0.5, y - s * 0.3), (x + s * 0.5, y - s * 0.3), (x + s * 0.35, y + s * 0.35),
               (x - s * 0.35, y + s * 0.35)], fill=colour)
    c.ellipse(x, y + s * 0.4, s * 0.6, s * 0.1, fill=(250, 246, 236))
    if steam:
        for dx in (-0.2, 0.15):
            c.arc(x + s * dx, y - s * 0.65, s * 0.12, s * 0.25, 100, 260, fill=(255, 255, 255), width=s * 0.06)


def teapot(c: Canvas, x: float, y: float, s: float) -> None:
    blue = (90, 146, 206)
    c.polygon([(x + s * 0.55, y), (x + s * 1.05, y - s * 0.45), (x + s * 1.1, y - s * 0.35), (x + s * 0.6, y + s * 0.25)],
              fill=blue)
    c.ellipse(x - s * 0.62, y, s * 0.28, s * 0.25, outline=blue, fill=None, width=s * 0.1)
    c.ellipse(x, y, s * 0.65, s * 0.55, fill=blue)
    c.ellipse(x, y - s * 0.52, s * 0.3, s * 0.09, fill=(70, 120, 180))
    c.ellipse(x, y - s * 0.64, s * 0.09, s * 0.07, fill=(70, 120, 180))
    for i in range(5):
        _petal(c, x - s * 0.05, y + s * 0.05, i * 72, s * 0.3, s * 0.08)


def table(c: Canvas, x: float, top: float, width: float) -> None:
    c.rect(x - width / 2, top, x + width / 2, top + 22, fill=(176, 116, 70), radius=8)
    for lx in (-0.4, 0.4):
        c.rect(x + lx * width - 8, top + 18, x + lx * width + 8, top + 130, fill=(150, 96, 58))
    c.rect(x - width * 0.45, top - 4, x + width * 0.45, top + 10, fill=(250, 240, 220), radius=4)


def cloud(c: Canvas, x: float, y: float, s: float, colour=(120, 126, 150)) -> None:
    for dx, dy, r in ((-0.6, 0.1, 0.45), (0, -0.15, 0.6), (0.65, 0.05, 0.5), (0.2, 0.25, 0.5), (-0.25, 0.25, 0.45)):
        c.ellipse(x + dx * s, y + dy * s, r * s, r * s * 0.8, fill=colour)


def lightning(c: Canvas, x: float, y: float, s: float) -> None:
    c.polygon([(x, y), (x + s * 0.35, y), (x + s * 0.15, y + s * 0.45), (x + s * 0.45, y + s * 0.45),
               (x - s * 0.05, y + s * 1.2), (x + s * 0.08, y + s * 0.62), (x - s * 0.2, y + s * 0.62)], fill=(255, 232, 80))


def rain(c: Canvas, x0: float, x1: float, y0: float, y1: float, step: float = 38) -> None:
    row = 0
    y = y0
    while y < y1:
        x = x0 + (row % 2) * step / 2
        while x < x1:
            c.line([(x, y), (x - 6, y + 22)], fill=(120, 170, 230), width=4)
            x += step
        y += step * 0.9
        row += 1


def ladybug(c: Canvas, x: float, y: float, s: float) -> None:
    c.ellipse(x + s * 0.55, y, s * 0.3, s * 0.28, fill=INK)
    c.ellipse(x, y, s * 0.6, s * 0.5, fill=(222, 54, 48))
    c.line([(x, y - s * 0.5), (x, y + s * 0.5)], fill=INK, width=s * 0.05)
    for dx, dy in ((-0.3, -0.2), (0.25, -0.25), (-0.25, 0.22), (0.3, 0.2)):
        c.ellipse(x + dx * s, y + dy * s, s * 0.1, s * 0.1, fill=INK)
    c.ellipse(x + s * 0.62, y - s * 0.06, s * 0.06, s * 0.06, fill=WHITE)


def snail(c: Canvas, x: float, y: float, s: float) -> None:
    c.ellipse(x + s * 0.2, y + s * 0.35, s * 0.85, s * 0.18, fill=(190, 210, 150))
    c.ellipse(x + s * 0.85, y + s * 0.05, s * 0.2, s * 0.32, fill=(190, 210, 150))
    for dx in (0.78, 0.95):
        c.line([(x + s * dx, y - s * 0.2), (x + s * (dx + 0.05), y - s * 0.5)], fill=(150, 170, 110), width=s * 0.05)
        c.ellipse(x + s * (dx + 0.05), y - s * 0.5, s * 0.05, s * 0.05, fill=INK)
    c.ellipse(x, y, s * 0.55, s * 0.5, fill=(214, 140, 200))
    for r in (0.38, 0.22, 0.08):
        c.arc(x + s * 0.02, y + s * 0.02, s * r, s * r * 0.9, 0, 330, fill=(160, 90, 150), width=s * 0.05)


def _ground(c: Canvas, horizon: float, colour=GRASS) -> None:
    c.rect(-10, horizon, 1010, c.height + 10, fill=colour)


def cover(c: Canvas) -> None:
    _ground(c, c.height * 0.72)  # the top third stays quiet sky: the title sits there
    for x, h, head in ((110, 360, 62), (250, 270, 50), (895, 330, 58), (770, 240, 44)):
        sunflower(c, x, c.height * 0.74, h, head)
    larry(c, 500, c.height * 0.6, 420)


def garden(c: Canvas) -> None:
    _ground(c, c.height * 0.7)
    c.ellipse(850, 120, 70, 70, fill=(255, 222, 89))
    for x, h, head in ((110, 420, 60), (250, 330, 48), (880, 380, 55)):
        sunflower(c, x, c.height * 0.72, h, head)
    larry(c, 540, c.height * 0.62, 330, glow=True)


def tea_shop(c: Canvas) -> None:
    _ground(c, c.height * 0.72)
    sunflower(c, 150, c.height * 0.74, 520, 80)
    table(c, 660, c.height * 0.62, 360)
    teapot(c, 610, c.height * 0.55, 60)
    teacup(c, 750, c.height * 0.58, 40)
    larry(c, 330, c.height * 0.62, 280)


def storm(c: Canvas) -> None:
    c.rect(-10, -10, 1010, c.height + 10, fill=(92, 100, 128))
    _ground(c, c.height * 0.72, (102, 150, 92))
    cloud(c, 300, 130, 150, (70, 76, 98))
    cloud(c, 720, 110, 170, (80, 86, 110))
    lightning(c, 560, 160, 150)
    rain(c, 0, 1000, 230, c.height * 0.72)
    sunflower(c, 850, c.height * 0.74, 420, 60)
    larry(c, 380, c.height * 0.63, 300, facing=1)


def friends(c: Canvas) -> None:
    c.rect(-10, -10, 1010, c.height + 10, fill=(250, 232, 200))
    c.rect(620, 60, 940, 300, fill=(92, 100, 128), radius=20)  # a window onto the storm
    rain(c, 640, 920, 80, 290, 30)
    c.rect(774, 60, 786, 300, fill=(176, 116, 70))
    c.rect(620, 174, 940, 186, fill=(176, 116, 70))
    _ground(c, c.height * 0.78, (214, 176, 130))
    table(c, 500, c.height * 0.6, 420)
    teapot(c, 500, c.height * 0.53, 55)
    teacup(c, 380, c.height * 0.565, 36, (236, 110, 96))
    teacup(c, 620, c.height * 0.565, 36, (130, 190, 120))
    larry(c, 190, c.height * 0.66, 250)
    snail(c, 800, c.height * 0.66, 70)
    ladybug(c, 650, c.height * 0.46, 40)


def glowing(c: Canvas) -> None:
    c.rect(-10, -10, 1010, c.height + 10, fill=(60, 66, 96))
    cloud(c, 820, 100, 120, (84, 90, 118))
    rain(c, 700, 1000, 170, c.height * 0.5, 44)
    _ground(c, c.height * 0.74, (214, 176, 130))
    larry(c, 420, c.height * 0.6, 320, glow=True)
    teacup(c, 640, c.height * 0.66, 38, (130, 190, 120))
    snail(c, 760, c.height * 0.68, 60)
    ladybug(c, 200, c.height * 0.7, 36)


def asleep(c: Canvas) -> None:
    c.rect(-10, -10, 1010, c.height + 10, fill=(36, 44, 84))
    for i in range(40):  # scattered stars: a fixed pseudo-random pattern, the same in every copy
        x, y = (i * 7919 % 997), (i * 104729 % 613) * c.height * 0.6 / 613
        c.ellipse(x, y, 3 + i % 3, 3 + i % 3, fill=(255, 246, 200))
    c.ellipse(820, 140, 70, 70, fill=(255, 246, 200))
    c.ellipse(850, 120, 62, 62, fill=(36, 44, 84))  # a crescent
    _ground(c, c.height * 0.74, (64, 100, 70))
    sunflower(c, 300, c.height * 0.76, 480, 70)
    larry(c, 520, c.height * 0.66, 300, asleep=True)
    snail(c, 820, c.height * 0.7, 50)


def character_sheet(c: Canvas) -> None:
    """Larry alone on a clear background: the cast's reference picture, and the sticker."""
    larry(c, 500, c.height * 0.55, 640)


Scene = Callable[[Canvas], None]


def draw(scene: Scene, width: int, height: int, transparent: bool = False) -> bytes:
    """`scene` as a PNG of width × height pixels."""
    canvas = Canvas(width, height, (255, 255, 255, 0) if transparent else SKY)
    scene(canvas)
    return canvas.png()
