"""The search state: one value object from which the storage layer builds its SQL."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum

from desktop.domain.models import Facet


class Sort(StrEnum):
    RELEVANCE = "relevance"
    NEWEST = "newest"
    OLDEST = "oldest"
    TITLE = "title"


class Scope(StrEnum):
    """Where the words of a query are looked for."""

    EVERYTHING = "everything"
    CATALOGUE = "catalogue"
    NOTES = "notes"


@dataclass(frozen=True, slots=True)
class ResourceFilter:
    """What the user asked for: words, facet selections, sorting and personal filters.

    Within a facet the selected values are alternatives (OR); across facets they all apply (AND).
    """

    query: str = ""
    selections: tuple[tuple[Facet, frozenset[str]], ...] = ()
    sort: Sort = Sort.RELEVANCE
    scope: Scope = Scope.EVERYTHING
    bookmarked: bool = False
    collection_id: int | None = None
    has_notes: bool = False
    reading_states: frozenset[str] = field(default_factory=frozenset)
    personal_tags: frozenset[str] = field(default_factory=frozenset)
    uids: frozenset[str] | None = None  # e.g. "what's new": only these resources

    def selected(self, facet: Facet) -> frozenset[str]:
        return dict(self.selections).get(facet, frozenset())

    def with_selection(self, facet: Facet, values: frozenset[str]) -> ResourceFilter:
        """A copy with `facet` set to `values` (an empty set clears it)."""
        kept = {f: v for f, v in self.selections if f != facet}
        if values:
            kept[facet] = frozenset(values)
        ordered = tuple((f, kept[f]) for f in Facet if f in kept)
        return replace(self, selections=ordered)

    def toggled(self, facet: Facet, value: str) -> ResourceFilter:
        current = self.selected(facet)
        return self.with_selection(facet, current ^ {value})

    def without_facet(self, facet: Facet) -> ResourceFilter:
        return self.with_selection(facet, frozenset())

    def cleared(self) -> ResourceFilter:
        """Same words and sorting, no filters."""
        return ResourceFilter(query=self.query, sort=self.sort, scope=self.scope)

    @property
    def has_filters(self) -> bool:
        return bool(
            self.selections
            or self.bookmarked
            or self.collection_id is not None
            or self.has_notes
            or self.reading_states
            or self.personal_tags
            or self.uids is not None
        )
