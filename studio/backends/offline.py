"""The offline backend: no network, no model. Honest placeholders so a book can be made before a key exists."""

from __future__ import annotations

import asyncio
import json
import re
from typing import Any, AsyncIterator

from studio.backends import intent
from studio.backends.capabilities import OFFLINE
from studio.backends.base import (
    ChatEvent,
    GeneratedImage,
    ImageRequest,
    PreviewCallback,
    TextDelta,
    ToolCallDelta,
    TurnDone,
)
from studio.backends.sketch import draw_edit, draw_sketch

VARIANTS_EN = (
    "full-body view in a sunny meadow, soft watercolor, warm morning light",
    "close-up portrait with a big friendly smile, bright colored pencils",
    "playful action pose mid-jump, bold cartoon outlines, flat colors",
    "cozy night scene under the stars, gentle pastel tones, storybook style",
)
VARIANTS_KO = (
    "햇살 가득한 들판에 선 전신 모습, 부드러운 수채화, 따뜻한 아침 빛",
    "활짝 웃는 얼굴 클로즈업, 밝은 색연필 그림",
    "신나게 뛰어오르는 모습, 굵은 만화 윤곽선, 단색 채색",
    "별빛 아래 포근한 밤 장면, 은은한 파스텔 톤, 동화책 그림체",
)
# An offline story's beats, in story order, each with its place among the middle ones when there are fewer pages
# than beats (1 is kept first): a five-page story is waking, the friend's knock, setting off, not giving up, sleep.
STORY_EN = (
    (0, "{s} wakes up early and finds the day full of surprises.", "{s} waking up in a cozy bed at sunrise"),
    (9, "Breakfast is warm toast and a cup of cocoa.", "{s} eating breakfast at a little kitchen table"),
    (1, "A friend knocks on the door and asks for help.", "{s} opening a round front door to a worried friend"),
    (2, "Together they set off, brave and a little bit nervous.", "{s} and a friend walking down a winding path"),
    (6, "Dark clouds roll in, and the wind begins to whistle.", "{s} and a friend under a darkening sky, leaves blowing"),
    (3, "It is hard at first, but {s} never gives up.", "{s} trying again with a determined face"),
    (5, "{s} has an idea and shares it with a smile.", "{s} with a bright idea, pointing ahead"),
    (7, "Step by step, the problem gets smaller.", "{s} and a friend working together, carrying something"),
    (4, "At last, the friend's trouble is solved.", "the friend hugging {s}, relieved and happy"),
    (8, "They walk home as the first stars come out.", "{s} and a friend walking home at dusk under the first stars"),
    (0, "In the end everyone laughs, and {s} sleeps soundly.", "{s} asleep under a patchwork quilt, moon at the window"),
)
STORY_KO = (
    (0, "{s}는 아침 일찍 일어나 놀라운 하루를 맞이해요.", "해 뜰 무렵 포근한 침대에서 깨어나는 {s}"),
    (9, "아침으로 따뜻한 토스트와 코코아를 먹어요.", "작은 부엌 식탁에서 아침을 먹는 {s}"),
    (1, "친구가 문을 두드리며 도움을 청해요.", "걱정스러운 친구에게 동그란 문을 열어 주는 {s}"),
    (2, "둘은 씩씩하게, 조금은 떨리는 마음으로 길을 나서요.", "구불구불한 길을 함께 걷는 {s}와 친구"),
    (6, "먹구름이 몰려오고 바람이 휘이잉 불기 시작해요.", "어두워지는 하늘 아래 나뭇잎이 날리는 길 위의 {s}와 친구"),
    (3, "처음엔 어렵지만 {s}는 포기하지 않아요.", "굳은 얼굴로 다시 도전하는 {s}"),
    (5, "{s}에게 좋은 생각이 떠올라요. 방긋 웃으며 친구에게 말해요.", "앞을 가리키며 좋은 생각을 떠올린 {s}"),
    (7, "한 걸음씩, 문제가 점점 작아져요.", "힘을 모아 무언가를 함께 나르는 {s}와 친구"),
    (4, "마침내 친구의 걱정이 말끔히 풀렸어요.", "안도하며 {s}를 꼭 안아 주는 친구"),
    (8, "첫 별이 뜰 무렵 둘은 집으로 걸어가요.", "첫 별이 뜬 저녁, 집으로 걸어가는 {s}와 친구"),
    (0, "모두가 웃고, {s}는 새근새근 잠이 들어요.", "창밖에 달이 뜬 밤, 조각 이불 아래 잠든 {s}"),
)
# A longer book meets these on the way, after setting off: no page says the same as another up to 24 pages.
WAY_EN = (
    ("On the way they cross a wobbly wooden bridge.", "{s} crossing a wobbly wooden bridge over a stream"),
    ("They stop to ask a wise old owl for directions.", "{s} talking to a wise old owl on a branch"),
    ("A field of sunflowers waves hello.", "{s} walking through a tall field of sunflowers"),
    ("They share a snack on a mossy rock.", "{s} sharing a snack with a friend on a mossy rock"),
    ("A little rabbit shows them a secret shortcut.", "a little rabbit leading {s} through a hidden gap in a hedge"),
    ("They splash across a shallow, sparkly brook.", "{s} splashing across a shallow sparkling brook"),
    ("The path climbs up a steep, grassy hill.", "{s} climbing a steep grassy hill, looking up"),
    ("From the top, they can see the whole valley.", "{s} on a hilltop looking over a wide valley"),
    ("They sing a song to keep their spirits up.", "{s} and a friend singing while they walk"),
    ("A gentle rain starts, so they hide under a big leaf.", "{s} sheltering under a giant leaf in the rain"),
    ("They find footprints and follow them carefully.", "{s} following small footprints in the mud"),
    ("A kind badger lends them a lantern.", "a kind badger handing {s} a glowing lantern"),
    ("They wave to a family of ducks on a pond.", "{s} waving to a family of ducks on a pond"),
)
WAY_KO = (
    ("가는 길에 흔들흔들 나무다리를 건너요.", "시냇물 위 흔들리는 나무다리를 건너는 {s}"),
    ("지혜로운 부엉이에게 길을 물어요.", "나뭇가지 위 부엉이와 이야기하는 {s}"),
    ("해바라기 밭이 살랑살랑 인사해요.", "키 큰 해바라기 밭을 걸어가는 {s}"),
    ("이끼 낀 바위에 앉아 간식을 나눠 먹어요.", "이끼 낀 바위 위에서 친구와 간식을 나눠 먹는 {s}"),
    ("작은 토끼가 비밀 지름길을 알려 줘요.", "울타리 틈 비밀 길로 {s}를 이끄는 작은 토끼"),
    ("반짝이는 얕은 개울을 첨벙첨벙 건너요.", "반짝이는 얕은 개울을 첨벙첨벙 건너는 {s}"),
    ("길은 가파른 풀밭 언덕으로 이어져요.", "가파른 풀밭 언덕을 올려다보며 오르는 {s}"),
    ("꼭대기에 오르니 골짜기가 한눈에 보여요.", "언덕 꼭대기에서 넓은 골짜기를 내려다보는 {s}"),
    ("힘을 내려고 함께 노래를 불러요.", "걸으며 친구와 노래하는 {s}"),
    ("보슬비가 내려 커다란 잎 아래 숨어요.", "빗속에서 커다란 잎 아래 비를 피하는 {s}"),
    ("발자국을 찾아 조심조심 따라가요.", "진흙 위 작은 발자국을 따라가는 {s}"),
    ("친절한 오소리가 등불을 빌려줘요.", "빛나는 등불을 {s}에게 건네는 친절한 오소리"),
    ("연못의 오리 가족에게 손을 흔들어요.", "연못의 오리 가족에게 손을 흔드는 {s}"),
)
SET_OFF = 3  # the beat after which the way's pages go


