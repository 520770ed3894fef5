"""The command groups, in the order `crm --help` lists them."""

from . import cmd_contacts, cmd_history, cmd_vault

MODULES = [cmd_vault, cmd_contacts, cmd_history]
