"""Search at 100,000 contacts: bilingual, forgiving, answered from indexes kept in step with writes.

Importing this package registers the flush listeners that keep the index current (sync.py).
"""

from crm_desktop.core.text.keys import warm as warm_up

from . import sync  # noqa: F401 - registers the listeners
from .maintain import purge, refresh, refresh_operation, refresh_rows, reindex
from .query import ranked_ids, search
from .results import Group, Hit, SearchFilters, SearchResults, Snippet

__all__ = ["Group", "Hit", "SearchFilters", "SearchResults", "Snippet", "purge", "ranked_ids", "refresh",
           "refresh_operation", "refresh_rows", "reindex", "search", "warm_up"]
