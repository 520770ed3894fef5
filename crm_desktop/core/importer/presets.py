"""Named mapping presets, kept in the vault (VaultSetting "import_preset:<name>", JSON)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select

from crm_desktop.core.errors import NotFound, ValidationError
from crm_desktop.core.models import VaultSetting
from crm_desktop.core.services.common import clean_text, set_setting
from crm_desktop.core.services.rowcodec import dumps
from crm_desktop.core.services.uow import ReadSession, UnitOfWork

from .mapping import Mapping

if TYPE_CHECKING:
    from crm_desktop.core.vault import Vault

PREFIX = "import_preset:"


def save_preset(vault: Vault, name: str, mapping: Mapping) -> None:
    clean = clean_text(name, "name", 80, required=True)
    with UnitOfWork(vault, "import.preset", f"Save import preset {clean}") as uow:
        set_setting(uow.session, PREFIX + str(clean), dumps(mapping.to_json()))


def load_preset(vault: Vault, name: str) -> Mapping:
    with ReadSession(vault) as s:
        row = s.get(VaultSetting, PREFIX + name.strip())
        if row is None:
            raise NotFound("import preset", name)
        try:
            return Mapping.from_json(row.value)
        except (ValueError, TypeError) as exc:
            raise ValidationError("preset", f"the preset '{name}' cannot be read ({exc})") from None


def list_presets(vault: Vault) -> list[str]:
    with ReadSession(vault) as s:
        keys = s.scalars(select(VaultSetting.key).where(VaultSetting.key.like(PREFIX + "%"))
                         .order_by(VaultSetting.key))
        return [k.removeprefix(PREFIX) for k in keys]


def delete_preset(vault: Vault, name: str) -> None:
    with UnitOfWork(vault, "import.preset", f"Delete import preset {name}") as uow:
        row = uow.session.get(VaultSetting, PREFIX + name.strip())
        if row is None:
            raise NotFound("import preset", name)
        uow.session.delete(row)
