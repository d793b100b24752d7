"""The chat box's picture shape and own styles, as a person uses them: a compact control that fits the narrowest
chat, a choice remembered for the session, Draw again in a shape, a custom size refused with its reason, and a style
made in the Styles dialog used from the style box."""

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QToolButton

from studio.backends.capabilities import for_model
from studio.core import secrets
from studio.core.app.project import Project
from studio.core.assistant import shapes, style_files
from studio.core.gallery.imaging import decode
from studio.core.settings import Settings
from studio.qt.shape_menu import CustomSizeDialog
from tests.fake_openai import png_for
from tests.openai_spec import problems
from tests.qt.conftest import send_and_wait

GENERATE = "/v1/images/generations"


@pytest.fixture
def online_window(make_window, fake_openai):
    """A window whose server's picture model takes only the three standard sizes."""
    secrets.set_api_key("compatible", "test-key")
    return make_window(Settings(backend="compatible", base_url=fake_openai.base_url, image_model="gpt-image-1.5"))


def choose(menu, starts_with):
    """Open `menu` as a click would (it is filled then) and pick the entry whose text starts so."""
    menu.aboutToShow.emit()
    for action in menu.actions():
        if action.text().startswith(starts_with):
            action.trigger()
            return action
        if action.menu() is not None:
            action.menu().aboutToShow.emit()
    raise AssertionError(f"no {starts_with!r} in {[a.text() for a in menu.actions()]}")


def send_approving(qtbot, win, text):
    """Send, and press Draw on the estimate shown first (this model has no price in the table: always asked)."""
    win.chat.input.setPlainText(text)
    win.chat.send_current()
    qtbot.waitUntil(lambda: win.chat.findChild(QPushButton, "approveBatch") is not None, timeout=60_000)
    win.chat.findChild(QPushButton, "approveBatch").click()
    qtbot.waitUntil(lambda: not win.chat.busy, timeout=60_000)


def sent_sizes(fake_openai):
    bodies = fake_openai.requests_to(GENERATE)
    for body in bodies:
        assert problems("CreateImageRequest", body) == []
        assert for_model("gpt-image-1.5").accepts(body["size"])
    return [body["size"] for body in bodies]


def test_a_landscape_request_sends_a_landscape_size_valid_for_the_model_and_is_remembered(
        qtbot, online_window, fake_openai, tmp_path):
    chat = online_window.chat
    assert chat.shape_button.text() == "Auto"
    choose(chat.shape_menu, "Landscape")
    assert chat.shape_button.text() == "Landscape" and "1536×1024" in chat.shape_button.toolTip()

    send_approving(qtbot, online_window, "draw a castle by the sea")
    assert sent_sizes(fake_openai) == ["1536x1024"] * 4

    online_window.set_project(Project.create(tmp_path / "Next.storybook"))  # remembered for the session
    assert chat.shape_button.text() == "Landscape"


def test_a_pages_frame_shape_is_offered_and_used(qtbot, window):
    chat = window.chat
    chat.shape_menu.aboutToShow.emit()
    frames = chat.shape_menu.findChild(type(chat.shape_menu), "frameShapes")
    assert any(a.text().startswith("Page 3 (") for a in frames.actions())  # the story page's frame, with its ratio
    next(a for a in frames.actions() if a.text().startswith("Page 3")).trigger()
    assert chat.shape_button.text() == f"Frame {shapes.ratio_text(chat.shape.width, chat.shape.height)}"
    assert "page 3" in chat.shape.label

    send_and_wait(qtbot, window, "draw a fox in the snow")
    frame = chat.shape
    for image in window.project.images():
        assert image.width / image.height == pytest.approx(frame.width / frame.height, rel=0.01)


def test_a_custom_size_outside_the_models_rules_gets_a_clear_message(qtbot, online_window):
    chat = online_window.chat
    choose(chat.shape_menu, "Custom Size")
    dialog = chat.findChild(CustomSizeDialog, "customSizeDialog")
    qtbot.waitUntil(lambda: dialog.isVisible())
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.width_box.setValue(1920)
    dialog.height_box.setValue(1080)
    assert not ok.isEnabled()
    assert "gpt-image-1.5 draws only these sizes" in dialog.message.text() and "1536×1024" in dialog.message.text()
    assert chat.shape is None  # nothing changed while the size is refused
    dialog.height_box.setValue(1536)
    dialog.width_box.setValue(1024)
    assert ok.isEnabled()
    ok.click()
    assert chat.shape_button.text() == "1024×1536"


def test_a_prompts_draw_again_offers_shapes(qtbot, online_window, fake_openai):
    send_approving(qtbot, online_window, "draw a lighthouse")
    again = next(b for bubble in online_window.chat.bubbles() for b in bubble.findChildren(QToolButton, "drawAgain"))
    assert again.popupMode() == QToolButton.ToolButtonPopupMode.MenuButtonPopup
    choose(again.menu(), "Portrait")
    qtbot.waitUntil(lambda: len(fake_openai.requests_to(GENERATE)) == 5, timeout=60_000)
    assert sent_sizes(fake_openai)[-1] == "1024x1536"
    qtbot.waitUntil(lambda: not online_window.chat.busy, timeout=60_000)


