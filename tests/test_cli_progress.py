"""The command line's progress lines: on a terminal at most two a second per picture (and always the last step);
in a log a few per picture."""

from __future__ import annotations

import io

from studio.cli_progress import ProgressLines
from studio.core.app.project import Project
from studio.core.document.model import JobKind


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def two_jobs(tmp_path):
    project = Project.create(tmp_path / "P.storybook")
    message = project.add_message("assistant", "")
    jobs = [project.jobs.create(JobKind.GENERATE, {"prompt": p}, message.id, "c1", i) for i, p in enumerate("ab")]
    return project, jobs


def test_on_a_terminal_a_line_at_most_twice_a_second_per_picture_and_the_last_step(tmp_path):
    project, (first, second) = two_jobs(tmp_path)
    out, clock = io.StringIO(), Clock()
    lines = ProgressLines(project, out, terminal=True, clock=clock)
    for step in range(1, 21):  # 20 steps, 0.1 s apart, two pictures side by side
        clock.now = step * 0.1
        lines(first.id, step, 20)
        lines(second.id, step, 20)
    project.close()
    said = out.getvalue().splitlines()
    ones = [line for line in said if line.startswith("picture 1:")]
    assert ones[0] == "picture 1: step 1 of 20" and ones[-1] == "picture 1: step 20 of 20"
    assert 4 <= len(ones) <= 6  # 2 s of drawing: about one line each half second
    assert len([line for line in said if line.startswith("picture 2:")]) == len(ones)


def test_in_a_log_a_few_lines_per_picture(tmp_path):
    project, (first, _) = two_jobs(tmp_path)
    out = io.StringIO()
    lines = ProgressLines(project, out, terminal=False)
    for step in range(1, 151):
        lines(first.id, step, 150)
    project.close()
    assert out.getvalue().splitlines() == [f"picture 1: step {s} of 150" for s in (38, 75, 113, 150)]
