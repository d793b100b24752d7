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


def test_a_bad_server_address_is_said_in_full_and_never_left_asking(qtbot, qloop):
    dialog = SettingsDialog(Settings(backend="compatible", base_url="http://127.0.0.1:99999/v1"), runner=_runner())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.list_button.click()
    qtbot.waitUntil(lambda: "Asking" not in dialog.status.text(), timeout=60_000)  # was: "Asking…" for good
    assert "not valid" in dialog.status.text()  # was: "unhandled errors in a TaskGroup"
    assert dialog.status.width() > dialog.list_button.width()  # a row of its own, not a three-word column
    dialog._save()
    assert dialog.result() != dialog.DialogCode.Accepted and "not valid" in dialog.status.text()


def test_the_environment_wins_for_the_address_as_for_the_key_and_the_dialog_says_so(qtbot, monkeypatch):
    from studio.core.backend_choice import make_backend

    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:8/v1")
    settings = Settings(backend="compatible", base_url="http://saved.example/v1")
    assert make_backend(settings).config.base_url == "http://127.0.0.1:8/v1"  # was: the saved one, silently
    dialog = SettingsDialog(settings, runner=_runner())
    qtbot.addWidget(dialog)
    assert dialog.base_url.text() == "http://127.0.0.1:8/v1" and not dialog.base_url.isEnabled()
    assert "OPENAI_BASE_URL" in dialog.address_note.text()
    assert dialog.result_settings().base_url == "http://saved.example/v1"  # the saved one is kept for later


def test_the_wait_for_a_silent_server_is_a_setting(qtbot):
    from studio.core.backend_choice import make_backend

    dialog = SettingsDialog(Settings(backend="compatible", base_url="http://127.0.0.1:8/v1"), runner=_runner())
    qtbot.addWidget(dialog)
    dialog.network_timeout.setValue(30)
    settings = dialog.result_settings()
    assert settings.network_timeout == 30 and make_backend(settings).config.timeout == 30
    # It says exactly what it bounds: the whole wait, not one try of several (was: "before the request is given up")
    said = dialog.network_timeout.toolTip()
    assert "not tried again" in said and "the rest of that turn's pictures" in said and "must finish within" in said


def test_a_compatible_servers_picture_sizes_are_a_setting_the_backend_obeys(qtbot):
    from studio.core.backend_choice import make_backend

    settings = Settings(backend="compatible", base_url="http://127.0.0.1:8/v1", image_model="local-sdxl")
    assert make_backend(settings).capabilities.size_for(2625, 2625, at_least=True) == "1024x1024"  # unknown: standard
    dialog = SettingsDialog(settings, runner=_runner())
    qtbot.addWidget(dialog)
    dialog.image_sizes.setCurrentIndex(dialog.image_sizes.findData("any"))
    chosen = dialog.result_settings()
    assert chosen.image_sizes == "any"
    assert make_backend(chosen).capabilities.size_for(2625, 2625, at_least=True) == "2640x2640"  # print size


def test_the_key_dialog_says_where_to_get_a_key_and_what_a_picture_costs(qtbot):
    dialog = SettingsDialog(Settings(backend="openai", image_quality="high"), runner=_runner())
    qtbot.addWidget(dialog)
    dialog.show()
    where = dialog.key_where.text()
    assert "platform.openai.com/api-keys" in where
    assert "a picture costs about $0.17 (gpt-image-2, 1024×1024, high quality)" in where
    dialog.image_model.setCurrentText("my-own-model")  # not in the price table: said, not guessed
    assert "my-own-model has no price" in dialog.key_where.text()
    dialog.backend.setCurrentIndex(dialog.backend.findData("azure"))
    assert "Keys and Endpoint" in dialog.key_where.text()
    dialog.backend.setCurrentIndex(dialog.backend.findData("offline"))
    assert not dialog.key_where.isVisible()


def test_spending_caps_are_explained_and_kept(qtbot):
    dialog = SettingsDialog(Settings(), runner=_runner())
    qtbot.addWidget(dialog)
    assert (dialog.ask_under.value(), dialog.book_cap.value(), dialog.day_cap.value()) == (0.25, 5.0, 10.0)
    page = dialog.tabs.widget(dialog.tabs.count() - 1)
    assert dialog.tabs.tabText(dialog.tabs.count() - 1) == "Spending"
    assert any("surprise bill" in label.text() for label in page.findChildren(type(dialog.status)))
    dialog.book_cap.setValue(0)  # no cap
    assert dialog.book_cap.text() == "No cap"
    dialog.day_cap.setValue(3.5)
    dialog.ask_under.setValue(0)
    kept = dialog.result_settings()
    assert (kept.book_cap, kept.day_cap, kept.ask_under) == (0, 3.5, 0)
