"""The command groups, in the order `crm --help` lists them."""

from . import (
    cmd_attachments,
    cmd_backup,
    cmd_contacts,
    cmd_deals,
    cmd_dedup,
    cmd_demo,
    cmd_export,
    cmd_health,
    cmd_history,
    cmd_import,
    cmd_interactions,
    cmd_reminders,
    cmd_report,
    cmd_search,
    cmd_stages,
    cmd_trash,
    cmd_vault,
)

MODULES = [
    cmd_vault, cmd_backup, cmd_demo,
    cmd_contacts, cmd_interactions, cmd_deals, cmd_stages, cmd_reminders, cmd_attachments,
    cmd_import, cmd_export, cmd_search, cmd_dedup, cmd_health, cmd_report,
    cmd_trash, cmd_history,
]
