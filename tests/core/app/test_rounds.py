"""Concept rounds: more like several chosen pictures at once, each round on a board named for it, in order."""

import asyncio

import pytest

from studio.core.app.rounds import RoundError, plan_round, run_round
from studio.core.app.studio import Studio
from studio.core.assistant.assistant import Assistant
from studio.core.jobs.jobs import JobRunner
from studio.core.jobs.spending import SpendingCapError
from studio.core.settings import Settings
from tests.core.gallery.conftest import add
from tests.core.jobs.test_spending import studio_runner
from tests.fake_openai import backend_for

EDITS = "/v1/images/edits"


@pytest.fixture
def concepts(project):
    """Four concept sketches of a robot barista, as the chat made them."""
    return [add(project, f"A robot barista, {look}, storybook style", pixels=(96, 64), style="watercolor")
            for look in ("round copper body", "tall and thin", "tiny with a big apron", "on wheels")]


def board_ids(project, name):
    board = project.gallery.board_named(name)
    return project.gallery.board_images(board.id) if board else None


def test_round_two_lands_on_its_board_drawn_from_the_chosen_pictures(project, concepts):
    offline = Studio(Settings(backend="offline"))
    chosen = [concepts[2], concepts[0]]
    plan = plan_round(project, chosen)
    assert plan.subject == "Robot barista" and plan.number == 2
    result = asyncio.run(run_round(project, offline.assistant(project), plan))

    assert len(result.made) == 4
    assert board_ids(project, "Robot barista – round 1") == sorted(chosen)  # where the round started from
    assert board_ids(project, "Robot barista – round 2") == sorted(result.made)
    for image_id in result.made:
        record = project.image(image_id)
        assert record.settings["reference_ids"][:2] == chosen  # the chosen pictures, as references
        assert record.settings["style"] == "watercolor"  # the style they share
        assert record.width > record.height  # their landscape shape is kept
    # one undo step takes the whole round off its boards; the pictures stay in the gallery
    assert project.history.next_undo().name == "Concept round: Robot barista – round 2"
    project.history.undo()
    assert board_ids(project, "Robot barista – round 2") is None
    assert board_ids(project, "Robot barista – round 1") is None
    assert all(project.image(i).trashed is None for i in result.made)
    project.history.redo()
    assert board_ids(project, "Robot barista – round 2") == sorted(result.made)

    # Round 3 from two of round 2: the concept's boards read in order, whatever the count
    third = plan_round(project, result.made[:2], subject="ignored: they are in a round already")
    assert (third.subject, third.number, third.chosen_board) == ("Robot barista", 3, None)
    asyncio.run(run_round(project, offline.assistant(project), third))
    names = [b.name for b in project.gallery.boards()]
    assert names == [f"Robot barista – round {n}" for n in (1, 2, 3)]


def test_boards_sort_round_ten_after_round_two(project, concepts):
    for n in (10, 2, 1):
        project.gallery.add_board(f"Kite – round {n}")
    assert [b.name for b in project.gallery.boards()] == ["Kite – round 1", "Kite – round 2", "Kite – round 10"]


def test_a_round_sends_the_chosen_pictures_as_references_of_one_edit_request_each(fake_openai, project, concepts):
    backend = backend_for(fake_openai)
    assistant = Assistant(project, backend, JobRunner(project, lambda: backend, 4))
    plan = plan_round(project, [concepts[1], concepts[3]], subject="Robot barista", count=2)
    asyncio.run(run_round(project, assistant, plan))
    sent = fake_openai.requests_to(EDITS)
    assert len(sent) == 2
    assert all(r["images"] == [project.image_data(concepts[1]), project.image_data(concepts[3])] for r in sent)
    assert all("Keep what they have in common" in r["prompt"] for r in sent)
    assert board_ids(project, "Robot barista – round 2") is not None


def test_a_round_over_the_spending_cap_makes_nothing_and_no_board(fake_openai, project, concepts):
    backend = backend_for(fake_openai)
    assistant = Assistant(project, backend, studio_runner(project, backend, book_cap=0.05))
    plan = plan_round(project, concepts[:2], subject="Robot barista")
    with pytest.raises(SpendingCapError):
        asyncio.run(run_round(project, assistant, plan))
    assert fake_openai.requests_to(EDITS) == []
    assert project.gallery.boards() == []


def test_a_round_needs_pictures_that_are_in_the_gallery(project, concepts):
    with pytest.raises(RoundError):
        plan_round(project, [])
    project.gallery.trash([concepts[0]])
    with pytest.raises(RoundError, match="trash"):
        plan_round(project, [concepts[0], concepts[1]])
