"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-23 05:09:24.002116
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('custom_field_def',
    sa.Column('entity', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('type', sa.String(length=10), nullable=False),
    sa.Column('choices', sa.Text(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_custom_field_def')),
    sa.UniqueConstraint('entity', 'name', name=op.f('uq_custom_field_def_entity_name')),
    sa.UniqueConstraint('uid', name=op.f('uq_custom_field_def_uid')),
    sqlite_autoincrement=True
    )
    op.create_table('import_batch',
    sa.Column('source_name', sa.String(length=500), nullable=False),
    sa.Column('format', sa.String(length=20), nullable=False),
    sa.Column('row_count', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('detail', sa.Text(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_import_batch')),
    sa.UniqueConstraint('uid', name=op.f('uq_import_batch_uid')),
    sqlite_autoincrement=True
    )
    op.create_table('operation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.String(length=32), nullable=False),
    sa.Column('kind', sa.String(length=60), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('undoable', sa.Boolean(), nullable=False),
    sa.Column('undone', sa.Boolean(), nullable=False),
    sa.Column('reverts_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['reverts_id'], ['operation.id'], name=op.f('fk_operation_reverts_id_operation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_operation')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('operation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_operation_at'), ['at'], unique=False)

    op.create_table('stage',
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('probability', sa.Integer(), nullable=False),
    sa.Column('is_won', sa.Boolean(), nullable=False),
    sa.Column('is_lost', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stage')),
    sa.UniqueConstraint('name', name=op.f('uq_stage_name')),
    sa.UniqueConstraint('uid', name=op.f('uq_stage_uid')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('stage', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stage_position'), ['position'], unique=False)

    op.create_table('tag',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tag')),
    sa.UniqueConstraint('name', name=op.f('uq_tag_name')),
    sqlite_autoincrement=True
    )
    op.create_table('vault_setting',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_vault_setting'))
    )
    op.create_table('audit_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('operation_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.String(length=32), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=False),
    sa.Column('action', sa.String(length=10), nullable=False),
    sa.Column('changes', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['operation_id'], ['operation.id'], name=op.f('fk_audit_entry_operation_id_operation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_entry')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_entry_entity_entity_id'), ['entity', 'entity_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_entry_operation_id'), ['operation_id'], unique=False)

    op.create_table('contact',
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('display_name', sa.String(length=300), nullable=False),
    sa.Column('given_name', sa.String(length=200), nullable=True),
    sa.Column('family_name', sa.String(length=200), nullable=True),
    sa.Column('phonetic_given_name', sa.String(length=200), nullable=True),
    sa.Column('phonetic_family_name', sa.String(length=200), nullable=True),
    sa.Column('other_names', sa.Text(), nullable=True),
    sa.Column('title', sa.String(length=200), nullable=True),
    sa.Column('department', sa.String(length=200), nullable=True),
    sa.Column('website', sa.String(length=500), nullable=True),
    sa.Column('birthday', sa.String(length=10), nullable=True),
    sa.Column('tier', sa.String(length=1), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('owner', sa.String(length=100), nullable=True),
    sa.Column('source', sa.String(length=40), nullable=False),
    sa.Column('import_batch_id', sa.Integer(), nullable=True),
    sa.Column('last_interaction_at', sa.String(length=32), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['import_batch_id'], ['import_batch.id'], name=op.f('fk_contact_import_batch_id_import_batch')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact')),
    sa.UniqueConstraint('uid', name=op.f('uq_contact_uid')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_deleted_at'), ['deleted_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_display_name'), ['display_name'], unique=False)
        batch_op.create_index('ix_contact_live_name', ['deleted_at', 'display_name'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_import_batch_id'), ['import_batch_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_last_interaction_at'), ['last_interaction_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_tier'), ['tier'], unique=False)

    op.create_table('custom_field_value',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('field_id', sa.Integer(), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['field_id'], ['custom_field_def.id'], name=op.f('fk_custom_field_value_field_id_custom_field_def'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_custom_field_value')),
    sa.UniqueConstraint('field_id', 'entity_id', name=op.f('uq_custom_field_value_field_id_entity_id')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('custom_field_value', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_custom_field_value_entity_id'), ['entity_id'], unique=False)

    op.create_table('affiliation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('organization_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=200), nullable=True),
    sa.Column('is_primary', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['contact.id'], name=op.f('fk_affiliation_organization_id_contact'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['contact.id'], name=op.f('fk_affiliation_person_id_contact'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_affiliation')),
    sa.UniqueConstraint('person_id', 'organization_id', name=op.f('uq_affiliation_person_id_organization_id')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('affiliation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_affiliation_organization_id'), ['organization_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_affiliation_person_id'), ['person_id'], unique=False)

    op.create_table('contact_address',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('label', sa.String(length=50), nullable=True),
    sa.Column('street', sa.Text(), nullable=True),
    sa.Column('city', sa.String(length=200), nullable=True),
    sa.Column('region', sa.String(length=200), nullable=True),
    sa.Column('postcode', sa.String(length=40), nullable=True),
    sa.Column('country', sa.String(length=100), nullable=True),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_contact_address_contact_id_contact'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact_address')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('contact_address', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_address_contact_id'), ['contact_id'], unique=False)

    op.create_table('contact_email',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('label', sa.String(length=50), nullable=True),
    sa.Column('address', sa.String(length=320), nullable=False),
    sa.Column('normalized', sa.String(length=320), nullable=False),
    sa.Column('valid', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_contact_email_contact_id_contact'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact_email')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('contact_email', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_email_contact_id'), ['contact_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_email_normalized'), ['normalized'], unique=False)

    op.create_table('contact_phone',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('label', sa.String(length=50), nullable=True),
    sa.Column('raw', sa.String(length=100), nullable=False),
    sa.Column('e164', sa.String(length=20), nullable=True),
    sa.Column('valid', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_contact_phone_contact_id_contact'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact_phone')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('contact_phone', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_phone_contact_id'), ['contact_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_phone_e164'), ['e164'], unique=False)

    op.create_table('contact_tag',
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('tag_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_contact_tag_contact_id_contact'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['tag_id'], ['tag.id'], name=op.f('fk_contact_tag_tag_id_tag'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('contact_id', 'tag_id', name=op.f('pk_contact_tag'))
    )
    with op.batch_alter_table('contact_tag', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_tag_tag_id'), ['tag_id'], unique=False)

    op.create_table('deal',
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=True),
    sa.Column('amount', sa.String(length=40), nullable=True),
    sa.Column('currency', sa.String(length=3), nullable=True),
    sa.Column('stage_id', sa.Integer(), nullable=False),
    sa.Column('probability', sa.Integer(), nullable=True),
    sa.Column('expected_close', sa.String(length=10), nullable=True),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('close_reason', sa.Text(), nullable=True),
    sa.Column('closed_at', sa.String(length=32), nullable=True),
    sa.Column('owner', sa.String(length=100), nullable=True),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('fee_retainer', sa.String(length=40), nullable=True),
    sa.Column('fee_success_amount', sa.String(length=40), nullable=True),
    sa.Column('fee_success_percent', sa.String(length=40), nullable=True),
    sa.Column('import_batch_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['client_id'], ['contact.id'], name=op.f('fk_deal_client_id_contact')),
    sa.ForeignKeyConstraint(['import_batch_id'], ['import_batch.id'], name=op.f('fk_deal_import_batch_id_import_batch')),
    sa.ForeignKeyConstraint(['stage_id'], ['stage.id'], name=op.f('fk_deal_stage_id_stage')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_deal')),
    sa.UniqueConstraint('uid', name=op.f('uq_deal_uid')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('deal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_deal_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_deal_deleted_at'), ['deleted_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_deal_expected_close'), ['expected_close'], unique=False)
        batch_op.create_index(batch_op.f('ix_deal_import_batch_id'), ['import_batch_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_deal_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_deal_stage_id'), ['stage_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_deal_status'), ['status'], unique=False)

    op.create_table('deal_note',
    sa.Column('deal_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.String(length=32), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['deal_id'], ['deal.id'], name=op.f('fk_deal_note_deal_id_deal'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_deal_note')),
    sa.UniqueConstraint('uid', name=op.f('uq_deal_note_uid')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('deal_note', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_deal_note_deal_id'), ['deal_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_deal_note_deleted_at'), ['deleted_at'], unique=False)

    op.create_table('deal_party',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('deal_id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_deal_party_contact_id_contact'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['deal_id'], ['deal.id'], name=op.f('fk_deal_party_deal_id_deal'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_deal_party')),
    sa.UniqueConstraint('deal_id', 'contact_id', 'role', name=op.f('uq_deal_party_deal_id_contact_id_role')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('deal_party', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_deal_party_contact_id'), ['contact_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_deal_party_deal_id'), ['deal_id'], unique=False)

    op.create_table('deal_stage_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('deal_id', sa.Integer(), nullable=False),
    sa.Column('stage_id', sa.Integer(), nullable=False),
    sa.Column('entered_at', sa.String(length=32), nullable=False),
    sa.Column('left_at', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['deal_id'], ['deal.id'], name=op.f('fk_deal_stage_entry_deal_id_deal'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['stage_id'], ['stage.id'], name=op.f('fk_deal_stage_entry_stage_id_stage')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_deal_stage_entry')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('deal_stage_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_deal_stage_entry_deal_id'), ['deal_id'], unique=False)

    op.create_table('interaction',
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('occurred_at', sa.String(length=32), nullable=False),
    sa.Column('subject', sa.String(length=500), nullable=True),
    sa.Column('body', sa.Text(), nullable=True),
    sa.Column('deal_id', sa.Integer(), nullable=True),
    sa.Column('import_batch_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['deal_id'], ['deal.id'], name=op.f('fk_interaction_deal_id_deal')),
    sa.ForeignKeyConstraint(['import_batch_id'], ['import_batch.id'], name=op.f('fk_interaction_import_batch_id_import_batch')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_interaction')),
    sa.UniqueConstraint('uid', name=op.f('uq_interaction_uid')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('interaction', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_interaction_deal_id'), ['deal_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_interaction_deleted_at'), ['deleted_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_interaction_import_batch_id'), ['import_batch_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_interaction_occurred_at'), ['occurred_at'], unique=False)

    op.create_table('reminder',
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('due_at', sa.String(length=32), nullable=False),
    sa.Column('tz', sa.String(length=64), nullable=False),
    sa.Column('rrule', sa.String(length=500), nullable=True),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('snoozed_from', sa.String(length=32), nullable=True),
    sa.Column('done_at', sa.String(length=32), nullable=True),
    sa.Column('contact_id', sa.Integer(), nullable=True),
    sa.Column('deal_id', sa.Integer(), nullable=True),
    sa.Column('series_uid', sa.String(length=36), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_reminder_contact_id_contact')),
    sa.ForeignKeyConstraint(['deal_id'], ['deal.id'], name=op.f('fk_reminder_deal_id_deal')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reminder')),
    sa.UniqueConstraint('uid', name=op.f('uq_reminder_uid')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('reminder', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reminder_contact_id'), ['contact_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_reminder_deal_id'), ['deal_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_reminder_deleted_at'), ['deleted_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_reminder_due_at'), ['due_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_reminder_status'), ['status'], unique=False)

    op.create_table('attachment',
    sa.Column('filename', sa.String(length=255), nullable=False),
    sa.Column('mime_type', sa.String(length=100), nullable=True),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=True),
    sa.Column('deal_id', sa.Integer(), nullable=True),
    sa.Column('interaction_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_attachment_contact_id_contact')),
    sa.ForeignKeyConstraint(['deal_id'], ['deal.id'], name=op.f('fk_attachment_deal_id_deal')),
    sa.ForeignKeyConstraint(['interaction_id'], ['interaction.id'], name=op.f('fk_attachment_interaction_id_interaction')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachment')),
    sa.UniqueConstraint('uid', name=op.f('uq_attachment_uid')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attachment_contact_id'), ['contact_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attachment_deal_id'), ['deal_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attachment_deleted_at'), ['deleted_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_attachment_interaction_id'), ['interaction_id'], unique=False)

    op.create_table('interaction_participant',
    sa.Column('interaction_id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_interaction_participant_contact_id_contact'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['interaction_id'], ['interaction.id'], name=op.f('fk_interaction_participant_interaction_id_interaction'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('interaction_id', 'contact_id', name=op.f('pk_interaction_participant'))
    )
    with op.batch_alter_table('interaction_participant', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_interaction_participant_contact_id'), ['contact_id'], unique=False)

    op.create_table('attachment_blob',
    sa.Column('attachment_id', sa.Integer(), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.ForeignKeyConstraint(['attachment_id'], ['attachment.id'], name=op.f('fk_attachment_blob_attachment_id_attachment'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('attachment_id', name=op.f('pk_attachment_blob'))
    )


def downgrade() -> None:
    op.drop_table('attachment_blob')
    with op.batch_alter_table('interaction_participant', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_interaction_participant_contact_id'))

    op.drop_table('interaction_participant')
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attachment_interaction_id'))
        batch_op.drop_index(batch_op.f('ix_attachment_deleted_at'))
        batch_op.drop_index(batch_op.f('ix_attachment_deal_id'))
        batch_op.drop_index(batch_op.f('ix_attachment_contact_id'))

    op.drop_table('attachment')
    with op.batch_alter_table('reminder', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reminder_status'))
        batch_op.drop_index(batch_op.f('ix_reminder_due_at'))
        batch_op.drop_index(batch_op.f('ix_reminder_deleted_at'))
        batch_op.drop_index(batch_op.f('ix_reminder_deal_id'))
        batch_op.drop_index(batch_op.f('ix_reminder_contact_id'))

    op.drop_table('reminder')
    with op.batch_alter_table('interaction', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_interaction_occurred_at'))
        batch_op.drop_index(batch_op.f('ix_interaction_import_batch_id'))
        batch_op.drop_index(batch_op.f('ix_interaction_deleted_at'))
        batch_op.drop_index(batch_op.f('ix_interaction_deal_id'))

    op.drop_table('interaction')
    with op.batch_alter_table('deal_stage_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_deal_stage_entry_deal_id'))

    op.drop_table('deal_stage_entry')
    with op.batch_alter_table('deal_party', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_deal_party_deal_id'))
        batch_op.drop_index(batch_op.f('ix_deal_party_contact_id'))

    op.drop_table('deal_party')
    with op.batch_alter_table('deal_note', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_deal_note_deleted_at'))
        batch_op.drop_index(batch_op.f('ix_deal_note_deal_id'))

    op.drop_table('deal_note')
    with op.batch_alter_table('deal', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_deal_status'))
        batch_op.drop_index(batch_op.f('ix_deal_stage_id'))
        batch_op.drop_index(batch_op.f('ix_deal_name'))
        batch_op.drop_index(batch_op.f('ix_deal_import_batch_id'))
        batch_op.drop_index(batch_op.f('ix_deal_expected_close'))
        batch_op.drop_index(batch_op.f('ix_deal_deleted_at'))
        batch_op.drop_index(batch_op.f('ix_deal_client_id'))

    op.drop_table('deal')
    with op.batch_alter_table('contact_tag', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contact_tag_tag_id'))

    op.drop_table('contact_tag')
    with op.batch_alter_table('contact_phone', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contact_phone_e164'))
        batch_op.drop_index(batch_op.f('ix_contact_phone_contact_id'))

    op.drop_table('contact_phone')
    with op.batch_alter_table('contact_email', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contact_email_normalized'))
        batch_op.drop_index(batch_op.f('ix_contact_email_contact_id'))

    op.drop_table('contact_email')
    with op.batch_alter_table('contact_address', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contact_address_contact_id'))

    op.drop_table('contact_address')
    with op.batch_alter_table('affiliation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_affiliation_person_id'))
        batch_op.drop_index(batch_op.f('ix_affiliation_organization_id'))

    op.drop_table('affiliation')
    with op.batch_alter_table('custom_field_value', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_custom_field_value_entity_id'))

    op.drop_table('custom_field_value')
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contact_tier'))
        batch_op.drop_index(batch_op.f('ix_contact_last_interaction_at'))
        batch_op.drop_index(batch_op.f('ix_contact_kind'))
        batch_op.drop_index(batch_op.f('ix_contact_import_batch_id'))
        batch_op.drop_index('ix_contact_live_name')
        batch_op.drop_index(batch_op.f('ix_contact_display_name'))
        batch_op.drop_index(batch_op.f('ix_contact_deleted_at'))

    op.drop_table('contact')
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_entry_entity_entity_id'))
        batch_op.drop_index(batch_op.f('ix_audit_entry_operation_id'))

    op.drop_table('audit_entry')
    op.drop_table('vault_setting')
    op.drop_table('tag')
    with op.batch_alter_table('stage', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stage_position'))

    op.drop_table('stage')
    with op.batch_alter_table('operation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_operation_at'))

    op.drop_table('operation')
    op.drop_table('import_batch')
    op.drop_table('custom_field_def')