def _sentence(text: str) -> str:
    """A page's words begin with a capital, whatever the story's hero was called ("the sleepy dragon wakes up")."""
    return text[:1].upper() + text[1:]


def story_beats(count: int, korean: bool, idea: str = "") -> list[tuple[str, str]]:
    """`count` pages of (text, picture prompt): the first and last beats, and between them the middle ones that
    matter most, in story order; a longer book gets the way's pages after setting off. With `idea` (what the
    person asked for, when it says more than a name) its own page comes second, so the book is about it."""
    if idea and count >= 3:
        said = idea if idea[-1] in ".!?。" else idea + "."
        page = (f"오늘은 특별한 날이에요. {said}" if korean else f"Today is a special day: {said}", idea)
        rest = story_beats(count - 1, korean)
        return [rest[0], page, *rest[1:]]
    beats, way = (STORY_KO, WAY_KO) if korean else (STORY_EN, WAY_EN)
    if count <= 1:
        return [beats[0][1:]][:max(count, 0)]
    middle = list(range(1, len(beats) - 1))
    room = count - 2
    if room <= len(middle):
        kept = sorted(sorted(middle, key=lambda i: beats[i][0])[:room])
        return [beats[i][1:] for i in [0, *kept, len(beats) - 1]]
    extra = [way[i % len(way)] for i in range(room - len(middle))]
    chosen = [b[1:] for b in beats]
    return chosen[:SET_OFF + 1] + extra + chosen[SET_OFF + 1:]


