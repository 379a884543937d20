"""Lists of more keys than one SQLite statement takes (asked `in_lists.CHUNK` at a time): the
answers are those of one statement, whatever the number of keys, and bundles that update,
withdraw and restore hundreds of resources leave the catalogue as a fresh build would."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from desktop.domain.filters import ResourceFilter
from desktop.paths import DataPaths
from desktop.storage import resources_repo as repo
from desktop.storage import userdata_repo
from desktop.storage.bundle_import import ImportResult, Options, import_bundle
from desktop.storage.catalogue_writer import rebuild_index
from desktop.storage.checks import check_data_folder
from desktop.storage.in_lists import CHUNK, rows_in
from desktop.storage.search import search_ids
from desktop.storage.store import Store
from tests.fixtures.bundles import kit

NUMBERS = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "


@pytest.mark.parametrize("count", [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK + 7])
def test_rows_for_any_number_of_keys_are_those_of_one_statement(store: Store, count: int) -> None:
    keys = [2 * k for k in range(count)]  # half of them past 3000: no row
    query = NUMBERS + "SELECT i FROM n WHERE i IN ({marks}) ORDER BY i"
    with store.read() as conn:
        found = [i for (i,) in rows_in(conn, query, keys)]
    assert found == [k for k in keys if 1 <= k <= 3000]


def test_a_key_given_twice_in_one_chunk_gives_its_row_once(store: Store) -> None:
    keys = [7, 7, *range(100, 100 + CHUNK - 2)]
    query = NUMBERS + "SELECT i FROM n WHERE i IN ({marks})"
    with store.read() as conn:
        assert sorted(i for (i,) in rows_in(conn, query, keys)) == sorted(set(keys))


def test_titles_of_more_uids_than_a_statement_takes(store: Store) -> None:
    with store.read() as conn:
        every = dict(conn.exec_driver_sql("SELECT uid, title FROM resources").all())
        unknown = [f"unknown-{i}" for i in range(2 * CHUNK)]
        uids = unknown[:CHUNK] + sorted(every) + unknown[CHUNK:]  # the known ones mid-list
        assert userdata_repo.titles(conn, uids) == every


# --- bundles touching hundreds of resources ---------------------------------------------------

MANY = 1800  # resources; 560 updated stays under a third of them: indexed in place, not rebuilt
UPDATED = range(0, 1120, 2)
WITHDRAWN = range(1, 1201, 2)


def _many(source: Path) -> list[dict[str, Any]]:
    seed = kit.records(source)
    rows = []
    for i in range(MANY):
        row = dict(seed[i % len(seed)])
        row.update(uid=f"many-{i:04d}", title=f"{row['title']} (copy {i})")
        rows.append(row)
    return rows


def _import(store: Store, source: Path, rows: list[dict[str, Any]], version: int) -> ImportResult:
    kit.write_records(source, rows)
    kit.set_meta(source, version=version)
    bundle = kit.build(source, source.parent / f"v{version}.zip")
    options = Options(allow_untrusted=True)
    dry_run = import_bundle(store, bundle, options, dry_run=True)
    result = import_bundle(store, bundle, options)
    assert result.applied and result.counts == dry_run.counts
    return result


def _index_terms(paths: DataPaths) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(paths.catalogue)
    try:
        conn.execute("CREATE VIRTUAL TABLE temp.terms USING fts5vocab(main, resource_fts, row)")
        return conn.execute("SELECT * FROM temp.terms ORDER BY 1").fetchall()
    finally:
        conn.close()


def _as_a_fresh_build(store: Store) -> None:
    kept = _index_terms(store.paths)
    with store.write() as conn:
        rebuild_index(conn)
    assert _index_terms(store.paths) == kept
    assert check_data_folder(store.paths) == []


def _hits(store: Store, query: str) -> set[str]:
    with store.read() as conn:
        ids = search_ids(conn, ResourceFilter(query=query))
        return {r.uid for r in repo.rows_by_ids(conn, store.labels, ids, "en")}


def test_bundles_updating_withdrawing_and_restoring_hundreds_of_resources(
    store: Store, tmp_path: Path
) -> None:
    source = kit.seed_source(tmp_path / "src")
    rows = _many(source)
    assert _import(store, source, rows, 2).counts["added"] == MANY
    marked = [f"many-{i:04d}" for i in range(0, MANY, 3)]
    kit.add_user_marks(store.paths, bookmarks=marked, notes={})

    for i in UPDATED:
        rows[i] = {**rows[i], "summary": "Rewritten around a quokka census."}
    result = _import(store, source, rows, 3)
    updated = {rows[i]["uid"] for i in UPDATED}
    assert result.counts["updated"] == len(updated)
    touched = [t.uid for t in result.preview.touched]
    assert touched == sorted(updated & set(marked))  # uid order, across chunks
    assert _hits(store, "quokka") == updated
    _as_a_fresh_build(store)

    gone = {rows[i]["uid"] for i in WITHDRAWN}
    kept = [row for row in rows if row["uid"] not in gone]
    assert _import(store, source, kept, 4).counts["withdrawn"] == len(gone)
    assert _hits(store, "quokka") == updated - gone
    assert not _hits(store, "copy") & gone
    _as_a_fresh_build(store)

    assert _import(store, source, rows, 5).counts["updated"] == len(gone)  # restored
    assert _hits(store, "quokka") == updated
    assert _hits(store, "copy") == {row["uid"] for row in rows}
    _as_a_fresh_build(store)
