"""crm-desktop: an offline desktop CRM over one encrypted SQLite file."""

__version__ = "0.1.0"
