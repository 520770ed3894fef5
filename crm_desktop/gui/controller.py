"""The app's flows around the vault: start, unlock, lock (by hand or when idle), switch vault,
language. One controller per application, made by `app.main` (or a test) — not a global."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from .demo_flow import open_demo
from .dialogs.start_dialog import VAULT_FILTER, StartDialog
from .dialogs.tour_dialog import maybe_show_tour, show_tour
from .dialogs.unlock_dialog import UnlockDialog
from .errors import describe
from .i18n import Translations
from .idle import IdleWatcher
from .main_window import MainWindow
from .paths import Paths
from .screen_lock import ScreenLockWatcher
from .settings import Settings
from .worker import DbWorker, VaultInfo

log = logging.getLogger(__name__)


class AppController(QObject):
    def __init__(self, app: QApplication, settings: Settings, paths: Paths, *,
                 quit_app: Callable[[int], None] | None = None) -> None:
        super().__init__()
        self.app = app
        self.settings = settings
        self.paths = paths
        self.translations = Translations(app)
        self.worker = DbWorker(self)
        self.window: MainWindow | None = None
        self.dialog: QDialog | None = None  # the start or unlock dialog now showing
        self.vault: VaultInfo | None = None
        self.last_path: str | None = None
        self.after_open: Callable[[VaultInfo], None] | None = None  # e.g. take a screenshot
        self._quit = quit_app or app.exit
        self.idle = IdleWatcher(app, self)
        self.idle.idle.connect(self.lock)
        self.screen_lock = ScreenLockWatcher(self)
        self.screen_lock.screen_locked.connect(self.lock)
        app.aboutToQuit.connect(self.shutdown)

    # ---------------------------------------------------------------- start
    def start(self, *, vault: str | None = None, demo: bool = False, language: str | None = None) -> None:
        self.set_language(language or self.settings.language, remember=language is None)
        if demo:
            self.open_demo()
        elif vault:
            self.open_path(vault, os.environ.get("CRM_PASSPHRASE"))
        elif self.settings.last_vault and Path(self.settings.last_vault).exists():
            self.show_unlock(self.settings.last_vault)
        elif self.paths.default_vault.exists():
            self.show_unlock(str(self.paths.default_vault))
        else:
            self.show_start()

    def open_path(self, path: str, passphrase: str | None = None) -> None:
        path = str(Path(path).expanduser().absolute())
        if not passphrase:
            self.show_unlock(path)
            return
        self.last_path = path
        self.worker.open_vault(path, passphrase, on_done=self.opened,
                               on_error=lambda e: self.open_failed(path, e))

    def open_demo(self) -> None:
        self.last_path = str(self.paths.demo_vault)
        open_demo(self.window, self.worker, self.paths.demo_vault, self.translations.language,
                  on_done=self.opened, on_error=self._demo_failed)

    def _demo_failed(self, error: BaseException) -> None:
        self.open_failed(str(self.paths.demo_vault), error)

    def open_failed(self, path: str, error: BaseException) -> None:
        """Overridden by screenshot mode (no one to ask); here the unlock dialog says what is wrong."""
        self.show_unlock(path, message=describe(error))

    def show_start(self, *, create_only: bool = False) -> StartDialog:
        dialog = StartDialog(self.worker, self.paths, self.translations.language, self.window,
                             create_only=create_only)
        dialog.opened.connect(self.opened)
        # A first vault (or the demo) from this dialog: a short tour, once.
        dialog.opened.connect(lambda _i: maybe_show_tour(self.window, self.settings))
        dialog.open_requested.connect(lambda p: self.show_unlock(p))
        self._show_dialog(dialog)
        return dialog

    def show_unlock(self, path: str, message: str = "") -> UnlockDialog:
        self.last_path = path
        dialog = UnlockDialog(self.worker, path, self.window, message=message)
        dialog.opened.connect(self.opened)
        dialog.open_requested.connect(lambda p: self.show_unlock(p))
        self._show_dialog(dialog)
        return dialog

    def _show_dialog(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.rejected.connect(lambda d=dialog: self._dialog_closed(d))
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.dialog is not dialog:
            return  # another dialog took its place
        self.dialog = None
        if self.window is None:
            self._quit(0)  # nothing opened at first start: leave

    # ---------------------------------------------------------------- open / lock
    def opened(self, info: VaultInfo) -> None:
        self.vault = info
        self.last_path = info.path
        self.settings.last_vault = info.path
        self.dialog = None
        window = self.ensure_window()
        window.set_vault(info)
        window.show()
        window.raise_()
        self.idle.set_minutes(self.settings.autolock_minutes)
        if self.after_open is not None:
            self.after_open(info)

    def ensure_window(self) -> MainWindow:
        if self.window is None:
            window = MainWindow(self.worker)
            window.lock_requested.connect(self.lock)
            window.unlock_requested.connect(self._unlock_again)
            window.new_vault_requested.connect(self.new_vault)
            window.open_vault_requested.connect(self.open_other)
            window.language_requested.connect(self.set_language)
            window.settings_requested.connect(self.show_settings)
            window.demo_requested.connect(self.switch_to_demo)
            window.tour_requested.connect(lambda: show_tour(self.window, self.settings))
            window.set_language(self.translations.language)
            self.window = window
        return self.window

    def lock(self) -> None:
        """Close the vault (the engine is disposed on the worker), clear every screen, ask again."""
        if self.vault is None:
            return
        self.vault = None
        self.idle.stop()
        self.worker.close_vault()
        if self.window is not None:
            self.window.set_locked(True)
        if self.last_path:
            self.show_unlock(self.last_path)

    def _unlock_again(self) -> None:
        if self.last_path:
            self.show_unlock(self.last_path)

    def new_vault(self) -> None:
        self.lock()
        self._close_dialog()
        self.show_start(create_only=True)

    def open_other(self) -> None:
        start = str(Path(self.last_path).parent) if self.last_path else str(self.paths.data_dir)
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open a vault"), start, VAULT_FILTER)
        if path:
            self.lock()
            self._close_dialog()
            self.show_unlock(path)

    def _close_dialog(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.close()

    def switch_to_demo(self) -> None:
        """From an empty vault's first page: lock it and open (or build) the demo vault."""
        self.lock()
        self._close_dialog()
        self.open_demo()

    # ---------------------------------------------------------------- settings, language, exit
    def show_settings(self) -> QDialog | None:
        from .dialogs.settings_dialog import SettingsDialog

        if self.window is None or self.vault is None:
            return None
        shown = self.window.tools.current("settings")
        if shown is not None:
            shown.raise_()
            shown.activateWindow()
            return shown
        dialog = SettingsDialog(self.worker, self.settings, self.window)
        # The window's language now (--lang shows one without storing it), not only the stored one.
        combo = dialog.general.language
        combo.blockSignals(True)
        combo.setCurrentIndex(max(0, combo.findData(self.translations.language)))
        combo.blockSignals(False)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.language_chosen.connect(self.set_language)
        dialog.autolock_changed.connect(self.idle.set_minutes)
        dialog.vault_settings_changed.connect(self.window.page_set.mark_stale)
        self.window.undo_runner.reverted.connect(dialog.refresh)
        self.window.tools.adopt("settings", dialog)
        dialog.show()
        return dialog

    def set_language(self, language: str, *, remember: bool = True) -> None:
        if not self.translations.install(language):
            log.warning("no translation file for %s; texts stay in English", language)
        if remember:
            self.settings.language = self.translations.language
        if self.window is not None:
            self.window.set_language(self.translations.language)

    def shutdown(self) -> None:
        self.idle.stop()
        self.app.removeEventFilter(self.idle)
        self.worker.shutdown()
        if self.window is not None:
            # After the worker: a copy of an attachment it was still writing goes too.
            self.window.temp_files.remove()
        self.translations.uninstall()
