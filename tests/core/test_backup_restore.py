"""Restore (the vault backed up first, the swap atomic under the vault's lock), looking into a
backup read-only, and copying one contact back as a new, undoable operation."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from crm_desktop.core.backup import (
    copy_record_back,
    create_backup,
    list_backups,
    open_backup,
    restore,
    restore_file,
)
from crm_desktop.core.backup.listing import find_in_backup
from crm_desktop.core.errors import VaultDamaged, VaultInUse, VaultWriteError, WrongPassphrase
from crm_desktop.core.services import audit_log, contact_read, contacts, interactions, trash, undo
from crm_desktop.core.services.contact_dto import AddressIn, EmailIn, PhoneIn
from crm_desktop.core.vault import Vault

from .vault_util import PASSPHRASE, content_digest, fill, flip_byte, sha

NEW = "新的 passphrase"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "test.crm"
    with Vault.create(path, PASSPHRASE) as v:
        fill(v, 30)
    return path


@pytest.fixture
def vault(template: Path, vault_path: Path) -> Iterator[Vault]:
    vault_path.parent.mkdir(parents=True)
    shutil.copyfile(template, vault_path)
    v = Vault.open(vault_path, PASSPHRASE)
    try:
        yield v
    finally:
        v.close()


def _total(v: Vault) -> int:
    return contact_read.list_contacts(v).total


def test_restore_backs_up_the_vault_then_puts_the_backup_in_place(vault: Vault, vault_path: Path) -> None:
    b = create_backup(vault)
    contacts.add(vault, display_name="after the backup")  # in the -wal of the old file
    contacts.delete(vault, [1, 2])
    vault, result = restore(vault, b.path)
    try:
        assert _total(vault) == 30 and result.counts["contact"] == 30 and not result.rekeyed
        contacts.add(vault, display_name="life goes on")
        assert _total(vault) == 31
    finally:
        vault.close()
    assert result.before is not None and result.before.reason == "pre-restore" and result.before.verified
    assert result.before.counts["contact"] == 31 and result.kept_as_found is None
    # What was replaced can itself be restored: nothing is lost.
    restore_file(vault_path, PASSPHRASE, result.before.path)
    with Vault.open(vault_path, PASSPHRASE) as v:
        names = {c.display_name for c in contact_read.list_contacts(v, limit=100).contacts}
        assert "after the backup" in names and len(names) == 29
    left = sorted(p.name for p in vault_path.parent.iterdir())
    assert left == ["backups", "test.crm", "test.crm.lock"]  # no temp file, no old -wal
    assert [b.reason for b in list_backups(vault_path)] == ["pre-restore", "pre-restore", "manual"]


def test_restore_refused_while_the_vault_is_open(vault: Vault, vault_path: Path) -> None:
    b = create_backup(vault)
    contacts.add(vault, display_name="kept")
    before = content_digest(vault_path, PASSPHRASE)
    with pytest.raises(VaultInUse):
        restore_file(vault_path, PASSPHRASE, b.path)
    assert content_digest(vault_path, PASSPHRASE) == before and _total(vault) == 31


def test_backup_under_an_old_passphrase_is_restored_under_the_current_one(vault: Vault,
                                                                         vault_path: Path) -> None:
    b = create_backup(vault)
    vault.change_passphrase(NEW)
    contacts.add(vault, display_name="under the new passphrase")
    vault.close()
    with pytest.raises(WrongPassphrase):  # the backup's passphrase is needed
        restore_file(vault_path, NEW, b.path)
    with pytest.raises(WrongPassphrase):  # and the vault's own must be right: never rekeyed to a typo
        restore_file(vault_path, "a typo", b.path, backup_passphrase=PASSPHRASE)
    r = restore_file(vault_path, NEW, b.path, backup_passphrase=PASSPHRASE)
    assert r.rekeyed and r.before is not None and r.before.counts["contact"] == 31
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, PASSPHRASE)
    with Vault.open(vault_path, NEW) as v:
        assert _total(v) == 30


def test_a_damaged_vault_is_kept_as_found_and_replaced(vault: Vault, vault_path: Path) -> None:
    fill(vault, 400, note_len=800, start=100)
    b = create_backup(vault)
    with vault.engine.connect() as conn:
        # A page every read of the contacts goes through (the middle of the file may be a free
        # page, left by the search index's merges: a copy would read around it).
        root = int(conn.exec_driver_sql("SELECT rootpage FROM sqlite_master WHERE name = 'contact'").scalar())
        page_size = int(conn.exec_driver_sql("PRAGMA page_size").scalar())
    vault.close()
    flip_byte(vault_path, (root - 1) * page_size + page_size // 2)
    damaged = sha(vault_path)
    with pytest.raises(VaultDamaged):
        Vault.open(vault_path, PASSPHRASE)
    r = restore_file(vault_path, PASSPHRASE, b.path)
    assert r.before is None and r.kept_as_found is not None
    assert sha(r.kept_as_found) == damaged  # its bytes, still encrypted, as they were
    kept = next(x for x in list_backups(vault_path) if x.path == r.kept_as_found)
    assert kept.verified is False and kept.reason == "pre-restore-damaged"
    with Vault.open(vault_path, PASSPHRASE) as v:
        assert _total(v) == 430


def test_a_damaged_backup_is_not_restored(vault: Vault, vault_path: Path) -> None:
    fill(vault, 300, note_len=800, start=100)
    b = create_backup(vault)
    vault.close()
    flip_byte(b.path, Path(b.path).stat().st_size // 2)
    before = sha(vault_path)
    with pytest.raises(VaultDamaged) as err:
        restore_file(vault_path, PASSPHRASE, b.path)
    assert "it was not restored" in str(err.value)
    assert sha(vault_path) == before and len(list_backups(vault_path)) == 1


def test_open_backup_read_only_changes_nothing(vault: Vault) -> None:
    b = create_backup(vault)
    before, folder = sha(b.path), sorted(os.listdir(Path(b.path).parent))
    with open_backup(b.path, PASSPHRASE) as old:
        assert old.read_only and _total(old) == 30
        with pytest.raises(VaultWriteError):
            contacts.add(old, display_name="no")
    assert sha(b.path) == before and sorted(os.listdir(Path(b.path).parent)) == folder


def _rich(vault: Vault) -> tuple[int, int]:
    org = contacts.add(vault, display_name="Bank of Somewhere", kind="organization")
    c = contacts.add(vault, display_name="王芳", given_name="芳", family_name="王", title="CFO",
                     phones=[PhoneIn("+86 139 1000 2000", "mobile"), PhoneIn("ext. 12 (typed)", "desk")],
                     emails=[EmailIn("wang.fang@example.cn", "work")], tags=["VIP", "Lender"],
                     addresses=[AddressIn(label="work", street="复兴门内大街1号", city="北京")],
                     custom_fields={"WeChat": "wf88"}, organization_id=org.id, role="CFO", note="met in 2023")
    return c.id, org.id


def test_copy_back_an_erased_contact_with_its_details(vault: Vault) -> None:
    cid, _ = _rich(vault)
    wanted = contact_read.get(vault, cid)
    b = create_backup(vault)
    trash.erase(vault, "contact", cid)
    r = copy_record_back(vault, b.path, "contact", cid)
    got = r.contact
    assert r.action == "created" and r.links_skipped == [] and got.uid == wanted.uid
    for field in ("display_name", "given_name", "family_name", "title", "note", "phones", "emails",
                  "addresses", "tags", "custom_fields", "organization", "created_at"):
        assert getattr(got, field) == getattr(wanted, field), field
    ops = audit_log.recent_operations(vault, limit=1)
    assert ops[0].kind == "contact.copy_back" and "王芳" in ops[0].summary
    undo.undo(vault)  # one undoable operation
    assert all(c.uid != wanted.uid for c in contact_read.list_contacts(vault, limit=100).contacts)


def test_copy_back_brings_an_edited_or_trashed_contact_back_and_reports_lost_links(vault: Vault) -> None:
    cid, org_id = _rich(vault)
    b = create_backup(vault)
    contacts.edit(vault, cid, title="changed", phones=[], tags=["other"])
    r = copy_record_back(vault, b.path, "contact", cid)
    assert r.action == "updated" and r.contact.id == cid and r.contact.title == "CFO"
    assert [p.number for p in r.contact.phones] == ["+8613910002000", "ext. 12 (typed)"]
    assert sorted(r.contact.tags) == ["Lender", "VIP"]
    contacts.delete(vault, [cid])
    trash.erase(vault, "contact", org_id)
    r = copy_record_back(vault, b.path, "contact", cid)
    assert r.action == "restored" and r.contact.deleted_at is None
    assert r.links_skipped == ["Bank of Somewhere"] and r.contact.organization is None


def test_copy_back_brings_its_interactions_with_the_participants_still_here(vault: Vault) -> None:
    cid, _ = _rich(vault)
    friend = contacts.add(vault, display_name="Li Lei").id
    alone = interactions.add(vault, kind="call", occurred_at="2024-03-01T09:30+08:00", subject="Term sheet",
                             body="agreed the fee", participants=[cid])
    shared = interactions.add(vault, kind="meeting", occurred_at="2024-04-02T10:00Z", subject="Lunch",
                              participants=[cid, friend])
    b = create_backup(vault)
    trash.erase(vault, "contact", cid)  # the call had no one else: erased with the contact
    left = interactions.list_interactions(vault, contact_id=friend).interactions
    assert [i.uid for i in left] == [shared.uid]
    r = copy_record_back(vault, b.path, "contact", cid)
    assert r.interactions == 2
    back = interactions.list_interactions(vault, contact_id=r.contact.id).interactions
    assert [(i.uid, i.subject, i.body) for i in back] == [(shared.uid, "Lunch", None),
                                                          (alone.uid, "Term sheet", "agreed the fee")]
    assert {p.contact_id for p in back[0].participants} == {r.contact.id, friend}
    assert r.contact.last_interaction_at == shared.occurred_at
    undo.undo(vault)  # the contact and the call it brought back go; the lunch stays Li Lei's
    assert [i.uid for i in interactions.list_interactions(vault).interactions] == [shared.uid]
    assert [p.contact_id for p in interactions.get(vault, shared.id).participants] == [friend]


def test_find_in_backup_marks_each_contact_against_the_vault(vault: Vault) -> None:
    cid, org_id = _rich(vault)
    kept = contacts.add(vault, display_name="Unchanged Person", phones=["+44 20 7946 0001"]).id
    edited = contacts.add(vault, display_name="Edited Person").id
    trashed = contacts.add(vault, display_name="Trashed Person").id
    b = create_backup(vault)
    trash.erase(vault, "contact", cid)
    contacts.edit(vault, edited, title="new title")
    contacts.delete(vault, [trashed])
    with open_backup(b.path, PASSPHRASE) as old:
        every = find_in_backup(old, vault)
        assert every.total == 30 + 5 and len(every.contacts) == 35
        state = {c.name: c.state for c in every.contacts}
        names = ("王芳", "Unchanged Person", "Edited Person", "Trashed Person", "Bank of Somewhere")
        assert [state[n] for n in names] == ["missing", "same", "changed", "trashed", "same"]
        bank = find_in_backup(old, vault, "bank of some")  # the organization, and by it its people
        assert [(c.id, c.organization, c.phone) for c in bank.contacts] == \
            [(org_id, None, None), (cid, "Bank of Somewhere", "+86 139 1000 2000")]
        assert [c.id for c in find_in_backup(old, vault, "7946 0001").contacts] == [kept]
        assert [c.id for c in find_in_backup(old, vault, "2079460001").contacts] == [kept]
        assert find_in_backup(old, vault, "50%").total == 0
        gone = find_in_backup(old, vault, only_missing=True)  # erased, or in the trash
        assert (gone.total, [(c.name, c.state) for c in gone.contacts]) == \
            (2, [("Trashed Person", "trashed"), ("王芳", "missing")])
        assert find_in_backup(old, vault, "trashed", only_missing=True).total == 1
        assert len(find_in_backup(old, vault, limit=3).contacts) == 3
    r = copy_record_back(vault, b.path, "contact", cid)
    with open_backup(b.path, PASSPHRASE) as old:
        assert find_in_backup(old, vault, "王芳").contacts[0].state == "same" and r.action == "created"
