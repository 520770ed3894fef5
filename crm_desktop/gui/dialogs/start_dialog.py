"""First run: create a vault, or try the demo (or open a vault file from elsewhere)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.gui import passphrase
from crm_desktop.gui.demo_flow import open_demo
from crm_desktop.gui.errors import describe
from crm_desktop.gui.paths import Paths
from crm_desktop.gui.widgets.message_label import MessageLabel
from crm_desktop.gui.worker import DbWorker, VaultInfo

VAULT_FILTER = "crm-desktop vault (*.crm);;All files (*)"


class StartDialog(QDialog):
    opened = Signal(object)  # VaultInfo: a vault was created or the demo opened
    open_requested = Signal(str)  # the user chose an existing vault file to unlock

    def __init__(self, worker: DbWorker, paths: Paths, language: str = "en",
                 parent: QWidget | None = None, *, create_only: bool = False) -> None:
        super().__init__(parent)
        self._worker = worker
        self._paths = paths
        self._language = language
        self._location = paths.default_vault
        self.setWindowTitle(self.tr("Welcome to crm-desktop"))
        self.setMinimumWidth(520)
        self._pages = QStackedWidget(self)
        self._pages.addWidget(self._choice_page())
        self._pages.addWidget(self._create_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self._pages)
        if create_only:
            self.show_create()

    # ---------------------------------------------------------------- pages
    def _choice_page(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(self.tr(
            "<h2>Welcome</h2><p>crm-desktop keeps your contacts, deals and notes in one encrypted "
            "file on this computer. Nothing leaves the machine.</p>"), page)
        intro.setWordWrap(True)
        self.create_button = QPushButton(self.tr("Create a vault"), page)
        self.create_button.setObjectName("createButton")
        self.create_button.setDefault(True)
        self.demo_button = QPushButton(self.tr("Try the demo"), page)
        self.demo_button.setObjectName("demoButton")
        self.open_button = QPushButton(self.tr("Open a vault file…"), page)
        self.open_button.setObjectName("openButton")
        self.demo_message = MessageLabel(page)
        self.create_button.clicked.connect(self.show_create)
        self.demo_button.clicked.connect(self._try_demo)
        self.open_button.clicked.connect(self._choose_existing)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        for button in (self.create_button, self.demo_button, self.open_button):
            layout.addWidget(button)
        layout.addWidget(self.demo_message)
        layout.addStretch(1)
        return page

    def _create_page(self) -> QWidget:
        page = QWidget(self)
        self.location_label = QLabel(str(self._location), page)
        self.location_label.setWordWrap(True)
        change = QPushButton(self.tr("Change…"), page)
        change.clicked.connect(self._choose_location)
        where = QHBoxLayout()
        where.addWidget(self.location_label, 1)
        where.addWidget(change)
        self.passphrase_edit = QLineEdit(page)
        self.passphrase_edit.setObjectName("passphraseEdit")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit(page)
        self.repeat_edit.setObjectName("repeatEdit")
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.strength_label = MessageLabel(page, kind="hint")
        self.strength_label.setObjectName("strengthLabel")
        warning = QLabel(self.tr(
            "<b>Nobody can recover a lost passphrase</b> — not us, not anyone. Without it the vault "
            "cannot be opened. Write it down and keep it somewhere safe."), page)
        warning.setWordWrap(True)
        self.message = MessageLabel(page)
        self.message.setObjectName("createMessage")
        back = QPushButton(self.tr("Back"), page)
        back.clicked.connect(lambda: self._pages.setCurrentIndex(0))
        self.create_vault_button = QPushButton(self.tr("Create the vault"), page)
        self.create_vault_button.setObjectName("createVaultButton")
        self.create_vault_button.setEnabled(False)
        self.create_vault_button.clicked.connect(self._create)
        self.passphrase_edit.textChanged.connect(self._update_hint)
        self.repeat_edit.textChanged.connect(self._update_hint)
        self.repeat_edit.returnPressed.connect(self.create_vault_button.click)
        form = QFormLayout()
        form.addRow(self.tr("Location:"), where)
        form.addRow(self.tr("Passphrase:"), self.passphrase_edit)
        form.addRow(self.tr("Repeat it:"), self.repeat_edit)
        form.addRow("", self.strength_label)
        buttons = QHBoxLayout()
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(self.create_vault_button)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(warning)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    def show_create(self) -> None:
        self._pages.setCurrentIndex(1)
        self.passphrase_edit.setFocus()

    # ---------------------------------------------------------------- create
    def _update_hint(self) -> None:
        text, again = self.passphrase_edit.text(), self.repeat_edit.text()
        s = passphrase.estimate(text)
        hints = [self.tr("Too short: use at least {n} characters.").format(n=passphrase.MIN_LENGTH),
                 self.tr("Weak: add words — a few plain words make a strong passphrase."),
                 self.tr("Fair: one or two more words would make it strong."),
                 self.tr("Strong.")]
        colors = ["#b00020", "#b00020", "#8a6d00", "#1b5e20"]
        self.strength_label.show_message(hints[s.score] if text else "", color=colors[s.score])
        self.create_vault_button.setEnabled(bool(text and again))
        self.message.clear_message()

    def _create(self) -> None:
        text, again = self.passphrase_edit.text(), self.repeat_edit.text()
        if text != again:
            self.message.show_message(self.tr("The two passphrases differ. Type the same one twice."))
            self.repeat_edit.selectAll()
            self.repeat_edit.setFocus()
            return
        if passphrase.estimate(text).score == 0:
            self.message.show_message(
                self.tr("The passphrase is too short: use at least {n} characters.").format(
                    n=passphrase.MIN_LENGTH))
            return
        self._busy(True)
        self._worker.create_vault(str(self._location), text, language=self._language,
                                  on_done=self._done, on_error=self._create_failed)

    def _create_failed(self, error: BaseException) -> None:
        self._busy(False)
        self.message.show_message(describe(error))

    # ---------------------------------------------------------------- demo / open
    def _try_demo(self) -> None:
        self._busy(True)
        self.demo_message.clear_message()
        open_demo(self, self._worker, self._paths.demo_vault, self._language,
                  on_done=self._done, on_error=self._demo_failed)

    def _demo_failed(self, error: BaseException) -> None:
        self._busy(False)
        self.demo_message.show_message(describe(error))

    def _choose_existing(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a vault"), str(self._paths.data_dir),
                                              VAULT_FILTER)
        if path:
            self.open_requested.emit(path)
            self.accept()

    def _choose_location(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Where to keep the new vault"),
                                              str(self._location), VAULT_FILTER)
        if path:
            self._location = Path(path if path.endswith(".crm") else path + ".crm")
            self.location_label.setText(str(self._location))

    def set_location(self, path: Path) -> None:
        self._location = path
        self.location_label.setText(str(path))

    def _done(self, info: VaultInfo) -> None:
        self._busy(False)
        self.opened.emit(info)
        self.accept()

    def _busy(self, busy: bool) -> None:
        for w in (self.create_button, self.demo_button, self.open_button, self.create_vault_button,
                  self.passphrase_edit, self.repeat_edit):
            w.setEnabled(not busy)
        if not busy:
            self.create_vault_button.setEnabled(bool(self.passphrase_edit.text() and self.repeat_edit.text()))
