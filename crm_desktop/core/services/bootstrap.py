"""What a new vault starts with: the default project-financing pipeline and settings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from crm_desktop.core.models import Stage

from .common import set_setting
from .uow import UnitOfWork

if TYPE_CHECKING:
    from crm_desktop.core.vault import Vault

# (name en, 简体, 繁體, probability %, won, lost)
DEFAULT_PIPELINE: list[tuple[str, str, str, int, bool, bool]] = [
    ("Lead", "线索", "線索", 10, False, False),
    ("Mandate", "委托", "委託", 25, False, False),
    ("Due diligence", "尽职调查", "盡職調查", 40, False, False),
    ("Term sheet", "条款清单", "條款清單", 60, False, False),
    ("Credit approval", "信贷审批", "信貸審批", 80, False, False),
    ("Financial close", "融资关闭", "融資關閉", 100, True, False),
    ("Lost", "已失败", "已失敗", 0, False, True),
]
LANGUAGES = ("en", "zh_CN", "zh_TW")


def seed_new_vault(vault: Vault, language: str = "en", phone_region: str = "CN") -> None:
    col = {"en": 0, "zh_CN": 1, "zh_TW": 2}.get(language, 0)
    with UnitOfWork(vault, "vault.create", "Create vault", undoable=False) as uow:
        for pos, row in enumerate(DEFAULT_PIPELINE):
            uow.session.add(Stage(name=row[col], position=pos, probability=row[3],
                                  is_won=row[4], is_lost=row[5]))
        set_setting(uow.session, "language", language)
        set_setting(uow.session, "phone_region", phone_region)
