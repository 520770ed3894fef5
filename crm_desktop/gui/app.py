"""Bootstrap: `crm-desktop` / `python -m crm_desktop`."""

from __future__ import annotations

import logging
import os
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

from crm_desktop import __version__

from .args import parse_args

if TYPE_CHECKING:
    from .controller import AppController


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)  # --version and --help answer here, before Qt and the core load
    from PySide6.QtWidgets import QApplication

    from .controller import AppController
    from .fonts import load_bundled_fonts
    from .paths import APP_NAME, Paths
    from .settings import Settings

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    unattended = bool(args.screenshot and (args.demo or (args.vault and os.environ.get("CRM_PASSPHRASE"))))
    if unattended:
        # Nobody needs to see it: render offscreen (no display needed).
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        qInstallMessageHandler(_quiet_offscreen)
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("io.github.crm_desktop.CrmDesktop")  # Wayland matches the window to its .desktop
    load_bundled_fonts(app)
    controller = AppController(app, Settings.default(), Paths.default())
    if args.screenshot:
        _screenshot_mode(controller, args.screenshot, args.page, unattended)
    launch(controller, vault=args.vault, demo=args.demo, language=args.lang)
    return app.exec()


def launch(controller: AppController, *, vault: str | None = None, demo: bool = False,
           language: str | None = None) -> None:
    """Start; when the vault opens without asking (a passphrase in CRM_PASSPHRASE), build the window
    while the worker derives the key, not after: the two overlap (~0.1-0.4 s of a launch)."""
    # A thread reading beside the worker (the search popup) holds the GIL up to the switch interval
    # each time the GUI thread calls into Python (every data() of a paint). A table's paint beside a
    # busy thread: 33 ms at the default 5 ms, 14 ms at 1 ms (4 ms alone).
    sys.setswitchinterval(0.001)
    controller.start(vault=vault, demo=demo, language=language)
    if not (vault and os.environ.get("CRM_PASSPHRASE")) or controller.dialog is not None:
        return
    early = controller.ensure_window()
    failed = controller.open_failed

    def open_failed(path: str, error: BaseException) -> None:
        # Not opened: as if no window had been built (closing the unlock dialog then quits).
        if controller.window is early and not early.isVisible():
            controller.window = None
            early.deleteLater()
        failed(path, error)

    controller.open_failed = open_failed  # type: ignore[method-assign]


def _quiet_offscreen(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """The offscreen platform warns about window features it lacks (raise, size hints): noise."""
    if "This plugin does not support" in message:
        return
    print(message, file=sys.stderr)


def _screenshot_mode(controller: AppController, path: str, page: str, unattended: bool) -> None:
    from .errors import describe
    from .screenshot import Screenshot
    from .worker import VaultInfo

    def take(_info: VaultInfo) -> None:
        window = controller.ensure_window()
        window.show_page(page)
        Screenshot(window, controller.worker, path, controller.app.exit).start()

    controller.after_open = take
    if unattended:
        def fail(vault_path: str, error: BaseException) -> None:
            print(f"crm-desktop: {describe(error)}", file=sys.stderr)
            controller.app.exit(getattr(error, "exit_code", 1))

        controller.open_failed = fail  # type: ignore[method-assign]