def test_the_shape_control_fits_the_narrowest_chat(qtbot, window):
    chat = window.chat
    choose(chat.shape_menu, "Landscape")
    chat.layout().activate()  # the button's new width ("Landscape") counted in the chat's minimum
    narrowest = chat.minimumSizeHint().width()
    assert narrowest <= 234
    chat.setFixedWidth(narrowest)
    # the layout gives "Landscape" its whole width (the style box gives way), once it has been laid out
    qtbot.waitUntil(lambda: chat.width() == narrowest
                    and chat.shape_button.width() >= chat.shape_button.sizeHint().width())
    for widget in (chat.style_box, chat.shape_button):
        right = widget.mapTo(chat, widget.rect().topRight()).x()
        assert widget.isVisible() and right < narrowest


def _picture(project, prompt):
    picture = decode(png_for(prompt, "96x64", max_edge=96))
    return project.add_image(picture.data, picture.thumb, picture.width, picture.height, picture.mime,
                             source="imported").id


def test_a_style_made_in_the_dialog_is_used_from_the_chat_box_and_undone_in_one_step(qtbot, window):
    from studio.qt.styles_dialog import StyleEditor, StylesDialog

    project, chat = window.project, window.chat
    reference = _picture(project, "ink and pastel sample")
    chat.set_selected_image(reference)
    choose_style = chat.style_box.findData("manage:")
    chat.style_box.setCurrentIndex(choose_style)
    chat.style_box.activated.emit(choose_style)
    dialog = chat.findChild(StylesDialog)
    qtbot.waitUntil(lambda: dialog.isVisible())
    assert chat.style() is None  # "Manage Styles…" is not a style
    dialog.buttons["new"].click()
    editor = dialog.findChild(StyleEditor)
    assert editor.references.ids() == [reference]  # the selected picture is the first reference
    editor.name.setText("Ink and Pastel")
    editor.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert "needs a few words" in editor.message.text() and project.styles.all() == []
    editor.passage.setPlainText("thick ink outlines, flat pastel fills")
    editor.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    (style,) = project.styles.all()
    assert [name for _, name in style_files.library_names()] == ["Ink and Pastel"]  # and in the library
    dialog.close()

    index = chat.style_box.findData(style.id)
    assert index > 0
    chat.style_box.setCurrentIndex(index)
    chat.style_box.activated.emit(index)
    send_and_wait(qtbot, window, "draw a robot barista")
    requests = [job.request for job in project.jobs.all()]
    assert requests and all("thick ink outlines, flat pastel fills" in r["prompt"] for r in requests)
    assert all(reference in r["reference_ids"] for r in requests)

    while project.styles.all():  # back through the turn's steps to the style's own
        step = project.history.undo()
    assert step.name == "Add style “Ink and Pastel”"
    qtbot.waitUntil(lambda: chat.style_box.findData(style.id) < 0)  # gone from the box with the undo


def test_a_library_style_picked_in_the_box_comes_into_the_book(qtbot, window):
    style_files.save_to_library(style_files.StylePack(
        "Pencil", "soft graphite pencil", (decode(png_for("pencil", "96x64", max_edge=96)).data,)))
    window.chat._fill_styles()
    chat = window.chat
    index = next(i for i in range(chat.style_box.count()) if chat.style_box.itemText(i).startswith("Pencil"))
    chat.style_box.setCurrentIndex(index)
    chat.style_box.activated.emit(index)
    qtbot.waitUntil(lambda: chat.style() == "pencil", timeout=30_000)
    (style,) = window.project.styles.all()
    assert style.prompt == "soft graphite pencil" and len(style.reference_ids) == 1
    assert window.project.history.undo().name == "Add style “Pencil”"


def test_a_bad_style_file_is_named_and_nothing_changes(qtbot, window, tmp_path):
    from studio.qt.styles_dialog import StylesDialog

    bad = tmp_path / "Broken.pbstyle"
    bad.write_bytes(b"not a zip")
    dialog = StylesDialog(window.project, window.runner, lambda: None, window)
    qtbot.addWidget(dialog)
    dialog.import_path(bad)
    assert "Broken.pbstyle is not a style file" in dialog.message.text()
    assert window.project.styles.all() == [] and style_files.library_names() == []


def test_export_then_import_in_the_dialog_round_trips(qtbot, window, tmp_path):
    from studio.qt.styles_dialog import StylesDialog

    project = window.project
    style = project.styles.add("Chalk", "chalk on a blackboard", [_picture(project, "chalk sample")])
    dialog = StylesDialog(project, window.runner, lambda: None, window)
    qtbot.addWidget(dialog)
    dialog.export_to(tmp_path / "Chalk")
    assert (tmp_path / "Chalk.pbstyle").exists()
    dialog.list.setCurrentRow(0)
    dialog.buttons["delete"].click()
    assert project.styles.all() == []
    dialog.import_path(tmp_path / "Chalk.pbstyle")
    qtbot.waitUntil(lambda: len(project.styles.all()) == 1, timeout=30_000)
    (back,) = project.styles.all()
    assert (back.label, back.prompt) == ("Chalk", "chalk on a blackboard")
    assert project.image_data(back.reference_ids[0]) == project.image_data(style.reference_ids[0])
