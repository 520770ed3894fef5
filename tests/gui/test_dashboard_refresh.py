"""A dashboard refresh does not hold up the one DB worker: a search asked meanwhile is answered
between its parts, and a refresh asked again settles on the newest figures."""

from __future__ import annotations

from typing import Any

from crm_desktop.core.services import contacts, deals, interactions
from crm_desktop.gui.controller import AppController
from crm_desktop.gui.queries.contact_list import ContactFilter, query_ids

from .helpers import TIMEOUT, Waiter
from .pages_helpers import NOW, set_zone


def _settled_dashboard(qtbot: Any, c: AppController) -> Any:
    window = c.window
    assert window is not None
    window.set_clock(lambda: NOW)
    run = Waiter(qtbot, c.worker)
    run(set_zone)
    wang = run(contacts.add, display_name="Wang Fang")
    run(interactions.add, kind="call", occurred_at=NOW, participants=[wang.id])
    window.show_page("dashboard")
    page = window.dashboard
    qtbot.waitUntil(lambda: page.is_settled() and page.data is not None, timeout=TIMEOUT)
    return page


def test_a_search_asked_during_a_refresh_is_answered_before_the_refresh_ends(
        qtbot: Any, unlocked: AppController) -> None:
    page = _settled_dashboard(qtbot, unlocked)
    before = page.data
    answers: list[bool] = []
    page.load()
    unlocked.worker.run(query_ids, ContactFilter(text="Wang"),
                        on_done=lambda _ids: answers.append(page.data is before))
    qtbot.waitUntil(lambda: page.is_settled() and page.data is not before and bool(answers),
                    timeout=TIMEOUT)
    assert answers == [True]  # the search came back while the old figures were still shown
    assert "1 interaction since Monday" in page.activity.figures.text()


def test_a_refresh_overtaken_by_a_write_settles_on_the_newest_figures(
        qtbot: Any, unlocked: AppController) -> None:
    page = _settled_dashboard(qtbot, unlocked)
    page.load()  # its first part is read before the deal below exists
    unlocked.worker.run(deals.add, name="Harbour", amount="1000", currency="USD")
    page.load()
    qtbot.waitUntil(lambda: page.is_settled() and page.data.pipeline.open_deals == 1, timeout=TIMEOUT)
    qtbot.wait(100)  # nothing older lands after it
    assert page.data.pipeline.open_deals == 1 and "1 open deal" in page.totals.text()