# The sentence the studio adds to the system message when its language is Korean (core/assistant/tools.py): a
# message in no clear language, or a Latin one, gets its offline reply in the language the person reads.
READS_KOREAN = "The person using the studio reads Korean"
_IN_ENGLISH = re.compile(r"\b(write|answer|reply) (it )?in English\b", re.IGNORECASE)
WORD_DELAY = 0.012  # seconds between streamed words, so the reply visibly streams


def _selected_picture(text: str) -> int | None:
    match = re.search(r"\[The user has picture #(\d+) selected", text)
    return int(match.group(1)) if match else None


def _latest_batch(messages: list[dict[str, Any]]) -> list[int]:
    """The pictures the last picture-making turn showed, in the order the person saw them."""
    for m in reversed(messages):
        if m.get("role") == "tool":
            try:
                images = json.loads(m.get("content") or "{}").get("images", [])
            except (ValueError, AttributeError):
                continue
            if images:
                return [i.get("id") for i in images if isinstance(i, dict) and i.get("id") is not None]
    return []


def _latest_picture(messages: list[dict[str, Any]]) -> int | None:
    batch = _latest_batch(messages)
    return batch[-1] if batch else None


def _picked(request: str, messages: list[dict[str, Any]]) -> int | None:
    """The picture a person means by "the second one" / "두 번째" among those just shown."""
    which = intent.ordinal_of(request)
    batch = _latest_batch(messages)
    if which is None or not batch:
        return None
    index = which - 1 if which > 0 else len(batch) + which
    return batch[index] if 0 <= index < len(batch) else None


def _cast_names(messages: list[dict[str, Any]]) -> tuple[str, ...]:
    """The names of the book's cast, from the cast block the app puts in the system message."""
    for m in messages:
        if m.get("role") == "system" and isinstance(m.get("content"), str) and "The book's cast" in m["content"]:
            return tuple(re.findall(r"^- ([^:(\n]+?)(?: \(also [^)]*\))?:", m["content"], re.MULTILINE))
    return ()


def _reads_korean(messages: list[dict[str, Any]]) -> bool:
    return any(m.get("role") == "system" and READS_KOREAN in str(m.get("content") or "") for m in messages)


def is_korean(text: str, messages: list[dict[str, Any]]) -> bool:
    """Whether to answer in Korean: the person writes Hangul or asks for Korean, or the studio is in Korean and
    the message does not ask for English."""
    request = text.split("\n\n[")[0]
    if intent.has_hangul(request) or "[language: ko]" in text:
        return True
    return _reads_korean(messages) and not _IN_ENGLISH.search(request)


def _last_user_text(messages: list[dict[str, Any]]) -> str:
    for m in reversed(messages):
        if m.get("role") == "user":
            content = m.get("content")
            return content if isinstance(content, str) else ""
    return ""


async def _stream_words(text: str) -> AsyncIterator[ChatEvent]:
    words = text.split(" ")
    for i, word in enumerate(words):
        yield TextDelta(word + (" " if i < len(words) - 1 else ""))
        await asyncio.sleep(WORD_DELAY)


async def _stream_tool_call(name: str, arguments: dict[str, Any]) -> AsyncIterator[ChatEvent]:
    # Sent in fragments, as real models do, so the offline path exercises the same assembly code.
    text = json.dumps(arguments, ensure_ascii=False)
    yield ToolCallDelta(0, id=f"offline-{name}", name=name)
    for start in range(0, len(text), 40):
        yield ToolCallDelta(0, arguments=text[start:start + 40])


