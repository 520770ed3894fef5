"""Deals: the pipeline board (a drop moves a card, counts and totals follow, Ctrl+Z undoes),
the list with filters, a deal's page (notes, closing with a reason), quick-add."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLabel

from crm_desktop.core.services import contacts, deal_read, deals, stages
from crm_desktop.gui.controller import AppController
from crm_desktop.gui.dialogs.deal_quick_add import DealQuickAddDialog
from crm_desktop.gui.main_window import MainWindow
from crm_desktop.gui.widgets.deal_mime import deal_mime
from crm_desktop.gui.widgets.stage_column import StageColumn

from .helpers import TIMEOUT, Waiter, activate, press, top_level


def _window(c: AppController) -> MainWindow:
    assert c.window is not None
    return c.window


def _drop(column: StageColumn, deal_id: int, from_stage: int) -> None:
    """What a drag of a card onto the column delivers. QDrag.exec itself cannot run offscreen
    (the offscreen platform has no drag loop: exec returns IgnoreAction at once), so the test
    sends the events the platform would send to the column, with the card's own mime data."""
    mime = deal_mime(deal_id, from_stage)
    at = QPointF(column.center())
    move = Qt.DropAction.MoveAction
    enter = QDragEnterEvent(at.toPoint(), move, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(column, enter)
    assert enter.isAccepted()
    drop = QDropEvent(at, move, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(column, drop)
    assert drop.isAccepted()


def _seed(run: Waiter) -> dict[str, Any]:
    first, second = run(stages.list_stages)[:2]
    client = run(contacts.add, kind="organization", display_name="Huaneng")
    a = run(deals.add, name="Solar loan", client=client.id, amount="1000000", currency="CNY", stage=first.id)
    b = run(deals.add, name="Wind bond", amount="250000", currency="USD", stage=first.id)
    c = run(deals.add, name="Port refinancing", amount="500000", currency="CNY", stage=second.id)
    return {"first": first, "second": second, "a": a, "b": b, "c": c, "client": client}


def _board_ready(qtbot: Any, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.deals.is_settled() and window.deals.board.board is not None,
                    timeout=TIMEOUT)


def test_drop_a_card_on_the_next_stage_then_undo(qtbot: Any, unlocked: AppController) -> None:
    window = _window(unlocked)
    run = Waiter(qtbot, unlocked.worker)
    seed = _seed(run)
    first, second = seed["first"].id, seed["second"].id
    press(qtbot, window, "Ctrl+2")
    _board_ready(qtbot, window)
    board = window.deals.board
    col1, col2 = board.column(first), board.column(second)
    assert col1 is not None and col2 is not None
    both = {"CNY": Decimal("1000000"), "USD": Decimal("250000")}
    assert col1.column.count == 2 and col1.column.totals == both
    assert col2.column.count == 1 and col2.column.totals == {"CNY": Decimal("500000")}
    assert "1,000,000.00 CNY" in col1.totals_label.toolTip()  # never one sum across currencies

    _drop(col2, seed["a"].id, first)
    qtbot.waitUntil(lambda: board.stage_of(seed["a"].id) == second, timeout=TIMEOUT)
    col1, col2 = board.column(first), board.column(second)
    assert col1.column.count == 1 and col1.column.totals == {"USD": Decimal("250000")}
    assert col2.column.count == 2 and col2.column.totals == {"CNY": Decimal("1500000")}
    assert col2.count_label.text().startswith("2 deal")
    assert run(deal_read.get, seed["a"].id).stage_id == second
    assert "Ctrl+Z" in window.statusBar().currentMessage()

    activate(qtbot, window)
    press(qtbot, board, "Ctrl+Z")
    qtbot.waitUntil(lambda: board.stage_of(seed["a"].id) == first, timeout=TIMEOUT)
    _board_ready(qtbot, window)
    col1, col2 = board.column(first), board.column(second)
    assert col1.column.count == 2 and col1.column.totals == both
    assert col2.column.totals == {"CNY": Decimal("500000")}
    assert run(deal_read.get, seed["a"].id).stage_id == first


def test_a_drop_on_the_column_it_came_from_does_nothing(qtbot: Any, unlocked: AppController) -> None:
    window = _window(unlocked)
    run = Waiter(qtbot, unlocked.worker)
    seed = _seed(run)
    window.show_page("deals")
    _board_ready(qtbot, window)
    column = window.deals.board.column(seed["first"].id)
    mime = deal_mime(seed["a"].id, seed["first"].id)
    enter = QDragEnterEvent(QPointF(5, 5).toPoint(), Qt.DropAction.MoveAction, mime,
                            Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(column, enter)
    assert not enter.isAccepted()


def test_alt_right_moves_the_focused_card_by_keyboard(qtbot: Any, unlocked: AppController) -> None:
    window = _window(unlocked)
    run = Waiter(qtbot, unlocked.worker)
    seed = _seed(run)
    window.show_page("deals")
    _board_ready(qtbot, window)
    board = window.deals.board
    cards = board.select(seed["b"].id)
    assert cards is not None and cards.hasFocus()
    qtbot.keyClick(cards, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: board.stage_of(seed["b"].id) == seed["second"].id, timeout=TIMEOUT)
    # The moved card keeps the focus in its new column, for the next key.
    qtbot.waitUntil(lambda: board.focusWidget() is board.column(seed["second"].id).list, timeout=TIMEOUT)
    assert board.column(seed["second"].id).list.current_deal() == seed["b"].id
    qtbot.keyClick(board.focusWidget(), Qt.Key.Key_Return)
    view = window.deals.deal_view
    qtbot.waitUntil(lambda: view.deal is not None and view.deal.id == seed["b"].id, timeout=TIMEOUT)


def test_the_list_filters_by_stage_and_status(qtbot: Any, unlocked: AppController) -> None:
    window = _window(unlocked)
    run = Waiter(qtbot, unlocked.worker)
    seed = _seed(run)
    run(deals.close, seed["b"].id, "lost", "Lender withdrew")
    window.show_page("deals")
    page = window.deals
    qtbot.mouseClick(page.list_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.is_settled() and page.model.rowCount() == 3, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: page.stage_filter.count() > 2, timeout=TIMEOUT)
    page.status_filter.setCurrentIndex(page.status_filter.findData("open"))
    page.status_filter.activated.emit(page.status_filter.currentIndex())
    qtbot.waitUntil(lambda: page.model.is_settled() and page.model.rowCount() == 2, timeout=TIMEOUT)
    page.stage_filter.setCurrentIndex(page.stage_filter.findData(seed["first"].id))
    page.stage_filter.activated.emit(page.stage_filter.currentIndex())
    qtbot.waitUntil(lambda: page.model.is_settled() and page.model.rowCount() == 1, timeout=TIMEOUT)
    assert page.model.deal(0).name == "Solar loan"
    assert page.summary.text() == "1 deal"


def test_deal_page_note_and_close_as_lost(qtbot: Any, unlocked: AppController) -> None:
    window = _window(unlocked)
    run = Waiter(qtbot, unlocked.worker)
    seed = _seed(run)
    window.open_record("deal", seed["a"].id)
    view = window.deals.deal_view
    qtbot.waitUntil(lambda: view.deal is not None and view.deal.id == seed["a"].id, timeout=TIMEOUT)
    assert view.heading.text() == "Solar loan" and "Huaneng" in view.state.text()
    assert view.form.rows["amount"].text() == "1,000,000" and view.form.rows["currency"].text() == "CNY"
    assert "Huaneng" in view.parties.toPlainText() or "No parties" in view.parties.toPlainText()
    view.notes_box.edit.setFocus()
    qtbot.keyClicks(view.notes_box.edit, "Credit committee on Friday.")
    qtbot.keyClick(view.notes_box.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Credit committee on Friday." in view.notes.toPlainText(), timeout=TIMEOUT)
    assert view.tabs.tabText(0) == "Notes (1)" and view.notes_box.edit.toPlainText() == ""
    view.close_deal("lost", "Sponsor chose another bank")
    qtbot.waitUntil(lambda: view.deal is not None and view.deal.status == "lost", timeout=TIMEOUT)
    assert "Sponsor chose another bank" in view.state.text() and not view.lost.isEnabled()
    saved = run(deal_read.get, seed["a"].id)
    assert (saved.status, saved.close_reason) == ("lost", "Sponsor chose another bank")


def test_an_amount_without_currency_says_so_beside_the_currency(qtbot: Any, unlocked: AppController) -> None:
    window = _window(unlocked)
    run = Waiter(qtbot, unlocked.worker)
    deal = run(deals.add, name="No money yet")
    window.open_record("deal", deal.id)
    view = window.deals.deal_view
    qtbot.waitUntil(lambda: view.deal is not None and view.deal.id == deal.id, timeout=TIMEOUT)
    amount, currency = view.form.rows["amount"], view.form.rows["currency"]
    amount.editor.setFocus()
    qtbot.keyClicks(amount.editor, "2,000,000")
    qtbot.keyClick(amount.editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: currency.message.isVisible(), timeout=TIMEOUT)
    assert "currency" in currency.message.text()
    currency.editor.setFocus()
    qtbot.keyClicks(currency.editor, "usd")
    qtbot.keyClick(currency.editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: run(deal_read.get, deal.id).amount == Decimal("2000000"), timeout=TIMEOUT)
    assert run(deal_read.get, deal.id).currency == "USD"
    qtbot.waitUntil(lambda: not currency.message.isVisible(), timeout=TIMEOUT)


def test_quick_add_a_deal_opens_it(qtbot: Any, unlocked: AppController) -> None:
    window = _window(unlocked)
    activate(qtbot, window)
    press(qtbot, window, "Ctrl+Shift+D")
    dialog = top_level(DealQuickAddDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.add_button.isEnabled, timeout=TIMEOUT)  # the stages have arrived
    qtbot.keyClicks(dialog.rows["name"].editor, "Metro PPP")
    qtbot.keyClicks(dialog.rows["client"].editor, "City Transit Co")
    qtbot.keyClicks(dialog.rows["amount"].editor, "3000000")
    qtbot.keyClicks(dialog.rows["currency"].editor, "EUR")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    view = window.deals.deal_view
    qtbot.waitUntil(lambda: view.deal is not None and view.deal.name == "Metro PPP", timeout=TIMEOUT)
    assert window.pages.currentWidget() is window.deals and window.deals.current_view() == "deal"
    assert view.deal.client == "City Transit Co" and view.deal.amount == Decimal("3000000")


def test_add_a_party_in_a_role(qtbot: Any, unlocked: AppController) -> None:
    window = _window(unlocked)
    run = Waiter(qtbot, unlocked.worker)
    seed = _seed(run)
    run(contacts.add, display_name="Bank of Example", kind="organization")
    window.open_record("deal", seed["c"].id)
    view = window.deals.deal_view
    qtbot.waitUntil(lambda: view.deal is not None and view.deal.id == seed["c"].id, timeout=TIMEOUT)
    assert "No parties yet" in view.parties.toPlainText()
    dialog = window.deals.add_party(seed["c"].id)
    qtbot.keyClicks(dialog.search, "Bank of")
    qtbot.waitUntil(lambda: dialog.results.count() == 1, timeout=TIMEOUT)
    dialog.role.setCurrentIndex(dialog.role.findData("lender"))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Bank of Example · Lender" in view.parties.toPlainText(), timeout=TIMEOUT)
    parties = run(deal_read.get, seed["c"].id).parties
    assert [(p.name, p.role) for p in parties] == [("Bank of Example", "lender")]


def test_won_asks_for_the_reason_and_closes_the_deal(qtbot: Any, unlocked: AppController) -> None:
    from PySide6.QtCore import QTimer

    from crm_desktop.gui.dialogs.close_deal_dialog import CloseDealDialog

    window = _window(unlocked)
    run = Waiter(qtbot, unlocked.worker)
    seed = _seed(run)
    window.open_record("deal", seed["b"].id)
    view = window.deals.deal_view
    qtbot.waitUntil(lambda: view.deal is not None and view.deal.id == seed["b"].id, timeout=TIMEOUT)

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, CloseDealDialog) and "Wind bond" in dialog.findChild(QLabel).text()
        dialog.reason.setPlainText("Best pricing")
        dialog.accept()

    QTimer.singleShot(0, answer)
    qtbot.mouseClick(view.won, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.deal is not None and view.deal.status == "won", timeout=TIMEOUT)
    saved = run(deal_read.get, seed["b"].id)
    assert (saved.status, saved.close_reason, saved.probability) == ("won", "Best pricing", 100)


def test_a_deal_moved_to_the_trash_leaves_the_board_and_undo_brings_it_back(qtbot: Any,
                                                                             unlocked: AppController) -> None:
    window = _window(unlocked)
    run = Waiter(qtbot, unlocked.worker)
    seed = _seed(run)
    window.show_page("deals")
    _board_ready(qtbot, window)
    window.deals.show_deal(seed["a"].id)
    qtbot.waitUntil(lambda: window.deals.deal_view.deal is not None, timeout=TIMEOUT)
    qtbot.mouseClick(window.deals.deal_view.trash, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.deals.current_view() == "board", timeout=TIMEOUT)
    _board_ready(qtbot, window)
    names = {d.name for d in run(deal_read.list_deals).deals}
    assert names == {"Wind bond", "Port refinancing"}
    window.run_undo(redo=False)
    qtbot.waitUntil(lambda: "Solar loan" in {d.name for d in run(deal_read.list_deals).deals},
                    timeout=TIMEOUT)
