"""The main window's signal wiring: menus and shortcuts to commands, pages to each other, the worker
to the status bar. Kept apart so the window class holds its parts, not a page of connections."""

from __future__ import annotations

from typing import TYPE_CHECKING

from crm_desktop.gui.dialogs.about import show_about
from crm_desktop.gui.dialogs.shortcuts_dialog import ShortcutsDialog
from crm_desktop.gui.errors import show_error

if TYPE_CHECKING:
    from crm_desktop.gui.main_window import MainWindow


def connect_window(w: MainWindow) -> None:
    a = w.commands
    a.lock.triggered.connect(w.lock_requested)
    a.new_vault.triggered.connect(w.new_vault_requested)
    a.open_vault.triggered.connect(w.open_vault_requested)
    a.quit.triggered.connect(w.close)
    a.undo.triggered.connect(lambda: w.run_undo(redo=False))
    a.redo.triggered.connect(lambda: w.run_undo(redo=True))
    w.undo_runner.message.connect(lambda text: w.statusBar().showMessage(text, 5000))
    w.undo_runner.reverted.connect(w.page_set.mark_stale)
    a.add_contact.triggered.connect(w.quick_add)
    a.add_deal.triggered.connect(lambda: w.quick_add_deal())
    a.add_reminder.triggered.connect(lambda: w.quick_add_reminder())
    a.search.triggered.connect(w.focus_search)
    for i, action in enumerate(a.pages):
        action.triggered.connect(lambda _c=False, i=i: w.nav.setCurrentRow(i))
    a.shortcuts.triggered.connect(lambda: ShortcutsDialog(a.all(), w).exec())
    a.about.triggered.connect(lambda: show_about(w))
    a.guide.triggered.connect(lambda: _show_guide(w))
    a.language_group.triggered.connect(lambda act: w.language_requested.emit(act.data()))
    w.nav.currentRowChanged.connect(w.pages.setCurrentIndex)
    w.search_bar.settled.connect(w.contacts.set_search)
    w.search_bar.open_record.connect(w.open_record)
    w.locked_page.unlock_requested.connect(w.unlock_requested)
    w.worker.busy_changed.connect(w.status.set_busy)
    w.worker.unhandled_error.connect(lambda e: show_error(w, e))
    w.page_set.message.connect(lambda text: w.statusBar().showMessage(text, 8000))
    w.page_set.open_record.connect(w.open_record)
    w.quick.contact_added.connect(w._contact_added)
    w.quick.deal_added.connect(w._deal_added)
    w.quick.reminder_added.connect(w._reminder_added)
    w.deals.add_deal_requested.connect(lambda stage: w.quick_add_deal(stage_id=stage))
    w.deals.add_reminder_requested.connect(w._remind_about_deal)
    w.reminders.add_requested.connect(lambda: w.quick_add_reminder())
    w.contacts.add_deal_requested.connect(
        lambda cid: w.quick_add_deal(client_id=cid, client_name=w._contact_name(cid)))
    w.contacts.add_reminder_requested.connect(
        lambda cid: w.quick_add_reminder(contact_id=cid, about=w._contact_name(cid)))
    w.dashboard.stage_requested.connect(w._show_stage)
    w.page_set.changed.connect(w.alerts.check)
    w.alerts.overdue_changed.connect(lambda _n: w._show_overdue())
    w.alerts.fell_due.connect(lambda: (w.reminders.mark_stale(), w.dashboard.mark_stale()))
    w.alerts.show_requested.connect(lambda rid: w.open_record("reminder", rid))
    a.import_file.triggered.connect(lambda: w.tools.show("import"))
    a.export_file.triggered.connect(lambda: w.tools.show("export"))
    a.reports.triggered.connect(lambda: w.tools.show("reports", language=w.language))
    a.backups.triggered.connect(lambda: w.tools.show("backups"))
    a.change_passphrase.triggered.connect(lambda: w.tools.show("passphrase"))
    a.duplicates.triggered.connect(lambda: w.tools.show("duplicates"))
    a.health.triggered.connect(lambda: w.tools.show("health"))
    a.settings.triggered.connect(w.settings_requested)
    a.add_interaction.triggered.connect(w.quick_add_interaction)
    w.quick.interaction_added.connect(w.interaction_added)
    w.quick.open_contact.connect(lambda contact_id: w.open_record("contact", contact_id))
    a.tour.triggered.connect(w.tour_requested)
    w.contacts.add_contact_requested.connect(w.quick_add)
    w.contacts.import_requested.connect(lambda: w.tools.show("import"))
    w.contacts.clear_search_requested.connect(w.search_edit.clear)
    w.contacts.demo_requested.connect(w.demo_requested)
    w.contacts.merge_requested.connect(lambda pair: w.tools.show("duplicates", pair=pair))
    w.contacts.report_requested.connect(
        lambda cid: w.tools.show("reports", report="dossier", contact_id=cid, language=w.language))
    w.dashboard.demo_requested.connect(w.demo_requested)
    w.tools.changed.connect(w.page_set.mark_stale)
    w.tools.open_record.connect(w.open_record)
    w.tools.message.connect(lambda text: w.statusBar().showMessage(text, 8000))


def _show_guide(window: MainWindow) -> None:
    from crm_desktop.gui.dialogs.guide_dialog import show_guide  # loaded when first asked for

    show_guide(window)
