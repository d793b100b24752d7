import json

from studio.core.settings import Settings, settings_path
from studio.qt.main_window import MainWindow
from studio.qt.settings_dialog import SettingsDialog


def test_entering_a_key_goes_online_and_keeps_the_key_out_of_the_settings_file(qtbot, qloop, isolated_env, fake_openai):
    win = MainWindow(Settings(backend="openai"), persist_settings=True)
    qtbot.addWidget(win)
    assert win.backend.offline
    win.open_settings()
    dialog = win.findChild(SettingsDialog)
    dialog.backend.setCurrentIndex(dialog.backend.findData("compatible"))
    dialog.base_url.setText(fake_openai.base_url)
    dialog.api_key.setText("sk-typed-in-the-dialog-0001")
    dialog.chat_model.setCurrentText("tiny-local-model")
    dialog.accept()
    assert not win.backend.offline and win.backend.chat_model == "tiny-local-model"
    assert isolated_env.store[("picture-book-studio", "compatible")] == "sk-typed-in-the-dialog-0001"
    saved = settings_path().read_text()
    assert "sk-typed" not in saved and json.loads(saved)["backend"] == "compatible"
    assert win.chat.banner.isHidden()


def test_the_model_lists_come_from_the_server(qtbot, qloop, fake_openai):
    dialog = SettingsDialog(Settings(backend="compatible", base_url=fake_openai.base_url), runner=_runner())
    qtbot.addWidget(dialog)
    dialog.list_button.click()
    qtbot.waitUntil(lambda: dialog.chat_model.count() == 3, timeout=60_000)
    assert dialog.image_model.findText("gpt-image-2") >= 0
    assert "3 models" in dialog.status.text()


def _runner():
    from studio.qt.tasks import TaskRunner
    return TaskRunner()
