"""No plaintext at rest: a canary typed into every text field of a contact never shows up in
the vault, its -wal/-shm, its folder, a backup, the temp folder or a log line — while the vault
is open (the WAL not yet checkpointed), after a snapshot and after closing."""

from __future__ import annotations

import json
import traceback
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from crm_desktop.core.models import Contact
from crm_desktop.core.services.uow import UnitOfWork
from crm_desktop.core.vault import Vault

from .vault_util import run_python

CANARY = "CANARY7F3AQX-秘密"

# Runs in a fresh interpreter whose TMPDIR / SQLITE_TMPDIR point at a folder of its own, so
# that whatever it (or SQLite) writes to a temp file lands where we look. It scans itself at
# each step (reading files changes nothing) and prints what it found, as JSON.
SCRIPT = r'''
import json, logging, os, sys, tempfile, traceback
from pathlib import Path

vault_dir, canary = Path(sys.argv[1]), sys.argv[2]
tmp = Path(os.environ["TMPDIR"])
assert tempfile.gettempdir() == str(tmp)
# Everything logged, SQLAlchemy's statements included, goes to a file in the scanned temp folder.
logging.basicConfig(filename=tmp / "app.log", level=logging.DEBUG)
logging.getLogger("sqlalchemy.engine").setLevel(logging.INFO)

from crm_desktop.core.models import Contact
from crm_desktop.core.services import contact_read, contacts
from crm_desktop.core.services.contact_dto import AddressIn, EmailIn, PhoneIn
from crm_desktop.core.services.uow import UnitOfWork
from crm_desktop.core.vault import Vault

token = canary.split("-")[0]
texts = {canary, canary.lower(), canary.upper(), token, token.lower(), "秘密"}
needles = {(t, enc): t.encode(enc) for t in texts for enc in ("utf-8", "utf-16-le", "utf-16-be")}

def scan(*folders):
    hits = []
    for folder in folders:
        for p in sorted(Path(folder).rglob("*")):
            if p.is_file():
                data = p.read_bytes()
                hits += [f"{p.name}: {t!r} in {enc}" for (t, enc), n in needles.items() if n in data]
    return hits

report = {}
v = Vault.create(vault_dir / "secret.crm", "a passphrase")
c = contacts.add(
    v, display_name=canary, given_name=canary, family_name=canary, phonetic_given_name=canary,
    phonetic_family_name=canary, other_names=[canary], title=canary, department=canary,
    website="https://example.com/" + canary, note="a note: " + canary, owner=canary,
    organization="Org " + canary, role=canary, tier="A",
    phones=[PhoneIn(canary, label=canary)], emails=[EmailIn(token + "-秘密@example.com", label=canary)],
    addresses=[AddressIn(label=canary, street=canary, city=canary, region=canary,
                         postcode="PC" + token, country=canary)],
    tags=[canary], custom_fields={canary: canary})
back = contact_read.get(v, c.id)
report["stored"] = [back.title, back.note, back.tags, back.custom_fields, back.phones[0].number,
                    back.addresses[0].street, back.organization, back.emails[0].address]
contacts.edit(v, c.id, note="edited: " + canary)  # old and new values in the audit trail
report["wal_bytes"] = (vault_dir / "secret.crm-wal").stat().st_size
report["while_open"] = scan(vault_dir, tmp)

backup = v.snapshot(str(vault_dir / "backups"), reason="test")
report["backup"] = os.path.basename(backup)
report["after_snapshot"] = scan(vault_dir, tmp)

# A failed write whose bound value is the canary: the message must not carry it.
try:
    with UnitOfWork(v, "test.duplicate") as uow:
        uow.session.add_all([Contact(display_name="a", uid=canary), Contact(display_name="b", uid=canary)])
        uow.session.flush()
except Exception as exc:
    logging.getLogger("crm").exception("write failed")
    report["integrity_error"] = [type(exc).__name__, "".join(traceback.format_exception(exc))]
v.close()
report["after_close"] = scan(vault_dir, tmp)
report["files"] = sorted(str(p.relative_to(vault_dir)) for p in vault_dir.rglob("*"))
report["log_lines"] = len((tmp / "app.log").read_text().splitlines())

# The scanner itself works: plaintext put in the temp folder on purpose is found.
(tmp / "control.txt").write_bytes(canary.encode("utf-16-le"))
report["control"] = scan(tmp)
print(json.dumps(report))
'''


def test_canary_never_in_plaintext_on_disk_or_in_logs(tmp_path: Path) -> None:
    vault_dir, tmp = tmp_path / "data", tmp_path / "tmp"
    vault_dir.mkdir()
    tmp.mkdir()
    proc = run_python(
        f"import sys; sys.argv = ['privacy', {str(vault_dir)!r}, {CANARY!r}]\n" + SCRIPT,
        env={"TMPDIR": str(tmp), "SQLITE_TMPDIR": str(tmp), "PYTHONIOENCODING": "utf-8"}, timeout=120)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout.strip().splitlines()[-1])

    assert report["stored"][0] == CANARY and CANARY in report["stored"][1]  # it was really written
    assert report["wal_bytes"] > 0  # the scan while open looked at an un-checkpointed WAL
    assert report["while_open"] == []
    assert report["after_snapshot"] == []
    assert report["after_close"] == []
    assert any(f.startswith("backups/") and f.endswith(".crm") for f in report["files"])
    assert report["log_lines"] > 10  # SQL statements were logged, without their values
    assert report["integrity_error"][0] == "IntegrityError"
    assert CANARY not in report["integrity_error"][1]
    assert "parameters hidden" in report["integrity_error"][1]
    assert sorted(report["control"]) == sorted(
        f"control.txt: {t!r} in utf-16-le" for t in (CANARY, "CANARY7F3AQX", "秘密"))


def test_integrity_error_message_hides_bound_values(vault: Vault) -> None:
    with pytest.raises(IntegrityError) as err, UnitOfWork(vault, "test.duplicate") as uow:
        uow.session.add_all([Contact(display_name="x", uid=CANARY), Contact(display_name="y", uid=CANARY)])
        uow.session.flush()
    text = "".join(traceback.format_exception(err.value)) + repr(err.value)
    assert "UNIQUE constraint failed: contact.uid" in text
    assert CANARY not in text and "秘密" not in text
