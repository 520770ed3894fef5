"""Indexes the report figures need at 100k contacts and 1M interactions (migration 0004).

Covering indexes: each figure reads its rows from the index alone, never the table (with SQLCipher
every table page read is a decrypt; bench/dashboard.py measured 0.5-0.8 s for the table reads).
Declared here, on the models' tables, so Alembic autogenerate sees them; the migration imports
this module. They belong in the models' __table_args__ once the models' owners take them.
"""

from __future__ import annotations

from sqlalchemy import Index

from crm_desktop.core.models import Contact, Interaction

_c = Contact.__table__.c
_i = Interaction.__table__.c

# Going cold: per tier and kind, silence by last interaction (or since added, if never).
CONTACT_COLD = Index("ix_contact_cold", _c.tier, _c.kind, _c.last_interaction_at, _c.created_at,
                     _c.deleted_at)
# Activity: interactions per week and kind, counted from the index.
INTERACTION_ACTIVITY = Index("ix_interaction_activity", _i.occurred_at, _i.kind, _i.deleted_at)
