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
    controller.start(vault=args.vault, demo=args.demo, language=args.lang)
    return app.exec()


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

