"""PDF reports (reportlab) and the figures behind them.

Each report is `build_X(vault, out_path, *, lang="en", date_from=None, date_to=None, today=None,
progress=None) -> ReportSummary` (the dossier also takes `contact_id=`). Reports read through one
read-only session, close it, then lay out the PDF; `progress(done, total, what)` is called along the
way and may raise to cancel (no partial file is left). The figures without a PDF, for the
dashboard, are in `reports.figures`.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .activity import build_activity
    from .cold import build_cold
    from .document import Progress, ReportSummary
    from .dossier import build_dossier
    from .followups import build_followups
    from .health import build_health
    from .labels import LANGUAGES
    from .pipeline import build_pipeline

# Loaded on first use (PEP 562): the window imports `reports.figures` for the dashboard at start,
# and the PDF builders (reportlab, fonts) would add ~0.2 s to every launch.
_LAZY = {"build_activity": "activity", "build_cold": "cold", "build_dossier": "dossier",
         "build_followups": "followups", "build_health": "health", "build_pipeline": "pipeline",
         "Progress": "document", "ReportSummary": "document", "LANGUAGES": "labels"}
_ORDER = ("pipeline", "followups", "cold", "dossier", "activity", "health")


def __getattr__(name: str) -> Any:
    if name == "REPORTS":
        return {kind: __getattr__(f"build_{kind}") for kind in _ORDER}
    if name in _LAZY:
        return getattr(import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "LANGUAGES", "REPORTS", "Progress", "ReportSummary", "build_activity", "build_cold", "build_dossier",
    "build_followups", "build_health", "build_pipeline",
]
