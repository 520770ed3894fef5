"""The search popup's rows: a header per group (Contacts, Deals, Interactions), its hits with two
lines and their highlight spans, a "show all" row when the group has more; or one message row.

Built from `PopupResults` (queries/global_search.py) on the GUI thread; a few dozen rows at most,
so the second lines are composed (money and days formatted) once, here, not at each paint.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from crm_desktop.gui import formatting as fmt
from crm_desktop.gui.queries.global_search import COUNT_TO, Part, PopupHit, PopupResults, Spans

Index = QModelIndex | QPersistentModelIndex
SEP = " · "
RowRole = Qt.ItemDataRole.UserRole + 1  # the Row itself


@dataclass(frozen=True)
class Row:
    kind: str  # header | hit | more | message
    entity: str = ""
    title: str = ""
    title_spans: Spans = ()
    line: str = ""  # second line (hits); the count (headers)
    line_spans: Spans = ()
    hit: PopupHit | None = None

    @property
    def selectable(self) -> bool:
        return self.kind in ("hit", "more")


def compose(parts: tuple[Part, ...]) -> tuple[str, Spans]:
    """A second line from its parts, each highlight moved to where its part lands."""
    text, spans = "", []
    for p in parts:
        shown = fmt.money(*p.money, whole=True) if p.money else fmt.day(p.day) if p.day else p.text
        if text:
            text += SEP
        spans.extend((a + len(text), b + len(text)) for a, b in p.spans)
        text += shown
    return text, tuple(spans)


class SearchModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []
        self.text = ""  # the query the rows answer

    # ---------------------------------------------------------------- filling
    def set_results(self, results: PopupResults) -> None:
        rows: list[Row] = []
        for g in results.groups:
            rows.append(Row("header", g.entity, self._group_name(g.entity), line=self._count(g.total)))
            for h in g.hits:
                line, spans = compose(h.parts)
                rows.append(Row("hit", g.entity, h.title, h.title_spans, line, spans, h))
            if not g.expanded and g.total > len(g.hits):
                rows.append(Row("more", g.entity, self._show_all(g.entity, g.total)))
        if not rows:
            rows.append(Row("message", title=self.tr("No matches for “{text}”").format(text=results.text)))
        self._replace(rows, results.text)

    def set_message(self, text: str, query: str = "") -> None:
        self._replace([Row("message", title=text)], query)

    def clear(self) -> None:
        self._replace([], "")

    def _replace(self, rows: list[Row], text: str) -> None:
        self.beginResetModel()
        self.rows, self.text = rows, text
        self.endResetModel()

    def _group_name(self, entity: str) -> str:
        return {"contact": self.tr("Contacts"), "deal": self.tr("Deals"),
                "interaction": self.tr("Interactions and notes")}.get(entity, entity)

    @staticmethod
    def _count(total: int) -> str:
        return f"{COUNT_TO}+" if total > COUNT_TO else str(total)

    def _show_all(self, entity: str, total: int) -> str:
        if total > COUNT_TO:
            return {"contact": self.tr("Show more than {n} contacts"),
                    "deal": self.tr("Show more than {n} deals"),
                    "interaction": self.tr("Show more than {n} interactions")}[entity].format(n=COUNT_TO)
        return {"contact": self.tr("Show all %n contact(s)", "", total),
                "deal": self.tr("Show all %n deal(s)", "", total),
                "interaction": self.tr("Show all %n interaction(s)", "", total)}[entity]

    # ---------------------------------------------------------------- reading
    def row(self, i: int) -> Row | None:
        return self.rows[i] if 0 <= i < len(self.rows) else None

    def hits(self) -> list[PopupHit]:
        return [r.hit for r in self.rows if r.hit is not None]

    def step(self, current: int, by: int) -> int:
        """The next selectable row from `current` (-1: none) moving `by` ±1; -1 above the first."""
        i = current + by
        while 0 <= i < len(self.rows):
            if self.rows[i].selectable:
                return i
            i += by
        return -1 if by < 0 else current

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        r = self.row(index.row())
        if r is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return r.title
        if role == Qt.ItemDataRole.ToolTipRole and r.kind == "hit":
            return f"{r.title}\n{r.line}" if r.line else r.title
        if role == RowRole:
            return r
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        r = self.row(index.row())
        if r is None or not r.selectable:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
