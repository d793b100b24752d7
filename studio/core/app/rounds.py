"""Concept rounds: "more like these" from several chosen pictures at once. The chosen pictures are the references of
one batch (their common look carries over), and each round lands on a board named for it ("Robot barista – round
2"), so the boards read as the concept's history, in order. The boards and what lands on them are one undo step;
the pictures themselves stay in the gallery, as every picture does."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from typing import Callable

from studio.backends.capabilities import ImageModel
from studio.core.app.project import Project
from studio.core.assistant.assistant import Assistant, TurnResult, base_prompt
from studio.core.assistant.turn_events import ImageArrived, TurnEvent
from studio.core.gallery.store import Board
from studio.core.i18n import _

DASH = "–"  # an en dash, as a designer writes it
# A board is named in the language of the day it was made ("… – round 2", "… – 라운드 2"): both are read back.
ROUND = re.compile(rf"^(?P<subject>.+?) {DASH} (?:round|라운드) (?P<n>\d+)$", re.IGNORECASE)
MOST = 4  # chosen pictures that go along as references (models take a handful; four concepts are a lot to blend)
COUNT = 4  # pictures in a round
KEEP = ("The reference pictures are concepts the designer chose. Keep what they have in common: the character's "
        "design, proportions, palette and style; bring their best features together in one new picture.")
VARIATIONS = (
    "A slightly different pose.",
    "Seen from another angle.",
    "A different expression.",
    "One new small detail that suits the character.",
    "A calmer, simpler version.",
    "A bolder, more playful version.",
)


# "Four concept sketches of", "A picture of", "the": what a prompt says before its subject
LEAD_IN = re.compile(r"^\s*(?:(?:a|an|one|two|three|four|five|six|some|several|\d+)\s+)?(?:(?:concept|quick|rough)\s+)?"
                     r"(?:(?:sketch(?:es)?|drawings?|pictures?|images?|illustrations?|ideas?|variants?|versions?|"
                     r"concepts?)\s+of\s+)?(?:(?:a|an|the)\s+)?", re.IGNORECASE)


class RoundError(ValueError):
    """Pictures a round cannot start from; the message is for the person."""


@dataclass(frozen=True)
class RoundPlan:
    subject: str  # what the concept is: "Robot barista"
    number: int  # the round the new pictures make
    chosen: list[int]  # the pictures they are drawn from, in the person's order
    prompts: list[str]
    style: str | None
    shape: tuple[int, int]  # the first chosen picture's width and height: the round keeps its shape
    chosen_board: str | None  # the chosen pictures go on this board first (round 1) when no round has them yet

    @property
    def board(self) -> str:
        return board_name(self.subject, self.number)

    @property
    def step_name(self) -> str:
        return _("Concept round: {board}").format(board=self.board)

    def sizes(self, model: ImageModel) -> list[str]:
        """Each picture's size: a draft in the chosen pictures' shape, as near as `model` allows (also what the
        estimate is made from)."""
        return [model.draft_size(*self.shape)] * len(self.prompts)


@dataclass
class RoundResult:
    plan: RoundPlan
    board_id: int | None = None  # the round's board, once a picture has landed on it
    made: list[int] = field(default_factory=list)
    turn: TurnResult | None = None


def board_name(subject: str, number: int) -> str:
    # Translators: a concept round's board, "Robot barista – round 2"; keep the dash (the studio reads it back)
    return _("{subject} – round {n}").format(subject=subject, n=number)


def parse_board(name: str) -> tuple[str, int] | None:
    """("Robot barista", 2) for "Robot barista – round 2"; None for any other board."""
    found = ROUND.match(name.strip())
    return (found["subject"], int(found["n"])) if found else None


def default_subject(project: Project, image_id: int) -> str:
    """A name for a new concept from its picture's prompt: the words before the first comma, without "four concept
    sketches of a", at most six."""
    prompt = base_prompt(project.image(image_id).prompt)
    head = re.split(r"[,.;:\n]", prompt, maxsplit=1)[0]
    head = LEAD_IN.sub("", head).split()[:6]
    words = " ".join(head).strip() or _("Picture {id}").format(id=image_id)
    return words[0].upper() + words[1:]


