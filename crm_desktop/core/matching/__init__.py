"""Duplicates: blocking keys kept in step with every write (sync.py), the matcher used on entry and
on import, the finder over the whole vault, and pairs marked "not the same".

The listener that keeps the keys current is registered with the models (models/matching.py).
"""

from .candidate import organizations_named
from .distinct import distinct_pairs, mark_distinct
from .entry import Match, RowMatcher, find_matches, match_rows
from .finder import DuplicateGroup, find_groups
from .score import DEFAULT_THRESHOLD, ENTRY_THRESHOLD
from .store import ensure_keys, rebuild, refresh_conn
from .sync import key_touched

__all__ = ["DEFAULT_THRESHOLD", "ENTRY_THRESHOLD", "DuplicateGroup", "Match", "RowMatcher",
           "distinct_pairs", "ensure_keys", "find_groups", "find_matches", "key_touched",
           "mark_distinct", "match_rows", "organizations_named", "rebuild", "refresh_conn"]
