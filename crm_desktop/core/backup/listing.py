"""The backups of a vault, from the manifests beside them (no passphrase needed), and a fresh
verification of one of them."""

from __future__ import annotations

import os
from collections.abc import Sequence

from crm_desktop.core.errors import NotFound, WrongPassphrase

from . import manifest
from .model import BackupInfo
from .verify import verify_file


def list_backups(vault_path: str | os.PathLike[str], folders: Sequence[str] = ()) -> list[BackupInfo]:
    """Every backup of the vault at `vault_path` in `<its folder>/backups/` and in `folders`
    (the second folder, say), newest first, with date, size, counts and verification. Files
    the manifest does not know (a copy taken before a schema upgrade) are listed with
    verified=None. Reads only: works on a vault that is damaged, missing or open elsewhere."""
    path = str(vault_path)
    stem = manifest.stem_of(path)
    out: list[BackupInfo] = []
    seen: set[str] = set()
    for folder in [manifest.default_folder(path), *folders]:
        folder = os.path.abspath(folder)
        if folder in seen or not os.path.isdir(folder):
            continue
        seen.add(folder)
        entries = manifest.read(folder)
        for name in sorted(os.listdir(folder)):
            parsed = manifest.parse_name(name)
            e = entries.get(name)
            if (e.get("vault") if e else parsed and parsed[0]) != stem:
                continue
            if os.path.isfile(os.path.join(folder, name)):
                out.append(manifest.info(folder, name, e))
    out.sort(key=lambda b: b.created_at, reverse=True)
    return out


def newest_verified_backup(vault_path: str | os.PathLike[str],
                           folders: Sequence[str] = ()) -> BackupInfo | None:
    """What the window offers when the vault is damaged: the newest backup whose verification
    passed (and whose size has not changed since)."""
    return next((b for b in list_backups(vault_path, folders) if b.verified), None)


def verify_backup(path: str | os.PathLike[str], passphrase: str, *, full: bool = True) -> BackupInfo:
    """Check one backup again now and record the result in its folder's manifest (a backup
    made before a passphrase change needs the passphrase of then)."""
    path = os.path.abspath(str(path))
    if not os.path.isfile(path):
        raise NotFound("backup", path)
    folder, name = os.path.split(path)
    v = verify_file(path, passphrase, full=full)
    if not v.key_ok:
        # Not recorded: a passphrase typed wrong must not mark a good backup as failed.
        raise WrongPassphrase(path)
    with manifest.folder_lock(folder):
        entries = manifest.read(folder)
        e = dict(entries.get(name) or {})
        if not e:
            parsed = manifest.parse_name(name)
            created = parsed[1] if parsed else v.at
            e = manifest.entry(parsed[0] if parsed else manifest.stem_of(name), created,
                               parsed[2] if parsed else "unknown", os.path.getsize(path), v, None, full)
        else:
            full_now = full or bool(e.get("integrity_checked") and v.ok)
            e.update(manifest.verification_fields(v, full_now), size=os.path.getsize(path))
        entries[name] = e
        manifest.write(folder, entries)
    return manifest.info(folder, name, e)
