"""The book's fault seam: a book told its disk is full fails every change the way SQLite fails on a full disk,
on the window's connection and the picture writer's, and reads on."""

import asyncio

import pytest

from studio.core.document import faults
from studio.core.document.schema import ProjectError
from studio.core.document.sqlite_codes import Fault, fault


def test_the_error_is_sqlites_own_full_disk():
    exc = faults.full_disk_error()
    assert fault(exc) is Fault.FULL and exc.sqlite_errorname == "SQLITE_FULL"


def test_a_full_disk_refuses_every_change_reads_on_and_room_coming_back_ends_it(project):
    first = project.add_message("user", "before")
    job = project.jobs.create("generate", {"prompt": "a kite"})
    project.simulate_full_disk()
    with pytest.raises(ProjectError, match="disk is full"):
        project.add_message("user", "while full")  # an INSERT
    with pytest.raises(ProjectError, match="disk is full"):
        project.update_message_extra(first.id, {"note": 1})  # an UPDATE, which never grows the file
    with pytest.raises(ProjectError, match="disk is full"):
        asyncio.run(project.add_image_async(b"x" * 1000, b"y", 1, 1, "image/png"))  # the picture writer
    with pytest.raises(ProjectError, match="disk is full"):
        with project.transaction() as db:
            db.executemany("UPDATE jobs SET state = ? WHERE id = ?", [("running", job.id)])
    assert [m.content for m in project.messages()] == ["before"] and project.images() == []
    project.simulate_full_disk(False)
    project.add_message("user", "after")
    asyncio.run(project.add_image_async(b"x" * 1000, b"y", 1, 1, "image/png"))
    assert [m.content for m in project.messages()] == ["before", "after"] and len(project.images()) == 1
