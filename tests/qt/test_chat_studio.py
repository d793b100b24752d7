"""The chat studio in the window: markdown, jobs in slots, stop/retry, cast panel, viewer, mask, batch approval."""

import io

from PIL import Image
from PySide6.QtCore import QPointF
from studio.qt.text_view import PlainTextView

from tests.qt.conftest import send_and_wait


def test_naming_the_selected_picture_puts_it_in_the_cast_panel(qtbot, window):
    send_and_wait(qtbot, window, "What does a super-duper sunflower hedgehog look like?")
    chosen = window.project.images()[1].id
    window.show_picture(chosen)  # as clicking it in the chat does
    assert window.viewer.isVisible() and window.chat.selected_image == chosen
    send_and_wait(qtbot, window, "Her name is Larry")
    assert window.cast.members.count() == 1
    window.cast.members.setCurrentRow(0)
    assert window.cast.name.text() == "Larry" and window.cast.refs.count() == 1
    window.cast.description.setPlainText("a hedgehog with sunflower spines and a green scarf")
    window.cast.save_button.click()
    assert window.project.cast.find("Larry").description == "a hedgehog with sunflower spines and a green scarf"
    notes = [label.text() for b in window.chat.bubbles() for label in b.findChildren(PlainTextView, "noteText")]
    assert notes == ["Larry joined the cast."]
    # a long description wraps in the list (it is whole in the box below), with no sideways scroll bar
    window.cast.description.setPlainText("a small hedgehog whose spines are bright yellow sunflower petals " * 3)
    window.cast.save_button.click()
    members = window.cast.members
    members.resize(260, 200)
    qtbot.waitUntil(lambda: members.visualItemRect(members.item(0)).right() < members.viewport().width())
    assert members.horizontalScrollBar().maximum() == 0
    # its start ends at a word with "…" (it read "…bright yellow sunfl"), the whole of it in the tooltip
    shown = members.item(0).text().split("\n")[1]
    assert shown == "a small hedgehog whose spines are bright yellow sunflower…"
    assert members.item(0).toolTip() == window.project.cast.find("Larry").description


def test_more_like_this_and_a_masked_edit_from_the_viewer(qtbot, window):
    send_and_wait(qtbot, window, "draw a teapot")
    chosen = window.project.images()[0]
    window.show_picture(chosen.id)
    qtbot.waitUntil(lambda: not window.viewer.view.picture.pixmap().isNull(), timeout=60_000)
    window.viewer.more_button.click()
    qtbot.waitUntil(lambda: not window.chat.busy, timeout=60_000)
    assert len(window.project.images()) == 8
    # Paint a stroke across the middle, then ask for a change: only that area is sent as editable.
    view = window.viewer.view
    view.paint_stroke([QPointF(300, 512), QPointF(700, 512)])
    window.viewer.instruction.setText("make it golden")
    window.viewer.edit_button.click()
    qtbot.waitUntil(lambda: not window.chat.busy, timeout=60_000)
    edited = window.project.images()[-1]
    assert edited.source == "edited" and edited.settings["edit"]["mask"] is True
    job = window.project.jobs.get(edited.settings["job_id"])
    with Image.open(io.BytesIO(__import__("base64").b64decode(job.request["mask_png"]))) as mask:
        assert mask.size == (chosen.width, chosen.height)
        assert mask.getchannel("A").getpixel((500, 512)) == 0  # painted: may change
        assert mask.getchannel("A").getpixel((500, 100)) == 255  # not painted: stays


def test_a_stopped_picture_can_be_retried_from_its_slot(qtbot, window):
    send_and_wait(qtbot, window, "draw a kite")
    slot = window.chat.slots()[0]
    window.project.jobs.update(slot.job_id, "failed", error="The server had a problem (500). Try again.",
                               error_kind="server")
    assert slot.state == "failed" and slot.retry_button.isVisible()
    assert "500" in slot.label.text()
    row_state = window.jobs_pane._items[slot.job_id].text(1)
    assert row_state == "failed"
    slot.retry_button.click()
    qtbot.waitUntil(lambda: slot.state == "done", timeout=60_000)
    assert window.project.jobs.get(slot.job_id).image_id == slot.image_id


def test_a_costly_batch_shows_the_estimate_first(qtbot, window):
    window.chat.input.setPlainText("x")
    from studio.core.assistant.assistant import BatchEstimate

    async def ask():
        return await window.chat.approve_batch(BatchEstimate(8, 0.336, "USD"))

    task = window.runner.start(ask(), "asking")
    qtbot.waitUntil(lambda: bool(window.chat.bubbles()) and window.chat.bubbles()[-1].role == "question", timeout=60_000)
    question = window.chat.bubbles()[-1]
    assert "8 pictures, about $0.34" in question.plain_text()
    question.findChild(type(window.chat.send_button), "declineBatch").click()
    qtbot.waitUntil(task.done, timeout=60_000)
    assert task.result() is False


def test_style_picker_makes_stickers(qtbot, window):
    window.chat.style_box.setCurrentIndex(window.chat.style_box.findData("sticker"))
    send_and_wait(qtbot, window, "draw a fox")
    assert all(i.settings.get("style") == "sticker" and i.settings.get("sticker") for i in window.project.images())
    assert window.cost_label.text() == "nothing spent"  # offline sketches are free
