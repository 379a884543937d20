"""The storage functions the window needs, behind one small façade (the UI imports no SQL).

Every call opens its own pooled connection for the duration of the call, so a worker thread
and the GUI thread never share a connection at the same time.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from desktop.domain.filters import ResourceFilter
from desktop.domain.models import (
    CatalogueStats,
    Facet,
    FacetCount,
    Label,
    Resource,
    ResourceRow,
    Theme,
)
from desktop.storage import facets as facet_queries
from desktop.storage import resources_repo as repo
from desktop.storage.interrupts import Interrupter
from desktop.storage.search import rank
from desktop.storage.store import Store

FIRST_PAGE = 50  # rows read with the ids: more than a tall window shows (~15)


@dataclass(frozen=True)
class SearchOutcome:
    """What one search produced: every matching id, the first rows to paint, facet counts."""

    ids: tuple[int, ...]
    first_rows: list[ResourceRow] = field(default_factory=list)
    counts: dict[Facet, list[FacetCount]] = field(default_factory=dict)
    total: int = -1  # how many match, when `ids` holds only the first page (-1: all of them)

    @property
    def size(self) -> int:
        """How many resources match."""
        return len(self.ids) if self.total < 0 else self.total


class CatalogueService:
    """Reads the catalogue for the window; every method is safe to call from any one thread."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def search(
        self,
        f: ResourceFilter,
        lang: str,
        first_page: int = FIRST_PAGE,
        on_listed: Callable[[SearchOutcome], None] | None = None,
        interrupter: Interrupter | None = None,
    ) -> SearchOutcome:
        """Ids, first rows and facet counts, read in one snapshot.

        `on_listed` gets the first page of ids with their rows, and how many match, as soon as
        they are known: the list is painted before the rest is ordered and counted. Once
        `interrupter` is interrupted (a newer search was asked for), the running query stops
        (`SearchInterruptedError`) or the steps not begun are skipped.
        """
        stale = (lambda: interrupter.interrupted) if interrupter else (lambda: False)
        with self._store.read(interrupter) as conn:
            ranked = rank(conn, f)
            if stale():
                return SearchOutcome(())  # dropped by the caller: no rows, order or counts
            head = ranked.head(first_page)
            rows = repo.rows_by_ids(conn, self._store.labels, head, lang)
            if on_listed is not None:  # the first page before the whole list is ordered
                on_listed(SearchOutcome(tuple(head), rows, total=ranked.total))
            if stale():
                return SearchOutcome(tuple(head), rows, total=ranked.total)
            ids = ranked.everything()
            counts = facet_queries.facet_counts(conn, self._store.labels, f, lang)
        return SearchOutcome(ids, rows, counts)

    def rows(self, ids: Sequence[int], lang: str) -> list[ResourceRow]:
        with self._store.read() as conn:
            return repo.rows_by_ids(conn, self._store.labels, ids, lang)

    def resource(self, uid: str, lang: str) -> Resource:
        with self._store.read() as conn:
            return repo.resource(conn, self._store.labels, uid, lang)

    def related(self, uid: str, lang: str, limit: int = 6) -> list[ResourceRow]:
        with self._store.read() as conn:
            ids = repo.related_ids(conn, repo.resource_id(conn, uid), limit)
            return repo.rows_by_ids(conn, self._store.labels, ids, lang)

    def themes(self, lang: str) -> list[Theme]:
        with self._store.read() as conn:
            return repo.themes(conn, lang)

    def latest_by_theme(self, themes: Sequence[Theme], lang: str) -> dict[str, list[ResourceRow]]:
        with self._store.read() as conn:
            return {
                t.id: repo.rows_by_ids(
                    conn, self._store.labels, repo.latest_in_theme(conn, t.id), lang
                )
                for t in themes
            }

    def label(self, facet: Facet, value: str, lang: str) -> Label:
        if facet is Facet.YEAR:
            return Label(value, value)
        with self._store.read() as conn:
            return self._store.labels.label(conn, facet.value, value, lang)

    def stats(self) -> CatalogueStats:
        with self._store.read() as conn:
            return repo.stats(conn)
