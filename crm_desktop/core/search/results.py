"""What a search hands out: plain frozen dataclasses."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

TYPES = ("contact", "deal", "interaction")
APPLIES = {  # filter -> the types it applies to
    "kind": ("contact",), "tier": ("contact",), "tag": ("contact",), "stage_id": ("deal",),
    "owner": ("contact", "deal"), "no_interaction_since": ("contact",),
    "has_overdue_reminder": ("contact", "deal"),
}


@dataclass(frozen=True)
class SearchFilters:
    """Filters compose with the text (and work without it). A filter that does not apply to a type
    leaves that type out: a tier filter returns contacts only, a stage filter deals only."""

    kind: str | None = None  # contact: person | organization
    tier: str | None = None  # contact: A | B | C
    tag: str | None = None  # contact
    stage_id: int | None = None  # deal
    owner: str | None = None  # contact, deal
    no_interaction_since: date | None = None  # contact: last interaction before this date, or none
    has_overdue_reminder: bool | None = None  # contact, deal: an open reminder past due (False: none)

    def active(self) -> dict[str, object]:
        return {k: getattr(self, k) for k in APPLIES if getattr(self, k) is not None}

    def allows(self, entity: str) -> bool:
        return all(entity in APPLIES[k] for k in self.active())


@dataclass(frozen=True)
class Snippet:
    text: str
    spans: tuple[tuple[int, int], ...]  # highlight (start, end) in `text`


@dataclass(frozen=True)
class Hit:
    entity: str  # contact | deal | interaction
    id: int
    title: str
    subtitle: str
    field: str  # what matched: name, other_name, pinyin, phonetic, email, phone, organization, ...
    spans: tuple[tuple[int, int], ...]  # highlight (start, end) in `title`
    snippet: Snippet | None  # the matched text when it is not the title (an e-mail, a note)
    score: float  # higher is better; hits come sorted


@dataclass(frozen=True)
class Group:
    entity: str
    hits: tuple[Hit, ...]
    more: bool  # more hits than the limit
    total: int | None = None  # hits counted when asked (search's count_to); count_to + 1: more than that


@dataclass(frozen=True)
class SearchResults:
    text: str
    groups: tuple[Group, ...]  # contacts, deals, interactions — only the types searched
    fuzzy: bool = False  # typo forgiveness found (some of) the contacts
    elapsed_ms: float = 0.0
    _by_entity: dict[str, Group] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._by_entity.update({g.entity: g for g in self.groups})

    def hits(self, entity: str) -> tuple[Hit, ...]:
        group = self._by_entity.get(entity)
        return group.hits if group else ()

    def ids(self, entity: str) -> list[int]:
        return [h.id for h in self.hits(entity)]

    def __len__(self) -> int:
        return sum(len(g.hits) for g in self.groups)
