"""Settings: where the words and the pictures come from (chosen apart), the server's address, the API key (to the
keychain), and the models; a generator on one's own machine; what pictures may cost."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from studio.backends.address import check_address
from studio.backends.base import BackendError
from studio.core import secrets
from studio.core.assistant.tools import IMAGE_SIZES
from studio.core.i18n import LANGUAGES, resolve_language
from studio.core.prices import image_price, money
from studio.core.settings import Settings, server_address
from studio.qt.local_pictures_settings import LocalPicturesPage
from studio.qt.tasks import TaskRunner


class SettingsDialog(QDialog):
    """Shown with open(); the caller reads `result_settings()` and `entered_key()` on accepted."""

    def __init__(self, settings: Settings, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings
        self._runner = runner
        self.backend = QComboBox()
        for value, label in (("offline", self.tr("Offline (no network)")), ("openai", self.tr("OpenAI")),
                             ("azure", self.tr("Azure OpenAI")), ("compatible", self.tr("OpenAI-compatible server"))):
            self.backend.addItem(label, value)
        self.backend.setCurrentIndex(max(0, self.backend.findData(settings.backend)))
        self.backend.currentIndexChanged.connect(self._update_visibility)
        self.pictures = QComboBox(objectName="picturesFrom")
        for value, label in (("", self.tr("The same as the words")), ("offline", self.tr("Offline sketches")),
                             ("openai", self.tr("OpenAI")), ("azure", self.tr("Azure OpenAI")),
                             ("compatible", self.tr("OpenAI-compatible server")),
                             ("comfyui", self.tr("ComfyUI on my computer")),
                             ("automatic1111", self.tr("Automatic1111 / Forge on my computer"))):
            self.pictures.addItem(label, value)
        self.pictures.setCurrentIndex(max(0, self.pictures.findData(settings.pictures)))
        self.pictures.currentIndexChanged.connect(lambda _i: self._update_key_where())
        self.pictures.setToolTip(self.tr("Who draws: for a studio with no cloud at all, words from a local chat "
                                         "model and pictures from ComfyUI or Automatic1111 (Local pictures page)."))
        self.local = LocalPicturesPage(settings, runner)
        self.base_url = QLineEdit(settings.base_url)
        self.base_url.setPlaceholderText("http://localhost:11434/v1")
        self.address_note = QLabel()
        self.address_note.setWordWrap(True)
        address, source = server_address(settings)
        if source == "environment":  # the environment wins, for the address as for the key: say so
            self.base_url.setText(address)
            self.base_url.setEnabled(False)
            self.address_note.setText(self.tr("Using the address from the OPENAI_BASE_URL environment variable."))
        self.azure_endpoint = QLineEdit(settings.azure_endpoint)
        self.azure_endpoint.setPlaceholderText("https://my-resource.openai.azure.com")
        self.azure_version = QLineEdit(settings.azure_api_version)
        self.api_key = QLineEdit()
        self.api_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_note = QLabel()
        self.key_note.setWordWrap(True)
        self.chat_model = QComboBox()
        self.chat_model.setEditable(True)
        self.chat_model.setCurrentText(settings.chat_model)
        self.image_model = QComboBox()
        self.image_model.setEditable(True)
        self.image_model.setCurrentText(settings.image_model)
        self.image_sizes = QComboBox(objectName="imageSizes")
        for value, label in (("model", self.tr("As the model allows (known models), else standard")),
                             ("standard", self.tr("Standard sizes only (1024×1024, 1536×1024, 1024×1536)")),
                             ("any", self.tr("Any size (like gpt-image-2): pages at print size"))):
            self.image_sizes.addItem(label, value)
        self.image_sizes.setCurrentIndex(max(0, self.image_sizes.findData(settings.image_sizes)))
        self.image_sizes.setToolTip(self.tr(
            "Pictures for the book's pages are asked for in their frame's shape at print size where the picture "
            "model takes any size. A server's own model may only take the standard sizes: choose that if its "
            "pictures fail."))
        self.list_button = QPushButton(self.tr("List models from the server"))
        self.list_button.clicked.connect(self._list_models)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.concurrency = QSpinBox()
        self.concurrency.setRange(1, 16)
        self.concurrency.setValue(settings.concurrency)
        self.network_timeout = QSpinBox()
        self.network_timeout.setRange(5, 3600)
        self.network_timeout.setSuffix(self.tr(" s"))
        self.network_timeout.setValue(int(settings.network_timeout))
        self.network_timeout.setToolTip(self.tr(
            "The longest you wait on a server that sends nothing (keep-alives do not count). A reply, or a picture, "
            "is given up once the server has been silent this long, and is not tried again; the rest of that "
            "turn's pictures are given up with it. A server that answers a picture only when it is finished "
            "must finish within this time: allow longer for a slow local server."))

        self.language = QComboBox(objectName="language")
        self.language.addItem(self.tr("As the system ({language})").format(
            language=LANGUAGES[resolve_language("")]), "")
        for code, name in LANGUAGES.items():  # each in its own words: a person looks for "한국어", not "Korean"
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.language.setToolTip(self.tr("The language of menus, messages and the assistant's own words. "
                                         "It changes at once."))

        self.lengths = QComboBox(objectName="lengths")
        self.lengths.addItem(self.tr("As the language has them (mm in 한국어, inches in English)"), "")
        self.lengths.addItem(self.tr("Inches"), "in")
        self.lengths.addItem(self.tr("Millimetres"), "mm")
        self.lengths.setCurrentIndex(max(0, self.lengths.findData(settings.lengths)))
        self.lengths.setToolTip(self.tr("How page sizes, margins and sticker sizes are shown. The book is the same "
                                        "either way."))

        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Lengths"), self.lengths)
        form.addRow(self.tr("Words from"), self.backend)
        form.addRow(self.tr("Pictures from"), self.pictures)
        form.addRow(self.tr("Server address"), self.base_url)
        form.addRow("", self.address_note)
        form.addRow(self.tr("Azure endpoint"), self.azure_endpoint)
        form.addRow(self.tr("Azure API version"), self.azure_version)
        form.addRow(self.tr("API key"), self.api_key)
        form.addRow("", self.key_note)
        form.addRow(self.tr("Chat model"), self.chat_model)
        form.addRow(self.tr("Image model"), self.image_model)
        form.addRow("", self.list_button)
        form.addRow(self.tr("Picture sizes"), self.image_sizes)
        form.addRow(self.status)  # the whole width: a server's reason can be a sentence or two
        form.addRow(self.tr("Pictures at once"), self.concurrency)
        form.addRow(self.tr("Wait for a silent server"), self.network_timeout)
        self.key_where = QLabel()  # where a key comes from, and what a picture costs with it
        self.key_where.setWordWrap(True)
        self.key_where.setOpenExternalLinks(True)
        self.key_where.setObjectName("keyWhere")
        form.insertRow(form.getWidgetPosition(self.key_note)[0] + 1, "", self.key_where)
        self.image_model.currentTextChanged.connect(self._update_key_where)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        connection = QWidget()
        connection.setLayout(form)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Settings pages"))
        self.tabs.addTab(connection, self.tr("Connection"))
        self.tabs.addTab(self.local, self.tr("Local pictures"))
        self.tabs.addTab(self._spending_page(settings), self.tr("Spending"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self._form = form
        self._update_visibility()
        # tall enough for the Local pictures page without scrolling, where the screen allows (1366×768 does)
        self.resize(self.sizeHint().width(), max(self.sizeHint().height(),
                                                 min(self.local.inside.sizeHint().height() + 110, 700)))

    # -- spending -------------------------------------------------------------------------

    def _money_box(self, value: float, none_text: str) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setRange(0, 100_000)
        box.setDecimals(2)
        box.setSingleStep(0.25)
        box.setPrefix("$ " if self._currency() == "USD" else "")
        box.setSuffix("" if self._currency() == "USD" else f" {self._currency()}")
        box.setSpecialValueText(none_text)  # shown at 0
        box.setValue(float(value))
        return box

    def _currency(self) -> str:
        return str(self._settings.prices.get("currency", "USD"))

    def _spending_page(self, settings: Settings) -> QWidget:
        explain = QLabel(self.tr(
            "Pictures from OpenAI are paid for from your account, a few cents each. Before a batch of pictures is "
            "drawn, the studio shows what it will cost and waits for you to say Draw — unless it costs less than "
            "the amount below. It stops by itself when a book, or this computer in one day, reaches the most you "
            "allow here, so a child exploring, or a request that gets out of hand, can never run up a surprise "
            "bill. Offline sketches are always free. An amount of 0 turns that limit off. Book ▸ Spending… shows "
            "what was spent."))
        explain.setWordWrap(True)
        self.ask_under = self._money_box(settings.ask_under, self.tr("Always ask"))
        self.ask_under.setToolTip(self.tr("Batches estimated under this are drawn without asking. 0: always ask."))
        self.book_cap = self._money_box(settings.book_cap, self.tr("No cap"))
        self.book_cap.setToolTip(self.tr("The most one book may cost, everything in it counted. 0: no cap."))
        self.day_cap = self._money_box(settings.day_cap, self.tr("No cap"))
        self.day_cap.setToolTip(self.tr("The most this computer spends in one day, every book together. "
                                        "0: no cap."))
        form = QFormLayout()
        form.addRow(explain)
        form.addRow(self.tr("Don't ask under"), self.ask_under)
        form.addRow(self.tr("Most for one book"), self.book_cap)
        form.addRow(self.tr("Most in one day"), self.day_cap)
        page = QWidget()
        page.setLayout(form)
        return page

    def _update_key_where(self) -> None:
        kind = self._kind()
        where = {
            "openai": self.tr('Get a key at <a href="https://platform.openai.com/api-keys">platform.openai.com/api-keys'
                              '</a> (sign in, then “Create new secret key”); pictures need a little credit on the '
                              'account (Billing).'),
            "azure": self.tr('The key is on your Azure OpenAI resource in <a href="https://portal.azure.com">'
                             'portal.azure.com</a>, under “Keys and Endpoint”.'),
            "compatible": self.tr("The server's own documentation says whether it needs a key; most servers on "
                                  "your own computer need none."),
        }.get(kind, "")
        model = self.image_model.currentText().strip()
        quality = self._settings.image_quality
        each = image_price(self._settings.prices, model, IMAGE_SIZES[0], quality)
        shown_quality = {"low": self.tr("low"), "high": self.tr("high")}.get(quality, self.tr("medium"))  # auto: medium
        drawn_by = str(self.pictures.currentData())
        if drawn_by in ("comfyui", "automatic1111"):
            cost = self.tr("Pictures are drawn on this computer: they cost nothing.")
        elif kind == "offline":
            cost = ""
        elif each is None:
            cost = self.tr("{model} has no price in the price table, so the studio cannot say what a picture "
                           "costs.").format(model=model or "?")
        else:
            cost = self.tr("At these settings a picture costs about {each} ({model}, {size}, {quality} quality).") \
                .format(each=money(each, self._currency()), model=model, size=IMAGE_SIZES[0].replace("x", "×"),
                        quality=shown_quality)
        self.key_where.setText(" ".join(t for t in (where, cost) if t))
        self.key_where.setVisible(bool(where or cost))

    def _kind(self) -> str:
        return str(self.backend.currentData())

    def _update_visibility(self) -> None:
        kind = self._kind()
        for widget, shown in ((self.base_url, kind in ("compatible", "openai")),
                              (self.address_note, kind in ("compatible", "openai") and bool(self.address_note.text())),
                              (self.azure_endpoint, kind == "azure"), (self.azure_version, kind == "azure"),
                              (self.api_key, kind != "offline"), (self.key_note, kind != "offline"),
                              (self.list_button, kind != "offline")):
            widget.setVisible(shown)
            label = self._form.labelForField(widget)
            if label is not None:
                label.setVisible(shown)
        self._update_key_where()
        env_var = secrets.ENV_VARS.get(kind, "")
        if secrets.key_from_environment(kind):
            self.key_note.setText(self.tr("Using the key from the {var} environment variable.").format(var=env_var))
        elif secrets.get_api_key(kind):
            self.key_note.setText(self.tr("A key is stored in the system keychain. Type a new one to replace it."))
        else:
            self.key_note.setText(self.tr("Stored in the system keychain, never in a file. "
                                          "Or set {var} in the environment.").format(var=env_var))

    def result_settings(self) -> Settings:
        s = replace(self._settings, recent_files=list(self._settings.recent_files))
        s.backend = self._kind()
        s.pictures = str(self.pictures.currentData())
        s.language = str(self.language.currentData())
        s.lengths = str(self.lengths.currentData())
        self.local.apply(s)
        s.base_url = self.base_url.text().strip()
        s.azure_endpoint = self.azure_endpoint.text().strip()
        s.azure_api_version = self.azure_version.text().strip() or s.azure_api_version
        s.chat_model = self.chat_model.currentText().strip() or s.chat_model
        s.image_model = self.image_model.currentText().strip() or s.image_model
        s.image_sizes = str(self.image_sizes.currentData())
        s.concurrency = self.concurrency.value()
        s.network_timeout = self.network_timeout.value()
        s.ask_under = round(self.ask_under.value(), 2)
        s.book_cap = round(self.book_cap.value(), 2)
        s.day_cap = round(self.day_cap.value(), 2)
        if not self.base_url.isEnabled():  # shown from the environment, not typed here
            s.base_url = self._settings.base_url
        return s

    def _save(self) -> None:
        """Save, unless the server address can never work: then say why and stay open."""
        if self._kind() in ("openai", "compatible") and self.base_url.isEnabled():
            try:
                check_address(self.base_url.text().strip())
            except BackendError as exc:
                self.status.setText(str(exc))
                self.base_url.setFocus()
                return
        why = self.local.check(str(self.pictures.currentData()))
        if why:  # the chosen generator's address can never work: say it where it is typed
            self.tabs.setCurrentWidget(self.local)
            return
        self.accept()

    def entered_key(self) -> str:
        return self.api_key.text().strip()

    def _list_models(self) -> None:
        s = self.result_settings()
        key = self.entered_key() or secrets.get_api_key(s.backend)
        self.status.setText(self.tr("Asking the server…"))
        self._runner.start(self._fill_models(s, key, self.base_url.text().strip()), self.tr("Listing models"))

    async def _fill_models(self, settings: Settings, key: str, base_url: str) -> None:
        from studio.core.app.studio import list_models

        try:
            models = await list_models(settings, key, base_url)
        except BackendError as exc:
            self.status.setText(str(exc))
            return
        except Exception as exc:  # never left saying "Asking…"; the runner logs it too
            self.status.setText(self.tr("Could not list the models: {reason}").format(reason=exc))
            raise
        for combo in (self.chat_model, self.image_model):
            current = combo.currentText()
            combo.clear()
            combo.addItems(models)
            combo.setCurrentText(current)
        self.status.setText(self.tr("%n model(s) found.", "", len(models)))
