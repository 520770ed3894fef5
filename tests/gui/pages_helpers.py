"""Set-up shared by the page tests: a fixed "now" and the vault's time zone."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from crm_desktop.core.services.common import set_setting
from crm_desktop.core.services.uow import UnitOfWork

ZONE = "Asia/Shanghai"
# Tuesday 10 March 2026, 12:00 in Shanghai: the reminders' and the dashboard's "now".
NOW = datetime(2026, 3, 10, 4, 0, tzinfo=UTC)


def set_zone(vault: Any, zone: str = ZONE) -> None:
    """Runs on the worker: the vault's time zone, which says where "today" starts."""
    with UnitOfWork(vault, "setting.edit", "Time zone") as uow:
        set_setting(uow.session, "timezone", zone)
