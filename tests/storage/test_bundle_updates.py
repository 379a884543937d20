"""Bundles that update, add and withdraw resources: rows and index end as a fresh build's.

The import writes changed rows in batches and keeps the search index in step by removing the
old forms and adding the new ones; here the result is compared with what a whole rebuild of
the index gives, term by term, and with what the records say.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from desktop.domain.filters import ResourceFilter
from desktop.paths import DataPaths
from desktop.storage import resources_repo as repo
from desktop.storage.bundle_import import Options, import_bundle
from desktop.storage.catalogue_writer import rebuild_index
from desktop.storage.checks import check_data_folder
from desktop.storage.search import search_ids
from desktop.storage.store import Store
from tests.fixtures.bundles import kit


def _index_terms(paths: DataPaths) -> list[tuple[Any, ...]]:
    """Every (term, resource, column, offset) the search index holds."""
    conn = sqlite3.connect(paths.catalogue)
    try:
        conn.execute(
            "CREATE VIRTUAL TABLE temp.terms USING fts5vocab(main, resource_fts, instance)"
        )
        return conn.execute("SELECT * FROM temp.terms ORDER BY 1, 2, 3, 4").fetchall()
    finally:
        conn.close()


def _rows_of(paths: DataPaths, uid: str) -> tuple[list[Any], list[Any], list[Any]]:
    conn = sqlite3.connect(paths.catalogue)
    try:
        (rid,) = conn.execute("SELECT id FROM resources WHERE uid = ?", (uid,)).fetchone()
        resource = conn.execute(
            "SELECT title, summary, withdrawn_in FROM resources WHERE id = ?", (rid,)
        ).fetchall()
        values = conn.execute(
            "SELECT facet, value FROM resource_values WHERE resource_id = ? "
            "ORDER BY facet, position",
            (rid,),
        ).fetchall()
        files = conn.execute(
            "SELECT name, media_type FROM attachments WHERE resource_id = ? ORDER BY position",
            (rid,),
        ).fetchall()
        return resource, values, files
    finally:
        conn.close()


def _hits(store: Store, query: str) -> set[str]:
    with store.read() as conn:
        ids = search_ids(conn, ResourceFilter(query=query))
        return {r.uid for r in repo.rows_by_ids(conn, store.labels, ids, "en")}


def _import(store: Store, source: Path, version: int, tmp_path: Path) -> dict[str, int]:
    kit.set_meta(source, version=version)
    bundle = kit.build(source, tmp_path / f"v{version}.zip")
    result = import_bundle(store, bundle, Options(allow_untrusted=True))
    assert result.applied
    return result.counts


def test_updated_added_and_withdrawn_resources_read_and_search_as_written(
    store: Store, tmp_path: Path
) -> None:
    source = kit.seed_source(tmp_path / "src")
    kit.add_file(source, "first.txt", b"first attachment")
    kit.add_file(source, "second.csv", b"a,b\n1,2\n")
    rows = kit.records(source)
    first, second, gone = rows[0]["uid"], rows[1]["uid"], rows[2]["uid"]
    rows[0]["attachments"] = [{"file": "first.txt"}]
    kit.write_records(source, rows)
    assert _import(store, source, 2, tmp_path)["updated"] == 1

    rows[0].update(
        title="Zanzibar voucher pilot: المساعدات النقدية في زنجبار",
        countries=["yemen", "jordan"],
        tags=["vouchers", "قسائم"],
        attachments=[{"file": "second.csv"}, {"file": "first.txt"}],
    )
    rows[1]["summary"] = "A summary rewritten around a quokka census."
    added = {**rows[3], "uid": "added-in-v3", "title": "Wombat transfers in the highlands"}
    kit.write_records(source, [*rows[:2], *rows[3:], added])
    counts = _import(store, source, 3, tmp_path)

    assert counts == {"added": 1, "updated": 2, "withdrawn": 1, "unchanged": len(rows) - 3}
    resource, values, files = _rows_of(store.paths, first)
    assert resource[0][0] == rows[0]["title"] and resource[0][2] is None
    assert ("country", "yemen") in values and ("country", "jordan") in values
    assert [v for f, v in values if f == "tag"] == ["vouchers", "قسائم"]
    assert files == [("second.csv", "text/csv"), ("first.txt", "text/plain")]
    assert _rows_of(store.paths, gone)[0][0][2] == 3  # withdrawn in version 3, row kept
    assert _hits(store, "Zanzibar") == {first}
    assert _hits(store, "زنجبار") == {first}
    assert _hits(store, "quokka") == {second}
    assert _hits(store, "wombat") == {"added-in-v3"}
    assert gone not in _hits(store, "")

    kept = _index_terms(store.paths)
    with store.write() as conn:
        rebuild_index(conn)
    assert _index_terms(store.paths) == kept
    assert check_data_folder(store.paths) == []


def _relabel(source: Path, facet: str, value: str, labels: dict[str, str]) -> None:
    path = source / "taxonomy.json"
    taxonomy = json.loads(path.read_text("utf-8"))
    for item in taxonomy["facets"][facet]:
        if item["value"] == value:
            item["labels"] = labels
    path.write_text(json.dumps(taxonomy, ensure_ascii=False), "utf-8")


def test_a_relabelled_value_is_found_by_its_new_label_only(store: Store, tmp_path: Path) -> None:
    source = kit.seed_source(tmp_path / "src")
    rows = kit.records(source)
    ethiopian = {r["uid"] for r in rows if "ethiopia" in r.get("countries", [])}
    assert ethiopian and _hits(store, "Ethiopia") >= ethiopian
    _relabel(source, "country", "ethiopia", {"en": "Abyssinia", "ar": "الحبشة"})
    rows[0]["summary"] = "Rewritten: a quokka census."  # and one record changes too
    kit.write_records(source, rows)
    assert _import(store, source, 2, tmp_path)["updated"] == 1

    assert _hits(store, "Abyssinia") == ethiopian
    assert _hits(store, "الحبشة") == ethiopian
    assert _hits(store, "quokka") == {rows[0]["uid"]}
    kept = _index_terms(store.paths)
    with store.write() as conn:
        rebuild_index(conn)
    assert _index_terms(store.paths) == kept

    # A value every resource shows: the whole index is rebuilt, with the same outcome.
    _relabel(source, "theme", "social-protection", {"en": "Safety Nets", "ar": "شبكات الأمان"})
    assert _import(store, source, 3, tmp_path)["unchanged"] == len(rows)
    assert _hits(store, "nets") == {r["uid"] for r in rows}
    assert _hits(store, "Abyssinia") == ethiopian
