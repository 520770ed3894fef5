"""The search field's popup driven by keys and clicks over a real vault: every kind of record,
Chinese and pinyin, highlights, Down/Up/Enter/Esc, "show all", and stale answers dropped."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from crm_desktop.core.services import contacts, deals, interactions
from crm_desktop.gui.controller import AppController
from crm_desktop.gui.main_window import MainWindow
from crm_desktop.gui.models.search_model import Row
from crm_desktop.gui.widgets.search_bar import SearchBar

from .helpers import TIMEOUT, Waiter, press

T0 = datetime(2025, 6, 1, 9, 0, tzinfo=UTC)


class Book:
    def __init__(self, qtbot: Any, c: AppController) -> None:
        run = Waiter(qtbot, c.worker)
        self.zhang = run(contacts.add, display_name="张伟", organization="中国银行", title="行长").id
        self.olivia = run(contacts.add, display_name="Olivia Grant", emails=["olivia@harbour.example"]).id
        self.deal = run(deals.add, name="Shenzhen Metro financing", client=self.zhang, amount="12500000",
                        currency="CNY").id
        self.note = run(interactions.add, kind="meeting", occurred_at=T0, participants=[self.zhang],
                        subject="Depot visit", body="Walked the depot with the sponsor's engineers").id


@pytest.fixture
def window(unlocked: AppController) -> MainWindow:
    """The window wired as the integrator wires it: the bar gets the worker, hits open records."""
    w = unlocked.window
    assert w is not None
    w.search_bar.set_worker(unlocked.worker)
    w.search_bar.open_record.connect(w.open_record)
    return w


@pytest.fixture
def book(qtbot: Any, unlocked: AppController, window: MainWindow) -> Book:
    return Book(qtbot, unlocked)


def _bar(window: MainWindow) -> SearchBar:
    return window.search_bar


def _search(qtbot: Any, window: MainWindow, text: str, *, chinese: bool = False) -> list[Row]:
    """Type into the field (Ctrl+K first) and wait for the popup to show this text's answer."""
    bar = _bar(window)
    press(qtbot, window, "Ctrl+K")
    if chinese:  # keyClicks with non-ASCII text aborts Qt: commit it as an input method would
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(bar.edit, event)
    else:
        qtbot.keyClicks(bar.edit, text)
    qtbot.waitUntil(lambda: bar.popup_visible() and bar.model.text == bar.edit.text(), timeout=TIMEOUT)
    return bar.model.rows


def _hits(rows: list[Row], entity: str) -> list[Row]:
    return [r for r in rows if r.kind == "hit" and r.entity == entity]


def _marked(text: str, spans: tuple[tuple[int, int], ...]) -> list[str]:
    return [text[a:b] for a, b in spans]


def test_pinyin_finds_the_chinese_name_highlighted(qtbot: Any, window: MainWindow, book: Book) -> None:
    rows = _search(qtbot, window, "zhang")
    hit = _hits(rows, "contact")[0]
    assert hit.title == "张伟" and hit.hit is not None and hit.hit.id == book.zhang
    assert _marked(hit.title, hit.title_spans) == ["张"]
    assert "中国银行" in hit.line  # the second line: title and organization
    assert next(r.title for r in rows if r.kind == "header") == "Contacts"
    # The same person's meeting: found as a participant, their name marked on the second line.
    meeting = _hits(rows, "interaction")[0]
    assert meeting.title == "Depot visit" and "张" in _marked(meeting.line, meeting.line_spans)
    assert window.search_edit.hasFocus()  # the popup never took the keyboard
    window.grab().save("/tmp/search_popup_pinyin.png")


@pytest.mark.parametrize("query", ["张", "張偉"])
def test_chinese_in_either_script_through_the_input_method(qtbot: Any, window: MainWindow, book: Book,
                                                           query: str) -> None:
    hit = _hits(_search(qtbot, window, query, chinese=True), "contact")[0]
    assert hit.title == "张伟" and _marked(hit.title, hit.title_spans)[0].startswith("张")


def test_initials_find_the_chinese_name(qtbot: Any, window: MainWindow, book: Book) -> None:
    assert _hits(_search(qtbot, window, "zw"), "contact")[0].title == "张伟"


def test_clicking_a_deal_hit_opens_the_deal(qtbot: Any, window: MainWindow, book: Book) -> None:
    rows = _search(qtbot, window, "metro")
    deal = _hits(rows, "deal")[0]
    assert _marked(deal.title, deal.title_spans) == ["Metro"]
    assert "12,500,000 CNY" in deal.line and "张伟" in deal.line  # client, stage and amount
    bar = _bar(window)
    assert bar.popup is not None
    view = bar.popup.view
    with qtbot.waitSignal(bar.open_record, timeout=TIMEOUT) as opened:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                         pos=view.visualRect(bar.model.index(rows.index(deal), 0)).center())
    assert opened.args == ["deal", book.deal]
    assert not bar.popup_visible()
    qtbot.waitUntil(lambda: window.deals.deal_view.deal is not None
                    and window.deals.deal_view.deal.id == book.deal, timeout=TIMEOUT)


