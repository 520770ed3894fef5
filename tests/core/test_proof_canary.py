"""Proof: a canary string typed into every kind of text field (contact fields, phones, e-mails,
addresses, tags, custom text and choice fields, interactions, deals, deal notes, reminders, an
attachment's name and bytes, rows of an imported file) — then a search, PDF reports, backups (to
the data folder and a second folder), an export, and a crash (SIGKILL with the vault open, its
-wal not checkpointed). The canary is in plaintext in no file of the data folder, the backup
folders, the temp folder or the log, before and after the crash is recovered.

Excluded on purpose, as files the user asked for in plaintext: the imported CSV, the export and
the PDF reports (written to an `out` folder that is not scanned; the test checks the canary is
in the export, which proves the scan would see it)."""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path

from crm_desktop.core.services import contact_read
from crm_desktop.core.vault import Vault

from .vault_util import run_python

CANARY = "CANARYQ7ZX-秘密档案"
TOKEN = CANARY.split("-")[0]

SCRIPT = r'''
import csv, json, logging, os, signal, sys, tempfile
from pathlib import Path

data, mirror, out, canary = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4]
tmp = Path(os.environ["TMPDIR"])
assert tempfile.gettempdir() == str(tmp)
logging.basicConfig(filename=tmp / "app.log", level=logging.DEBUG)
logging.getLogger("sqlalchemy.engine").setLevel(logging.INFO)

from crm_desktop.core import reports
from crm_desktop.core.backup import auto_backup, create_backup, save_settings
from crm_desktop.core.exporter import export_json
from crm_desktop.core.importer import run_import
from crm_desktop.core.search import search
from crm_desktop.core.services import (attachments, contacts, custom_fields, deals, interactions,
                                       reminders)
from crm_desktop.core.services.contact_dto import AddressIn, EmailIn, PhoneIn
from crm_desktop.core.vault import Vault

token = canary.split("-")[0]
report = {}
v = Vault.create(data / "vault.crm", "a passphrase")
save_settings(v, mirror=str(mirror))
custom_fields.define(v, "contact", "Canary choice", "choice", choices=[canary, "other"])
custom_fields.define(v, "deal", "Deal text " + canary, "text")
c = contacts.add(
    v, display_name=canary, given_name=canary, family_name=canary, phonetic_given_name=canary,
    phonetic_family_name=canary, other_names=[canary], title=canary, department=canary,
    website="https://example.com/" + canary, note="a note: " + canary, owner=canary,
    organization="Org " + canary, role=canary, tier="A",
    phones=[PhoneIn(canary, label=canary)], emails=[EmailIn(token + "@example.com", label=canary)],
    addresses=[AddressIn(label=canary, street=canary, city=canary, region=canary,
                         postcode="PC" + token, country=canary)],
    tags=[canary], custom_fields={"Canary text " + canary: canary, "Canary choice": canary})
interactions.add(v, kind="meeting", occurred_at="2025-01-02T10:00:00+08:00", subject=canary,
                 body="minutes: " + canary, participants=[c.id])
d = deals.add(v, name="Deal " + canary, client=c.id, amount="1000000", currency="CNY",
              description=canary, owner=canary)
deals.add_note(v, d.id, "note " + canary)
reminders.add(v, "call " + canary, "2030-01-01T09:00:00+08:00", contact_id=c.id)
attachments.add(v, (canary + ".txt", ("file body " + canary).encode()), contact_id=c.id)

source = out / "import.csv"
with open(source, "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh)
    w.writerow(["Name", "Company", "Note", "Tags", "Mobile", "Favourite " + canary])
    for i in range(30):
        w.writerow([f"{canary} {i}", "Org " + canary, canary, canary, f"+86 138 0000 {i:04d}", canary])
auto_backup(v, "import")
report["imported"] = run_import(v, source).created
report["search_hits"] = sum(len(g.hits) for g in search(v, token).groups)
for name in ("pipeline", "health"):
    reports.REPORTS[name](v, out / f"{name}.pdf")
reports.build_dossier(v, out / "dossier.pdf", contact_id=c.id)
made = create_backup(v)
report["mirrors"] = len(made.mirrors)
export_json(v, out / "export.json")
contacts.edit(v, c.id, note="the last edit: " + canary)  # in the -wal when the crash comes
report["wal_bytes"] = (data / "vault.crm-wal").stat().st_size
report["log_lines"] = len((tmp / "app.log").read_text().splitlines())
print(json.dumps(report), flush=True)
os.kill(os.getpid(), signal.SIGKILL)  # the crash: the vault open, nothing closed or flushed by us
'''


def _needles() -> dict[str, bytes]:
    texts = {CANARY, CANARY.lower(), CANARY.upper(), TOKEN, TOKEN.lower(), "秘密档案", "mimidangan"}
    return {f"{t!r} in {enc}": t.encode(enc) for t in texts for enc in ("utf-8", "utf-16-le", "utf-16-be")}


def _scan(*folders: Path) -> list[str]:
    hits = []
    needles = _needles()
    for folder in folders:
        for p in sorted(folder.rglob("*")):
            if p.is_file():
                data = p.read_bytes()
                where = p.relative_to(folder.parent)
                hits += [f"{where}: {what}" for what, n in needles.items() if n in data]
    return hits


def test_canary_never_in_plaintext_after_a_whole_run_and_a_crash(tmp_path: Path) -> None:
    data, mirror, out, tmp = (tmp_path / n for n in ("data", "mirror", "out", "tmp"))
    for folder in (data, mirror, out, tmp):
        folder.mkdir()
    proc = run_python(
        f"import sys; sys.argv = ['canary', {str(data)!r}, {str(mirror)!r}, {str(out)!r}, {CANARY!r}]\n"
        + SCRIPT, env={"TMPDIR": str(tmp), "SQLITE_TMPDIR": str(tmp), "PYTHONIOENCODING": "utf-8"},
        timeout=180)
    assert proc.returncode == -signal.SIGKILL, proc.stderr[-3000:]
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    assert report["imported"] == 30 and report["search_hits"] >= 1 and report["mirrors"] == 1
    assert report["wal_bytes"] > 0 and report["log_lines"] > 10
    backups = data / "backups"
    assert len([p for p in backups.iterdir() if p.suffix == ".crm"]) == 2  # before the import, then
    assert _scan(data, mirror, tmp) == []
    # The scan sees plaintext where there is some: the export the user asked for.
    assert any("export.json" in hit for hit in _scan(out))
    # Recovery after the crash: the last edit is there (it was written), and still no plaintext.
    with Vault.open(data / "vault.crm", "a passphrase") as v:
        people = contact_read.list_contacts(v, limit=200).contacts
        first = next(c for c in people if c.display_name == CANARY)
        assert first.note == "the last edit: " + CANARY and first.custom_fields["Canary choice"] == CANARY
        assert _scan(data, mirror, tmp) == []
    assert _scan(data, mirror, tmp) == []
    assert sorted(os.listdir(tmp)) == ["app.log"]
