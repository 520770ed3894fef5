"""Help → About."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from crm_desktop import __version__


def show_about(parent: QWidget) -> None:
    title = QCoreApplication.translate("About", "About crm-desktop")
    text = QCoreApplication.translate(
        "About", "<h3>crm-desktop {version}</h3><p>An offline CRM for small project-financing teams: one "
        "encrypted file on this computer, no server.</p>")
    QMessageBox.about(parent, title, text.format(version=__version__))
