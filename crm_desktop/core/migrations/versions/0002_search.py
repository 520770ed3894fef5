"""search index: documents, keys and three FTS5 tables

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23

The FTS5 tables are SQLite-only and stay out of SQLAlchemy's metadata (see
crm_desktop/core/search/index.py for what each holds). An existing vault is indexed here, in the
migration's transaction, so search works the moment it opens.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

_WORDS = "tokenize='unicode61 remove_diacritics 0', content='', contentless_delete=1"
FTS = {
    # Text is folded before it is indexed (crm_desktop.core.text.fold): no case folding here.
    "search_tri": "name, info, digits, tokenize='trigram case_sensitive 1', content='', "
                  "contentless_delete=1",
    "search_word": f"name, info, body, {_WORDS}",
    "search_note": f"subject, body, {_WORDS}",
}


def upgrade() -> None:
    op.create_table('search_doc',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('entity', sa.String(length=12), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=False),
    sa.Column('activity', sa.String(length=32), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=True),
    sa.Column('tier', sa.String(length=1), nullable=True),
    sa.Column('owner', sa.String(length=100), nullable=True),
    sa.Column('stage_id', sa.Integer(), nullable=True),
    sa.Column('stamp', sa.String(length=32), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_search_doc'))
    )
    op.create_index('ix_search_doc_entity_activity', 'search_doc', ['entity', 'activity'], unique=False)
    op.create_table('search_key',
    sa.Column('key', sa.String(length=200), nullable=False),
    sa.Column('doc_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=1), nullable=False),
    sa.PrimaryKeyConstraint('key', 'doc_id', 'kind', name=op.f('pk_search_key')),
    sqlite_with_rowid=False
    )
    op.create_index('ix_search_key_doc_id', 'search_key', ['doc_id'], unique=False)
    op.create_index('ix_search_key_names', 'search_key', ['key'], unique=False,
                    sqlite_where=sa.text("kind IN ('n', 'w')"))
    for table, spec in FTS.items():
        op.execute(f"CREATE VIRTUAL TABLE {table} USING fts5({spec})")
        # Privacy: a deleted or erased row's words are removed from the index pages at once,
        # not left behind until the next merge.
        op.execute(f"INSERT INTO {table}({table}, rank) VALUES('secure-delete', 1)")

    # Index what the vault already holds (current code: the builder is the search module's).
    from crm_desktop.core.search.index import rebuild_conn

    rebuild_conn(op.get_bind())


def downgrade() -> None:
    for table in reversed(FTS):
        op.execute(f"DROP TABLE {table}")
    op.drop_index('ix_search_key_names', table_name='search_key')
    op.drop_index('ix_search_key_doc_id', table_name='search_key')
    op.drop_table('search_key')
    op.drop_index('ix_search_doc_entity_activity', table_name='search_doc')
    op.drop_table('search_doc')
