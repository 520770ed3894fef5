"""Files written for the user: where they go by default (Documents); then open one, show it in
its folder, or say in words why a write failed (permission, full disk, missing folder)."""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QProcess, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices


def open_file(path: str) -> bool:
    """Open with the user's default application (a PDF viewer for a PDF)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(path))


def show_in_folder(path: str) -> bool:
    """Select the file in the file manager where the platform can; else open its folder."""
    native = os.path.normpath(path)
    if sys.platform == "win32" and QProcess.startDetached("explorer.exe", [f"/select,{native}"]):
        return True
    if sys.platform == "darwin" and QProcess.startDetached("open", ["-R", native]):
        return True
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(native).parent)))


def describe_write_error(error: OSError, target: str | os.PathLike[str]) -> str:
    """What went wrong writing `target`, and what to do about it."""
    path = Path(target)
    folder = path.parent
    if isinstance(error, PermissionError) or error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return QCoreApplication.translate(
            "SavedFile", "You may not write to the folder {folder}. Choose another folder.").format(
                folder=folder)
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return QCoreApplication.translate(
            "SavedFile", "The disk is full: there is no room for {name} in {folder}. Free some space or choose another disk."  # noqa: E501 - one literal for lupdate
        ).format(name=path.name, folder=folder)
    if isinstance(error, IsADirectoryError):
        return QCoreApplication.translate("SavedFile", "{path} is a folder. Type a file name.").format(
            path=path)
    if isinstance(error, FileNotFoundError | NotADirectoryError):
        return QCoreApplication.translate("SavedFile", "The folder {folder} does not exist.").format(
            folder=folder)
    return QCoreApplication.translate("SavedFile", "{name} could not be written: {reason}.").format(
        name=path.name, reason=error.strerror or str(error))


def documents_dir() -> Path:
    """The user's Documents folder, else home (a bare system may have no Documents)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()
