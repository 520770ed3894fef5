"""report indexes: going cold per tier and kind, activity per week and kind (covering)

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23

The dashboard's going-cold counts and weekly activity read their rows from these indexes alone;
without them each read ~30-70k table rows (bench/dashboard.py).
"""

from __future__ import annotations

from alembic import op

import crm_desktop.core.reports.indexes  # noqa: F401  (declares them on the models' tables)

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.create_index('ix_contact_cold', ['tier', 'kind', 'last_interaction_at', 'created_at',
                                                  'deleted_at'], unique=False)
    with op.batch_alter_table('interaction', schema=None) as batch_op:
        batch_op.create_index('ix_interaction_activity', ['occurred_at', 'kind', 'deleted_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('interaction', schema=None) as batch_op:
        batch_op.drop_index('ix_interaction_activity')
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.drop_index('ix_contact_cold')
