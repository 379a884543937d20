"""Storage-level figures: search, facet recount, sort change, opening a resource, and the floor.

Run as a child process (`python -m bench.storage_bench DATA_DIR SHIPPED RUNS`) so that its peak
memory is its own; it prints one JSON object. The floor of a search is the same FTS5 expression
through the `sqlite3` module alone, returning the first page of ids ordered by the same bm25.
"""

from __future__ import annotations

import json
import random
import sqlite3
import sys
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from bench.timing import Figure, measure, peak_rss_mb
from desktop.domain.filters import ResourceFilter, Sort
from desktop.domain.models import Facet
from desktop.domain.query import parse_query
from desktop.paths import DataPaths
from desktop.storage import resources_repo as repo
from desktop.storage import word_sets
from desktop.storage.facets import facet_counts
from desktop.storage.search import _RANK, fts_expression, search_ids, selection_clause
from desktop.storage.store import Store, open_store

PAGE = 50  # the rows the window reads with the ids (desktop.ui.services.FIRST_PAGE)
LANG = "en"


@dataclass(frozen=True)
class Search:
    key: str
    label: str
    filter: ResourceFilter


def _three_filters() -> ResourceFilter:
    f = ResourceFilter(query="cash")
    f = f.with_selection(Facet.REGION, frozenset({"middle-east-and-north-africa"}))
    f = f.with_selection(Facet.DOC_TYPE, frozenset({"research-reports-and-evaluations"}))
    return f.with_selection(Facet.LANGUAGE, frozenset({"en", "ar"}))


SEARCHES = (
    Search("arabic_word", "common Arabic word «النقدية»", ResourceFilter(query="النقدية")),
    Search("english_word", "English word «assessment»", ResourceFilter(query="assessment")),
    Search("one_letter", "one-letter prefix «s»", ResourceFilter(query="s")),
    Search(
        "three_words",
        "three words «mobile money transfers»",
        ResourceFilter(query="mobile money transfers"),
    ),
    Search(
        "vocalised",
        "vocalised Arabic «المُسَاعَدَات النَّقْدِيَّة»",
        ResourceFilter(query="المُسَاعَدَات النَّقْدِيَّة"),
    ),
    Search("three_filters", "«cash» + region, type, language filters", _three_filters()),
)
UNFILTERED = Search("unfiltered", "no query (the whole list, newest first)", ResourceFilter())


def page(store: Store, f: ResourceFilter, words_known: bool = False) -> int:
    """What a search costs below the UI: the ordered ids, then the rows of the first page.

    Each run asks FTS5 for every word again (as if the whole query were pasted), unless
    `words_known`: a sort change searches the words already shown.
    """
    if not words_known:
        word_sets.forget()
    with store.read() as conn:
        ids = search_ids(conn, f)
        repo.rows_by_ids(conn, store.labels, ids[:PAGE], LANG)
    return len(ids)


def floor_sql(f: ResourceFilter) -> tuple[str, tuple[object, ...]]:
    """The same FTS5 query, ranked the same way, first page of ids only, no join to rows."""
    parsed = parse_query(f.query)
    clauses = [selection_clause("id", facet.value, v) for facet, v in f.selections]
    where = " AND ".join(c.sql for c in clauses) or "1"
    sql = (
        f"WITH m AS MATERIALIZED (SELECT rowid AS id, {_RANK} AS rank FROM resource_fts "
        f"WHERE resource_fts MATCH ?) SELECT id FROM m WHERE {where} ORDER BY rank LIMIT {PAGE}"
    )
    return sql, (fts_expression(parsed.positive), *(p for c in clauses for p in c.params))


def floor_call(db: Path, f: ResourceFilter) -> Callable[[], object]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    sql, params = floor_sql(f)
    return lambda: conn.execute(sql, params).fetchall()


def search_figures(store: Store, runs: int) -> dict[str, Any]:
    results: dict[str, Any] = {}
    for search in (*SEARCHES, UNFILTERED):
        hits = page(store, search.filter)
        ours = measure(lambda s=search: page(store, s.filter), runs)
        entry: dict[str, Any] = {"label": search.label, "hits": hits, "ours": ours.as_dict()}
        if search.filter.query:
            floor = measure(floor_call(store.paths.catalogue, search.filter), runs)
            entry["floor"] = floor.as_dict()
        results[search.key] = entry
    return results


def facet_figures(store: Store, runs: int) -> dict[str, Any]:
    def recount(f: ResourceFilter) -> None:
        with store.read() as conn:
            facet_counts(conn, store.labels, f, LANG)

    results = {}
    for search in (UNFILTERED, *SEARCHES):
        figure = measure(lambda s=search: recount(s.filter), runs, detail=search.label)
        results[search.key] = figure.as_dict()
    return results


def sort_figures(store: Store, runs: int) -> dict[str, Any]:
    cases = {
        "arabic_word_newest": ResourceFilter(query="النقدية", sort=Sort.NEWEST),
        "unfiltered_title": ResourceFilter(sort=Sort.TITLE),
        "unfiltered_oldest": ResourceFilter(sort=Sort.OLDEST),
    }
    results = {}
    for key, f in cases.items():
        page(store, replace(f, sort=Sort.RELEVANCE))  # the list shown before the sort changes
        figure = measure(
            lambda f=f: page(store, f, words_known=True),
            runs,
            detail=f"{f.query or 'all'} by {f.sort}",
        )
        results[key] = figure.as_dict()
    return results


def open_figures(store: Store, runs: int) -> dict[str, Any]:
    with store.read() as conn:
        uids = [r[0] for r in conn.exec_driver_sql("SELECT uid FROM resources ORDER BY id")]
    chosen = iter(random.Random(7).choices(uids, k=runs + 1))

    def open_one() -> None:
        with store.read() as conn:
            item = repo.resource(conn, store.labels, next(chosen), LANG)
            related = repo.related_ids(conn, item.id)
            repo.rows_by_ids(conn, store.labels, related, LANG)

    return {"open": measure(open_one, runs, detail="resource + related rows").as_dict()}


def sizes(db: Path) -> dict[str, Any]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    result: dict[str, Any] = {"catalogue_mb": round(db.stat().st_size / 2**20, 1)}
    try:
        fts = conn.execute(
            "SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'resource_fts%'"
        ).fetchone()[0]
        result["fts_mb"] = round(fts / 2**20, 1)
    except sqlite3.OperationalError:
        pass  # dbstat is not compiled into every SQLite
    conn.close()
    return result


def run(data_dir: Path, shipped: Path, runs: int) -> dict[str, Any]:
    store = open_store(DataPaths(data_dir), shipped)
    try:
        figures = {
            "search": search_figures(store, runs),
            "facets": facet_figures(store, runs),
            "sort": sort_figures(store, runs),
            "open": open_figures(store, runs),
            "sizes": sizes(store.paths.catalogue),
        }
    finally:
        store.close()
    figures["peak_rss_mb"] = peak_rss_mb()
    return figures


def main(argv: list[str]) -> int:
    data_dir, shipped, runs = Path(argv[0]), Path(argv[1]), int(argv[2])
    print(json.dumps(run(data_dir, shipped, runs), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))


__all__ = ["Figure", "SEARCHES", "run"]
