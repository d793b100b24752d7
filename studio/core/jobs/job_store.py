"""Generation jobs as rows in the project: what was asked, where it belongs, and how it went."""

from __future__ import annotations

import json
import sqlite3
import time
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from studio.core.document.changes import ChangeSet
from studio.core.document.model import ENDED_STATES, JOB_STATES, JobKind, JobRecord, JobState
from studio.core.document.schema import ProjectError
from studio.core.i18n import N_, _

if TYPE_CHECKING:
    from studio.core.app.project import Project

INTERRUPTED = N_("The app closed before this picture was finished.")  # stored as the studio's language was


def _job(row: sqlite3.Row) -> JobRecord:
    # A word this version does not know (a hand-edited file, a newer one's kind) reads as a plain picture that
    # ended without one: the book still opens, and the job can be tried again.
    kind = row["kind"] if row["kind"] in JobKind.__members__.values() else JobKind.GENERATE
    state = row["state"] if row["state"] in JobState.__members__.values() else JobState.FAILED
    return JobRecord(
        id=row["id"], kind=JobKind(kind), state=JobState(state), request=json.loads(row["request"] or "{}"),
        message_id=row["message_id"], call_id=row["call_id"], index=row["idx"], image_id=row["image_id"],
        error=row["error"], error_kind=row["error_kind"], usage=json.loads(row["usage"]) if row["usage"] else None,
        attempts=row["attempts"], updated=row["updated"],
    )


class JobStore:
    """Jobs change state several times each and every view asks for the job on every change, so the latest
    record of each is kept here; this store is the only thing that writes them."""

    def __init__(self, project: "Project") -> None:
        self._project = project
        self._latest: dict[int, JobRecord] = {}

    def create(self, kind: JobKind, request: dict[str, Any], message_id: int | None = None, call_id: str = "",
               index: int = 0) -> JobRecord:
        now = time.time()
        cur = self._project.write(
            "INSERT INTO jobs(created, updated, kind, state, message_id, call_id, idx, request) VALUES (?,?,?,?,?,?,?,?)",
            (now, now, JobKind(kind), JobState.QUEUED, message_id, call_id, index, json.dumps(request, ensure_ascii=False)))
        job = self.get(cur.lastrowid)
        self._project.changes.emit(ChangeSet(jobs=frozenset({job.id})))
        return job

    def get(self, job_id: int) -> JobRecord:
        job = self._latest.get(job_id)
        if job is None:
            row = self._project.db.execute("SELECT * FROM jobs WHERE id = ?", (job_id,)).fetchone()
            if row is None:
                raise KeyError(job_id)
            job = self._latest[job_id] = _job(row)
        return job

    def all(self) -> list[JobRecord]:
        return [self._current(r) for r in self._project.db.execute("SELECT * FROM jobs ORDER BY id")]

    def latest(self, count: int) -> list[JobRecord]:
        """The newest `count` jobs, oldest first."""
        rows = self._project.db.execute("SELECT * FROM jobs ORDER BY id DESC LIMIT ?", (count,)).fetchall()
        return [self._current(r) for r in reversed(rows)]

    def of_message(self, message_id: int) -> list[JobRecord]:
        rows = self._project.db.execute("SELECT * FROM jobs WHERE message_id = ? ORDER BY idx, id", (message_id,))
        return [self._current(r) for r in rows]

    def _current(self, row: sqlite3.Row) -> JobRecord:
        """The record kept here if there is one: it may be newer than the row (an end the disk would not take)."""
        return self._latest.get(row["id"]) or _job(row)

    def update(self, job_id: int, state: JobState, **fields: Any) -> JobRecord:
        """Record a job's new state. A job's end is always known here, even when the disk will not take it
        (a full disk): the views hear of it and nothing waits forever; the next open settles the row."""
        if state not in JOB_STATES:
            raise ValueError(f"unknown job state {state!r}")
        state = JobState(state)
        columns = {"state": state, "updated": time.time()}
        for key in ("error", "error_kind", "image_id", "attempts"):
            if key in fields:
                columns[key] = fields[key]
        if "usage" in fields:
            columns["usage"] = json.dumps(fields["usage"]) if fields["usage"] else None
        assignments = ", ".join(f"{k} = ?" for k in columns)
        try:
            self._project.write(f"UPDATE jobs SET {assignments} WHERE id = ?", (*columns.values(), job_id))
        except ProjectError:
            if state not in ENDED_STATES:
                raise
            kept = {k: v for k, v in fields.items() if k in ("error", "error_kind", "image_id", "attempts", "usage")}
            job = self._latest[job_id] = replace(self.get(job_id), state=state, updated=columns["updated"], **kept)
        else:
            self._latest.pop(job_id, None)
            job = self.get(job_id)
        self._project.changes.emit(ChangeSet(jobs=frozenset({job_id})))
        return job

    def settle_interrupted(self) -> int:
        """Jobs a crash or kill left open are marked cancelled, so they can be retried; returns how many."""
        cur = self._project.write(
            "UPDATE jobs SET state = ?, error = ?, updated = ? WHERE state IN (?, ?)",
            (JobState.CANCELLED, _(INTERRUPTED), time.time(), JobState.QUEUED, JobState.RUNNING))
        self._latest.clear()
        return cur.rowcount