def test_down_and_enter_open_the_first_hit(qtbot: Any, window: MainWindow, book: Book) -> None:
    rows = _search(qtbot, window, "olivia")
    assert _hits(rows, "contact")[0].title == "Olivia Grant"
    bar = _bar(window)
    qtbot.keyClick(bar.edit, Qt.Key.Key_Down)
    qtbot.keyClick(bar.edit, Qt.Key.Key_Down)
    qtbot.keyClick(bar.edit, Qt.Key.Key_Up)  # back to the first
    with qtbot.waitSignal(bar.open_record, timeout=TIMEOUT) as opened:
        qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert opened.args == ["contact", book.olivia]
    qtbot.waitUntil(lambda: window.contacts.detail.contact is not None
                    and window.contacts.detail.contact.id == book.olivia, timeout=TIMEOUT)


def test_enter_right_after_typing_opens_the_top_hit(qtbot: Any, window: MainWindow, book: Book) -> None:
    bar = _bar(window)
    press(qtbot, window, "Ctrl+K")
    with qtbot.waitSignal(bar.open_record, timeout=TIMEOUT) as opened:
        qtbot.keyClicks(bar.edit, "olivia")
        qtbot.keyClick(bar.edit, Qt.Key.Key_Return)  # before the pause in typing is over
    assert opened.args == ["contact", book.olivia] and not bar.popup_visible()


def test_an_interaction_opens_the_person_it_was_with(qtbot: Any, window: MainWindow, book: Book) -> None:
    rows = _search(qtbot, window, "depot")
    note = _hits(rows, "interaction")[0]
    assert note.title == "Depot visit" and "Walked the depot" in note.line
    assert "depot" in _marked(note.line, note.line_spans)
    bar = _bar(window)
    for _ in range(sum(r.selectable for r in rows[:rows.index(note) + 1])):
        qtbot.keyClick(bar.edit, Qt.Key.Key_Down)
    with qtbot.waitSignal(bar.open_record, timeout=TIMEOUT) as opened:
        qtbot.keyClick(bar.edit, Qt.Key.Key_Enter)
    assert opened.args == ["contact", book.zhang]


def test_escape_closes_the_popup_and_keeps_the_text(qtbot: Any, window: MainWindow, book: Book) -> None:
    _search(qtbot, window, "olivia")
    bar = _bar(window)
    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert not bar.popup_visible() and bar.edit.text() == "olivia"
    qtbot.keyClick(bar.edit, Qt.Key.Key_Down)  # brings it back
    qtbot.waitUntil(bar.popup_visible, timeout=TIMEOUT)
    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)  # closed already: clears the field
    assert bar.edit.text() == "" and not bar.popup_visible()


def test_show_all_lists_every_hit_of_a_group(qtbot: Any, unlocked: AppController, window: MainWindow) -> None:
    run = Waiter(qtbot, unlocked.worker)
    for i in range(8):
        run(contacts.add, display_name=f"Harbour Partner {i}")
    rows = _search(qtbot, window, "harbour")
    assert len(_hits(rows, "contact")) == 5
    more = [r for r in rows if r.kind == "more"]
    assert [r.title for r in more] == ["Show all 8 contact(s)"] or [r.title for r in more] == [
        "Show all 8 contacts"]
    bar = _bar(window)
    for _ in range(6):  # five hits, then "show all"
        qtbot.keyClick(bar.edit, Qt.Key.Key_Down)
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(_hits(bar.model.rows, "contact")) == 8, timeout=TIMEOUT)
    assert not [r for r in bar.model.rows if r.kind == "more"] and bar.popup_visible()


def test_only_the_newest_answer_is_shown(qtbot: Any, unlocked: AppController, window: MainWindow,
                                         book: Book) -> None:
    bar = _bar(window)
    shown: list[str] = []
    bar.results_shown.connect(shown.append)
    unlocked.worker.run(lambda _vault: time.sleep(1.5))  # the worker busy: answers come late
    press(qtbot, window, "Ctrl+K")
    qtbot.keyClicks(bar.edit, "zh")
    qtbot.waitUntil(lambda: bar.queries_sent == 1, timeout=TIMEOUT)
    qtbot.keyClicks(bar.edit, "a")
    qtbot.wait(100)  # a pause: this text is searched too (it waits its turn)
    qtbot.keyClicks(bar.edit, "ng")
    qtbot.waitUntil(lambda: shown == ["zhang"], timeout=TIMEOUT)
    qtbot.wait(200)
    assert shown == ["zhang"] and bar.queries_sent == 2  # "zh" answered, dropped; "zha" never sent
    assert _hits(bar.model.rows, "contact")[0].title == "张伟"


def test_no_match_says_so_and_lock_closes_the_popup(qtbot: Any, unlocked: AppController,
                                                    window: MainWindow, book: Book) -> None:
    rows = _search(qtbot, window, "qqxxzz")
    assert [r.kind for r in rows] == ["message"] and "qqxxzz" in rows[0].title
    press(qtbot, window, "Ctrl+L")
    qtbot.waitUntil(window.is_locked, timeout=TIMEOUT)
    assert not _bar(window).popup_visible() and window.search_edit.text() == ""
