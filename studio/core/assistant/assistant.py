"""The assistant loop: stream a model turn, carry out its tool calls, feed results back, record it all.

Direct actions from the window ("more like this", an edit with a mask, re-running a prompt) are recorded as
a user message plus an assistant tool call, and run through the same tools, so the chat history, the model's
context and the gallery all tell the same story.
"""

from __future__ import annotations

import asyncio
import json
import logging
import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Awaitable, Callable

from studio.backends.base import Backend, TextDelta, ToolCallDelta, TurnDone
from studio.backends.capabilities import GPT_SIZES, parse_size
from studio.core.assistant import cast, own_styles, shapes, styles
from studio.core.assistant.conversation import DEFAULT_BUDGET, pages_block, to_chat_messages
from studio.core.assistant.tools import (
    EDIT_IMAGE,
    MAKE_IMAGES,
    REMEMBER_CHARACTER,
    WRITE_STORY,
    picture_prompts,
    story_extras,
    story_pages,
    tools_with_styles,
)
from studio.core.assistant.turn_events import (
    AssistantMessageSaved,
    CastRemembered,
    ImageArrived,
    ImageFailed,
    ImagesRequested,
    Listener,
    Offer,
    PlacementOffered,
    ReplyDelta,
    StoryWritten,
    UserMessageSaved,
    ignore,
)
from studio.core.document.model import (
    ImageRecord,
    JobKind,
    JobRecord,
    JobState,
    Message,
    ToolCall,
)
from studio.core.jobs.jobs import JobRunner, image_request_spec
from studio.core.jobs.spending import Estimate, SpendingCapError
from studio.core.i18n import _
from studio.core.layout import book

if TYPE_CHECKING:
    from studio.core.app.project import Project

log = logging.getLogger(__name__)

MAX_ROUNDS = 4  # model calls per user message: enough for "call tools, then comment"
REMIX = (
    "Same character, same style and colours; a slightly different pose.",
    "Same character, same style and colours; seen from another angle.",
    "Same character, same style and colours; a different expression.",
    "Same character, same style and colours; a new small detail in the scene.",
)


BatchEstimate = Estimate  # what the person is shown before a batch: count, cost, currency


Approver = Callable[[BatchEstimate], Awaitable[bool]]


@dataclass
class TurnResult:
    reply: str = ""
    images: list[ImageRecord] = field(default_factory=list)
    prompts: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    story: dict[str, Any] | None = None
    cast: list[str] = field(default_factory=list)
    placed: list[tuple[int, str]] = field(default_factory=list)  # (picture id, page label) put on an empty page
    offers: list[Offer] = field(default_factory=list)  # what the person was asked instead


@dataclass
class _Turn:
    listener: Listener
    result: TurnResult
    user_text: str = ""
    selected: int | None = None
    style: str | None = None
    mask: bytes | None = None
    shape: shapes.Shape | None = None  # chosen on the chat box: wins over the shape the model names
    again: dict[str, Any] | None = None  # Draw Again on a local generator: the picture's seed and checkpoint


@dataclass
class _PendingCall:
    id: str = ""
    name: str = ""
    arguments: list[str] = field(default_factory=list)


class EmptyMessage(ValueError):
    """A message with nothing in it: it is not sent (the model would be paid to answer nothing)."""

    def __init__(self) -> None:
        super().__init__(_("There is nothing to send: the message is empty."))


def check_message(text: str) -> str:
    """The message as sent, or EmptyMessage when it is blank. The window and `studio chat` ask before they
    start a turn; `Assistant.send` asks again."""
    if not text.strip():
        raise EmptyMessage()
    return text


def base_prompt(prompt: str) -> str:
    """A stored prompt without the cast appendix the app added, for remixes and descriptions."""
    return prompt.split("\n\nCharacters (", 1)[0].strip()


