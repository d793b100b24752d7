"""Settings for pictures from one's own machine: words and pictures chosen apart, ComfyUI's and Automatic1111's
address, checkpoint (Refresh asks the server), steps and CFG, and a workflow of one's own shown for confirmation."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QFileDialog

from studio.core.backend_choice import make_backend
from studio.core.settings import Settings, load_settings, save_settings
from studio.qt.settings_dialog import SettingsDialog
from studio.qt.tasks import TaskRunner
from tests.backends.test_comfyui import WEIGHTLESS
from tests.fake_a1111 import FakeA1111
from tests.fake_comfyui import FakeComfyUI


def dialog_for(qtbot, settings: Settings) -> SettingsDialog:
    dialog = SettingsDialog(settings, runner=TaskRunner())
    qtbot.addWidget(dialog)
    return dialog


def on_local_page(dialog: SettingsDialog) -> None:
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.local)


def test_words_and_pictures_and_the_local_generators_round_trip(qtbot, tmp_path, monkeypatch):
    monkeypatch.delenv("COMFYUI_URL", raising=False)
    monkeypatch.delenv("A1111_URL", raising=False)
    dialog = dialog_for(qtbot, Settings(backend="offline"))
    dialog.backend.setCurrentIndex(dialog.backend.findData("compatible"))
    dialog.pictures.setCurrentIndex(dialog.pictures.findData("automatic1111"))
    dialog.local.comfyui.address.setText("http://127.0.0.1:8189")
    dialog.local.comfyui.checkpoint.setCurrentText("dreamy.safetensors")
    dialog.local.comfyui.steps.setValue(12)
    dialog.local.comfyui.cfg.setValue(5.5)
    dialog.local.a1111.address.setText("http://127.0.0.1:7861")
    dialog.local.a1111.checkpoint.setCurrentText("v1-5.safetensors [6ce0161689]")
    dialog.local.a1111.steps.setValue(30)
    dialog.local.a1111.cfg.setValue(6)
    saved = dialog.result_settings()
    assert (saved.backend, saved.pictures) == ("compatible", "automatic1111")
    assert (saved.comfyui_url, saved.comfyui_checkpoint, saved.comfyui_steps, saved.comfyui_cfg) == (
        "http://127.0.0.1:8189", "dreamy.safetensors", 12, 5.5)
    assert (saved.a1111_url, saved.a1111_checkpoint, saved.a1111_steps, saved.a1111_cfg) == (
        "http://127.0.0.1:7861", "v1-5.safetensors [6ce0161689]", 30, 6.0)
    save_settings(saved, tmp_path / "settings.json")
    again = load_settings(tmp_path / "settings.json")
    assert again == saved
    pictures = make_backend(again).pictures  # the generator is built from what was saved
    assert pictures.name == "automatic1111" and pictures.base == "http://127.0.0.1:7861"
    assert pictures.config.steps == 30 and pictures.config.checkpoint == "v1-5.safetensors [6ce0161689]"
    reopened = dialog_for(qtbot, again)  # and the dialog shows it again
    assert reopened.pictures.currentData() == "automatic1111"
    assert reopened.local.a1111.checkpoint.currentText() == "v1-5.safetensors [6ce0161689]"
    assert reopened.local.comfyui.steps.value() == 12


def test_refresh_fills_the_checkpoints_from_comfyui(qtbot, qloop, monkeypatch):
    monkeypatch.delenv("COMFYUI_URL", raising=False)
    with FakeComfyUI(["a.safetensors", "b.safetensors"]) as comfy:
        dialog = dialog_for(qtbot, Settings(backend="offline", pictures="comfyui", comfyui_url=comfy.url))
        box = dialog.local.comfyui
        box.refresh_button.click()
        qtbot.waitUntil(lambda: box.checkpoint.count() == 2, timeout=30_000)
    assert [box.checkpoint.itemText(i) for i in range(2)] == ["a.safetensors", "b.safetensors"]
    assert "2 checkpoints" in box.status.text() and box.refresh_button.isEnabled()


def test_refresh_fills_the_checkpoints_from_automatic1111(qtbot, qloop, monkeypatch):
    with FakeA1111(["a.safetensors"]) as a1111:
        monkeypatch.setenv("A1111_URL", a1111.url)  # the environment's address is the one asked, and said
        dialog = dialog_for(qtbot, Settings(backend="offline", pictures="automatic1111"))
        box = dialog.local.a1111
        assert not box.address.isEnabled() and "A1111_URL" in box.address_note.text()
        box.refresh_button.click()
        qtbot.waitUntil(lambda: box.checkpoint.count() == 1, timeout=30_000)
    assert box.checkpoint.currentText() == "a.safetensors [0123abcd]"
    assert dialog.result_settings().a1111_url == "http://127.0.0.1:7860"  # the saved one is kept for later


def test_refresh_against_no_server_says_why_under_it(qtbot, qloop):
    with FakeComfyUI() as comfy:
        gone = comfy.url
    dialog = dialog_for(qtbot, Settings(backend="offline", pictures="comfyui", comfyui_url=gone))
    on_local_page(dialog)
    box = dialog.local.comfyui
    box.refresh_button.click()
    qtbot.waitUntil(lambda: "Asking" not in box.status.text(), timeout=30_000)
    assert "Could not reach ComfyUI" in box.status.text() and box.status.isVisible()
    assert box.refresh_button.isEnabled()


def test_a_bad_generator_address_is_not_saved(qtbot, monkeypatch):
    monkeypatch.delenv("COMFYUI_URL", raising=False)
    dialog = dialog_for(qtbot, Settings(backend="offline", pictures="comfyui"))
    dialog.show()
    dialog.local.comfyui.address.setText("http://127.0.0.1:99999")
    dialog._save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.tabs.currentWidget() is dialog.local and "not valid" in dialog.local.comfyui.status.text()


def test_an_own_workflow_shows_the_nodes_it_fills_and_built_in_goes_back(qtbot, tmp_path, monkeypatch):
    flow = tmp_path / "flow.json"
    flow.write_text(json.dumps(WEIGHTLESS))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(flow), ""))
    dialog = dialog_for(qtbot, Settings(backend="offline", pictures="comfyui"))
    on_local_page(dialog)
    page = dialog.local
    assert not page.workflow_nodes.isVisible() and not page.builtin_button.isEnabled()
    page.workflow_button.click()
    shown = page.workflow_nodes.text()
    assert "prompt → node 1 (PrimitiveString “Positive prompt”)" in shown
    assert "size → node 3" in shown and "seed → node 2" in shown and page.workflow_nodes.isVisible()
    assert dialog.result_settings().comfyui_workflow == str(flow)
    page.builtin_button.click()
    assert dialog.result_settings().comfyui_workflow == "" and not page.workflow_nodes.isVisible()


def test_a_workflow_that_cannot_be_used_is_said_and_not_taken(qtbot, tmp_path, monkeypatch):
    editor_format = tmp_path / "editor.json"
    editor_format.write_text(json.dumps({"nodes": [], "links": []}))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(editor_format), ""))
    dialog = dialog_for(qtbot, Settings(backend="offline", pictures="comfyui"))
    on_local_page(dialog)
    dialog.local.workflow_button.click()
    assert "Export (API)" in dialog.local.workflow_nodes.text() and dialog.local.workflow_nodes.isVisible()
    assert dialog.result_settings().comfyui_workflow == ""


def test_the_dialog_fits_a_small_screen(qtbot):
    dialog = dialog_for(qtbot, Settings(backend="compatible", pictures="comfyui"))
    on_local_page(dialog)
    assert dialog.height() <= 720 and dialog.width() <= 1300
    inside = dialog.local.inside
    assert inside.height() >= inside.minimumSizeHint().height()  # nothing squeezed


def test_the_local_page_fits_the_dialog_in_either_language(qtbot, qapp):
    """Nothing on the page runs off its right edge (the workflow's name and its buttons made it 120 pixels too wide
    for the dialog, in English as in Korean); the page scrolls only up and down."""
    from studio.qt.language import install

    try:
        for code in ("en", "ko"):
            install(qapp, code)
            dialog = dialog_for(qtbot, Settings())
            on_local_page(dialog)
            scroll = dialog.local.inside.parentWidget().parentWidget()
            qtbot.waitUntil(lambda: dialog.local.inside.width() == scroll.viewport().width())
            assert dialog.local.inside.minimumSizeHint().width() <= scroll.viewport().width(), code
            assert dialog.local.workflow_button.text() == {"en": "Use my own workflow…", "ko": "내 워크플로 사용…"}[code]
    finally:
        install(qapp, "en")
