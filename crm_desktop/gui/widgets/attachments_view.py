"""A record's attachments: add by dropping files here or with a button; open one on request —
through a file in the private temp folder, removed on lock and on exit."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core.services import attachments
from crm_desktop.core.services.attachments import AttachmentOut
from crm_desktop.gui import formatting as fmt
from crm_desktop.gui.errors import show_error
from crm_desktop.gui.io import Io
from crm_desktop.gui.tempfiles import PrivateTempFolder, discard, export_attachment
from crm_desktop.gui.worker import DbWorker, VaultLocked

ID = Qt.ItemDataRole.UserRole


def size_text(size: int) -> str:
    for unit, scale in (("MB", 1024 * 1024), ("KB", 1024)):
        if size >= scale:
            return f"{size / scale:.1f} {unit}"
    return f"{size} B"


class AttachmentsView(QWidget):
    changed = Signal()
    opened = Signal(str)  # the path of the temp file handed to the desktop

    def __init__(self, io: Io, worker: DbWorker, temp: PrivateTempFolder,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._io = io
        self._worker = worker
        self._temp = temp
        self.owner: tuple[str, int] | None = None  # ("contact", id)
        self.setAcceptDrops(True)
        self.list = QListWidget(self)
        self.list.setObjectName("attachmentsList")
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.list.itemActivated.connect(lambda item: self.open_attachment(int(item.data(ID))))
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #666666;")
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addAttachmentButton")
        self.add_button.clicked.connect(self._choose)
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("openAttachmentButton")
        self.open_button.clicked.connect(self._open_selected)
        self.delete_button = QPushButton(self)
        self.delete_button.clicked.connect(self._delete_selected)
        bar = QHBoxLayout()
        bar.addWidget(self.add_button)
        bar.addWidget(self.open_button)
        bar.addWidget(self.delete_button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        self.retranslate()

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add files…"))
        self.open_button.setText(self.tr("Open"))
        self.delete_button.setText(self.tr("Move to trash"))
        self.hint.setText(self.tr("Drop files here to attach them. They are kept inside the encrypted "
                                  "vault; opening one writes a private copy that is removed when the "
                                  "vault locks or the app closes."))

    def set_owner(self, entity: str, ident: int) -> None:
        self.owner = (entity, ident)

    def show_items(self, items: list[AttachmentOut]) -> None:
        self.list.clear()
        for a in items:
            item = QListWidgetItem(f"{a.filename}  ·  {size_text(a.size)}  ·  {fmt.day(a.created_at)}")
            item.setData(ID, a.id)
            self.list.addItem(item)

    def clear(self) -> None:
        self.owner = None
        self.list.clear()

    def selected_ids(self) -> list[int]:
        return [int(i.data(ID)) for i in self.list.selectedItems()]

    # ---------------------------------------------------------------- adding
    def add_files(self, paths: list[str]) -> None:
        if self.owner is None:
            return
        entity, ident = self.owner
        for path in paths:
            self._io.write(attachments.add, path, **{f"{entity}_id": ident},
                           on_done=lambda _a: self.changed.emit())

    def _choose(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        self.add_files(paths)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.owner is not None and _local_files(event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragEnterEvent) -> None:  # type: ignore[override]
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        files = _local_files(event.mimeData().urls())
        if self.owner is None or not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.add_files(files)

    # ---------------------------------------------------------------- opening
    def open_attachment(self, attachment_id: int) -> None:
        folder = self._temp.ensure()
        # Straight on the worker, not through the page: this answer must arrive even after a lock,
        # so that a copy written just before it can be removed.
        self._worker.run(export_attachment, attachment_id, folder, on_done=self._exported,
                         on_error=self._export_failed)

    def _exported(self, path: Path) -> None:
        if not self._temp.holds(path):  # the vault locked meanwhile: the copy must not outlive it
            discard(path)
            return
        self.opened.emit(str(path))
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _export_failed(self, error: BaseException) -> None:
        if self.owner is not None and not isinstance(error, VaultLocked | FileNotFoundError):
            show_error(self, error)

    def _open_selected(self) -> None:
        for ident in self.selected_ids():
            self.open_attachment(ident)

    def _delete_selected(self) -> None:
        for ident in self.selected_ids():
            self._io.write(attachments.delete, ident, on_done=lambda _r: self.changed.emit())


def _local_files(urls: list[QUrl]) -> list[str]:
    return [u.toLocalFile() for u in urls if u.isLocalFile() and Path(u.toLocalFile()).is_file()]