class Assistant:
    def __init__(self, project: Project, backend: Backend, runner: JobRunner | None = None, *, concurrency: int = 4,
                 prices: dict[str, Any] | None = None, approve_batch: Approver | None = None,
                 context_tokens: int = DEFAULT_BUDGET, quality: str = "auto") -> None:
        self.project = project
        self.backend = backend
        self.runner = runner or JobRunner(project, lambda: backend, concurrency)
        self.prices = prices or {}
        self.approve_batch = approve_batch
        self.context_tokens = context_tokens
        self.quality = quality

    # -- turns -------------------------------------------------------------------------

    async def send(self, text: str, listener: Listener = ignore, *, selected_image: int | None = None,
                   style: str | None = None, shape: shapes.Shape | None = None,
                   stop_after: tuple[str, ...] = ()) -> TurnResult:
        """Run one user turn to the end. The user's message is saved before anything can fail; a blank one is
        refused (EmptyMessage) before anything is saved or sent. `stop_after`: tools after whose call the model
        is not asked again (a headless run has no one to read its comment: `studio book` after the story)."""
        check_message(text)
        extra: dict[str, Any] = {}
        if selected_image is not None:
            extra["selected_image"] = selected_image
        if style:
            extra["style"] = style
        if shape is not None:
            extra["shape"] = shape.as_dict()
        user = self.project.add_message("user", text, extra=extra)
        listener(UserMessageSaved(user))
        turn = _Turn(listener, TurnResult(), text, selected_image, style, shape=shape)
        for _round in range(MAX_ROUNDS):
            message = await self._model_round(listener)
            if message.content:
                turn.result.reply = f"{turn.result.reply}\n\n{message.content}".strip()
            if not message.tool_calls:
                break
            for call in message.tool_calls:
                await self._run_tool(message, call, turn)
            if any(call.name in stop_after for call in message.tool_calls):
                break
        return turn.result

    async def more_like_this(self, image_id: int, listener: Listener = ignore) -> TurnResult:
        record = self.project.image(image_id)
        args: dict[str, Any] = {"prompts": [f"{base_prompt(record.prompt)}. {v}" for v in REMIX],
                                "reference_image_ids": [image_id]}
        if record.settings.get("style"):
            args["style"] = record.settings["style"]
        return await self._direct(_("More like picture #{id}").format(id=image_id), MAKE_IMAGES, args,
                                  _Turn(listener, TurnResult(), selected=image_id))

    async def redraw_larger(self, image_id: int, size: str, listener: Listener = ignore) -> TurnResult:
        """The picture drawn again at `size` (a print size) from itself, keeping it as closely as the model can
        (`input_fidelity="high"` where it has it): Make print-ready where the model can redraw."""
        instruction = ("draw this same picture again at a higher resolution, with crisp detail: the same "
                       "composition, characters, colours and style")
        label = _("Make picture #{id} print-ready ({size})").format(id=image_id, size=size.replace("x", "×"))
        return await self._direct(label, EDIT_IMAGE,
                                  {"image_id": image_id, "instruction": instruction, "size": size, "fidelity": "high"},
                                  _Turn(listener, TurnResult(), instruction, image_id))

    async def edit(self, image_id: int, instruction: str, mask: bytes | None = None,
                   listener: Listener = ignore) -> TurnResult:
        label = (_("Edit picture #{id}: {instruction} (only the painted area)") if mask else
                 _("Edit picture #{id}: {instruction}")).format(id=image_id, instruction=instruction)
        return await self._direct(label, EDIT_IMAGE, {"image_id": image_id, "instruction": instruction},
                                  _Turn(listener, TurnResult(), instruction, image_id, mask=mask))

    async def redraw(self, prompt: str, listener: Listener = ignore, style: str | None = None,
                     shape: shapes.Shape | None = None) -> TurnResult:
        """A prompt drawn again (edited, perhaps), in `shape` where one is chosen, else square."""
        sizes = [shape.size(self.backend.capabilities)] if shape is not None else None
        label = (_("Draw again: {prompt} ({shape})").format(prompt=prompt, shape=shape.describe())
                 if shape is not None else _("Draw again: {prompt}").format(prompt=prompt))
        return await self.draw(label, [prompt], listener, style, sizes)

    async def draw(self, label: str, prompts: list[str], listener: Listener = ignore,
                   style: str | None = None, sizes: list[str] | None = None,
                   references: list[int] | None = None, again: dict[str, Any] | None = None) -> TurnResult:
        """Make pictures for these prompts without asking the model (cast and style still apply); `sizes`, one
        per prompt, for pictures meant for a frame (its shape at print size); `references`, pictures every one of
        them is drawn from (a concept round's chosen pictures)."""
        args: dict[str, Any] = {"prompts": prompts}
        if references:
            args["reference_image_ids"] = list(references)
        if style:
            args["style"] = style
        if sizes:
            args["sizes"] = sizes
        return await self._direct(label, MAKE_IMAGES, args, _Turn(listener, TurnResult(), "\n".join(prompts),
                                                                  again=again))

    async def _direct(self, label: str, tool: str, args: dict[str, Any], turn: _Turn) -> TurnResult:
        extra = {"action": tool} | ({"selected_image": turn.selected} if turn.selected else {})
        user = self.project.add_message("user", label, extra=extra)
        turn.listener(UserMessageSaved(user))
        call = ToolCall(id=f"direct-{uuid.uuid4().hex[:12]}", name=tool, arguments=json.dumps(args, ensure_ascii=False))
        message = self.project.add_message("assistant", "", tool_calls=(call,), extra={"direct": True})
        turn.listener(AssistantMessageSaved(message))
        await self._run_tool(message, call, turn)
        return turn.result

    async def _model_round(self, listener: Listener) -> Message:
        chat = to_chat_messages(self.project.messages(), self.project.cast.all(), self.context_tokens,
                                pages=pages_block(book.page_labels(self.project.pages())))
        text: list[str] = []
        calls: dict[int, _PendingCall] = {}
        usage: dict[str, Any] | None = None
        own = {s.id: s.label for s in own_styles.in_book(self.project)}
        async for event in self.backend.stream_chat(chat, tools_with_styles(own)):
            self.runner.warm_up()  # the request is out: while the model writes, what pictures need loads
            if isinstance(event, TextDelta):
                text.append(event.text)
                listener(ReplyDelta(event.text))
            elif isinstance(event, ToolCallDelta):
                pending = calls.setdefault(event.index, _PendingCall())
                pending.id = pending.id or (event.id or "")
                pending.name = pending.name or (event.name or "")
                pending.arguments.append(event.arguments)
            elif isinstance(event, TurnDone):
                usage = event.usage
        tool_calls = tuple(
            ToolCall(id=p.id or f"call_{i}", name=p.name, arguments="".join(p.arguments) or "{}")
            for i, p in sorted(calls.items())
        )
        extra = {"model": self.backend.chat_model, "backend": self.backend.name}
        if usage:
            extra["usage"] = usage
        message = self.project.add_message("assistant", "".join(text).strip(), tool_calls=tool_calls, extra=extra)
        listener(AssistantMessageSaved(message))
        return message

    # -- tools ---------------------------------------------------------------------------

    async def _run_tool(self, message: Message, call: ToolCall, turn: _Turn) -> None:
        try:
            args = json.loads(call.arguments)
            if not isinstance(args, dict):
                raise ValueError("arguments are not an object")
        except ValueError as exc:
            self._answer(call, {"error": f"arguments were not valid JSON: {exc}"})
            return
        if call.name == MAKE_IMAGES:
            await self._make_images(message, call, args, turn)
        elif call.name == EDIT_IMAGE:
            await self._edit_image(message, call, args, turn)
        elif call.name == REMEMBER_CHARACTER:
            self._remember(message, call, args, turn)
        elif call.name == WRITE_STORY:
            self._write_story(message, call, args, turn)
        else:
            self._answer(call, {"error": f"there is no tool called {call.name!r}"})

    def _answer(self, call: ToolCall, content: dict[str, Any]) -> None:
        self.project.add_message("tool", json.dumps(content, ensure_ascii=False), tool_call_id=call.id)

    def _existing(self, ids: Any) -> list[int]:
        """The ids the book has pictures for, each once, in the order given."""
        known: list[int] = []
        for value in ids if isinstance(ids, list) else []:
            try:
                self.project.image(int(value))
            except (KeyError, TypeError, ValueError):
                continue
            if int(value) not in known:
                known.append(int(value))
        return known

    def _chosen(self, turn: _Turn, named: Any) -> list[int]:
        """The pictures a call is about: the one the person selected wins over the ids the model named (a model
        that misread "more like this" must not draw from another picture)."""
        return self._existing([turn.selected]) or self._existing(named)

    def _sizes(self, args: dict[str, Any], count: int, turn: _Turn) -> list[str]:
        """Each picture's size, always one the picture model takes: the app's own per-picture sizes (a page's
        print size, from `draw`), else the shape chosen on the chat box, else what the model asked for (a page
        frame's shape, an exact size, a named shape, the shape of the page it is for), else a square draft."""
        model = self.backend.capabilities
        own = args.get("sizes")
        if isinstance(own, list) and len(own) == count and all(isinstance(x, str) for x in own):
            return [model.valid_size(x) for x in own]
        asked = args.get("size")
        shape = turn.shape or (None if isinstance(asked, str) and parse_size(asked) else (
            shapes.frame_shape(self.project, args.get("shape_of_page")) or shapes.named(args.get("shape", ""))
            or shapes.frame_shape(self.project, args.get("page"))))
        if shape is not None:
            size = shape.size(model)
        elif asked in GPT_SIZES:  # the sizes the tool offers are drafts: this model's draft in that shape
            size = model.draft_size(*(parse_size(asked) or (1, 1)))
        elif isinstance(asked, str) and parse_size(asked):
            size = model.valid_size(asked)
        else:
            size = model.draft_size()
        return [size] * count

    async def _make_images(self, message: Message, call: ToolCall, args: dict[str, Any], turn: _Turn) -> None:
        prompts = picture_prompts(MAKE_IMAGES, args)
        if not prompts:
            self._answer(call, {"error": "no prompts were given"})
            return
        sizes = self._sizes(args, len(prompts), turn)
        style = own_styles.find(self.project, turn.style) or own_styles.find(self.project, args.get("style"))
        guess = self.runner.estimate(len(prompts), sizes, self.quality)
        agreed, shown = await self._agree_to_spend(call, guess)
        if not agreed:
            return
        members = self.project.cast.all()
        named = self._existing(args.get("reference_image_ids"))
        keep_look = self._chosen(turn, named) if named else []
        jobs: list[JobRecord] = []
        for index, prompt in enumerate(prompts):
            in_it = cast.mentioned(f"{turn.user_text}\n{prompt}", members)
            refs = keep_look + [r for r in cast.reference_ids(in_it) if r not in keep_look]
            refs += [r for r in (style.reference_ids if style else ()) if r not in refs]
            spec = image_request_spec(
                styles.apply(cast.with_cast(prompt, in_it), style), size=sizes[index], quality=self.quality,
                style=style.id if style else None, transparent=bool(style and style.transparent),
                make_sticker=bool(style and style.sticker), reference_ids=self._existing(refs),
                variant_of=keep_look[0] if keep_look and turn.selected in keep_look else None,
                **(turn.again or {}))
            jobs.append(self.project.jobs.create(JobKind.GENERATE, spec, message.id, call.id, index))
        turn.result.prompts.extend(prompts)
        turn.listener(ImagesRequested(message.id, call.id, tuple(prompts), tuple(j.id for j in jobs), shown))
        made = await self._run_jobs(message, call, jobs, turn)
        summary = self._job_summary(jobs)
        page = args.get("page")
        if made and page not in (None, "", 0):
            summary |= self._place_or_offer(message, made[0], page, turn)
        self._answer(call, summary)

    def _place_or_offer(self, message: Message, picture: ImageRecord, page_arg: Any, turn: _Turn) -> dict[str, Any]:
        """Put the picture on the page the model named if its picture frame is empty (one named undo step);
        if the frame holds a picture, whoever put it there, change nothing and offer it to the person instead."""
        pages = self.project.pages()
        found = book.page_by_label(pages, page_arg) if isinstance(page_arg, (int, str)) else None
        if found is None:
            known = ", ".join(name for name, _page in book.page_labels(pages))
            return {"not_placed": f"there is no page {page_arg!r}; the pages are: {known}"}
        label, page = found
        frame = page.frame("image")
        where = book.spoken_label(label)
        if frame is None:
            return {"not_placed": f"{where} has no picture frame; the picture is in the gallery"}
        if frame.image_id is None:
            with self.project.history.step(_("Assistant: put picture #{id} on {page}").format(id=picture.id,
                                                                                                 page=where)):
                self.project.set_frame_image(frame.id, picture.id)
            turn.result.placed.append((picture.id, label))
            return {"placed_on_page": label}
        offer = Offer(picture.id, page.id, frame.id, label, frame.image_id,
                      _("Replace the picture on {page} with #{id}?").format(page=where, id=picture.id))
        turn.result.offers.append(offer)
        turn.listener(PlacementOffered(message.id, offer))
        # The answer keeps the offer, so a reopened chat shows it again (replay.py).
        return {"offer": offer.as_dict(),
                "not_placed": f"{where} already has picture #{frame.image_id}; the person was asked whether to "
                              "replace it and nothing was changed"}

    async def _agree_to_spend(self, call: ToolCall, guess: Estimate) -> tuple[bool, str]:
        """Money: a batch over a spending cap is not started (the runner's rule, SpendingCapError raised); one that
        costs enough is shown to the person first ("8 pictures, about $0.34 — Draw / Cancel"). Returns whether to go
        on, and the estimate to show as the pictures start when the person was not asked ("" when free)."""
        try:
            self.runner.check_batch(guess)
        except SpendingCapError as exc:
            self._answer(call, {"error": str(exc)})
            raise
        if self.approve_batch is not None and self.runner.needs_approval(guess):
            if not await self.approve_batch(guess):
                self._answer(call, {"error": "the user decided not to make these pictures now"})
                return False, ""
            return True, ""  # the person saw it when they said yes
        return True, "" if guess.free else guess.describe()

    async def _edit_image(self, message: Message, call: ToolCall, args: dict[str, Any], turn: _Turn) -> None:
        source = self._chosen(turn, [args.get("image_id")])
        instruction = str(args.get("instruction") or "").strip()
        if not source or not instruction:
            self._answer(call, {"error": "say which picture to change (select it) and what to change"})
            return
        record = self.project.image(source[0])
        members = self.project.cast.all()
        in_it = cast.mentioned(f"{turn.user_text}\n{instruction}\n{record.prompt}", members)
        in_it += [m for m in members if source[0] in m.reference_ids and m not in in_it]
        refs = source + [r for r in cast.reference_ids(in_it) if r not in source]
        where = "Only change the masked area. " if turn.mask else ""
        prompt = cast.with_cast(f"Edit the first picture: {instruction}. {where}Keep everything else the same.", in_it)
        style = record.settings.get("style")
        # The edit keeps the picture's shape (and its print size), as near as the model's rules allow; the app's own
        # redraw at print size names its size and asks the model to keep the picture closely.
        model = self.backend.capabilities
        asked = args.get("size")
        size = model.valid_size(asked) if isinstance(asked, str) else model.size_for(record.width, record.height)
        fidelity = args.get("fidelity") if args.get("fidelity") in ("high", "low") else None
        spec = image_request_spec(prompt, size=size, quality=self.quality,
                                  style=style, transparent=style == "sticker", reference_ids=refs, mask=turn.mask,
                                  variant_of=source[0], fidelity=fidelity)
        agreed, shown = await self._agree_to_spend(call, self.runner.estimate(1, [size], self.quality))
        if not agreed:
            return
        job = self.project.jobs.create(JobKind.EDIT, spec, message.id, call.id, 0)
        turn.result.prompts.append(instruction)
        turn.listener(ImagesRequested(message.id, call.id, (instruction,), (job.id,), shown))
        await self._run_jobs(message, call, [job], turn)
        self._answer(call, self._job_summary([job]))

    async def _run_jobs(self, message: Message, call: ToolCall, jobs: list[JobRecord], turn: _Turn) -> list[ImageRecord]:
        tasks = []
        for job in jobs:
            task = self.runner.submit(job)
            task.add_done_callback(lambda t, j=job: self._report(t, j, message, call, turn))
            tasks.append(task)
        try:
            results = await asyncio.gather(*tasks, return_exceptions=True)
        except asyncio.CancelledError:
            self._answer(call, self._job_summary(jobs) | {"cancelled": True})
            raise
        return [r for r in results if isinstance(r, ImageRecord)]

    def _report(self, task: asyncio.Task, job: JobRecord, message: Message, call: ToolCall, turn: _Turn) -> None:
        record = None if task.cancelled() or task.exception() else task.result()
        if record is not None:
            turn.result.images.append(record)
            turn.listener(ImageArrived(message.id, call.id, job.index, record))
            return
        current = self.project.jobs.get(job.id)
        if current.state == JobState.FAILED:
            turn.result.failures.append(current.error)
        turn.listener(ImageFailed(message.id, call.id, job.index, current.error or _("Stopped."),
                                  current.error_kind or current.state))

    def _job_summary(self, jobs: list[JobRecord]) -> dict[str, Any]:
        made, failed = [], []
        for job in (self.project.jobs.get(j.id) for j in jobs):
            if job.state == JobState.DONE:
                made.append({"id": job.image_id, "prompt": base_prompt(job.request["prompt"])})
            else:
                failed.append({"prompt": base_prompt(job.request["prompt"]), "error": job.error or job.state})
        return {"images": made, "failed": failed}

    def _remember(self, message: Message, call: ToolCall, args: dict[str, Any], turn: _Turn) -> None:
        name = str(args.get("name") or "").strip()
        if not name:
            self._answer(call, {"error": "a character needs a name"})
            return
        refs = self._chosen(turn, args.get("image_ids")) or self._latest_picture()
        description = str(args.get("description") or "").strip()
        if not description and refs:
            description = base_prompt(self.project.image(refs[0]).prompt)
        aliases = [a for a in args.get("aliases", []) if isinstance(a, str)] if isinstance(args.get("aliases"), list) else []
        with self.project.history.step(_("Assistant: remember {name}").format(name=name)):
            member = self.project.cast.remember(name, description, refs, aliases)
        turn.result.cast.append(member.name)
        turn.listener(CastRemembered(member, message.id))
        self._answer(call, {"cast": {"name": member.name, "description": member.description,
                                     "reference_image_ids": list(member.reference_ids)}})

    def _latest_picture(self) -> list[int]:
        images = self.project.images()
        return [images[-1].id] if images else []

    def _write_story(self, message: Message, call: ToolCall, args: dict[str, Any], turn: _Turn) -> None:
        title = str(args.get("title") or "").strip()
        pages = story_pages(args)
        if not pages:
            self._answer(call, {"error": "the story had no pages"})
            return
        characters = args.get("characters", []) if isinstance(args.get("characters"), list) else []
        joined: list[str] = []
        with self.project.history.step(_("Assistant: the story's characters")):
            for character in characters:
                if isinstance(character, dict) and str(character.get("name", "")).strip():
                    if self.project.cast.find(str(character["name"])) is None:
                        member = self.project.cast.remember(str(character["name"]),
                                                            str(character.get("description", "")))
                        turn.result.cast.append(member.name)
                        joined.append(member.name)
                        turn.listener(CastRemembered(member, message.id))
        written = StoryWritten(message.id, title, pages, tuple(story_extras(args).items()))
        turn.result.story = written.story()
        turn.listener(written)
        # Who joined the cast is part of the answer: the chat's history (replay.py) shows it as the live turn did.
        self._answer(call, {"title": title, "pages": len(pages)} | ({"joined_cast": joined} if joined else {}))
