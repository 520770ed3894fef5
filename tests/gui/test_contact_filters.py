"""The contact list's filters: tag (choices read from the vault), "needs follow-up" (a reminder
overdue or due today, or silent past the tier's limit), combined with each other and the search,
with the count beside them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from crm_desktop.core.services import contacts, interactions, reminders
from crm_desktop.gui.controller import AppController
from crm_desktop.gui.main_window import MainWindow
from crm_desktop.gui.pages.contacts_page import ContactsPage

from .helpers import TIMEOUT, Waiter


def _page(c: AppController) -> ContactsPage:
    window = c.window
    assert isinstance(window, MainWindow)
    return window.contacts


def _names(page: ContactsPage, qtbot: Any) -> list[str]:
    model = page.model
    # The rows arrive once the view has painted them (the model fetches only what is seen).
    qtbot.waitUntil(lambda: model.is_settled() and all(
        model.cached_row(model.contact_id(r)) is not None for r in range(model.rowCount())),
        timeout=TIMEOUT)
    ids = [model.contact_id(r) for r in range(model.rowCount())]
    return [model.cached_row(i).name for i in ids if i is not None]  # type: ignore[union-attr]


def _settle(page: ContactsPage, qtbot: Any) -> None:
    qtbot.waitUntil(page.is_settled, timeout=TIMEOUT)


def test_the_tag_filter_lists_the_vaults_tags_and_narrows_the_list(qtbot: Any,
                                                                    unlocked: AppController) -> None:
    page = _page(unlocked)
    run = Waiter(qtbot, unlocked.worker)
    run(contacts.add, display_name="Ann Solar", tags=["Solar", "Investor"], tier="A")
    run(contacts.add, display_name="Ben Solar", tags=["Solar"], tier="B")
    run(contacts.add, display_name="Cy Wind", tags=["Wind"], tier="A")
    run(contacts.add, display_name="Dee Untagged")
    page.load()
    _settle(page, qtbot)
    combo = page.tag_filter
    assert [combo.itemText(i) for i in range(combo.count())] == ["All tags", "Investor", "Solar", "Wind"]
    combo.setCurrentIndex(combo.findData("Solar"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=TIMEOUT)
    assert _names(page, qtbot) == ["Ann Solar", "Ben Solar"]
    assert page.count_label.text().startswith("2 contact")
    page.tier_filter.setCurrentIndex(page.tier_filter.findData("A"))  # filters combine
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=TIMEOUT)
    assert _names(page, qtbot) == ["Ann Solar"]
    page.tier_filter.setCurrentIndex(0)
    page.set_search("Ben")  # and combine with the search
    qtbot.waitUntil(lambda: page.model.is_settled() and page.model.rowCount() == 1, timeout=TIMEOUT)
    assert _names(page, qtbot) == ["Ben Solar"]
    page.set_search("Cy")  # tagged Wind, not Solar: no match, said so
    qtbot.waitUntil(page.no_match.isVisible, timeout=TIMEOUT)
    assert page.no_match.title.text() == "No contacts match 'Cy'"


def test_needs_follow_up_lists_due_reminders_and_cold_clients(qtbot: Any, unlocked: AppController) -> None:
    page = _page(unlocked)
    run = Waiter(qtbot, unlocked.worker)
    now = datetime.now(UTC)
    overdue = run(contacts.add, display_name="Overdue Olga")
    later = run(contacts.add, display_name="Later Liam")
    done = run(contacts.add, display_name="Done Dora")
    cold = run(contacts.add, display_name="Cold Carl", tier="A")  # A: silent over 30 days is cold
    warm = run(contacts.add, display_name="Warm Wendy", tier="A")
    run(contacts.add, display_name="New Nora", tier="A")  # never met, but added today: not cold yet
    run(contacts.add, display_name="Quiet Quinn")  # no tier, no reminder: nothing asks for her
    run(reminders.add, "Chase the term sheet", now - timedelta(days=2), tz="UTC", contact_id=overdue.id)
    run(reminders.add, "Call in a week", now + timedelta(days=7), tz="UTC", contact_id=later.id)
    finished = run(reminders.add, "Already handled", now - timedelta(days=1), tz="UTC", contact_id=done.id)
    run(reminders.done, finished.id)
    run(interactions.add, kind="call", occurred_at=now - timedelta(days=60), participants=[cold.id])
    run(interactions.add, kind="call", occurred_at=now - timedelta(days=3), participants=[warm.id])
    page.load()
    _settle(page, qtbot)
    assert page.model.rowCount() == 7
    page.follow_up_filter.click()
    qtbot.waitUntil(lambda: page.model.is_settled() and page.model.rowCount() == 2, timeout=TIMEOUT)
    assert _names(page, qtbot) == ["Cold Carl", "Overdue Olga"]
    page.kind_filter.setCurrentIndex(page.kind_filter.findData("organization"))
    qtbot.waitUntil(page.no_match.isVisible, timeout=TIMEOUT)
    assert page.no_match.title.text() == "No contacts match these filters"
    page.clear_filters()
    qtbot.waitUntil(lambda: page.model.rowCount() == 7 and page.table.isVisible(), timeout=TIMEOUT)
    assert not page.follow_up_filter.isChecked()


def test_a_link_from_another_page_drops_the_filters(qtbot: Any, unlocked: AppController) -> None:
    page = _page(unlocked)
    run = Waiter(qtbot, unlocked.worker)
    tagged = run(contacts.add, display_name="Tagged Tom", tags=["Port"])
    other = run(contacts.add, display_name="Other Otto")
    page.load()
    _settle(page, qtbot)
    page.tag_filter.setCurrentIndex(page.tag_filter.findData("Port"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=TIMEOUT)
    page.show_contact(other.id)
    qtbot.waitUntil(lambda: page.current_contact_id() == other.id, timeout=TIMEOUT)
    assert page.tag_filter.currentIndex() == 0 and page.model.rowCount() == 2
    assert tagged.id != other.id
