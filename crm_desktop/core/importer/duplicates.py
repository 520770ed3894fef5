"""Duplicates of imported contact rows, found by the shared matcher (crm_desktop.core.matching):
the same check as on entry — names across scripts and in pinyin, phones, e-mails, organizations —
against the vault and against the file's earlier rows. Also the uid a row brings (our own
exports): taken by a live contact, it is that contact."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.core import matching
from crm_desktop.core.matching.score import (
    OTHER_SCRIPT,
    PINYIN,
    SAME_EMAIL,
    SAME_NAME,
    SAME_ORG_NAME,
    SAME_PHONE,
    SIMILAR,
    SIMILAR_AT_ORG,
)
from crm_desktop.core.models import Contact

from .records import ContactRow, Match

_CHUNK = 500  # values per IN (...): far below SQLite's variable limit
SAME_UID = "same uid"  # our own export coming back: that very record
_NAMES = {SAME_NAME, OTHER_SCRIPT, PINYIN, SIMILAR, SIMILAR_AT_ORG, SAME_ORG_NAME}


def reason_text(m: matching.Match) -> str:
    """The matcher's reasons in words, with the phones and e-mails both hold:
    'same name in another script, same phone +8613800138000'."""
    parts = []
    for r in m.reasons or ["similar"]:
        values = [v for v in m.shared if ("@" in v) == (r == SAME_EMAIL)] \
            if r in (SAME_PHONE, SAME_EMAIL) else []
        parts.append(" ".join([r, *values]))
    return ", ".join(parts)


def exact_key(m: matching.Match) -> bool:
    """A shared E.164 phone or e-mail: `shared` also holds digits of numbers that did not parse,
    which are weaker (an extension, a number without its region)."""
    return any(v.startswith("+") or "@" in v for v in m.shared)


def names_agree(m: matching.Match) -> bool:
    """The names are one person's in some form: a shared office phone or team mailbox on two
    unrelated names must not fold a whole firm into one contact."""
    return bool(_NAMES.intersection(m.reasons))


class RowDuplicates:
    """One per import or preview: remembers the rows it has seen, to find a row that repeats one
    (an import keys what it wrote chunk by chunk and calls `forget`: the vault remembers them)."""

    def __init__(self, session: Session, region: str | None = None) -> None:
        self.session = session
        self.matcher = matching.RowMatcher(session, region=region)
        self.rows: list[int] = []  # the file's row number of each row the matcher has seen
        self.uids: set[str] = set()  # uids of earlier rows: a repeated one is dropped

    def check(self, recs: list[ContactRow], exclude: set[int] | None = None,
              written: dict[int, int] | None = None) -> list[list[Match]]:
        """For each row: what it may duplicate, best first. `written`: contacts this import wrote
        from rows (contact id -> row), found in the vault once keyed: reported as those rows;
        `exclude`: other contacts it wrote (an organization made for a person's company)."""
        exclude, written = exclude or set(), written or {}
        found = self.matcher.check(recs)
        self.rows.extend(r.row for r in recs)
        taken = self._taken({r.uid for r in recs if r.uid})
        out: list[list[Match]] = []
        for rec, ms in zip(recs, found, strict=True):
            mine: list[Match] = []
            if rec.uid:
                owner = taken.get(rec.uid)
                if rec.uid in self.uids or owner is not None:
                    rec.uid = None  # taken: a new record gets a new uid
                if owner is not None and owner[0] is not None:
                    mine.append(Match(owner[0], None, owner[1], SAME_UID, 1.0, True, True))
                if rec.uid:
                    self.uids.add(rec.uid)
            for m in ms:
                existing, row = m.contact_id, None if m.row is None else self.rows[m.row]
                if existing in written:
                    existing, row = None, written[existing]
                if existing in exclude or any(x.existing_id == existing and x.row == row for x in mine):
                    continue
                text = reason_text(m) + (f" as row {row}" if row is not None else "")
                mine.append(Match(existing, row, m.display_name, text, m.score, exact_key(m), names_agree(m),
                                  tuple(m.reasons)))
            out.append(mine)
        return out

    def forget(self) -> None:
        self.matcher.forget()

    def _taken(self, uids: set[str]) -> dict[str, tuple[int | None, str]]:
        """uid -> (the live contact holding it, or None when a trashed one does; its name)."""
        items = sorted(uids)
        out: dict[str, tuple[int | None, str]] = {}
        for i in range(0, len(items), _CHUNK):
            for uid, cid, name, deleted in self.session.execute(
                    select(Contact.uid, Contact.id, Contact.display_name, Contact.deleted_at)
                    .where(Contact.uid.in_(items[i:i + _CHUNK]))):
                out[uid] = (cid if deleted is None else None, name)
        return out