def _rounds_of(project: Project, subject: str) -> dict[int, Board]:
    found: dict[int, Board] = {}
    for board in project.gallery.boards():
        parsed = parse_board(board.name)
        if parsed and parsed[0].casefold() == subject.casefold():
            found[parsed[1]] = board
    return found


def current_subject(project: Project, image_ids: list[int]) -> str | None:
    """The concept the chosen pictures are a round of, when one of them is on a round's board (the latest round
    wins)."""
    best: tuple[int, str] | None = None
    for image_id in image_ids:
        for name in project.gallery.boards_of(image_id):
            parsed = parse_board(name)
            if parsed and (best is None or parsed[1] > best[0]):
                best = (parsed[1], parsed[0])
    return best[1] if best else None


def plan_round(project: Project, image_ids: list[int], subject: str | None = None,
               count: int = COUNT) -> RoundPlan:
    """What the next round of the chosen pictures is: its number, board, prompts and references. The subject is
    the round the pictures are already in, else `subject`, else one made from the first picture's prompt."""
    chosen: list[int] = []
    for image_id in image_ids:
        if image_id not in chosen:
            chosen.append(image_id)
    if not chosen:
        raise RoundError(_("Choose the pictures the next round is drawn from."))
    records = [project.image(i) for i in chosen]
    if any(r.trashed is not None for r in records):
        raise RoundError(_("A picture in the trash cannot start a round: put it back first."))
    chosen = chosen[:MOST]
    records = records[:MOST]
    known = current_subject(project, chosen)
    name = " ".join((known or subject or default_subject(project, chosen[0])).split())
    if not name:
        raise RoundError(_("A round needs a name for its concept."))
    rounds = _rounds_of(project, name)
    latest = max(rounds, default=0)
    on_a_round = any(set(project.gallery.board_images(b.id)) & set(chosen) for b in rounds.values())
    chosen_board = None if on_a_round else board_name(name, latest + 1)
    number = latest + 1 if on_a_round else latest + 2
    described = base_prompt(records[0].prompt) or name
    # What is asked for first, the instruction after a blank line: a caption (a contact sheet's) stops at the line.
    prompts = [f"{described}. {VARIATIONS[i % len(VARIATIONS)]}\n\n{KEEP}" for i in range(max(1, count))]
    styles = {str(r.settings.get("style") or "") for r in records}
    style = styles.pop() if len(styles) == 1 else None
    return RoundPlan(name, number, chosen, prompts, style or None, (records[0].width, records[0].height),
                     chosen_board)


async def run_round(project: Project, assistant: Assistant, plan: RoundPlan,
                    listener: Callable[[TurnEvent], None] | None = None,
                    result: RoundResult | None = None) -> RoundResult:
    """Draw the round through the assistant (caps, the estimate and the chat as for any batch). The round's board
    is made when its first picture arrives, and each picture lands on it as it comes: one undo step for the whole
    round unless the person changes something in between. Nothing is made when the person declines the cost."""
    result = result if result is not None else RoundResult(plan)
    merge = f"round:{uuid.uuid4().hex}"
    gallery = project.gallery

    def land(image_id: int) -> None:
        with project.history.step(plan.step_name, merge=merge):
            if result.board_id is None:
                if plan.chosen_board and gallery.board_named(plan.chosen_board) is None:
                    first = gallery.add_board(plan.chosen_board)
                    gallery.add_to_board(first.id, plan.chosen)
                existing = gallery.board_named(plan.board)
                result.board_id = (existing or gallery.add_board(plan.board)).id
            gallery.add_to_board(result.board_id, [image_id])
        result.made.append(image_id)

    def heard(event: TurnEvent) -> None:
        if isinstance(event, ImageArrived):
            land(event.image.id)
        if listener is not None:
            listener(event)

    label = _("More like these ({pictures}): {board}").format(pictures=", ".join(f"#{i}" for i in plan.chosen),
                                                             board=plan.board)
    result.turn = await assistant.draw(label, plan.prompts, heard, plan.style, sizes=plan.sizes(
        assistant.backend.capabilities), references=plan.chosen)
    return result
