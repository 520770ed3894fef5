"""What building rows needs from the vault: the phone region, the stages, the time zone."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.core.models import Stage
from crm_desktop.core.services.bootstrap import DEFAULT_PIPELINE
from crm_desktop.core.services.common import get_setting
from crm_desktop.core.services.reminders import default_zone_name


@dataclass
class Context:
    region: str = "CN"
    tz: str | None = None
    stages: dict[str, str] = field(default_factory=dict)  # folded name (any language) -> vault name
    stage_names: list[str] = field(default_factory=list)
    won: str | None = None
    lost: str | None = None

    @classmethod
    def load(cls, session: Session, region: str | None = None, tz: str | None = None) -> Context:
        stages = list(session.scalars(select(Stage).order_by(Stage.position, Stage.id)))
        names = {s.name.casefold(): s.name for s in stages}
        # A file in another language than the vault still finds the default stages: "尽职调查" is
        # "Due diligence" in an English vault.
        for row in DEFAULT_PIPELINE:
            hit = next((names[n.casefold()] for n in row[:3] if n.casefold() in names), None)
            if hit:
                for n in row[:3]:
                    names.setdefault(n.casefold(), hit)
        # A time without an offset is on the vault's clock (its "timezone" setting, else this
        # computer's zone), as for reminders.
        return cls(region or get_setting(session, "phone_region", "CN"),
                   tz or default_zone_name(session), names, [s.name for s in stages],
                   next((s.name for s in stages if s.is_won), None),
                   next((s.name for s in stages if s.is_lost), None))

    def stage(self, text: str) -> str | None:
        return self.stages.get(" ".join(text.split()).casefold())
