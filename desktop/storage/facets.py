"""Facet counts for the current query and filters, each facet ignoring its own selection."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import Connection

from desktop.domain.filters import ResourceFilter
from desktop.domain.models import Facet, FacetCount
from desktop.domain.query import parse_query
from desktop.storage.labels import LabelCache
from desktop.storage.search import SqlPart, candidates, selection_clause

_BASE = "temp.facet_base"


def facet_counts(
    conn: Connection, labels: LabelCache, f: ResourceFilter, lang: str
) -> dict[Facet, list[FacetCount]]:
    """For every facet, its values among the matches with their counts, most frequent first."""
    _fill_base(conn, f)
    selected = [facet for facet, _ in f.selections]
    counts: dict[Facet, dict[str, int]] = {facet: {} for facet in Facet}
    unselected = [facet for facet in Facet if facet not in selected]
    _count_into(counts, conn, unselected, f, skip=None)
    for facet in selected:
        _count_into(counts, conn, [facet], f, skip=facet)
    return {facet: _labelled(conn, labels, facet, values, lang) for facet, values in counts.items()}


def _fill_base(conn: Connection, f: ResourceFilter) -> None:
    """The resources matching the words and personal filters, before any facet selection."""
    part = candidates(f, parse_query(f.query), with_selections=False)
    conn.exec_driver_sql(f"DROP TABLE IF EXISTS {_BASE}")
    conn.exec_driver_sql(
        f"CREATE TEMP TABLE facet_base AS SELECT id FROM ({part.sql})", part.params
    )


def _count_into(
    counts: dict[Facet, dict[str, int]],
    conn: Connection,
    facets: list[Facet],
    f: ResourceFilter,
    skip: Facet | None,
) -> None:
    if not facets:
        return
    clauses: list[SqlPart] = [
        selection_clause("v.resource_id", facet.value, values)
        for facet, values in f.selections
        if facet is not skip
    ]
    marks = ", ".join("?" for _ in facets)
    where = " AND ".join([f"v.facet IN ({marks})", *(c.sql for c in clauses)])
    sql = (
        f"SELECT v.facet, v.value, count(*) FROM resource_values v "
        f"JOIN {_BASE} b ON b.id = v.resource_id WHERE {where} GROUP BY v.facet, v.value"
    )
    params = tuple(facet.value for facet in facets) + tuple(p for c in clauses for p in c.params)
    for facet, value, count in conn.exec_driver_sql(sql, params):
        counts[Facet(facet)][value] = count


def _labelled(
    conn: Connection, labels: LabelCache, facet: Facet, values: dict[str, int], lang: str
) -> list[FacetCount]:
    items = [
        FacetCount(value, labels.label(conn, facet.value, value, lang).label, count)
        for value, count in values.items()
    ]
    if facet is Facet.YEAR:
        return sorted(items, key=lambda c: c.value, reverse=True)
    return sorted(items, key=lambda c: (-c.count, c.label.casefold()))


def personal_tag_counts(conn: Connection, f: ResourceFilter) -> list[FacetCount]:
    """The user's own tags among the matches (ignoring the tag selection), most frequent first."""
    part = candidates(replace(f, personal_tags=frozenset()), parse_query(f.query))
    sql = (
        "SELECT t.tag, count(*) FROM ud.resource_tags t JOIN resources r ON r.uid = t.uid "
        f"WHERE r.id IN (SELECT id FROM ({part.sql})) GROUP BY t.tag"
    )
    items = [FacetCount(tag, tag, n) for tag, n in conn.exec_driver_sql(sql, part.params)]
    return sorted(items, key=lambda c: (-c.count, c.label.casefold()))
