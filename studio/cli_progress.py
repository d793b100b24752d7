"""How far each picture is, as lines on the command line ("picture 2: step 12 of 20"), for generators that say so
(ComfyUI, Automatic1111). On a terminal a line at most twice a second per picture; in a log only a few per picture
(a quarter of the way, half, three quarters, done), so a long run's log stays readable."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO

from studio.core.app.project import Project
from studio.core.i18n import _

TERMINAL_EVERY = 0.5  # seconds between lines about one picture on a terminal
LOG_MARKS = 4  # lines per picture in a log


class ProgressLines:
    def __init__(self, project: Project, out: TextIO | None = None, terminal: bool | None = None,
                 before: Callable[[], None] = lambda: None, clock: Callable[[], float] = time.monotonic) -> None:
        self.project = project
        self.out = out or sys.stdout
        self.terminal = self.out.isatty() if terminal is None else terminal
        self.before = before  # ends a half-written line (a streaming reply) first
        self.clock = clock
        self._last: dict[int, tuple[float, int]] = {}  # job id -> (when, mark) of the line last printed

    def __call__(self, job_id: int, step: int, steps: int) -> None:
        if steps <= 0:
            return
        when, mark = self._last.get(job_id, (float("-inf"), 0))
        if self.terminal:
            now = self.clock()
            if step < steps and now - when < TERMINAL_EVERY:
                return
            self._last[job_id] = (now, step)
        else:
            reached = step * LOG_MARKS // steps
            if reached <= mark:
                return
            self._last[job_id] = (when, reached)
        try:
            number = self.project.jobs.get(job_id).index + 1  # as the "prompt N:" lines count them
        except KeyError:
            number = job_id
        self.before()
        print(_("picture {n}: step {step} of {steps}").format(n=number, step=step, steps=steps), file=self.out,
              flush=True)
