"""PDF reports (reportlab) and the figures behind them.

Each report is `build_X(vault, out_path, *, lang="en", date_from=None, date_to=None, today=None,
progress=None) -> ReportSummary` (the dossier also takes `contact_id=`). Reports read through one
read-only session, close it, then lay out the PDF; `progress(done, total, what)` is called along the
way and may raise to cancel (no partial file is left). The figures without a PDF, for the
dashboard, are in `reports.figures`.
"""

from __future__ import annotations

from collections.abc import Callable

from .activity import build_activity
from .cold import build_cold
from .document import Progress, ReportSummary
from .dossier import build_dossier
from .followups import build_followups
from .health import build_health
from .labels import LANGUAGES
from .pipeline import build_pipeline

REPORTS: dict[str, Callable[..., ReportSummary]] = {
    "pipeline": build_pipeline,
    "followups": build_followups,
    "cold": build_cold,
    "dossier": build_dossier,
    "activity": build_activity,
    "health": build_health,
}

__all__ = [
    "LANGUAGES", "REPORTS", "Progress", "ReportSummary", "build_activity", "build_cold", "build_dossier",
    "build_followups", "build_health", "build_pipeline",
]
