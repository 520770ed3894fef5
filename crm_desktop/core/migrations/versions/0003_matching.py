"""matching: blocking keys, "not the same" pairs, merges, data-health checks marked verified

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23

An existing vault's contacts are keyed here, in the migration's transaction, so the duplicate
check works the moment it opens.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def _fk(table: str, column: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], ['contact.id'], name=op.f(f'fk_{table}_{column}_contact'),
                                   ondelete='CASCADE')


def upgrade() -> None:
    op.create_table('health_verified',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('check_name', sa.String(length=40), nullable=False),
    sa.Column('stamp', sa.String(length=32), nullable=False),
    sa.Column('verified_at', sa.String(length=32), nullable=False),
    _fk('health_verified', 'contact_id'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_health_verified')),
    sa.UniqueConstraint('contact_id', 'check_name', name=op.f('uq_health_verified_contact_id_check_name'))
    )
    op.create_table('match_distinct',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('low_id', sa.Integer(), nullable=False),
    sa.Column('high_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    _fk('match_distinct', 'high_id'),
    _fk('match_distinct', 'low_id'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_match_distinct')),
    sa.UniqueConstraint('low_id', 'high_id', name=op.f('uq_match_distinct_low_id_high_id'))
    )
    with op.batch_alter_table('match_distinct', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_match_distinct_high_id'), ['high_id'], unique=False)

    op.create_table('match_key',
    sa.Column('kind', sa.String(length=1), nullable=False),
    sa.Column('key', sa.String(length=200), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    _fk('match_key', 'contact_id'),
    sa.PrimaryKeyConstraint('kind', 'key', 'contact_id', name=op.f('pk_match_key')),
    sqlite_with_rowid=False
    )
    with op.batch_alter_table('match_key', schema=None) as batch_op:
        batch_op.create_index('ix_match_key_contact_id', ['contact_id'], unique=False)

    op.create_table('match_merge',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('merged_id', sa.Integer(), nullable=False),
    sa.Column('survivor_id', sa.Integer(), nullable=False),
    sa.Column('operation_id', sa.Integer(), nullable=True),
    sa.Column('merged_at', sa.String(length=32), nullable=False),
    _fk('match_merge', 'merged_id'),
    _fk('match_merge', 'survivor_id'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_match_merge'))
    )
    with op.batch_alter_table('match_merge', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_match_merge_merged_id'), ['merged_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_match_merge_survivor_id'), ['survivor_id'], unique=False)

    op.create_table('match_state',
    sa.Column('contact_id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('stamp', sa.String(length=32), nullable=False),
    _fk('match_state', 'contact_id'),
    sa.PrimaryKeyConstraint('contact_id', name=op.f('pk_match_state'))
    )

    # Key what the vault already holds (current code: the builder is the matching module's).
    from crm_desktop.core.matching.store import rebuild_conn

    rebuild_conn(op.get_bind())


def downgrade() -> None:
    op.drop_table('match_state')
    with op.batch_alter_table('match_merge', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_match_merge_survivor_id'))
        batch_op.drop_index(batch_op.f('ix_match_merge_merged_id'))
    op.drop_table('match_merge')
    with op.batch_alter_table('match_key', schema=None) as batch_op:
        batch_op.drop_index('ix_match_key_contact_id')
    op.drop_table('match_key')
    with op.batch_alter_table('match_distinct', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_match_distinct_high_id'))
    op.drop_table('match_distinct')
    op.drop_table('health_verified')
