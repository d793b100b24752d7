"""The sample book a person sees on the first start (and from Help): Larry, the super-duper sunflower hedgehog,
with a cover, a dedication, six story pages and Larry in the cast, ready to print as a book and as stickers.
Made here, offline, in a few seconds: nothing is fetched or paid for.

Each call makes a new file beside any earlier ones ("Larry (sample).storybook", "Larry (sample 2).storybook"…),
so the sample a person has been editing is never replaced. It is written in the language the studio speaks
(`studio.core.i18n.language()`) unless another is asked for."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from studio.backends.capabilities import OFFLINE
from studio.core.app import sample_art
from studio.core.app.project import Project
from studio.core.document.model import Page
from studio.core.gallery import imaging
from studio.core.i18n import language as ui_language
from studio.core.layout import book
from studio.core.layout.print_size import frame_pixels


@dataclass(frozen=True)
class SampleText:
    title: str
    byline: str
    dedication: str
    blurb: str  # the back cover's words
    pages: tuple[str, ...]  # one per scene in SCENES, in order
    name: str
    description: str
    file_stem: str
    maker: str  # what the pictures' provenance names as their maker


SCENES = (sample_art.garden, sample_art.tea_shop, sample_art.storm, sample_art.friends, sample_art.glowing,
          sample_art.asleep)

TEXTS = {
    "en": SampleText(
        title="Larry, the Super-Duper Sunflower Hedgehog",
        byline="A sample book from Picture Book Studio",
        dedication="For everyone who has ever invented a friend.",
        blurb="Larry the hedgehog has sunflower petals for spines, a little tea shop, and a warm glow for every "
              "friend who comes in out of the storm. A bedtime story about kindness, thunder and tea.",
        pages=(
            "Larry is a hedgehog, but his spines are sunflower petals. When he is happy, they shine like the sun.",
            "Every afternoon, Larry opens his little tea shop under the big sunflower.",
            "One day, dark clouds rolled in. Rumble, rumble, CRASH! went the thunder.",
            "A snail and a ladybug hurried in out of the rain. “Tea for everyone!” said Larry.",
            "Larry’s petals glowed, warm and bright, and the storm did not seem so scary any more.",
            "When the rain stopped, Larry curled up under the sunflower and fell fast asleep.",
        ),
        name="Larry",
        description="a small, round hedgehog whose spines are bright yellow sunflower petals; brown body, "
                    "cream face, rosy cheeks",
        file_stem="Larry (sample",
        maker="sample book",
    ),
    "ko": SampleText(
        title="래리, 최고로 멋진 해바라기 고슴도치",
        byline="그림책 스튜디오 예시 책",
        dedication="상상 속 친구를 만들어 본 모든 어린이에게",
        blurb="해바라기 꽃잎 가시를 가진 고슴도치 래리에게는 작은 찻집이 있어요. 폭풍을 피해 찾아온 친구들에게 래리는 "
              "따뜻한 차와 환한 빛을 나눠 줘요. 친절함과 천둥과 차에 관한 잠자리 이야기.",
        pages=(
            "래리는 고슴도치예요. 그런데 래리의 가시는 해바라기 꽃잎이에요. 기분이 좋으면 꽃잎이 햇살처럼 반짝여요.",
            "날마다 오후가 되면 래리는 커다란 해바라기 아래에서 작은 찻집을 열어요.",
            "어느 날, 먹구름이 몰려왔어요. 우르르 쾅쾅! 천둥이 울렸어요.",
            "달팽이와 무당벌레가 비를 피해 뛰어 들어왔어요. “모두에게 따뜻한 차를 줄게!” 래리가 말했어요.",
            "래리의 꽃잎이 따뜻하고 환하게 빛나자, 폭풍도 더는 무섭지 않았어요.",
            "비가 그치자 래리는 해바라기 아래에 몸을 둥글게 말고 쿨쿨 잠이 들었어요.",
        ),
        name="래리",
        description="해바라기 꽃잎 가시를 가진 작고 동그란 고슴도치. 갈색 몸, 크림색 얼굴, 발그레한 볼",
        file_stem="래리 (예시",
        maker="예시 책",
    ),
}
Progress = Callable[[int, int], None]


def language_for(locale_name: str) -> str:
    """The sample's language for a locale name such as "ko_KR.UTF-8" or "en_US"."""
    return "ko" if locale_name.lower().startswith("ko") else "en"


def sample_language(language: str | None = None) -> str:
    """The language asked for, else the one the studio speaks now (English for one the sample is not written in)."""
    chosen = language or ui_language()
    return chosen if chosen in TEXTS else "en"


def free_path(folder: Path, language: str | None = None) -> Path:
    """The first sample file name not taken in `folder`."""
    stem = TEXTS[sample_language(language)].file_stem
    number = 1
    while True:
        path = folder / f"{stem}{'' if number == 1 else f' {number}'}).storybook"
        if not path.exists():
            return path
        number += 1


def make_sample_book(path: Path, language: str | None = None, progress: Progress | None = None) -> Path:
    """Write the sample book to `path` (which must not exist) in `language` (by default the studio's) and return
    it. CPU-bound (the pictures are drawn at print size): run it in an executor. A failure leaves no half-made
    file."""
    text = TEXTS[sample_language(language)]
    project = Project.create(path)
    try:
        _fill(project, text, progress or (lambda done, total: None))
    except BaseException:
        project.close()
        for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            leftover.unlink(missing_ok=True)
        raise
    project.close()
    return path


def _fill(project: Project, text: SampleText, progress: Progress) -> None:
    total = len(SCENES) + 2  # the pages, the cover and Larry on his own
    story = {"title": text.title, "pages": [{"text": words} for words in text.pages]}
    page_ids = book.add_story_pages(project, story)
    book.set_title(project, text.title)
    for page in project.pages():
        frame = page.frame("text")
        if page.kind == "dedication" and frame is not None:
            project.set_frame_text(frame.id, text.dedication)

    def add(scene: sample_art.Scene, size: str, prompt: str, transparent: bool = False) -> int:
        width, height = (int(n) for n in size.split("x"))
        decoded = imaging.decode(sample_art.draw(scene, width, height, transparent))
        record = project.add_image(decoded.data, decoded.thumb, decoded.width, decoded.height, decoded.mime,
                                   source="imported", prompt=prompt, model=text.maker,
                                   file_name=f"{scene.__name__}.png")
        progress(len(project.images()), total)
        return record.id

    def place(page: Page, scene: sample_art.Scene, prompt: str) -> None:
        frame = page.frame("image")
        if frame is not None:  # at the size that prints at 300 DPI in the frame, bleed included
            size = OFFLINE.size_for(*frame_pixels(project.book_format(), page, frame), at_least=True)
            project.set_frame_image(frame.id, add(scene, size, prompt))

    for page_id, scene, words in zip(page_ids, SCENES, text.pages):
        place(project.page(page_id), scene, words)
    larry = add(sample_art.character_sheet, "1600x1600", f"{text.name}: {text.description}", transparent=True)
    project.cast.remember(text.name, text.description, reference_ids=[larry])
    place(book.make_cover(project, text.title, None, text.byline), sample_art.cover, text.title)
    book.set_blurb(project, text.blurb)
    fmt = project.book_format()
    project.set_book_format(type(fmt)(**{**fmt.__dict__, "title": text.title, "author": text.byline}))
    project.history.forget()  # it opens finished: Undo has nothing to take back