class OfflineBackend:
    name = "Offline"
    offline = True
    supports_transparency = True
    # Sketches are drawn, so any size is free: a page's picture is sketched in its frame's shape at print size.
    capabilities = OFFLINE
    chat_model = "offline"
    image_model = "offline-sketch"

    def __init__(self, reason: str = "") -> None:
        self.reason = reason  # why we are offline, for the status line

    async def stream_chat(self, messages: list[dict[str, Any]], tools: list[dict[str, Any]]) -> AsyncIterator[ChatEvent]:
        offered = {t["function"]["name"] for t in tools if t.get("type") == "function"}
        last = messages[-1] if messages else {}
        text = _last_user_text(messages)
        korean = is_korean(text, messages)
        if last.get("role") == "tool":
            async for event in _stream_words(self._after_tool(messages, korean)):
                yield event
            yield TurnDone("stop")
            return
        request = text.split("\n\n[")[0]  # without the notes the app adds (selected picture, style)
        plan = self._plan(request, text, messages, korean, offered)
        if plan is None:
            async for event in _stream_words(self._chat_reply(korean)):
                yield event
            yield TurnDone("stop")
            return
        intro, tool, arguments = plan
        async for event in _stream_words(intro):
            yield event
        async for event in _stream_tool_call(tool, arguments):
            yield event
        yield TurnDone("tool_calls")

    def _plan(self, request: str, text: str, messages: list[dict[str, Any]], korean: bool,
              offered: set[str]) -> tuple[str, str, dict[str, Any]] | None:
        subject = intent.subject_of(request)
        name = intent.name_of(request)
        selected = _picked(request, messages) or _selected_picture(text)
        if name and "remember_character" in offered:
            intro = f"반가워, {name}! 이제 {name}의 모습을 기억할게요." if korean else \
                f"Nice to meet you, {name}! I'll remember how {name} looks."
            args: dict[str, Any] = {"name": name, "description": ""}
            if selected:
                args["image_ids"] = [selected]
            return intro, "remember_character", args
        kind = intent.classify(request)
        if kind == "story" and "write_story" in offered:
            return ("이야기를 써 볼게요." if korean else "Here is a story."), "write_story", \
                self._story(subject, korean, intent.page_count(request), _cast_names(messages))
        target = selected or _latest_picture(messages)
        if intent.wants_edit(request) and target and intent.style_of(request) is None and "edit_image" in offered:
            intro = f"{target}번 그림을 고쳐 볼게요." if korean else f"I'll change picture #{target}."
            return intro, "edit_image", {"image_id": target, "instruction": request}
        if kind == "images" and "make_images" in offered:
            style = intent.style_of(request)
            variants = VARIANTS_KO if korean else VARIANTS_EN
            count = 1 if intent.wants_one(request) else 4
            args = {"prompts": [f"{subject}, {v}" for v in variants[:count]]}
            if style:
                args["style"] = style
            if intent.wants_last_page(request):
                args["page"] = -1
            if korean:
                intro = f"오프라인 스케치 {count}장을 그려 볼게요: {subject}."
            else:
                intro = f"Here {'is one idea' if count == 1 else 'are four ideas'} for {subject}, sketched offline."
            return intro, "make_images", args
        return None

    @staticmethod
    def _chat_reply(korean: bool) -> str:
        if korean:
            return ("지금은 오프라인 모드라서 자유롭게 대화할 수는 없어요. 대신 \"…를 그려줘\"라고 하면 스케치를, "
                    "\"…이야기 해줘\"라고 하면 이야기 초안을 만들 수 있어요. 설정에서 API 키를 넣으면 진짜 모델과 이야기할 수 있어요.")
        return ("I'm in offline mode, so I can't chat freely. I can still sketch placeholder pictures "
                "(try \"draw a …\" or \"what does … look like?\") and draft a story (try \"tell a story about …\"). "
                "Add an API key in Settings to talk to a real model.")

    @staticmethod
    def _story(subject: str, korean: bool, count: int = 5, known: tuple[str, ...] = ()) -> dict[str, Any]:
        hero = intent.hero_of(subject, known)
        who = hero[0] if hero else subject
        beats = story_beats(count, korean, subject.strip() if hero and subject.strip() != who else "")
        article = re.match(r"(?:a|an|the)\s+(.+)", who, re.IGNORECASE) if not hero and not korean else None
        if article:  # "a sleepy dragon": the sleepy dragon on every page, and in the title
            who = f"the {article.group(1)}"
        if korean:
            title = f"{who}의 하루"
        elif hero and subject.lower() != who.lower() and len(subject) <= 60:  # the idea itself makes the title
            title = subject[:1].upper() + subject[1:]
        elif article:
            title = f"The Day of the {article.group(1).title()}"
        else:
            title = f"The Day of {who[:1].upper()}{who[1:]}"
        pages = [{"text": _sentence(t.format(s=who)), "illustration_prompt": p.format(s=who)} for t, p in beats]
        story: dict[str, Any] = {"title": title, "pages": pages, **_story_extras(who, title, korean)}
        if hero and hero[0] not in known:
            story["characters"] = [{"name": hero[0], "description": hero[1]}]
        return story

    @staticmethod
    def _after_tool(messages: list[dict[str, Any]], korean: bool) -> str:
        result = messages[-1].get("content") or ""
        try:
            data = json.loads(result)
        except json.JSONDecodeError:
            data = {}
        made = len(data.get("images", []))
        failed = len(data.get("failed", []))
        if "images" in data:
            placed, offered = data.get("placed_on_page"), "offer" in data
            if korean:
                # "pictures", not "sketches": with a generator of one's own the words are offline, the pictures real
                said = f"그림 {made}장이 갤러리에 있어요." + (f" {failed}장은 실패했어요." if failed else "")
                if placed:
                    return said + f" {placed}쪽에 넣었어요."
                return said + (" 그 쪽에는 이미 그림이 있어서 바꿀지 여쭤볼게요." if offered else "")
            said = f"{made} picture{'s' if made != 1 else ''} {'are' if made != 1 else 'is'} in the gallery." + \
                (f" {failed} could not be made." if failed else "")
            if placed:
                return said + f" I put it on page {placed}."
            if offered:
                return said + " That page already has a picture, so it is yours to decide whether to replace it."
            return said + (" Drag one onto a page of the book." if made else "")
        if "cast" in data:
            name = data["cast"].get("name", "")
            return (f"{name}를 캐릭터 목록에 넣었어요. 이제 {name}가 나오는 그림은 모두 같은 모습이에요." if korean else
                    f"{name} is in the cast now: every picture with {name} will use the same look.")
        if "placed_on_page" in data:
            page = data["placed_on_page"]
            return f"그림을 {page}쪽에 넣었어요." if korean else f"I put the picture on page {page}."
        if "pages" in data:
            return "이야기를 채팅에 적어 두었어요." if korean else "The story is in the chat; each page has its text and a picture idea."
        return "다 됐어요." if korean else "Done."

    async def generate_image(self, request: ImageRequest, on_preview: PreviewCallback | None = None) -> GeneratedImage:
        loop = asyncio.get_running_loop()
        settings: dict[str, Any] = {"size": request.size, "offline": True}
        if request.is_edit and (request.mask is not None or request.prompt.startswith("Edit the first picture")):
            data = await loop.run_in_executor(None, draw_edit, request.references[0], request.prompt, request.mask)
            settings["edit"] = {"references": len(request.references), "mask": request.mask is not None}
        else:
            transparent = request.background == "transparent"
            look = request.references[0] if request.references else b""
            data = await loop.run_in_executor(None, draw_sketch, request.prompt, request.size, transparent, look)
            if transparent:
                settings["background"] = "transparent"
        return GeneratedImage(data=data, model=self.image_model, settings=settings)

    async def list_models(self) -> list[str]:
        return [self.chat_model, self.image_model]

    async def prepare(self) -> None:
        return None

    async def aclose(self) -> None:
        return None


def _story_extras(who: str, title: str, korean: bool) -> dict[str, str]:
    """A template dedication and back-cover blurb, so an offline draft makes a book with no empty page."""
    if korean:
        return {"dedication": f"{who}처럼 씩씩한 모든 친구에게",
                "blurb": f"《{title}》 — {who}의 특별한 하루가 시작돼요. 한 장 한 장 넘기며 함께 소리 내어 읽어 보세요."}
    name = who[:1].upper() + who[1:]
    return {"dedication": f"For everyone who has a friend like {who}.",
            "blurb": f"{name} is about to have a day like no other. Turn the pages of “{title}” to find out what "
                     "happens, then read it aloud again together."}
