"""The duplicate finder: every group of likely duplicates in the vault, by blocking keys.

Only contacts that share a key are compared: a phone, an e-mail, an organization's name, or a
name form at the same organization (a shared name alone scores below any useful threshold, so
bare name keys are read only when the threshold asks for that little). Pairs at or above the
threshold join groups with union-find, strongest first; a join is refused when it would put
together two contacts marked "not the same", or two that look like different people (phones or
e-mails that differ, and a score below the threshold) — one vague record matching two real ones
must not make the two one group.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from itertools import combinations
from typing import TYPE_CHECKING

from sqlalchemy import and_, func, select

from crm_desktop.core.models import MatchKey
from crm_desktop.core.services.uow import ReadSession

from .distinct import distinct_pairs
from .load import load_profiles
from .profile import Profile
from .score import DEFAULT_THRESHOLD, NAME_ONLY, against, likeness, score
from .store import ensure_keys

if TYPE_CHECKING:
    from crm_desktop.core.vault import Vault

Progress = Callable[[int, int], None]
Edge = tuple[float, int, int, list[str]]  # score, contact, contact, reasons
KINDS = ("t", "h", "e", "o", "m", "s")
MAX_BLOCK = 100  # a key shared by more contacts is a switchboard or a placeholder, not a person


@dataclass(frozen=True)
class DuplicateGroup:
    ids: list[int]
    score: float  # the weakest link that joined the group
    reasons: list[str]  # most frequent first


class _Groups:
    """Union-find that keeps apart contacts marked distinct, and contacts that look different."""

    def __init__(self, distinct: set[tuple[int, int]], profiles: dict[int, Profile],
                 min_score: float) -> None:
        self.parent: dict[int, int] = {}
        self.members: dict[int, set[int]] = {}
        self.apart: dict[int, set[int]] = defaultdict(set)
        self.profiles = profiles
        self.min_score = min_score
        for a, b in distinct:
            self.apart[a].add(b)
            self.apart[b].add(a)

    def _different(self, x: int, y: int) -> bool:
        px, py = self.profiles.get(x), self.profiles.get(y)
        if px is None or py is None or not against(px, py):
            return False
        return score(px, py)[0] < self.min_score

    def find(self, x: int) -> int:
        root = self.parent.setdefault(x, x)
        while root != self.parent[root]:
            root = self.parent[root]
        while x != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        ma, mb = self.members.get(ra, {ra}), self.members.get(rb, {rb})
        if len(ma) > len(mb):
            ra, rb, ma, mb = rb, ra, mb, ma
        if any(self.apart.get(x, set()) & mb for x in ma):
            return False
        if any(self._different(x, y) for x in ma for y in mb):
            return False
        self.parent[ra] = rb
        self.members[rb] = ma | mb
        self.members.pop(ra, None)
        return True


def candidate_pairs(session, min_score: float) -> set[tuple[int, int]]:  # type: ignore[no-untyped-def]
    kinds = KINDS + (("n",) if min_score <= NAME_ONLY else ())
    shared = (select(MatchKey.kind, MatchKey.key).where(MatchKey.kind.in_(kinds))
              .group_by(MatchKey.kind, MatchKey.key).having(func.count() > 1).subquery())
    rows = session.execute(
        select(MatchKey.kind, MatchKey.key, MatchKey.contact_id)
        .join(shared, and_(MatchKey.kind == shared.c.kind, MatchKey.key == shared.c.key)))
    blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
    for kind, key, cid in rows:
        blocks[(kind, key)].append(cid)
    pairs: set[tuple[int, int]] = set()
    for members in blocks.values():
        if len(members) <= MAX_BLOCK:
            pairs.update(combinations(sorted(members), 2))
    return pairs


def find_groups(vault: Vault, min_score: float = DEFAULT_THRESHOLD,
                progress: Progress | None = None) -> list[DuplicateGroup]:
    """Groups of contacts that are probably one person (or organization), best first."""
    if not vault.read_only:
        ensure_keys(vault)
    with ReadSession(vault) as s:
        pairs = candidate_pairs(s, min_score)
        apart = distinct_pairs(s)
        pairs -= apart
        profiles, _ = load_profiles(s.connection(), {x for p in pairs for x in p})
    edges: list[Edge] = []
    total = len(pairs)
    for n, (a, b) in enumerate(sorted(pairs)):
        pa, pb = profiles.get(a), profiles.get(b)
        if pa is not None and pb is not None:
            value, reasons = score(pa, pb)
            if value >= min_score:
                edges.append((value, a, b, reasons))
        if progress and (n + 1) % 5000 == 0:
            progress(n + 1, total)
    if progress:
        progress(total, total)
    return _group(edges, apart, profiles, min_score)


def _detail(p: Profile) -> int:
    return len(p.phones) + len(p.loose) + len(p.emails)


def _group(edges: list[Edge], apart: set[tuple[int, int]], profiles: dict[int, Profile],
           min_score: float) -> list[DuplicateGroup]:
    groups = _Groups(apart, profiles, min_score)
    joined: list[Edge] = []
    # Ties: a link to a record with phones and e-mails before a link between two bare ones, then
    # names that look alike as typed (the same script) first.
    order = sorted(edges, key=lambda e: (-e[0], -_detail(profiles[e[1]]) - _detail(profiles[e[2]]),
                                         -likeness(profiles[e[1]], profiles[e[2]]), e[1], e[2]))
    for edge in order:
        if groups.find(edge[1]) != groups.find(edge[2]) and groups.union(edge[1], edge[2]):
            joined.append(edge)
    weakest: dict[int, float] = {}
    reasons: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for value, a, _, why in joined:
        root = groups.find(a)
        weakest[root] = min(weakest.get(root, 1.0), value)
        for r in why:
            reasons[root][r] += 1
    out = []
    for root, value in weakest.items():
        members = sorted(groups.members.get(root, {root}))
        counted = reasons[root]
        out.append(DuplicateGroup(members, value, sorted(counted, key=lambda r: (-counted[r], r))))
    return sorted(out, key=lambda g: (-g.score, g.ids[0]))
