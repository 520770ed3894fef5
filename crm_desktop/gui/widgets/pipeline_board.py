"""The pipeline board: a column per stage, side by side, scrolled sideways when they do not fit.

It shows a `Board` and asks for moves; the page runs them on the worker and shows the new board.
`move(deal_id, stage_id)` is the one way a move is asked for — a drop, a key, a menu — so tests
can drive it as a drop would.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QMenu, QScrollArea, QWidget

from crm_desktop.gui.queries.board import Board

from .card_list import CardList
from .stage_column import StageColumn


class PipelineBoard(QScrollArea):
    move_requested = Signal(int, int)  # deal id, stage id
    open_requested = Signal(int)  # deal id
    more_requested = Signal(int)  # stage id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pipelineBoard")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.board: Board | None = None
        self.columns: list[StageColumn] = []
        self._focus_after: int | None = None
        self._build()

    def set_board(self, board: Board) -> None:
        focused = self.focusWidget()
        keep = self._focus_after or (focused.current_deal() if isinstance(focused, CardList) else None)
        self._focus_after = None
        self.board = board
        self._build()
        if keep is not None:
            self.select(keep)

    def clear(self) -> None:
        self.board = None
        self._build()

    def _build(self) -> None:
        inner = QWidget()
        layout = QHBoxLayout(inner)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.columns = []
        for column in self.board.columns if self.board else []:
            widget = StageColumn(column, inner)
            widget.dropped.connect(self.move)
            widget.more_requested.connect(self.more_requested)
            widget.list.open_requested.connect(self.open_requested)
            widget.list.step_requested.connect(self._step)
            widget.list.menu_requested.connect(self._menu)
            layout.addWidget(widget, 1)
            self.columns.append(widget)
        self.setWidget(inner)  # the old one is deleted with its columns

    # ---------------------------------------------------------------- lookups
    def column(self, stage_id: int) -> StageColumn | None:
        return next((c for c in self.columns if c.stage_id == stage_id), None)

    def stage_of(self, deal_id: int) -> int | None:
        return next((c.stage_id for c in self.columns if c.has(deal_id)), None)

    def select(self, deal_id: int) -> CardList | None:
        """Give the deal's card the keyboard focus; its list, or None if no column shows it."""
        for column in self.columns:
            if column.list.select_deal(deal_id):
                column.list.setFocus(Qt.FocusReason.OtherFocusReason)
                self.ensureWidgetVisible(column)
                return column.list
        return None

    # ---------------------------------------------------------------- moves
    def move(self, deal_id: int, stage_id: int) -> None:
        """Ask for the deal to go to this stage (what a drop on its column does)."""
        if self.stage_of(deal_id) != stage_id:
            self._focus_after = deal_id
            self.move_requested.emit(deal_id, stage_id)

    def _step(self, deal_id: int, step: int) -> None:
        ids = [c.stage_id for c in self.columns]
        current = self.stage_of(deal_id)
        if current is None:
            return
        i = ids.index(current) + step
        if 0 <= i < len(ids):
            self.move(deal_id, ids[i])

    def _menu(self, deal_id: int, where: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), lambda: self.open_requested.emit(deal_id))
        move_to = menu.addMenu(self.tr("Move to"))
        current = self.stage_of(deal_id)
        for column in self.columns:
            action = QAction(column.column.name, move_to)
            action.setEnabled(column.stage_id != current)
            action.triggered.connect(lambda _c=False, s=column.stage_id: self.move(deal_id, s))
            move_to.addAction(action)
        menu.popup(where)
