"""Edit → Find duplicates…: the finder over the whole vault (on the worker, with progress and
cancel), its groups best first, a group's records side by side to choose what survives, then
Merge (one operation: Edit → Undo brings every record and link back) or Not the same (the pair is
never proposed again)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from itertools import combinations
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.core.matching import mark_distinct
from crm_desktop.core.services.contact_dto import ContactOut
from crm_desktop.core.services.merge import merge
from crm_desktop.gui.errors import describe
from crm_desktop.gui.widgets.dup_compare import MergeChooser
from crm_desktop.gui.widgets.dup_groups import GroupList
from crm_desktop.gui.widgets.dup_labels import reasons
from crm_desktop.gui.widgets.dup_queries import GroupRow, Side, find_group_rows, load_sides
from crm_desktop.gui.widgets.message_label import MessageLabel
from crm_desktop.gui.worker import Cancelled, DbWorker, Job

if TYPE_CHECKING:
    from crm_desktop.core.vault import Vault


def mark_apart(vault: Vault, ids: tuple[int, ...]) -> int:
    """Every pair of the group marked not the same; how many were new."""
    return sum(mark_distinct(vault, a, b) for a, b in combinations(ids, 2))


class DuplicatesDialog(QDialog):
    merged = Signal(int)  # the surviving contact's id
    marked_distinct = Signal()  # a group was marked "not the same" (a new undoable operation)

    def __init__(self, worker: DbWorker, parent: QWidget | None = None, *,
                 pair: GroupRow | None = None) -> None:
        """With `pair` (from a contact being edited), that one group is shown and no search runs."""
        super().__init__(parent)
        self._worker = worker
        self._job: Job | None = None
        self._asked: GroupRow | None = None  # the group whose records were asked for last
        self._busy = False
        self.setWindowTitle(self.tr("Find duplicates"))
        self.resize(1040, 580)
        self.status = QLabel(self)
        self.status.setObjectName("duplicatesStatus")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("duplicatesProgress")
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(240)
        self.cancel_button = QPushButton(self.tr("&Stop"), self)
        self.cancel_button.setObjectName("stopButton")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.cancel_search)
        self.again_button = QPushButton(self.tr("Search &again"), self)
        self.again_button.setObjectName("searchAgainButton")
        self.again_button.setAutoDefault(False)
        self.again_button.setToolTip(QKeySequence(QKeySequence.StandardKey.Refresh).toString(
            QKeySequence.SequenceFormat.NativeText))
        self.again_button.clicked.connect(self.search)
        refresh = QAction(self)
        refresh.setShortcuts(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.search)
        self.addAction(refresh)
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.progress)
        top.addWidget(self.cancel_button)
        top.addWidget(self.again_button)
        self.groups = GroupList(self)
        self.chooser = MergeChooser(self)
        self.merge_button = QPushButton(self.tr("&Merge"), self)
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.setAutoDefault(False)
        self.merge_button.setToolTip(self.tr("One record keeps the chosen values and every interaction, "
                                             "deal and reminder; Edit → Undo reverts the merge."))
        self.distinct_button = QPushButton(self.tr("&Not the same"), self)
        self.distinct_button.setObjectName("distinctButton")
        self.distinct_button.setAutoDefault(False)
        self.distinct_button.setToolTip(self.tr("These records are different people or organizations: "
                                                "they are not proposed together again."))
        self.merge_button.clicked.connect(self._merge)
        self.distinct_button.clicked.connect(self._distinct)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.distinct_button)
        actions.addWidget(self.merge_button)
        right = QWidget(self)
        side = QVBoxLayout(right)
        side.setContentsMargins(0, 0, 0, 0)
        self.why = QLabel(self)
        self.why.setObjectName("groupWhy")
        self.why.setWordWrap(True)
        side.addWidget(self.why)
        side.addWidget(self.chooser, 1)
        side.addLayout(actions)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.groups)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([340, 700])
        self.message = MessageLabel(self)
        self.done_message = MessageLabel(self, kind="ok")
        self.done_message.setObjectName("doneMessage")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.done_message)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.groups.group_selected.connect(self._selected)
        self._set_actions()
        if pair is None:
            self.search()
        else:
            self.progress.hide()
            self.cancel_button.hide()
            self._found([pair])  # selects it: its records load side by side

    # ---------------------------------------------------------------- the search
    def search(self) -> None:
        if self._job is not None:
            return
        self.message.clear_message()
        self.status.setText(self.tr("Looking for duplicates…"))
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.again_button.setEnabled(False)
        self._job = self._worker.run(find_group_rows, on_done=self._found, on_error=self._search_failed,
                                     on_progress=self._progressed)

    def cancel_search(self) -> None:
        if self._job is not None:
            self._job.cancel()

    def searching(self) -> bool:
        return self._job is not None

    def _progressed(self, phase: str, done: int, total: int) -> None:
        if phase == "keys":
            self.status.setText(self.tr("Preparing the contacts for comparison…"))
        else:
            self.status.setText(self.tr("Comparing contacts: {done} of {total} pairs").format(
                done=f"{done:,}", total=f"{total:,}"))
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(done)

    def _search_over(self) -> None:
        self._job = None
        self.progress.hide()
        self.cancel_button.hide()
        self.again_button.setEnabled(True)

    def _found(self, groups: list[GroupRow]) -> None:
        self._search_over()
        self.groups.set_groups(groups)
        self._show_count()

    def _show_count(self) -> None:
        n = len(self.groups.groups())
        self.status.setText(self.tr("%n group(s) of likely duplicates", "", n) if n
                            else self.tr("No duplicates found."))

    def _search_failed(self, error: BaseException) -> None:
        self._search_over()
        if isinstance(error, Cancelled):
            self.status.setText(self.tr("Stopped. Search again to see the groups."))
        else:
            self.status.setText("")
            self.message.show_message(describe(error))

    # ---------------------------------------------------------------- one group
    def _selected(self, group: GroupRow | None) -> None:
        self._asked = group
        self.chooser.clear()
        self.why.setText(self.tr("Score {score}: {why}").format(score=f"{group.score:.2f}",
                                                               why=reasons(group.reasons))
                         if group is not None else "")
        self._set_actions()
        if group is not None:
            self._worker.run(load_sides, list(group.ids),
                             on_done=partial(self._loaded, group), on_error=self._show_error)

    def _show_error(self, error: BaseException) -> None:
        self.message.show_message(describe(error))

    def _loaded(self, group: GroupRow, sides: list[Side]) -> None:
        if group != self._asked:
            return  # another group was chosen meanwhile
        if len(sides) < 2:
            # Merged, deleted or undone since the search: the group is gone.
            self.groups.remove_group(group.ids)
            self._show_count()
            return
        self.chooser.set_sides(sides)
        self._set_actions()

    def _set_actions(self) -> None:
        ready = bool(self.chooser.sides) and not self._busy
        self.merge_button.setEnabled(ready)
        self.distinct_button.setEnabled(ready)

    def _run(self, fn: Any, *args: Any, on_done: Callable[[Any], None]) -> None:
        """A write for the selected group; the buttons wait for its answer."""
        self._busy = True
        self._set_actions()
        self.message.clear_message()
        self.done_message.clear_message()
        self._worker.run(fn, *args, on_done=partial(self._run_done, on_done), on_error=self._run_failed)

    def _run_done(self, on_done: Callable[[Any], None], result: Any) -> None:
        self._busy = False
        on_done(result)
        self._set_actions()

    def _run_failed(self, error: BaseException) -> None:
        self._busy = False
        self._set_actions()
        self._show_error(error)

    def _merge(self) -> None:
        plan = self.chooser.plan()
        group = self.groups.current_group()
        if plan is None or group is None:
            return
        self._run(merge, plan.keep_id, plan.other_ids, plan.choices, plan.keep_all_phones,
                  plan.keep_all_emails, on_done=partial(self._merged, group))

    def _merged(self, group: GroupRow, survivor: ContactOut) -> None:
        self.groups.remove_group(group.ids)
        self._show_count()
        self.done_message.show_message(self.tr("Merged into {name}. Edit → Undo brings the records back.")
                                       .format(name=survivor.display_name))
        self.merged.emit(survivor.id)

    def _distinct(self) -> None:
        group = self.groups.current_group()
        if group is not None:
            self._run(mark_apart, group.ids, on_done=partial(self._apart, group))

    def _apart(self, group: GroupRow, _new: int) -> None:
        self.groups.remove_group(group.ids)
        self._show_count()
        self.done_message.show_message(self.tr("{names}: not the same; not proposed together again.")
                                       .format(names=" · ".join(group.names)))
        self.marked_distinct.emit()

    def done(self, result: int) -> None:
        self.cancel_search()  # closing stops a long search
        super().done(result)
